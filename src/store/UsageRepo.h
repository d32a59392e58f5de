#pragma once

#include "core/Error.h"
#include "core/RightSizing.h"

#include <QSqlDatabase>

namespace seatwise {

struct UsageBucket {
    qint64 atMs = 0; // start of the bucket
    int peak = 0;
    int seats = 0;
    int logins = 0;
    int denials = 0;
};

// Per pool per minute usage (R17): peak seats in use, seats owned, logins and denials.
class UsageRepo final {
public:
    explicit UsageRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Adds to the minute containing nowMs: raises its peak to inUse, sets seats, adds the counts.
    Status record(const QString& poolId, qint64 nowMs, int inUse, int seats, int logins, int denials, int idle = 0);
    // R18 evidence over [fromMs, toMs): daily peaks (UTC days), denials, seat-hours held by inactive
    // sessions, average in use and the busiest hours of the day.
    Result<SizingInput> sizingEvidence(const QString& poolId, qint64 fromMs, qint64 toMs);
    // Buckets of stepS seconds between from and to (inclusive of from, exclusive of to); empty pool = all pools.
    Result<QList<UsageBucket>> range(const QString& poolId, qint64 fromMs, qint64 toMs, int stepS);
    // Drops minutes older than the cut-off (usage is kept 13 months).
    Status forgetBefore(qint64 cutoffMs);

private:
    QSqlDatabase m_db;
};

} // namespace seatwise
