#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/cache/CacheSchema.h"
#include "console/cache/ConsoleCache.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace seatwise;

namespace {

QJsonArray array(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

const char* kPools = R"([
  {"id": "p1", "name": "Agents", "kind": "standard", "model": "concurrent", "seats": 12, "in_use": 9,
   "available": 3, "idle_after_s": 120, "purge_after_s": 0},
  {"id": "p2", "name": "Admin", "kind": "admin", "model": "concurrent", "seats": 2, "in_use": 2, "available": 0},
  {"id": "p3", "name": "Phone System", "kind": "base", "model": "named", "seats": 5, "in_use": 1, "available": 4}
])";

const char* kSessions = R"([
  {"id": "s1", "pool": "p1", "user": {"id": "u1", "login": "alice", "name": "Alice Archer"}, "device": "pc-1",
   "mode": "standard", "state": "active", "opened_at": "2026-11-23T08:50:21Z",
   "last_seen_at": "2026-11-23T09:00:00Z", "last_active_at": "2026-11-23T09:00:00Z"},
  {"id": "s2", "pool": "p1", "user": {"id": "u2", "login": "hana", "name": "Hana Sato"}, "device": "pc-2",
   "mode": "standard", "state": "inactive", "opened_at": "2026-11-23T08:10:00Z",
   "last_seen_at": "2026-11-23T09:00:00Z", "last_active_at": "2026-11-23T08:20:00Z"},
  {"id": "s3", "pool": "p2", "user": null, "device": "kiosk", "mode": "admin", "state": "active",
   "opened_at": "2026-11-23T08:00:00Z", "last_seen_at": null, "last_active_at": null, "overflow": true}
])";

const char* kLicenses = R"([
  {"id": "l1", "pool": "p3", "status": "assigned", "assigned_to": {"id": "u1", "login": "alice", "name": "Alice"},
   "extension": "101", "number": "+15550101",
   "addons": [{"id": "a1", "code": "call_recording"}, {"id": "a2", "code": "team_chat"}]},
  {"id": "l2", "pool": "p3", "status": "available", "assigned_to": null, "addons": []}
])";

const char* kUsage = R"([
  {"t": "2026-11-23T08:00:00Z", "peak": 3, "seats": 12, "logins": 4, "denials": 0},
  {"t": "2026-11-23T08:01:00Z", "peak": 5, "seats": 12, "logins": 2, "denials": 1}
])";

QStringList ids(const auto& items)
{
    QStringList out;
    for (const auto& item : items)
        out.append(item.id);
    return out;
}

// A second, independent connection on the cache file, as another process would see it.
class RawFile final {
public:
    explicit RawFile(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }

private:
    static inline int s_serial = 0;
    QString m_name;
};

} // namespace

class TestCache final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newFileIsMigratedAndInWal()
    {
        QTemporaryDir dir;
        const QString path = ConsoleCache::fileFor(dir.path(), QStringLiteral("http://10.0.0.5:8080/api/v1"));
        QVERIFY(path.startsWith(dir.filePath(QStringLiteral("cache/"))));
        QVERIFY(path != ConsoleCache::fileFor(dir.path(), QStringLiteral("http://10.0.0.6:8080/api/v1")));
        ConsoleCache cache(path);
        QVERIFY2(cache.open(), qPrintable(cache.lastError()));
        QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
        QVERIFY(!cache.lastSyncedAt().isValid());

        const RawFile raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::currentVersion());
    }

    void olderFileIsMigratedKeepingItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A file as schema 1 left it: pools and sessions only.
            const RawFile raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, model TEXT NOT NULL, "
                "seats INTEGER NOT NULL, in_use INTEGER NOT NULL, available INTEGER NOT NULL, raw TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE sessions (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, user_login TEXT, user_name TEXT, "
                "device TEXT, mode TEXT NOT NULL, state TEXT NOT NULL, opened_at_ms INTEGER NOT NULL, "
                "last_active_at_ms INTEGER NOT NULL, raw TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE INDEX sessions_by_pool ON sessions (pool_id)")));
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TABLE sync_state (kind TEXT PRIMARY KEY, synced_at_ms INTEGER NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO pools VALUES ('p1', 'Agents', 'standard', 'concurrent', 4, 1, 3, "
                "'{\"id\":\"p1\",\"name\":\"Agents\",\"kind\":\"standard\",\"model\":\"concurrent\",\"seats\":4,"
                "\"in_use\":1,\"available\":3}')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        ConsoleCache cache(path);
        QVERIFY2(cache.open(), qPrintable(cache.lastError()));
        QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
        QCOMPARE(ids(cache.pools()), QStringList{QStringLiteral("p1")});
        QVERIFY2(cache.replaceLicenses(array(kLicenses)), qPrintable(cache.lastError()));
        QCOMPARE(cache.licenses().size(), 2);
    }

    void fileOfANewerConsoleIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            const RawFile raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        ConsoleCache cache(path);
        QVERIFY(!cache.open());
        QVERIFY2(cache.lastError().contains(QStringLiteral("newer")), qPrintable(cache.lastError()));
        const RawFile raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    }

    void everyTableRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        ConsoleCache cache(path);
        QVERIFY(cache.open());
        QSignalSpy changed(&cache, &ConsoleCache::changed);

        QVERIFY(cache.replacePools(array(kPools)));
        QVERIFY(cache.replaceSessions(array(kSessions)));
        QVERIFY(cache.replaceLicenses(array(kLicenses)));
        QVERIFY(cache.storeUsage(QStringLiteral("p1"), array(kUsage)));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(1).at(0).value<CacheKind>(), CacheKind::Sessions);
        QVERIFY(cache.lastSyncedAt().isValid());
        QVERIFY(cache.lastSyncedAt(CacheKind::Usage).isValid());

        const QList<PoolInfo> pools = cache.pools();
        QCOMPARE(ids(pools), (QStringList{QStringLiteral("p2"), QStringLiteral("p1"), QStringLiteral("p3")}));
        QCOMPARE(pools.at(1).idleAfterS, 120);
        QCOMPARE(pools.at(1).inUse, 9);
        QCOMPARE(pools.at(2).model, PoolModel::Named);

        const QList<SessionInfo> sessions = cache.sessions(); // by login time
        QCOMPARE(ids(sessions), (QStringList{QStringLiteral("s3"), QStringLiteral("s2"), QStringLiteral("s1")}));
        QVERIFY(!sessions.at(0).user);
        QVERIFY(sessions.at(0).overflow);
        QCOMPARE(sessions.at(1).user->name, QStringLiteral("Hana Sato"));
        QCOMPARE(sessions.at(1).state, SessionState::Inactive);
        QCOMPARE(sessions.at(2).lastSeenAtMs,
                 QDateTime::fromString(QStringLiteral("2026-11-23T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());

        const QList<LicenseInfo> licenses = cache.licenses();
        QCOMPARE(ids(licenses), (QStringList{QStringLiteral("l2"), QStringLiteral("l1")}));
        QCOMPARE(licenses.at(1).assignedTo->login, QStringLiteral("alice"));
        QCOMPARE(licenses.at(1).number, QStringLiteral("+15550101"));
        QVERIFY(licenses.at(1).hasAddon(QStringLiteral("team_chat")));
        const RawFile raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT addon_codes FROM licenses WHERE id = 'l1'")).toString(),
                 QStringLiteral("call_recording,team_chat"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT user_login FROM sessions WHERE id = 's2'")).toString(),
                 QStringLiteral("hana"));

        const QList<UsagePoint> usage = cache.usage(QStringLiteral("p1"));
        QCOMPARE(usage.size(), 2);
        QCOMPARE(usage.at(1).peak, 5);
        QCOMPARE(usage.at(1).denials, 1);
        QVERIFY(cache.usage(QStringLiteral("p2")).isEmpty());
        QCOMPARE(cache.usage(QStringLiteral("p1"), usage.at(1).atMs).size(), 1);
        // Storing a point again overwrites it; points of all pools together go under the empty id.
        QVERIFY(cache.storeUsage(QStringLiteral("p1"), array(kUsage)));
        QCOMPARE(cache.usage(QStringLiteral("p1")).size(), 2);
        QVERIFY(cache.storeUsage(QString(), array(kUsage)));
        QCOMPARE(cache.usage(QString()).size(), 2);

        QJsonObject changedSession = array(kSessions).at(1).toObject();
        changedSession.insert(QStringLiteral("state"), QStringLiteral("active"));
        QVERIFY(cache.upsertSession(changedSession));
        QJsonObject newSession = array(kSessions).at(0).toObject();
        newSession.insert(QStringLiteral("id"), QStringLiteral("s4"));
        newSession.insert(QStringLiteral("opened_at"), QStringLiteral("2026-11-23T09:30:00Z"));
        QVERIFY(cache.upsertSession(newSession));
        QVERIFY(cache.removeSession(QStringLiteral("s3")));
        QCOMPARE(ids(cache.sessions()),
                 (QStringList{QStringLiteral("s2"), QStringLiteral("s1"), QStringLiteral("s4")}));
        QCOMPARE(cache.sessions().at(0).state, SessionState::Active);
    }

    void rowsOutliveTheCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            ConsoleCache cache(path);
            QVERIFY(cache.open());
            QVERIFY(cache.replacePools(array(kPools)));
            QVERIFY(cache.replaceSessions(array(kSessions)));
        }
        ConsoleCache again(path);
        QVERIFY(again.open());
        QCOMPARE(again.pools().size(), 3);
        QCOMPARE(again.sessions().size(), 3);
        QVERIFY(again.lastSyncedAt().isValid());
    }

    void failedReplaceKeepsTheOldRows()
    {
        QTemporaryDir dir;
        ConsoleCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(cache.open());
        QVERIFY(cache.replacePools(array(kPools)));
        QVERIFY(cache.replaceSessions(array(kSessions)));
        const QDateTime synced = cache.lastSyncedAt(CacheKind::Sessions);
        QSignalSpy changed(&cache, &ConsoleCache::changed);

        // The second row repeats the first's id: the insert fails after the old rows were deleted.
        QJsonArray duplicate = array(kSessions);
        duplicate.removeFirst();
        duplicate.append(duplicate.at(0));
        QVERIFY(!cache.replaceSessions(duplicate));
        QVERIFY(!cache.lastError().isEmpty());
        QCOMPARE(cache.sessions().size(), 3);

        // A malformed element half way fails the same way.
        QJsonArray malformed = array(kPools);
        malformed.insert(1, QJsonObject{{QStringLiteral("id"), QStringLiteral("p9")}});
        QVERIFY(!cache.replacePools(malformed));
        QCOMPARE(cache.pools().size(), 3);

        QVERIFY(changed.isEmpty());
        QCOMPARE(cache.lastSyncedAt(CacheKind::Sessions), synced);
        QVERIFY(cache.replaceSessions({})); // and the cache still takes writes
        QVERIFY(cache.sessions().isEmpty());
    }

    void modelsAreFedFromTheCache()
    {
        ConsoleCache cache(QStringLiteral(":memory:"));
        QVERIFY(cache.open());
        QVERIFY(cache.replacePools(array(kPools)));
        QVERIFY(cache.replaceSessions(array(kSessions)));

        PoolTableModel pools;
        SessionTableModel sessions;
        QAbstractItemModelTester poolsTester(&pools, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pools.setReloadDelayMs(50);
        sessions.setReloadDelayMs(50);

        // The last known state shows at once, before any network answer.
        pools.setCache(&cache);
        sessions.setCache(&cache);
        QCOMPARE(pools.rowCount(), 3);
        QCOMPARE(sessions.rowCount(), 3);
        QCOMPARE(sessions.index(0, SessionTableModel::PoolColumn).data(RawValueRole).toString(),
                 QStringLiteral("Admin"));

        // A burst of writes makes one reload: one ranged dataChanged over the rows that changed.
        QSignalSpy poolsChanged(&pools, &QAbstractItemModel::dataChanged);
        QSignalSpy poolsInserted(&pools, &QAbstractItemModel::rowsInserted);
        QJsonArray fresh = array(kPools);
        for (int inUse = 1; inUse <= 5; ++inUse) {
            QJsonObject agents = fresh.at(0).toObject();
            agents.insert(QStringLiteral("in_use"), inUse);
            fresh.replace(0, agents);
            QVERIFY(cache.replacePools(fresh));
        }
        QTRY_COMPARE(poolsChanged.size(), 1);
        QTest::qWait(150);
        QCOMPARE(poolsChanged.size(), 1);
        QVERIFY(poolsInserted.isEmpty());
        const QModelIndex agents = pools.match(pools.index(0, 0), IdRole, QStringLiteral("p1")).value(0);
        QCOMPARE(pools.index(agents.row(), PoolTableModel::InUseColumn).data(RawValueRole).toInt(), 5);
        QCOMPARE(poolsChanged.at(0).at(0).toModelIndex().row(), agents.row());
        QCOMPARE(poolsChanged.at(0).at(1).toModelIndex().row(), agents.row());

        // Sessions follow upserts and removals; ended sessions are not shown.
        QJsonObject ended = array(kSessions).at(0).toObject();
        ended.insert(QStringLiteral("state"), QStringLiteral("ended"));
        QVERIFY(cache.upsertSession(ended));
        QVERIFY(cache.removeSession(QStringLiteral("s3")));
        QTRY_COMPARE(sessions.rowCount(), 1);
        QCOMPARE(sessions.index(0, 0).data(IdRole).toString(), QStringLiteral("s2"));

        // A pool renamed in the cache renames it in the sessions too.
        QJsonArray renamed = fresh;
        QJsonObject p1 = renamed.at(0).toObject();
        p1.insert(QStringLiteral("name"), QStringLiteral("Day shift"));
        renamed.replace(0, p1);
        QVERIFY(cache.replacePools(renamed));
        QTRY_COMPARE(sessions.index(0, SessionTableModel::PoolColumn).data(RawValueRole).toString(),
                     QStringLiteral("Day shift"));
        QVERIFY(cache.replaceSessions({}));
        QTRY_COMPARE(sessions.rowCount(), 0);
    }
};

QTEST_MAIN(TestCache)
#include "TestCache.moc"
