#include "StoreUnderTest.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {

// Runs one statement on the server's maintenance database (CREATE or DROP DATABASE).
QString runOnServer(const QString& serverUrl, const QString& sql)
{
    const QString name = u"seatwise-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = StoreUnderTest::open(serverUrl + u"/postgres"_s, name);
        if (!db.isOpen()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

StoreUnderTest::StoreUnderTest() = default;

StoreUnderTest::~StoreUnderTest()
{
    if (!m_database.isEmpty())
        runOnServer(serverUrl(), u"DROP DATABASE IF EXISTS "_s + m_database + u" WITH (FORCE)"_s);
}

QString StoreUnderTest::serverUrl()
{
    const QString stateFile = qEnvironmentVariable("SEATWISE_TEST_POSTGRES");
    if (stateFile.isEmpty())
        return {};
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return u"unavailable: the PostgreSQL test server did not start (no "_s + stateFile + u")"_s;
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool StoreUnderTest::onPostgres()
{
    return !qEnvironmentVariable("SEATWISE_TEST_POSTGRES").isEmpty();
}

QString StoreUnderTest::skipReason()
{
    const QString url = serverUrl();
    return url.startsWith(u"unavailable"_s) ? url : QString();
}

bool StoreUnderTest::create()
{
    if (!onPostgres()) {
        if (!m_dir.isValid()) {
            m_error = u"cannot make a temporary folder"_s;
            return false;
        }
        m_location = m_dir.filePath(u"store.db"_s);
        return true;
    }
    if (const QString reason = skipReason(); !reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    const QString database = u"sw_"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (const QString failed = runOnServer(serverUrl(), u"CREATE DATABASE "_s + database); !failed.isEmpty()) {
        m_error = u"cannot create the PostgreSQL database: "_s + failed;
        return false;
    }
    m_database = database;
    m_location = serverUrl() + u"/"_s + database;
    return true;
}

QSqlDatabase StoreUnderTest::open(const QString& location, const QString& name)
{
    if (!location.startsWith(u"postgresql://"_s)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace seatwise::test
