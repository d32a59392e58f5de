#include "ChangeRelay.h"

#include "store/Repos.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace seatwise {

namespace {

const QString kChannel = QStringLiteral("seatwise_changes");
// A NOTIFY payload holds at most 8000 bytes: 100 ids of 36 characters stay well below.
constexpr int IdsPerMessage = 100;

QJsonArray idsOf(const QList<Session>& sessions, qsizetype from, qsizetype count)
{
    QJsonArray ids;
    for (qsizetype i = from; i < qMin(sessions.size(), from + count); ++i)
        ids.append(sessions.at(i).id);
    return ids;
}

// How often the relay checks that it still listens: a reopened connection listens again within this.
constexpr int WatchIntervalMs = 500;

// The driver's libpq connection (a PGconn*, opaque here): a new one after every reopen.
const void* connectionHandle(const QSqlDriver* driver)
{
    const QVariant handle = driver->handle();
    return handle.isValid() && handle.constData() ? *static_cast<void* const*>(handle.constData()) : nullptr;
}

} // namespace

ChangeRelay::ChangeRelay(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_origin(QUuid::createUuid().toString(QUuid::Id128))
{
}

ChangeRelay::~ChangeRelay()
{
    stop();
}

Status ChangeRelay::start()
{
    if (!m_database.location().isPostgres())
        return Done{};
    if (Status listening = listen(); !listening)
        return listening;
    connect(&m_watch, &QTimer::timeout, this, &ChangeRelay::keepListening);
    m_watch.start(WatchIntervalMs);
    return Done{};
}

Status ChangeRelay::listen()
{
    auto db = m_database.connection(); // reopens a connection the server dropped
    if (!db)
        return db.error();
    QSqlDriver* driver = db.value().driver();
    // Qt may still list the channel from the dead connection: start from a clean slate on this one.
    if (driver->subscribedToNotifications().contains(kChannel))
        driver->unsubscribeFromNotification(kChannel);
    if (!driver->subscribeToNotification(kChannel))
        return makeError(
            ErrorCode::StoreUnavailable,
            QStringLiteral("Cannot listen for the other gateways' changes: %1").arg(driver->lastError().text()));
    if (m_driver != driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        connect(driver, &QSqlDriver::notification, this, &ChangeRelay::onNotification);
    }
    m_driver = driver;
    m_listening = connectionHandle(driver);
    return Done{};
}

void ChangeRelay::keepListening()
{
    auto db = m_database.connection();
    if (!db)
        return; // the store is still down: the next tick tries again
    const QSqlDriver* driver = db.value().driver();
    if (driver == m_driver && connectionHandle(driver) == m_listening &&
        driver->subscribedToNotifications().contains(kChannel))
        return;
    // Changes the other gateways made meanwhile were not heard: their listeners catch up at their next change.
    if (Status listening = listen(); !listening)
        qWarning("%s", qUtf8Printable(listening.error().message));
    else
        qInfo("listening again for the other gateways' changes (the store connection was reopened)");
}

void ChangeRelay::stop()
{
    m_watch.stop();
    if (!m_driver)
        return;
    disconnect(m_driver, nullptr, this, nullptr);
    m_driver->unsubscribeFromNotification(kChannel);
    m_driver = nullptr;
    m_listening = nullptr;
}

void ChangeRelay::announce(const Changes& changes)
{
    if (!m_driver || (changes.isEmpty() && changes.poolIds.isEmpty()))
        return;
    auto db = m_database.connection();
    if (!db)
        return;
    const qsizetype most = qMax(qMax(changes.opened.size(), changes.changed.size()), changes.ended.size());
    QJsonArray pools;
    for (const QString& id : changes.poolIds)
        pools.append(id);
    for (qsizetype from = 0; from == 0 || from < most; from += IdsPerMessage) {
        const QJsonObject message{{QStringLiteral("origin"), m_origin},
                                  {QStringLiteral("opened"), idsOf(changes.opened, from, IdsPerMessage)},
                                  {QStringLiteral("changed"), idsOf(changes.changed, from, IdsPerMessage)},
                                  {QStringLiteral("ended"), idsOf(changes.ended, from, IdsPerMessage)},
                                  {QStringLiteral("pools"), from == 0 ? pools : QJsonArray()}};
        const QString payload = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
        if (auto sent = Sql::run(db.value(), QStringLiteral("SELECT pg_notify(?, ?)"), {kChannel, payload}); !sent)
            qWarning("cannot tell the other gateways about a change: %s", qUtf8Printable(sent.error().message));
    }
}

void ChangeRelay::onNotification(const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (channel != kChannel)
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (message.value(QStringLiteral("origin")).toString() == m_origin)
        return;
    auto db = m_database.connection();
    if (!db)
        return;
    SessionRepo sessions(db.value());
    Changes changes;
    const auto read = [&](const QString& key, void (Changes::*note)(const Session&)) {
        for (const QJsonValue& id : message.value(key).toArray())
            if (auto session = sessions.byId(id.toString()); session && session.value())
                (changes.*note)(*session.value());
    };
    read(QStringLiteral("opened"), &Changes::sessionOpened);
    read(QStringLiteral("changed"), &Changes::sessionChanged);
    read(QStringLiteral("ended"), &Changes::sessionEnded);
    for (const QJsonValue& id : message.value(QStringLiteral("pools")).toArray())
        changes.poolIds.insert(id.toString());
    Q_EMIT arrived(changes);
}

} // namespace seatwise
