#include "console/cache/CacheSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace seatwise::CacheSchema {
namespace {

// Step n brings a file from version n to n + 1. Never edit a step once released: append one.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all{
        // 1: pools and sessions, each row as columns plus the gateway's JSON.
        {
            QStringLiteral("CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, "
                           "model TEXT NOT NULL, seats INTEGER NOT NULL, in_use INTEGER NOT NULL, "
                           "available INTEGER NOT NULL, raw TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_login TEXT, "
                           "user_name TEXT, device TEXT, mode TEXT NOT NULL, state TEXT NOT NULL, "
                           "opened_at_ms INTEGER NOT NULL, last_active_at_ms INTEGER NOT NULL, raw TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sessions_by_pool ON sessions (pool_id)"),
            QStringLiteral("CREATE TABLE sync_state (kind TEXT PRIMARY KEY, synced_at_ms INTEGER NOT NULL)"),
        },
        // 2: named licenses and usage points.
        {
            QStringLiteral("CREATE TABLE licenses (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, status TEXT NOT NULL, "
                           "user_login TEXT, user_name TEXT, extension TEXT, number TEXT, "
                           "addon_codes TEXT NOT NULL DEFAULT '', raw TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX licenses_by_pool ON licenses (pool_id)"),
            QStringLiteral("CREATE TABLE usage_points (pool_id TEXT NOT NULL, t_ms INTEGER NOT NULL, "
                           "peak INTEGER NOT NULL, seats INTEGER NOT NULL, logins INTEGER NOT NULL, "
                           "denials INTEGER NOT NULL, raw TEXT NOT NULL, PRIMARY KEY (pool_id, t_ms))"),
        },
        // 3: sessions as typed columns only: a table of a million rows loads from them without
        // parsing JSON (issue #6). A cache is a copy: the sessions come back at the next refresh.
        {
            QStringLiteral("DROP TABLE sessions"),
            QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_id TEXT, "
                           "user_login TEXT, user_name TEXT, device TEXT, mode TEXT NOT NULL, state TEXT NOT NULL, "
                           "opened_at_ms INTEGER NOT NULL, last_seen_at_ms INTEGER NOT NULL, "
                           "last_active_at_ms INTEGER NOT NULL, overflow INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sessions_by_pool ON sessions (pool_id)"),
            QStringLiteral("CREATE INDEX sessions_by_opened ON sessions (opened_at_ms, id)"),
        },
    };
    return all;
}

QString run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().text() + QStringLiteral(" in: ") + sql;
}

} // namespace

int currentVersion()
{
    return int(steps().size());
}

int versionOf(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString migrate(QSqlDatabase& db)
{
    const int from = versionOf(db);
    if (from < 0)
        return QCoreApplication::translate("seatwise::CacheSchema", "cannot read the cache's schema version: %1")
            .arg(db.lastError().text());
    if (from > currentVersion())
        return QCoreApplication::translate("seatwise::CacheSchema",
                                           "the cache was written by a newer console (schema %1, this one knows %2)")
            .arg(from)
            .arg(currentVersion());
    if (from == currentVersion())
        return {};

    QString problem = run(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!problem.isEmpty())
        return problem;
    for (int version = from; version < currentVersion() && problem.isEmpty(); ++version)
        for (const QString& sql : steps().at(version))
            if (problem = run(db, sql); !problem.isEmpty())
                break;
    // PRAGMA user_version is transactional in SQLite: it commits or rolls back with the steps.
    if (problem.isEmpty())
        problem = run(db, QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()));
    if (problem.isEmpty())
        problem = run(db, QStringLiteral("COMMIT"));
    if (!problem.isEmpty())
        run(db, QStringLiteral("ROLLBACK"));
    return problem;
}

} // namespace seatwise::CacheSchema
