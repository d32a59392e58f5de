#include "UsageRepo.h"

#include "Sql.h"

namespace seatwise {

static constexpr qint64 kMinuteMs = 60'000;

Status UsageRepo::record(const QString& poolId, qint64 nowMs, int inUse, int seats, int logins, int denials)
{
    return Sql::exec(m_db,
                             QStringLiteral("INSERT INTO usage_minutes (pool_id, minute, peak, seats, logins, denials)"
                                            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pool_id, minute) DO UPDATE SET"
                                            " peak = MAX(usage_minutes.peak, excluded.peak), seats = excluded.seats,"
                                            " logins = usage_minutes.logins + excluded.logins,"
                                            " denials = usage_minutes.denials + excluded.denials"),
                             {poolId, nowMs / kMinuteMs, inUse, seats, logins, denials});
}

Result<QList<UsagePoint>> UsageRepo::range(const QString& poolId, qint64 fromMs, qint64 toMs, int stepS)
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
    values.append(stepMinutes);
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT (minute / ?) AS bucket, MAX(peak), MAX(seats), SUM(logins),"
                                         " SUM(denials) FROM (") +
                              perMinute + QStringLiteral(") m GROUP BY minute / ? ORDER BY bucket"),
                          values);
    if (!query)
        return query.error();
    QList<UsagePoint> points;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        points.append(UsagePoint{q.value(0).toLongLong() * stepMinutes * kMinuteMs, q.value(1).toInt(),
                                 q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    }
    return points;
}

Status UsageRepo::forgetBefore(qint64 cutoffMs)
{
    return Sql::exec(m_db, QStringLiteral("DELETE FROM usage_minutes WHERE minute < ?"), {cutoffMs / kMinuteMs});
}

} // namespace seatwise
