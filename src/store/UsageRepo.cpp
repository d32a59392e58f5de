#include "UsageRepo.h"

#include "Sql.h"

namespace seatwise {

static constexpr qint64 kMinuteMs = 60'000;

Status UsageRepo::record(const QString& poolId, qint64 nowMs, int inUse, int seats, int logins, int denials, int idle)
{
    return Sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO usage_minutes (pool_id, minute, peak, seats, logins, denials, idle)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pool_id, minute) DO UPDATE SET"
            " peak = CASE WHEN excluded.peak > usage_minutes.peak THEN excluded.peak ELSE usage_minutes.peak END, "
            "seats = excluded.seats,"
            " logins = usage_minutes.logins + excluded.logins,"
            " denials = usage_minutes.denials + excluded.denials,"
            " idle = CASE WHEN excluded.idle > usage_minutes.idle THEN excluded.idle ELSE usage_minutes.idle END"),
        {poolId, nowMs / kMinuteMs, inUse, seats, logins, denials, idle});
}

Result<SizingInput> UsageRepo::sizingEvidence(const QString& poolId, qint64 fromMs, qint64 toMs)
{
    const QVariantList range{poolId, fromMs / kMinuteMs, toMs / kMinuteMs};
    SizingInput input;
    auto days =
        Sql::run(m_db,
                 QStringLiteral("SELECT minute / 1440, MAX(peak) FROM usage_minutes WHERE pool_id = ? AND minute >= ?"
                                " AND minute < ? GROUP BY minute / 1440 ORDER BY 1"),
                 range);
    if (!days)
        return days.error();
    while (days.value().next())
        input.dailyPeaks.append(
            DailyPeak{days.value().value(0).toLongLong() * 1440 * kMinuteMs, days.value().value(1).toInt()});
    auto totals =
        Sql::run(m_db,
                 QStringLiteral("SELECT COALESCE(SUM(denials), 0), COALESCE(SUM(idle), 0), COALESCE(AVG(peak), 0)"
                                " FROM usage_minutes WHERE pool_id = ? AND minute >= ? AND minute < ?"),
                 range);
    if (!totals)
        return totals.error();
    if (totals.value().next()) {
        input.denials = totals.value().value(0).toInt();
        input.idleSeatHours = totals.value().value(1).toDouble() / 60.0; // one row per minute
        input.averageInUse = totals.value().value(2).toDouble();
    }
    auto hours = Sql::run(m_db,
                          QStringLiteral("SELECT (minute % 1440) / 60 AS hour, AVG(peak) AS level FROM usage_minutes"
                                         " WHERE pool_id = ? AND minute >= ? AND minute < ? GROUP BY hour"
                                         " ORDER BY level DESC, hour LIMIT 2"),
                          range);
    if (!hours)
        return hours.error();
    while (hours.value().next())
        input.busiestHoursUtc.append(hours.value().value(0).toInt());
    return input;
}

Result<QList<UsageBucket>> UsageRepo::range(const QString& poolId, qint64 fromMs, qint64 toMs, int stepS)
{
    const qint64 stepMinutes = qMax<qint64>(1, stepS / 60);
    // Per minute first (summing pools when no pool is named), then the step's buckets.
    const QString perMinute =
        QStringLiteral("SELECT minute, SUM(peak) AS peak, SUM(seats) AS seats, SUM(logins) AS logins,"
                       " SUM(denials) AS denials FROM usage_minutes WHERE minute >= ? AND minute < ?") +
        (poolId.isEmpty() ? QString() : QStringLiteral(" AND pool_id = ?")) + QStringLiteral(" GROUP BY minute");
    QVariantList values{stepMinutes, fromMs / kMinuteMs, (toMs + kMinuteMs - 1) / kMinuteMs};
    if (!poolId.isEmpty())
        values.append(poolId);
    auto query =
        Sql::run(m_db,
                 QStringLiteral("SELECT (minute / CAST(? AS BIGINT)) AS bucket, MAX(peak), MAX(seats), SUM(logins),"
                                " SUM(denials) FROM (") +
                     perMinute + QStringLiteral(") m GROUP BY bucket ORDER BY bucket"),
                 values);
    if (!query)
        return query.error();
    QList<UsageBucket> points;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        points.append(UsageBucket{q.value(0).toLongLong() * stepMinutes * kMinuteMs, q.value(1).toInt(),
                                  q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    }
    return points;
}

Status UsageRepo::forgetBefore(qint64 cutoffMs)
{
    return Sql::exec(m_db, QStringLiteral("DELETE FROM usage_minutes WHERE minute < ?"), {cutoffMs / kMinuteMs});
}

} // namespace seatwise
