#pragma once

#include "Changes.h"
#include "Database.h"
#include "core/User.h"

namespace seatwise {

struct SignOutRequest {
    enum class Kind { Inactive, Ids, All };
    Kind kind = Kind::Inactive;
    QStringList ids;
    QString poolId; // empty: every pool
};

struct SignOutOutcome {
    int ended = 0; // ended now, or set terminating when the pool has a grace period
    Changes changes;
};

// R9 and R10 in one call, limited to what the actor may control (R13). "inactive" ends at once (the
// users are away); "ids" and "all" are forced ends with the pool's grace. "all" leaves the actor's own
// admin sessions (the console's licence) alone. All or nothing.
Result<SignOutOutcome> signOut(const Database& database, const User& actor, const SignOutRequest& request,
                               qint64 nowMs);

} // namespace seatwise
