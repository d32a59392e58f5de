#pragma once

#include "Request.h"
#include "core/Clock.h"
#include "core/Session.h"
#include "store/Database.h"

namespace seatwise {

// Who is calling: a user (API token), or a session (session token) with its user.
struct Principal {
    std::optional<User> user;
    std::optional<Session> session;
};

// Turns bearer tokens into principals. Tokens are looked up by their hash only.
class Authenticator final {
public:
    enum class Limited { Refused, Allowed };

    Authenticator(const Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // 401 when the token is missing or unknown.
    Result<Principal> identify(const Request& request) const;
    Result<Principal> identifyToken(const QString& token) const;
    // A user acting with their own rights: a user token, or the token of their admin session (R5). A
    // limited admin session may only list and sign out (pass Limited::Allowed there); a standard
    // session token is no user token.
    Result<User> requireUser(const Request& request, Limited limited = Limited::Refused) const;
    // The same for managers and owners only.
    Result<User> requireManager(const Request& request, Limited limited = Limited::Refused) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace seatwise
