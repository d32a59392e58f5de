#include "Database.h"

#include "Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace seatwise {

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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isOpen())
            return existing;
    }
    return m_location.isPostgres() ? openPostgres(name) : openSqlite(name);
}

Result<QSqlDatabase> Database::openSqlite(const QString& name) const
{
    QDir().mkpath(QFileInfo(m_location.sqlitePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_location.sqlitePath);
    // Writers wait for each other instead of failing at once; BEGIN IMMEDIATE (WriteTransaction) relies on it.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
