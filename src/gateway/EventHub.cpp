#include "EventHub.h"

#include "ChangeRelay.h"
#include "JsonViews.h"
#include "core/IsoTime.h"
#include "core/Permissions.h"
#include "store/Repos.h"

#include <QJsonDocument>

namespace seatwise {

EventHub::EventHub(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::addListener(std::unique_ptr<QWebSocket> socket, const User& user)
{
    QWebSocket* raw = socket.get();
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { removeListener(raw); });
    m_listeners.push_back(Listener{std::move(socket), user});
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                     {QStringLiteral("at"), IsoTime::format(m_clock.nowMs())},
                     {QStringLiteral("user"), JsonViews::userRef(user)}},
         nullptr);
}

void EventHub::removeListener(QWebSocket* socket)
{
    for (auto it = m_listeners.begin(); it != m_listeners.end(); ++it) {
        if (it->socket.get() == socket) {
            it->socket.release()->deleteLater(); // we are inside one of its signals
            m_listeners.erase(it);
            return;
        }
    }
}

void EventHub::closeAll()
{
    for (Listener& listener : m_listeners) {
        QObject::disconnect(listener.socket.get(), nullptr, this, nullptr);
        listener.socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("gateway stopping"));
    }
    m_listeners.clear();
}

void EventHub::send(const QJsonObject& event, const Session* session)
{
    const QString text = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    for (const Listener& listener : m_listeners) {
        if (session && !Permissions::canView(listener.user, *session))
            continue;
        listener.socket->sendTextMessage(text);
    }
}

void EventHub::publish(const Changes& changes)
{
    deliver(changes);
    if (m_relay)
        m_relay->announce(changes);
}

void EventHub::deliver(const Changes& changes)
{
    Q_EMIT delivering(changes);
    if (m_listeners.empty() || (changes.isEmpty() && changes.poolIds.isEmpty()))
        return;
    auto db = m_database.connection();
    if (!db)
        return;
    Repos repos(db.value());
    const qint64 now = m_clock.nowMs();
    QHash<QString, Pool> pools;
    if (auto all = repos.pools.list())
        for (const Pool& p : all.value())
            pools.insert(p.id, p);

    const auto sendSessions = [&](const QList<Session>& sessions, const QString& type) {
        for (const Session& s : sessions) {
            const auto pool = pools.constFind(s.poolId);
            send(QJsonObject{{QStringLiteral("type"), type},
                             {QStringLiteral("at"), IsoTime::format(now)},
                             {QStringLiteral("session"),
                              JsonViews::session(s, pool == pools.constEnd() ? nullptr : &*pool, now)}},
                 &s);
        }
    };
    sendSessions(changes.opened, QStringLiteral("session.opened"));
    sendSessions(changes.changed, QStringLiteral("session.changed"));
    sendSessions(changes.ended, QStringLiteral("session.ended"));

    auto usage = repos.pools.usageOfAll();
    for (const QString& poolId : changes.poolIds) {
        const auto pool = pools.constFind(poolId);
        if (pool == pools.constEnd() || !usage)
            continue;
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("pool.changed")},
                         {QStringLiteral("at"), IsoTime::format(now)},
                         {QStringLiteral("pool"), JsonViews::pool(*pool, usage.value().value(poolId))}},
             nullptr);
    }
}

} // namespace seatwise
