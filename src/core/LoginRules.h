#pragma once

#include "Error.h"
#include "Pool.h"
#include "Session.h"

#include <QList>

namespace seatwise {

// What a login asks for, already authenticated.
struct LoginRequest {
    std::optional<User> user; // empty for anonymous pools (R19)
    QString device;
    SessionMode mode = SessionMode::Standard; // Standard or Admin; LimitedAdmin is decided, never asked
    bool force = false;
    bool standby = false;
};

// Everything the decision needs, read inside the store's write transaction.
struct LoginContext {
    std::optional<Pool> pool;       // for admin logins: the account's admin pool, if any
    QList<Session> presentSessions; // open sessions of this user (or this device when anonymous) in the pool
    int seatsInUse = 0;
    int effectiveSeats = 0;
    qint64 ppuMinutes = 0;
};

struct LoginDecision {
    enum class Kind { ReturnExisting, Create };
    Kind kind = Kind::Create;
    QString existingSessionId; // Kind::ReturnExisting (R3)
    QStringList supersededIds; // sessions to end "superseded" first (R4 with force, or a stale limited admin)
    SessionMode mode = SessionMode::Standard;
    SessionState state = SessionState::Active;
    bool overflow = false;
};

// R2-R5, R12, R19 in one pure function. Denials come back as errors with their wire codes.
Result<LoginDecision> decideLogin(const LoginRequest& request, const LoginContext& context);

} // namespace seatwise
