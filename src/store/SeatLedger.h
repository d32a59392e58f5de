#pragma once

#include "Changes.h"
#include "Database.h"
#include "core/LoginRules.h"
#include "core/Pool.h"

#include <functional>

namespace seatwise {

struct Repos;

struct LoginOutcome {
    Session session;
    std::optional<Pool> pool;
    QString token; // the session token, shown once
    bool created = false;
    Changes changes;
};

struct HeartbeatOutcome {
    Session session; // as it stands after the beat
    Changes changes;
};

// Who asks for a session operation: a session token (the session itself) or a user token.
struct SessionActor {
    std::optional<User> user;
    QString viaSessionId; // set when the caller presented that session's own token
};

// The seat decisions (R2-R6, R10-R12): each one atomic store transaction that takes the write lock first,
// so seats are never over-granted, whichever process or thread asks.
class SeatLedger final {
public:
    explicit SeatLedger(const Database& database)
        : m_database(database)
    {
    }

    // poolId may be empty for admin logins (the account's admin pool is used).
    Result<LoginOutcome> login(const LoginRequest& request, const QString& poolId, qint64 nowMs);
    Result<HeartbeatOutcome> heartbeat(const QString& sessionId, const QString& tokenHash, bool active, qint64 nowMs);
    // Logout by the session or its own user; a forced end (R10) by anyone else allowed by R13.
    Result<Changes> endSession(const QString& sessionId, const SessionActor& actor, qint64 nowMs);
    Result<HeartbeatOutcome> pause(const QString& sessionId, const SessionActor& actor, qint64 nowMs);
    Result<HeartbeatOutcome> resume(const QString& sessionId, const SessionActor& actor, qint64 nowMs);
    Result<HeartbeatOutcome> start(const QString& sessionId, const SessionActor& actor, qint64 nowMs);

private:
    Result<LoginOutcome> loginLocked(Repos& repos, const LoginRequest& request, const QString& poolId, qint64 nowMs);
    void recordDenial(const Error& denial, qint64 nowMs);
    // An operation of the session's own user that moves it from one state to another.
    Result<HeartbeatOutcome> transition(const QString& sessionId, const SessionActor& actor, qint64 nowMs,
                                        const std::function<Status(Repos&, Session&)>& change);

    const Database& m_database;
};

} // namespace seatwise
