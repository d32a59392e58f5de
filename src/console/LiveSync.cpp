#include "console/LiveSync.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"

#include <QDateTime>

namespace seatwise {

LiveSync::LiveSync(GatewayClient* client, PoolTableModel* pools, SessionTableModel* sessions, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_pools(pools)
    , m_sessions(sessions)
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(300);
    m_fallbackTimer.setInterval(5000);
    connect(&m_coalesceTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(&m_fallbackTimer, &QTimer::timeout, this, &LiveSync::requestRefresh);
    connect(&m_events, &EventStream::eventReceived, this, &LiveSync::requestRefresh);
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        if (m_state != ConnectionState::Starting)
            updateState(m_state != ConnectionState::Offline);
        if (connected)
            requestRefresh(); // events may have been missed while the stream was down
    });
}

void LiveSync::start()
{
    if (!m_client)
        return;
    m_events.open(m_client->apiBaseUrl(), m_client->token());
    m_fallbackTimer.start();
    refresh();
}

void LiveSync::requestRefresh()
{
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
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

    const auto pools = co_await client->pools();
    if (!self)
        co_return;
    if (!client) {
        m_inFlight = false;
        co_return;
    }
    ClientResult<QList<SessionInfo>> sessions;
    if (pools) {
        sessions = co_await client->sessions();
        if (!self)
            co_return;
    }
    m_inFlight = false;

    const ClientError* failure = !pools ? &pools.error() : !sessions ? &sessions.error() : nullptr;
    if (failure) {
        m_lastError = ErrorText::describe(*failure);
        updateState(!failure->isNetworkError());
        Q_EMIT refreshFailed(*failure);
    } else {
        m_lastError.clear();
        if (m_pools)
            m_pools->setRows(pools.value());
        QHash<QString, QString> names;
        for (const PoolInfo& pool : pools.value())
            names.insert(pool.id, pool.name);
        QList<SessionInfo> open;
        for (const SessionInfo& session : sessions.value())
            if (session.state != SessionState::Ended)
                open.append(session);
        if (m_sessions) {
            m_sessions->setPoolNames(std::move(names));
            m_sessions->update(std::move(open), QDateTime::currentMSecsSinceEpoch());
        }
        updateState(true);
        Q_EMIT refreshed();
    }
    if (m_again) {
        m_again = false;
        requestRefresh();
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
