#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace seatwise {

namespace {

// What this thread knows about its connections after a failure of the disk under the store.
struct Distrust {
    bool reopen = false; // the handles saw the failure: open the file afresh before the next use
    bool closeQueued = false;
};

thread_local QHash<QString, Distrust> t_distrusted; // empty while every disk is well: one isEmpty() per use

bool isDiskFailure(const QSqlDatabase& db, const QSqlError& error)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return false;
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep it in the low byte
    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
    return ok && (primary == 8 || primary == 10 || primary == 13 || primary == 14);
}

// Closes the connection once the event loop is back, so no file of the store stays open between requests.
void closeWhenIdle(const QString& name, Distrust& distrust)
{
    if (distrust.closeQueued || !QCoreApplication::instance())
        return;
    distrust.closeQueued = true;
    QTimer::singleShot(0, [name] {
        if (const auto it = t_distrusted.find(name); it != t_distrusted.end())
            it->closeQueued = false;
        if (QSqlDatabase::contains(name))
            QSqlDatabase::database(name, false).close();
    });
}

} // namespace

Result<StoreLocation> StoreLocation::parse(const QString& text)
{
    if (text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const QString database = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/'))
            return makeError(ErrorCode::BadRequest, QStringLiteral("Cannot read the PostgreSQL address %1: write it as "
                                                                   "postgresql://user@host:port/database.")
                                                        .arg(url.toString(QUrl::RemovePassword)));
        StoreLocation location;
        location.postgresUrl = url;
        return location;
    }
    if (text.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("No store given: pass --db with a SQLite file path or a postgresql:// URL."));
    StoreLocation location;
    location.sqlitePath = QFileInfo(text).absoluteFilePath();
    return location;
}

QString StoreLocation::displayName() const
{
    return isPostgres() ? postgresUrl.toString(QUrl::RemovePassword) : sqlitePath;
}

Database::Database(StoreLocation location)
    : m_location(std::move(location))
    , m_instanceTag(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

QString Database::connectionName() const
{
    return QStringLiteral("seatwise-%1-%2").arg(m_instanceTag).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    Distrust* distrust = nullptr;
    if (!t_distrusted.isEmpty()) {
        if (const auto it = t_distrusted.find(name); it != t_distrusted.end())
            distrust = &*it;
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (distrust && distrust->reopen)
            existing.close();
        else if (existing.isOpen())
            return existing;
    }
    auto opened = m_location.isPostgres() ? openPostgres(name) : openSqlite(name);
    if (distrust) {
        distrust->reopen = !opened;
        closeWhenIdle(name, *distrust);
    }
    return opened;
}

void Database::noteFailure(const QSqlDatabase& db, const QSqlError& error)
{
    if (!isDiskFailure(db, error))
        return;
    Distrust& distrust = t_distrusted[db.connectionName()];
    distrust.reopen = true;
    closeWhenIdle(db.connectionName(), distrust);
}

void Database::noteCommitted(const QSqlDatabase& db)
{
    if (!t_distrusted.isEmpty())
        t_distrusted.remove(db.connectionName());
}

Result<QSqlDatabase> Database::openSqlite(const QString& name) const
{
    QDir().mkpath(QFileInfo(m_location.sqlitePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Writers wait for each other instead of failing at once; BEGIN IMMEDIATE (WriteTransaction) relies on it.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (m_fileExists) {
        // mode=rw: open the file that is there, never create a new one.
        db.setDatabaseName(QUrl::fromLocalFile(m_location.sqlitePath).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?mode=rw"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_location.sqlitePath);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return makeError(
            ErrorCode::StoreUnavailable,
            QStringLiteral("Cannot open the store %1: %2").arg(m_location.sqlitePath, db.lastError().text()));
    QSqlQuery pragma(db);
    // WAL lets readers run beside the writer; NORMAL sync survives a crash of the process (kill -9) and
    // may lose the last commits only on power loss (see docs/architecture.md, "Durability").
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return makeError(ErrorCode::StoreUnavailable,
                             QStringLiteral("Cannot configure the store: %1").arg(pragma.lastError().text()));
    }
    m_fileExists = true;
    return db;
}

Result<QSqlDatabase> Database::openPostgres(const QString& name) const
{
    const QUrl& url = m_location.postgresUrl;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return makeError(ErrorCode::StoreUnavailable,
                         QStringLiteral("This build has no PostgreSQL driver (QPSQL): install libqt6sql6-psql."));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    const QString password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=seatwised"));
    if (!db.open())
        return makeError(
            ErrorCode::StoreUnavailable,
            QStringLiteral("Cannot open the store %1: %2").arg(m_location.displayName(), db.lastError().text()));
    // "relation already exists, skipping" and the like are not for the gateway's log.
    QSqlQuery quiet(db);
    if (!quiet.exec(QStringLiteral("SET client_min_messages TO WARNING")))
        return makeError(ErrorCode::StoreUnavailable,
                         QStringLiteral("Cannot configure the store: %1").arg(quiet.lastError().text()));
    return db;
}

Status Database::migrate() const
{
    auto db = connection();
    if (!db)
        return db.error();
    return Migrations::apply(db.value());
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

} // namespace seatwise
