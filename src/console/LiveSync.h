#pragma once

#include "client/ClientError.h"
#include "client/ConnectionStatus.h"
#include "client/EventStream.h"
#include "console/ConnectionState.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QJsonObject;

namespace seatwise {

class ConsoleCache;
class GatewayClient;
class PoolTableModel;
class SessionTableModel;

// Keeps a ConsoleCache in step with one gateway: gateway -> client -> cache; the models read the
// cache (PoolTableModel::setCache), so the last known state stays on screen while the gateway is
// down. Events from the stream are written to the cache as they come, and trigger a full refresh,
// coalesced to at most one per coalesce interval, and one every fallback interval in case events
// are lost. Only ever one refresh in flight; the UI thread never waits for it.
class LiveSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSync)

public:
    // Syncs into `cache` (opened by the caller, who feeds the models from it).
    LiveSync(GatewayClient* client, ConsoleCache* cache, QObject* parent = nullptr);
    // Syncs into a cache of its own, in memory, and feeds `pools` and `sessions` from it.
    LiveSync(GatewayClient* client, PoolTableModel* pools, SessionTableModel* sessions, QObject* parent = nullptr);

    void start();
    void setCoalesceMs(int ms) { m_coalesceTimer.setInterval(ms); }
    void setFallbackMs(int ms) { m_fallbackTimer.setInterval(ms); }
    ConsoleCache* cache() const { return m_cache; }
    ConnectionState state() const { return m_state; }
    // The last failure in words for people (console/ErrorText); empty after a good refresh.
    QString lastError() const { return m_lastError; }
    // The client's view: Online / Reconnecting / Offline, last error, last answer time.
    ConnectionStatus connectionStatus() const;
    EventStream::State eventsState() const { return m_events.state(); }

public Q_SLOTS:
    // Asks for a refresh soon; many requests within the coalesce interval make one refresh.
    void requestRefresh();

Q_SIGNALS:
    void stateChanged(seatwise::ConnectionState state);
    void refreshed();
    void refreshFailed(const seatwise::ClientError& error);

private:
    void setUp();
    QCoro::Task<> refresh();
    void applyEvent(const QJsonObject& event);
    void writeSessionEvents();
    void onClientStatus(const ConnectionStatus& status);
    void updateState(bool reachable);

    QPointer<GatewayClient> m_client;
    QPointer<ConsoleCache> m_cache;
    EventStream m_events;
    QTimer m_coalesceTimer;
    QTimer m_fallbackTimer;
    QTimer m_eventFlushTimer;
    QJsonArray m_eventUpserts;
    QStringList m_eventRemovals;
    bool m_inFlight = false;
    bool m_again = false;
    ConnectionState m_state = ConnectionState::Starting;
    QString m_lastError;
};

} // namespace seatwise
