#pragma once

#include "User.h"
#include "Vocabulary.h"

#include <optional>

namespace seatwise {

// A seat session in a concurrent pool. Times are ms since the epoch; 0 means "not set".
struct Session {
    QString id;
    QString poolId;
    std::optional<User> user; // empty in anonymous pools
    QString device;
    SessionMode mode = SessionMode::Standard;
    SessionState state = SessionState::Active;
    bool overflow = false;
    qint64 openedAtMs = 0;
    qint64 lastSeenAtMs = 0;
    qint64 lastActiveAtMs = 0;
    qint64 terminateAtMs = 0;
    qint64 standbyExpiresAtMs = 0;
    qint64 endedAtMs = 0;
    std::optional<EndReason> endReason;
    QString endedBy; // login of whoever ended it, or "system"
    QString message; // shown to the client while terminating

    bool isOpen() const { return state != SessionState::Ended; }
    QString userId() const { return user ? user->id : QString(); }
};

} // namespace seatwise
