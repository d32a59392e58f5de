#pragma once

#include "console/DemoPlan.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace seatwise {

class GatewayClient;

// Simulated people for the demo: they log in over HTTP, heartbeat every few seconds (some with
// active:false, so their sessions turn inactive), and now and then one logs out or back in, so a
// newcomer sees a living pool at once.
class DemoAgents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoAgents)

public:
    DemoAgents(GatewayClient* client, DemoPlan plan, QObject* parent = nullptr);

    void start();
    void setHeartbeatMs(int ms) { m_heartbeatTimer.setInterval(ms); }
    void setChurnMs(int ms) { m_churnTimer.setInterval(ms); }
    int loggedInCount() const;

Q_SIGNALS:
    // Everyone who starts logged in has logged in (or failed to).
    void started();

private:
    struct Agent {
        DemoPerson person;
        QString sessionId;
        QString token;
        bool busy = false; // a login or logout is under way
    };

    QCoro::Task<> startAll();
    QCoro::Task<> logIn(qsizetype index);
    QCoro::Task<> logOut(qsizetype index);
    QCoro::Task<> beat(qsizetype index);
    void heartbeatAll();
    void churn();

    QPointer<GatewayClient> m_client;
    DemoPlan m_plan;
    QList<Agent> m_agents;
    QTimer m_heartbeatTimer;
    QTimer m_churnTimer;
};

} // namespace seatwise
