#pragma once

#include "Pool.h"
#include "Session.h"

namespace seatwise::SessionRules {

// Seat-holding states are active, inactive, standby and terminating; limited_admin and overflow
// sessions hold none of the pool's seats (R1, R5, R2).
bool holdsSeat(const Session& session);

// True for the states R3 and R4 look at: a session the user is still "in".
bool isPresent(const Session& session);

// R7: an active session whose last activity is older than the pool's idle_after_s is inactive.
SessionState liveState(const Session& session, const Pool& pool, qint64 nowMs);

// R5: admin sessions lose the web phone and the office map; limited admin sessions get no features.
QStringList featuresFor(const Pool& pool, SessionMode mode);

// R2: overflow minutes are debited one per started minute of the session.
qint64 overflowMinutes(qint64 openedAtMs, qint64 endedAtMs);

// R8: a session not seen for purge_after_s is purged (0 turns purging off).
bool isPurgeDue(const Session& session, const Pool& pool, qint64 nowMs);

// R10: the message a terminating session's client shows.
QString terminationMessage(const QString& endedBy, qint64 terminateAtMs);

} // namespace seatwise::SessionRules
