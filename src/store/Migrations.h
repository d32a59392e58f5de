#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace seatwise::Migrations {

// The schema version this build writes.
int latestVersion();
// The version recorded in the store (0 for an empty store).
Result<int> currentVersion(const QSqlDatabase& db);
// Brings the store up to latestVersion(), each step in one write transaction with its version row.
// Refuses a store written by a newer build.
Status apply(const QSqlDatabase& db);

} // namespace seatwise::Migrations
