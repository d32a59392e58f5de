#pragma once

#include "Changes.h"
#include "Repos.h"
#include "core/Pool.h"

namespace seatwise::SessionEnding {

// Ends a session now: state ended, reason, who ended it; debits pay-per-use minutes for overflow
// sessions (R2); writes an audit event for every end that was not the user's own logout (R20).
// Runs inside the caller's write transaction.
Status end(Repos& repos, Session session, EndReason reason, const QString& endedBy, qint64 nowMs, Changes& changes);

// R10: a manager's end. With the pool's grace_s > 0 a running session goes "terminating" and keeps its
// seat until terminate_at (the reaper ends it then); otherwise, or when it is paused or on standby, it
// ends at once.
Status forceEnd(Repos& repos, Session session, const Pool* pool, const QString& endedBy, qint64 nowMs,
                Changes& changes);

} // namespace seatwise::SessionEnding
