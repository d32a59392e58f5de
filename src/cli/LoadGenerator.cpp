#include "cli/LoadGenerator.h"

#include "cli/StopSignal.h"
#include "client/KeepAliveConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace seatwise {
namespace {

constexpr int kTickMs = 5;
constexpr int kGiveUpGraceMs = 5000; // beyond the request timeout without any answer: the gateway is gone

// "409 no_license_available", "timeout", "no connection (Connection refused)"
QString failureKind(const RawAnswer& answer)
{
    if (answer.status == 0)
        return answer.timedOut ? QStringLiteral("timeout")
                               : QStringLiteral("no connection (%1)").arg(answer.networkError);
    const QString code = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString();
    return QString::number(answer.status) + u' ' + (code.isEmpty() ? QStringLiteral("error") : code);
}

} // namespace

LoadGenerator::LoadGenerator(const QUrl& apiBaseUrl, LoadGenOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_agents(size_t(m_options.agents))
    , m_runId(QUuid::createUuid().toByteArray(QUuid::Id128).left(8))
{
    for (int c = 0; c < m_options.connections; ++c)
        m_connections.push_back(std::make_unique<KeepAliveConnection>(apiBaseUrl, m_options.timeoutMs));
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &LoadGenerator::tick);
}

LoadGenerator::~LoadGenerator() = default;

void LoadGenerator::start()
{
    StopSignal::install();
    for (qsizetype i = 0; i < qsizetype(m_agents.size()); ++i)
        m_due.emplace(qint64(i) * m_options.rampMs / qint64(m_agents.size()), i);
    m_clock.start();
    m_nextProgressMs = m_options.progressMs;
    m_ticker.start();
    tick();
}

void LoadGenerator::tick()
{
    const qint64 now = m_clock.elapsed();
    if (!m_stopping && (now >= m_options.durationMs || StopSignal::requested())) {
        m_interrupted = now < m_options.durationMs;
        beginStop();
    }
    if (!m_stopping) {
        while (!m_due.empty() && m_due.top().first <= now) {
            const auto [due, agent] = m_due.top();
            m_due.pop();
            issue(agent);
            m_due.emplace(due + m_options.intervalMs, agent);
        }
    } else if (!m_done && now >= m_lastAnswerMs + m_options.timeoutMs + kGiveUpGraceMs) {
        for (const Agent& agent : m_agents) {
            if (!agent.id.isEmpty())
                m_stats.problem(tr("left logged in (no answer to its logout)"));
        }
        finishSoon();
    }
    if (now >= m_nextProgressMs) {
        m_nextProgressMs += m_options.progressMs;
        Q_EMIT progress(m_stats.takeProgressLine(double(now) / 1000.0, m_online));
    }
}

void LoadGenerator::issue(qsizetype index)
{
    if (m_agents[size_t(index)].busy) {
        m_stats.problem(tr("overrun (the agent's previous request was still waiting)"));
        return;
    }
    if (m_agents[size_t(index)].id.isEmpty())
        sendLogin(index);
    else
        sendHeartbeat(index);
}

void LoadGenerator::sendLogin(qsizetype index)
{
    const QJsonObject body{
        {QStringLiteral("pool"), m_options.pool},
        {QStringLiteral("client_key"), m_options.clientKey},
        {QStringLiteral("device"), QStringLiteral("loadgen-%1-%2").arg(QString::fromLatin1(m_runId)).arg(index)}};
    send(index, LoadStats::Kind::Login, QByteArrayLiteral("POST"), QByteArrayLiteral("/sessions"),
         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void LoadGenerator::sendHeartbeat(qsizetype index)
{
    const QByteArray body =
        m_options.active ? QByteArrayLiteral("{\"active\":true}") : QByteArrayLiteral("{\"active\":false}");
    send(index, LoadStats::Kind::Heartbeat, QByteArrayLiteral("POST"),
         "/sessions/" + m_agents[size_t(index)].id + "/heartbeat", body);
}

void LoadGenerator::sendLogout(qsizetype index)
{
    send(index, LoadStats::Kind::Logout, QByteArrayLiteral("DELETE"), "/sessions/" + m_agents[size_t(index)].id, {});
}

void LoadGenerator::send(qsizetype index, LoadStats::Kind kind, QByteArray verb, QByteArray path, QByteArray body)
{
    Agent& agent = m_agents[size_t(index)];
    agent.busy = true;
    ++m_inFlight;
    const qint64 sentNs = m_clock.nsecsElapsed();
    RawExchange exchange{
        std::move(verb), std::move(path), std::move(body), agent.token,
        [this, index, kind, sentNs](const RawAnswer& answer) { onAnswer(index, kind, sentNs, answer); }};
    // The connections live exactly as long as this object, so the callback never outlives it.
    m_connections[size_t(index) % m_connections.size()]->send(std::move(exchange));
}

void LoadGenerator::onAnswer(qsizetype index, LoadStats::Kind kind, qint64 sentNs, const RawAnswer& answer)
{
    Agent& agent = m_agents[size_t(index)];
    agent.busy = false;
    --m_inFlight;
    m_lastAnswerMs = m_clock.elapsed();
    const qint64 latencyUs = (m_clock.nsecsElapsed() - sentNs) / 1000;
    const bool ok = kind == LoadStats::Kind::Login    ? answer.status == 201 || answer.status == 200
                    : kind == LoadStats::Kind::Logout ? answer.status == 204
                                                      : answer.status == 200;
    if (ok)
        m_stats.answered(kind, latencyUs);
    else
        m_stats.failed(kind, latencyUs, failureKind(answer));

    if (kind == LoadStats::Kind::Login && ok) {
        const QJsonObject grant = QJsonDocument::fromJson(answer.body).object();
        agent.id = grant.value(QLatin1String("id")).toString().toUtf8();
        agent.token = grant.value(QLatin1String("token")).toString().toUtf8();
        ++m_online;
    } else if ((kind == LoadStats::Kind::Heartbeat && answer.status == 410) || kind == LoadStats::Kind::Logout) {
        // Ended by the gateway (it logs in again at its next slot), or logged out (given up on when it failed).
        agent.id.clear();
        agent.token.clear();
        --m_online;
    }
    if (!m_stopping)
        return;
    if (!agent.id.isEmpty())
        sendLogout(index);
    else if (m_inFlight == 0)
        finishSoon();
}

void LoadGenerator::beginStop()
{
    m_stopping = true;
    m_lastAnswerMs = m_clock.elapsed(); // the logouts get their own time to come back
    for (size_t i = 0; i < m_agents.size(); ++i) {
        if (!m_agents[i].busy && !m_agents[i].id.isEmpty())
            sendLogout(qsizetype(i));
    }
    if (m_inFlight == 0)
        finishSoon();
}

void LoadGenerator::finishSoon()
{
    if (m_done)
        return;
    m_done = true;
    m_ticker.stop();
    // Not from inside a connection's callback: whoever waits for finished() may delete this at once.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

} // namespace seatwise
