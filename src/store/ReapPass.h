#pragma once

#include "Changes.h"
#include "Database.h"

namespace seatwise::ReapPass {

// One pass of the reaper over every open session whose deadline has come: active sessions idle past
// idle_after_s turn inactive (R7), unseen ones past purge_after_s end "purged" (R8), standby past its
// expiry ends "expired" (R12), terminating past terminate_at ends "forced" (R10). Reads first and takes
// the write lock only when something is due. Safe with several gateways on one store.
Result<Changes> run(const Database& database, qint64 nowMs);

// R17: raises this minute's peak to the current in-use count and records seats owned, for every pool.
Status recordUsage(const Database& database, qint64 nowMs);

} // namespace seatwise::ReapPass
