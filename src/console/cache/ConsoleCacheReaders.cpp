// The reading half of ConsoleCache: rows back into the client's value types, parsed from the
// gateway's JSON as it was stored, so a reader sees exactly what the client would have; sessions,
// the one listing that runs to a million rows, from typed columns.
#include "console/cache/ConsoleCache.h"

#include "console/cache/CacheRows.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace seatwise {
namespace {

// Runs `sql` and turns every row into a T with fromRow, which may skip a row (std::nullopt).
template <typename T, typename FromRow>
QList<T> readRows(QSqlDatabase db, const QString& sql, const QVariantList& values, FromRow fromRow)
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
    while (query.next())
        if (std::optional<T> item = fromRow(query))
            items.append(std::move(*item));
    return items;
}

// Rows whose first column is the raw JSON, parsed with T::fromJson. A row that no longer parses
// (written by another version) is skipped: the next refresh replaces it anyway.
template <typename T> QList<T> readRaw(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    return readRows<T>(db, sql, values, [](const QSqlQuery& query) -> std::optional<T> {
        ClientResult<T> item = T::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        return item ? std::optional<T>(std::move(item).value()) : std::nullopt;
    });
}

// Sessions come back from typed columns: a million of them load in about the time the query takes.
QList<SessionInfo> readSessions(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    return readRows<SessionInfo>(db, sql, values, [](const QSqlQuery& query) {
        return std::optional<SessionInfo>(CacheRows::sessionFrom(query));
    });
}

} // namespace

QList<PoolInfo> ConsoleCache::pools() const
{
    return readRaw<PoolInfo>(database(), QStringLiteral("SELECT raw FROM pools ORDER BY name, id"));
}

QList<SessionInfo> ConsoleCache::sessions() const
{
    return readSessions(database(), CacheRows::selectSessions() + QStringLiteral(" ORDER BY opened_at_ms, id"));
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
