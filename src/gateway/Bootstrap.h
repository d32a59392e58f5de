#pragma once

#include "core/Error.h"
#include "store/Database.h"

namespace seatwise::Bootstrap {

// On a store with no users, makes the owner "admin" whose API token is `token` (SEATWISE_BOOTSTRAP_TOKEN).
// Does nothing when users exist or the token is empty.
Status ensureOwner(const Database& database, const QString& token, qint64 nowMs);

// Lets `token` act for the account's first owner until revokeRunToken() (used by the embedded gateway).
Status grantRunToken(const Database& database, const QString& token, qint64 nowMs);
Status revokeRunToken(const Database& database, const QString& token);

} // namespace seatwise::Bootstrap
