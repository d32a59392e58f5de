#include "console/LiveSync.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/cache/ConsoleCache.h"

#include <QJsonObject>

namespace seatwise {

LiveSync::LiveSync(GatewayClient* client, ConsoleCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    setUp();
}

LiveSync::LiveSync(GatewayClient* client, PoolTableModel* pools, SessionTableModel* sessions, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(new ConsoleCache(QStringLiteral(":memory:"), this))
{
    if (!m_cache->open())
        qWarning("LiveSync: %s", qPrintable(m_cache->lastError()));
    if (pools)
        pools->setCache(m_cache);
    if (sessions)
        sessions->setCache(m_cache);
    setUp();
}

void LiveSync::setUp()
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(300);
    m_fallbackTimer.setInterval(5000);
    connect(&m_coalesceTimer, &QTimer::timeout, this, [this] { refresh(); });
    // Events that came in one pass of the event loop are stored in one transaction.
    m_eventFlushTimer.setSingleShot(true);
    m_eventFlushTimer.setInterval(0);
    connect(&m_eventFlushTimer, &QTimer::timeout, this, &LiveSync::writeSessionEvents);
    connect(&m_fallbackTimer, &QTimer::timeout, this, &LiveSync::requestRefresh);
    connect(&m_events, &EventStream::eventReceived, this, [this](const QJsonObject& event) {
        applyEvent(event);
        requestRefresh();
    });
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        if (m_state != ConnectionState::Starting)
            updateState(m_state != ConnectionState::Offline);
        if (connected)
            requestRefresh(); // events may have been missed while the stream was down
    });
    if (m_client)
        connect(m_client, &GatewayClient::connectionStatusChanged, this, &LiveSync::onClientStatus);
}

void LiveSync::start()
{
    if (!m_client)
        return;
    m_events.setTlsTrust(m_client->tlsTrust());
    m_events.open(m_client->apiBaseUrl(), m_client->token());
    m_fallbackTimer.start();
    refresh();
}

ConnectionStatus LiveSync::connectionStatus() const
{
    return m_client ? m_client->connectionStatus() : ConnectionStatus{};
}

void LiveSync::requestRefresh()
{
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void LiveSync::applyEvent(const QJsonObject& event)
{
    if (!m_cache)
        return;
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject session = event.value(QLatin1String("session")).toObject();
    const auto flushSoon = [this] {
        if (!m_eventFlushTimer.isActive())
            m_eventFlushTimer.start();
    };
    if (type == QLatin1String("session.opened") || type == QLatin1String("session.changed")) {
        m_eventUpserts.append(session);
        flushSoon();
    } else if (type == QLatin1String("session.ended")) {
        m_eventRemovals.append(session.value(QLatin1String("id")).toString());
        flushSoon();
    } else if (type == QLatin1String("pool.changed")) {
        m_cache->upsertPool(event.value(QLatin1String("pool")).toObject());
    }
}

void LiveSync::writeSessionEvents()
{
    m_eventFlushTimer.stop();
    if (!m_cache || (m_eventUpserts.isEmpty() && m_eventRemovals.isEmpty()))
        return;
    if (!m_cache->writeSessionEvents(m_eventUpserts, m_eventRemovals))
        qWarning("LiveSync: cannot store session events: %s", qPrintable(m_cache->lastError()));
    m_eventUpserts = {};
    m_eventRemovals.clear();
}

QCoro::Task<> LiveSync::refresh()
{
    if (m_inFlight) {
        m_again = true;
        co_return;
    }
    if (!m_client)
        co_return;
    m_inFlight = true;
    QPointer<LiveSync> self(this);
    QPointer<GatewayClient> client = m_client;

    const ClientResult<QJsonArray> pools = co_await client->poolsJson();
    if (!self)
        co_return;
    ClientResult<QJsonArray> sessions;
    ClientResult<QJsonArray> licenses;
    if (pools && client) {
        sessions = co_await client->sessionsJson();
        if (!self)
            co_return;
    }
    bool named = false;
    if (pools)
        for (const QJsonValue& pool : pools.value())
            named = named || pool.toObject().value(QLatin1String("model")).toString() == QLatin1String("named");
    if (sessions && named && client) {
        licenses = co_await client->licensesJson();
        if (!self)
            co_return;
    }
    m_inFlight = false;

    // A refused license listing (permissions, older gateway) leaves the licenses as they were.
    const bool licensesOffline = named && sessions && !licenses && licenses.error().isNetworkError();
    const ClientError* failure = !pools            ? &pools.error()
                                 : !sessions       ? &sessions.error()
                                 : licensesOffline ? &licenses.error()
                                                   : nullptr;
    if (failure) {
        m_lastError = ErrorText::describe(*failure);
        updateState(!failure->isNetworkError());
        Q_EMIT refreshFailed(*failure);
    } else {
        m_lastError.clear();
        if (m_cache) {
            // Cache first; the models follow on its changed() signal. Events still waiting land
            // before the listing, as they came before it.
            writeSessionEvents();
            const bool stored = m_cache->replacePools(pools.value()) && m_cache->replaceSessions(sessions.value()) &&
                                (!licenses || m_cache->replaceLicenses(licenses.value()));
            if (!stored)
                qWarning("LiveSync: cannot store the listing: %s", qPrintable(m_cache->lastError()));
        }
        updateState(true);
        Q_EMIT refreshed();
    }
    if (m_again) {
        m_again = false;
        requestRefresh();
    }
}

void LiveSync::onClientStatus(const ConnectionStatus& status)
{
    // Reconnecting is a call still trying: the state stays what it was until it is decided.
    if (status.state == ConnectionStatus::State::Offline) {
        m_lastError = ErrorText::describe(status.lastError);
        updateState(false);
    } else if (status.state == ConnectionStatus::State::Online && m_state == ConnectionState::Offline) {
        updateState(true);
    }
}

void LiveSync::updateState(bool reachable)
{
    const ConnectionState state = !reachable               ? ConnectionState::Offline
                                  : m_events.isConnected() ? ConnectionState::Live
                                                           : ConnectionState::Polling;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace seatwise
