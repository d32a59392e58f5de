#include "console/cache/ConsoleCache.h"

#include "client/JsonList.h"
#include "console/cache/CacheRows.h"
#include "console/cache/CacheSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace seatwise {
namespace {

QString exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query.lastError().text() + QStringLiteral(" in: ") + sql;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return {};
    const QString text = query.lastError().text();
    return text.trimmed().isEmpty() ? QStringLiteral("SQL statement failed: ") + sql : text;
}

QString nextConnectionName()
{
    static int serial = 0;
    return QStringLiteral("seatwise-console-cache-%1").arg(++serial);
}

} // namespace

ConsoleCache::ConsoleCache(QString filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_connectionName(nextConnectionName())
{
}

ConsoleCache::~ConsoleCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ConsoleCache::fileFor(const QString& dataDir, const QString& profileKey)
{
    // A hash: profile keys are URLs or free text, and two of them must never share a file.
    const QByteArray digest = QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(dataDir).filePath(QStringLiteral("cache/") + QString::fromLatin1(digest.left(20)) +
                                  QStringLiteral(".sqlite"));
}

QSqlDatabase ConsoleCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ConsoleCache::open()
{
    if (m_open)
        return true;
    const bool inMemory = m_filePath == QLatin1String(":memory:");
    if (!inMemory && !QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        m_lastError = tr("Cannot create the folder of the cache %1.").arg(m_filePath);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        m_lastError = tr("Cannot open the cache %1: %2").arg(m_filePath, db.lastError().text());
        return false;
    }
    // WAL: readers never wait for the writer; NORMAL: a crash keeps the file consistent, and a
    // power loss may drop the last writes, which the next refresh brings back anyway.
    QString problem = inMemory ? QString() : exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (problem.isEmpty())
        problem = exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (problem.isEmpty())
        problem = CacheSchema::migrate(db);
    if (!problem.isEmpty()) {
        m_lastError = tr("Cannot use the cache %1: %2").arg(m_filePath, problem);
        db.close();
        return false;
    }
    m_open = true;
    return true;
}

int ConsoleCache::schemaVersion() const
{
    QSqlDatabase db = database();
    return m_open ? CacheSchema::versionOf(db) : -1;
}

bool ConsoleCache::write(CacheKind kind, const Work& work, bool announce)
{
    if (!m_open) {
        m_lastError = tr("The cache is not open.");
        return false;
    }
    QSqlDatabase db = database();
    // IMMEDIATE: take the write lock up front instead of failing half way (see QT64_NOTES).
    QString problem = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    problem = work(db);
    if (problem.isEmpty())
        problem = exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (kind, synced_at_ms) VALUES (?, ?)"),
                       {cacheKindKey(kind), QDateTime::currentMSecsSinceEpoch()});
    if (problem.isEmpty())
        problem = exec(db, QStringLiteral("COMMIT"));
    if (!problem.isEmpty()) {
        exec(db, QStringLiteral("ROLLBACK"));
        m_lastError = problem;
        return false;
    }
    m_lastError.clear();
    if (announce)
        Q_EMIT changed(kind);
    return true;
}

bool ConsoleCache::replacePools(const QJsonArray& pools)
{
    return write(CacheKind::Pools, [&pools](QSqlDatabase& db) {
        const QString problem = exec(db, QStringLiteral("DELETE FROM pools"));
        return problem.isEmpty() ? CacheRows::insertPools(db, pools, false) : problem;
    });
}

bool ConsoleCache::upsertPool(const QJsonObject& pool)
{
    const QJsonArray one{pool};
    return write(CacheKind::Pools, [&one](QSqlDatabase& db) { return CacheRows::insertPools(db, one, true); });
}

bool ConsoleCache::replaceSessions(const QJsonArray& sessions)
{
    return write(CacheKind::Sessions, [&sessions](QSqlDatabase& db) {
        const ClientResult<QList<SessionInfo>> parsed = parseJsonList<SessionInfo>(sessions);
        if (!parsed)
            return parsed.error().message;
        const QString problem = exec(db, QStringLiteral("DELETE FROM sessions"));
        return problem.isEmpty() ? CacheRows::insertSessions(db, parsed.value(), false) : problem;
    });
}

bool ConsoleCache::writeSessionEvents(const QJsonArray& upserts, const QStringList& removals)
{
    ClientResult<QList<SessionInfo>> parsed = parseJsonList<SessionInfo>(upserts);
    if (!parsed) {
        m_lastError = parsed.error().message;
        return false;
    }
    const QList<SessionInfo>& sessions = parsed.value();
    const bool written = write(
        CacheKind::Sessions,
        [&sessions, &removals](QSqlDatabase& db) {
            QString problem = CacheRows::insertSessions(db, sessions, true);
            QSqlQuery remove(db);
            if (problem.isEmpty() && !removals.isEmpty() &&
                !remove.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?")))
                problem = remove.lastError().text();
            for (const QString& id : removals) {
                if (!problem.isEmpty())
                    break;
                remove.addBindValue(id);
                if (!remove.exec())
                    problem = remove.lastError().text() + QStringLiteral(" (removing a session)");
            }
            return problem;
        },
        false);
    if (written)
        Q_EMIT sessionsWritten(sessions, removals);
    return written;
}

bool ConsoleCache::upsertSession(const QJsonObject& session)
{
    return writeSessionEvents({session}, {});
}

bool ConsoleCache::removeSession(const QString& id)
{
    return writeSessionEvents({}, {id});
}

bool ConsoleCache::replaceLicenses(const QJsonArray& licenses)
{
    return write(CacheKind::Licenses, [&licenses](QSqlDatabase& db) {
        const QString problem = exec(db, QStringLiteral("DELETE FROM licenses"));
        return problem.isEmpty() ? CacheRows::insertLicenses(db, licenses) : problem;
    });
}

bool ConsoleCache::storeUsage(const QString& poolId, const QJsonArray& points)
{
    return write(CacheKind::Usage,
                 [&poolId, &points](QSqlDatabase& db) { return CacheRows::insertUsage(db, poolId, points); });
}

} // namespace seatwise
