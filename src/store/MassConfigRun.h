#pragma once

#include "Database.h"
#include "core/MassConfig.h"
#include "core/User.h"

namespace seatwise {

struct MassConfigOutcome {
    MassConfigReport report;
    bool applied = false;
};

// R16 against the store: reads a snapshot and plans inside one write transaction, then (unless a dry
// run, or any row is invalid) assigns a Phone System license per row with its extension, number and
// add-ons in that same transaction: all or nothing.
Result<MassConfigOutcome> runMassConfig(const Database& database, const QByteArray& csv, bool dryRun, const User& actor,
                                        qint64 nowMs);

} // namespace seatwise
