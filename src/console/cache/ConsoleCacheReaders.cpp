// The reading half of ConsoleCache: rows back into the client's value types, parsed from the
// gateway's JSON as it was stored, so a reader sees exactly what the client would have.
#include "console/cache/ConsoleCache.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace seatwise {
namespace {

// Runs `sql` (its first column the raw JSON) and parses every row with T::fromJson. A row that no
// longer parses (written by another version) is skipped: the next refresh replaces it anyway.
template <typename T> QList<T> readRaw(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QList<T> items;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return items;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return items;
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
        ClientResult<T> item = T::fromJson(document.object());
        if (item)
            items.append(std::move(item).value());
    }
    return items;
}

} // namespace

QList<PoolInfo> ConsoleCache::pools() const
{
    return readRaw<PoolInfo>(database(), QStringLiteral("SELECT raw FROM pools ORDER BY name, id"));
}

QList<SessionInfo> ConsoleCache::sessions() const
{
    return readRaw<SessionInfo>(database(), QStringLiteral("SELECT raw FROM sessions ORDER BY opened_at_ms, id"));
}

QList<LicenseInfo> ConsoleCache::licenses() const
{
    return readRaw<LicenseInfo>(database(),
                                QStringLiteral("SELECT raw FROM licenses ORDER BY pool_id, extension, number, id"));
}

QList<UsagePoint> ConsoleCache::usage(const QString& poolId, qint64 fromMs, qint64 toMs) const
{
    return readRaw<UsagePoint>(database(),
                               QStringLiteral("SELECT raw FROM usage_points WHERE pool_id = coalesce(?, '') "
                                              "AND t_ms >= ? AND t_ms <= ? ORDER BY t_ms"),
                               {poolId, fromMs, toMs});
}

QDateTime ConsoleCache::lastSyncedAt() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT max(synced_at_ms) FROM sync_state")) || !query.next() ||
        query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

QDateTime ConsoleCache::lastSyncedAt(CacheKind kind) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT synced_at_ms FROM sync_state WHERE kind = ?"));
    query.addBindValue(cacheKindKey(kind));
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

} // namespace seatwise
