#include "Migrations.h"

#include "Sql.h"
#include "WriteTransaction.h"

#include <QStringList>

namespace seatwise::Migrations {
namespace {

// Each entry upgrades the schema by one version. Append only: never edit a shipped step.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: users, tokens, pools, sessions, usage, audit
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                           " role TEXT NOT NULL, password_hash TEXT, sessions_view TEXT NOT NULL,"
                           " sessions_control TEXT NOT NULL, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL"
                           " REFERENCES users(id), created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL DEFAULT 0,"
                           " revoked INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
                           " model TEXT NOT NULL, seats INTEGER NOT NULL, login_policy TEXT NOT NULL,"
                           " idle_after_s INTEGER NOT NULL, purge_after_s INTEGER NOT NULL, grace_s INTEGER NOT NULL,"
                           " overflow INTEGER NOT NULL, anonymous INTEGER NOT NULL, features TEXT NOT NULL,"
                           " price_cents BIGINT NOT NULL, heartbeat_interval_s INTEGER NOT NULL,"
                           " standby_expire_s INTEGER NOT NULL, client_key_hash TEXT, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, pool_id TEXT REFERENCES pools(id),"
                           " user_id TEXT REFERENCES users(id), device TEXT NOT NULL, mode TEXT NOT NULL,"
                           " state TEXT NOT NULL, overflow INTEGER NOT NULL DEFAULT 0, opened_at BIGINT NOT NULL,"
                           " last_seen_at BIGINT NOT NULL, last_active_at BIGINT NOT NULL,"
                           " terminate_at BIGINT NOT NULL DEFAULT 0, standby_expires_at BIGINT NOT NULL DEFAULT 0,"
                           " ended_at BIGINT NOT NULL DEFAULT 0, end_reason TEXT, ended_by TEXT, message TEXT)"),
            QStringLiteral("CREATE INDEX sessions_open_by_pool ON sessions(pool_id, state) WHERE state <> 'ended'"),
            QStringLiteral("CREATE INDEX sessions_open_by_user ON sessions(user_id, pool_id) WHERE state <> 'ended'"),
            QStringLiteral("CREATE TABLE session_tokens (token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL"
                           " REFERENCES sessions(id))"),
            QStringLiteral("CREATE TABLE usage_minutes (pool_id TEXT NOT NULL REFERENCES pools(id),"
                           " minute BIGINT NOT NULL, peak INTEGER NOT NULL, seats INTEGER NOT NULL,"
                           " logins INTEGER NOT NULL, denials INTEGER NOT NULL, PRIMARY KEY (pool_id, minute))"),
            QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT NOT NULL,"
                           " actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, details TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_events_at ON audit_events(at)"),
        },
        // 2: named licenses and add-ons, seat orders, idle seats in the usage history
        {
            QStringLiteral("ALTER TABLE pools ADD COLUMN base_type TEXT"),
            QStringLiteral("ALTER TABLE pools ADD COLUMN addon_code TEXT"),
            QStringLiteral("ALTER TABLE pools ADD COLUMN activation_delay_s INTEGER NOT NULL DEFAULT 300"),
            QStringLiteral("CREATE TABLE licenses (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL REFERENCES pools(id),"
                           " status TEXT NOT NULL, assigned_to TEXT REFERENCES users(id), extension TEXT, number TEXT,"
                           " base_license_id TEXT REFERENCES licenses(id), created_at BIGINT NOT NULL,"
                           " updated_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX licenses_by_pool ON licenses(pool_id, status)"),
            QStringLiteral("CREATE INDEX licenses_by_user ON licenses(assigned_to)"),
            QStringLiteral("CREATE INDEX licenses_by_base ON licenses(base_license_id)"),
            // The store itself refuses a second holder of an extension or a number.
            QStringLiteral("CREATE UNIQUE INDEX licenses_extension ON licenses(extension) WHERE extension IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX licenses_number ON licenses(number) WHERE number IS NOT NULL"),
            QStringLiteral("CREATE TABLE seat_orders (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL REFERENCES pools(id),"
                           " delta INTEGER NOT NULL, requested_at BIGINT NOT NULL, effective_at BIGINT NOT NULL,"
                           " prorated_cents BIGINT NOT NULL, status TEXT NOT NULL, requested_by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX seat_orders_due ON seat_orders(status, effective_at)"),
            QStringLiteral("ALTER TABLE usage_minutes ADD COLUMN idle INTEGER NOT NULL DEFAULT 0"),
        },
        // 3: anonymous logins find a device's open session, and the reaper what is due, without scanning
        // every open session
        {
            QStringLiteral("CREATE INDEX sessions_open_by_device ON sessions(pool_id, device) WHERE state <> 'ended'"),
            QStringLiteral("CREATE INDEX sessions_idle_due ON sessions(pool_id, state, last_active_at)"
                           " WHERE state <> 'ended'"),
            QStringLiteral("CREATE INDEX sessions_unseen_due ON sessions(pool_id, state, last_seen_at)"
                           " WHERE state <> 'ended'"),
            QStringLiteral("CREATE INDEX sessions_standby_due ON sessions(standby_expires_at) WHERE state = 'standby'"),
            QStringLiteral("CREATE INDEX sessions_terminate_due ON sessions(terminate_at) WHERE state = 'terminating'"),
        },
        // 4: the audit trail records where each admin action came from
        {
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

// The steps are written for SQLite; PostgreSQL takes them with one word changed.
QString inDialect(const QSqlDatabase& db, QString statement)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        statement.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return statement;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Result<int> currentVersion(const QSqlDatabase& db)
{
    auto created = Sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    if (!created)
        return created.error();
    auto version = Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return int(version.value());
}

Status apply(const QSqlDatabase& db)
{
    for (;;) {
        WriteTransaction tx(db); // the write lock keeps two processes from running the same step
        if (!tx.begun())
            return tx.begun();
        auto version = currentVersion(db);
        if (!version)
            return version.error();
        if (version.value() > latestVersion())
            return makeError(ErrorCode::StoreUnavailable,
                             QStringLiteral("The store has schema version %1, newer than this build knows (%2). "
                                            "Upgrade Seatwise.")
                                 .arg(version.value())
                                 .arg(latestVersion()));
        if (version.value() == latestVersion())
            return Done{};
        for (const QString& statement : steps().at(version.value())) {
            auto ran = Sql::run(db, inDialect(db, statement));
            if (!ran)
                return ran.error();
        }
        auto recorded =
            Sql::run(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version.value() + 1});
        if (!recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
    }
}

} // namespace seatwise::Migrations
