#include "console/DemoAgents.h"

#include "client/GatewayClient.h"

#include <QRandomGenerator>

#include <algorithm>

namespace seatwise {

DemoAgents::DemoAgents(GatewayClient* client, DemoPlan plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
{
    for (const DemoPerson& person : m_plan.people)
        m_agents.append(Agent{person, {}, {}, false});
    m_heartbeatTimer.setInterval(4000);
    m_churnTimer.setInterval(20000);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &DemoAgents::heartbeatAll);
    connect(&m_churnTimer, &QTimer::timeout, this, &DemoAgents::churn);
}

int DemoAgents::loggedInCount() const
{
    return int(
        std::count_if(m_agents.cbegin(), m_agents.cend(), [](const Agent& a) { return !a.sessionId.isEmpty(); }));
}

void DemoAgents::start()
{
    startAll();
    m_heartbeatTimer.start();
    m_churnTimer.start();
}

QCoro::Task<> DemoAgents::startAll()
{
    QPointer<DemoAgents> self(this);
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (!m_agents.at(i).person.startsLoggedIn)
            continue;
        co_await logIn(i);
        if (!self)
            co_return;
    }
    Q_EMIT started();
}

QCoro::Task<> DemoAgents::logIn(qsizetype index)
{
    Agent& agent = m_agents[index];
    if (!m_client || agent.busy || !agent.sessionId.isEmpty())
        co_return;
    agent.busy = true;
    const bool manager = agent.person.role != Role::Agent;
    LoginRequest request;
    request.login = agent.person.login;
    request.password = m_plan.password;
    request.pool = manager ? QString() : m_plan.agentsPoolId; // admin mode takes a seat of the admin pool
    request.device = QStringLiteral("demo-") + agent.person.login + QStringLiteral("-pc");
    if (manager)
        request.mode = SessionMode::Admin;

    QPointer<DemoAgents> self(this);
    const auto grant = co_await m_client->login(request);
    if (!self)
        co_return;
    Agent& after = m_agents[index]; // m_agents never resizes, but re-read after the wait anyway
    after.busy = false;
    if (grant) {
        after.sessionId = grant->id;
        after.token = grant->token;
    } else {
        qWarning("demo: %s could not log in: %s", qPrintable(after.person.login), qPrintable(grant.error().message));
    }
}

QCoro::Task<> DemoAgents::logOut(qsizetype index)
{
    Agent& agent = m_agents[index];
    if (!m_client || agent.busy || agent.sessionId.isEmpty())
        co_return;
    agent.busy = true;
    QPointer<DemoAgents> self(this);
    co_await m_client->logout(agent.sessionId, agent.token);
    if (!self)
        co_return;
    Agent& after = m_agents[index];
    after.busy = false;
    after.sessionId.clear();
    after.token.clear();
}

QCoro::Task<> DemoAgents::beat(qsizetype index)
{
    const Agent& agent = m_agents.at(index);
    if (!m_client || agent.busy || agent.sessionId.isEmpty())
        co_return;
    const QString sessionId = agent.sessionId;
    QPointer<DemoAgents> self(this);
    const auto answer = co_await m_client->heartbeat(sessionId, agent.token, !agent.person.awayFromDesk);
    if (!self || answer || answer.error().isNetworkError())
        co_return;
    // Ended by a manager (signed out, forced, purged): this person is logged out now.
    Agent& after = m_agents[index];
    if (after.sessionId == sessionId) {
        after.sessionId.clear();
        after.token.clear();
    }
}

void DemoAgents::heartbeatAll()
{
    for (qsizetype i = 0; i < m_agents.size(); ++i)
        beat(i);
}

void DemoAgents::churn()
{
    // One agent logs out or comes back; away people come back too, fresh from their break.
    const qsizetype index = QRandomGenerator::global()->bounded(m_agents.size());
    if (m_agents.at(index).person.role != Role::Agent)
        return;
    if (m_agents.at(index).sessionId.isEmpty())
        logIn(index);
    else if (!m_agents.at(index).person.awayFromDesk && QRandomGenerator::global()->bounded(3) == 0)
        logOut(index); // leaving is rarer than coming back, so the pool stays busy
}

} // namespace seatwise
