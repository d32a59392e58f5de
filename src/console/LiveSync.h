#pragma once

#include "client/ClientError.h"
#include "client/EventStream.h"
#include "console/ConnectionState.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace seatwise {

class GatewayClient;
class PoolTableModel;
class SessionTableModel;

// Keeps the models in step with one gateway: refreshes on events from the event stream, coalesced
// to at most one refresh per coalesce interval, and every fallback interval in case events are lost.
// Only ever one refresh in flight; the UI thread never waits for it.
class LiveSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSync)

public:
    LiveSync(GatewayClient* client, PoolTableModel* pools, SessionTableModel* sessions, QObject* parent = nullptr);

    void start();
    void setCoalesceMs(int ms) { m_coalesceTimer.setInterval(ms); }
    void setFallbackMs(int ms) { m_fallbackTimer.setInterval(ms); }
    ConnectionState state() const { return m_state; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Asks for a refresh soon; many requests within the coalesce interval make one refresh.
    void requestRefresh();

Q_SIGNALS:
    void stateChanged(seatwise::ConnectionState state);
    void refreshed();
    void refreshFailed(const seatwise::ClientError& error);

private:
    QCoro::Task<> refresh();
    void updateState(bool reachable);

    QPointer<GatewayClient> m_client;
    QPointer<PoolTableModel> m_pools;
    QPointer<SessionTableModel> m_sessions;
    EventStream m_events;
    QTimer m_coalesceTimer;
    QTimer m_fallbackTimer;
    bool m_inFlight = false;
    bool m_again = false;
    ConnectionState m_state = ConnectionState::Starting;
    QString m_lastError;
};

} // namespace seatwise
