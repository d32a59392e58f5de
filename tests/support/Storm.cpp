#include "Storm.h"

#include "Http.h"
#include "Seatwise.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {
// Well below the tests' own waits: a gateway that hangs shows as an unanswered request, not a stuck test.
constexpr int TransferTimeoutMs = 8000;
constexpr int FullPoolRetryMs = 20;
constexpr int OutageRetryMs = 50;

bool holdsSeat(const QString& state)
{
    return state == u"active"_s || state == u"inactive"_s || state == u"standby"_s || state == u"terminating"_s;
}
} // namespace

Storm::Storm(QList<Pool> pools, int agentsPerPool, QString ownerToken)
    : m_pools(std::move(pools))
    , m_owner(std::move(ownerToken))
{
    for (int pool = 0; pool < m_pools.size(); ++pool) {
        for (int i = 0; i < agentsPerPool; ++i) {
            auto agent = std::make_unique<Agent>();
            agent->index = int(m_agents.size());
            agent->pool = pool;
            agent->manager = std::make_unique<QNetworkAccessManager>();
            m_agents.push_back(std::move(agent));
        }
    }
}

Storm::~Storm() = default;

void Storm::fail(const QString& what)
{
    if (m_failures.size() < 50) // the first ones tell the story
        m_failures.append(what);
}

void Storm::resume()
{
    m_running = true;
    for (auto& agent : m_agents) {
        if (agent->busy)
            continue;
        agent->manager->clearConnectionCache(); // the connections went with the killed gateway
        agent->busy = true;
        next(*agent);
    }
}

bool Storm::runFor(int count, int timeoutMs)
{
    const int target = m_answers + count;
    QDeadlineTimer deadline(timeoutMs);
    while (m_answers < target && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return m_answers >= target;
}

bool Storm::settle(int timeoutMs)
{
    m_running = false;
    QDeadlineTimer deadline(timeoutMs);
    const auto anyBusy = [this] {
        return std::any_of(m_agents.begin(), m_agents.end(), [](const auto& a) { return a->busy; });
    };
    while (anyBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return !anyBusy();
}

void Storm::next(Agent& agent)
{
    if (!m_running) {
        if (agent.retrying && agent.sessionId.isEmpty()) // a login refused with 503 may have been granted
            ++m_loginsInDoubt[agent.pool];
        agent.busy = false;
        return;
    }
    if (agent.sessionId.isEmpty())
        login(agent);
    else if (agent.inDoubt || (agent.beatsLeft == 0 && !agent.expectEnded))
        end(agent);
    else
        beat(agent);
}

bool Storm::acceptOutage(int status, const QJsonObject& body)
{
    if (status != 503 || !m_outageAllowed)
        return false;
    if (body.value(u"error"_s).toString() != u"store_unavailable"_s || body.value(u"message"_s).toString().isEmpty())
        return false;
    ++m_unavailable;
    return true;
}

void Storm::send(Agent& agent, const QByteArray& method, const QString& path, const QJsonObject& body,
                 const QString& token, const std::function<void(int, const QJsonObject&)>& onAnswer)
{
    QNetworkRequest request(joinUrl(m_base, path));
    request.setTransferTimeout(TransferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = nullptr;
    if (method == "DELETE") {
        reply = agent.manager->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = agent.manager->post(request, Http::json(body));
    }
    QObject::connect(reply, &QNetworkReply::finished, &m_context, [this, &agent, reply, onAnswer, method, path] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray raw = reply->readAll();
        if (status == 0) { // no answer: the gateway is gone; what happened to the request is unknown
            ++m_lost;
            agent.busy = false;
            onAnswer(0, {});
            return;
        }
        ++m_answers;
        const QJsonObject json = QJsonDocument::fromJson(raw).object();
        if (status >= 500 && !acceptOutage(status, json)) {
            fail(u"%1 %2 answered %3 %4"_s.arg(QString::fromLatin1(method), path)
                     .arg(status)
                     .arg(QString::fromUtf8(raw)));
            agent.busy = false;
            return;
        }
        if (status == 503) { // the store is down on purpose: try the same step again shortly
            agent.retrying = true;
            QTimer::singleShot(OutageRetryMs, &m_context, [this, &agent] { next(agent); });
            return;
        }
        onAnswer(status, json);
    });
}

void Storm::login(Agent& agent)
{
    const Pool& pool = m_pools.at(agent.pool);
    const QString device = u"storm-%1-%2"_s.arg(agent.index).arg(agent.cycle);
    const QJsonObject body{{u"pool"_s, pool.id}, {u"device"_s, device}, {u"client_key"_s, pool.clientKey}};
    send(agent, "POST", u"/sessions"_s, body, {}, [this, &agent](int status, const QJsonObject& json) {
        // After a 503 the login may have been granted all the same: the same device then gets it back (R3).
        const bool retried = std::exchange(agent.retrying, false);
        if (status == 0) {
            ++m_loginsInDoubt[agent.pool];
            return;
        }
        if (status == 409 && json.value(u"error"_s).toString() == u"no_license_available"_s) {
            ++agent.cycle;
            QTimer::singleShot(FullPoolRetryMs, &m_context, [this, &agent] { next(agent); });
            return;
        }
        const QString id = json.value(u"id"_s).toString();
        if ((status != 201 && !(status == 200 && retried)) || id.isEmpty()) {
            fail(u"login answered %1 %2"_s.arg(status).arg(
                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
            agent.busy = false;
            return;
        }
        if (m_known.contains(id))
            fail(u"session %1 was granted twice"_s.arg(id));
        m_known.insert(id, Known{agent.pool, Fate::Held, false});
        const Pool& pool = m_pools.at(agent.pool);
        if (const int held = holders(agent.pool); held > pool.seats)
            fail(u"pool %1: %2 clients hold one of its %3 seats: a seat was granted twice"_s.arg(pool.id).arg(held).arg(
                pool.seats));
        agent.sessionId = id;
        agent.token = json.value(u"token"_s).toString();
        agent.beatsLeft = 1 + (agent.index + agent.cycle) % 4;
        next(agent);
    });
}

void Storm::beat(Agent& agent)
{
    const QString path = u"/sessions/"_s + agent.sessionId + u"/heartbeat"_s;
    send(agent, "POST", path, QJsonObject{{u"active"_s, true}}, agent.token,
         [this, &agent](int status, const QJsonObject& json) {
             agent.retrying = false;
             if (status == 0)
                 return; // only liveness was in doubt: the session goes on
             const Known known = m_known.value(agent.sessionId);
             if (status == 200 && !agent.expectEnded) {
                 --agent.beatsLeft;
                 next(agent);
                 return;
             }
             const QString reason = json.value(u"reason"_s).toString();
             if (status != 410 || !known.signedOut || reason != u"forced"_s)
                 fail(u"session %1 (%2 by the test) beat: %3 %4: a granted login was lost"_s.arg(agent.sessionId)
                          .arg(known.signedOut ? u"signed out"_s : u"never ended"_s)
                          .arg(status)
                          .arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
             finishSession(agent);
         });
}

void Storm::end(Agent& agent)
{
    Known& known = m_known[agent.sessionId];
    known.fate = Fate::EndSent; // from now on the seat may be free at any moment
    // A session left in doubt is ended by the owner: its own token may already be gone with it.
    // So is one whose end was answered 503: it may have ended, and its token with it.
    if (std::exchange(agent.retrying, false))
        agent.inDoubt = true;
    const bool byOwner = agent.inDoubt || (agent.index + agent.cycle) % 4 == 0;
    if (!byOwner) {
        send(agent, "DELETE", u"/sessions/"_s + agent.sessionId, {}, agent.token,
             [this, &agent](int status, const QJsonObject& json) {
                 if (status == 0) {
                     agent.inDoubt = true;
                     return;
                 }
                 if (status != 204)
                     fail(u"logout of %1 answered %2 %3"_s.arg(agent.sessionId)
                              .arg(status)
                              .arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
                 else
                     m_known[agent.sessionId].fate = Fate::Ended;
                 finishSession(agent);
             });
        return;
    }
    known.signedOut = true;
    const QJsonObject body{{u"ids"_s, QJsonArray{agent.sessionId}}};
    send(agent, "POST", u"/sessions/sign-out"_s, body, m_owner, [this, &agent](int status, const QJsonObject& json) {
        if (status == 0) {
            agent.inDoubt = true;
            return;
        }
        if (status != 200) {
            fail(u"sign-out of %1 answered %2 %3"_s.arg(agent.sessionId)
                     .arg(status)
                     .arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
            finishSession(agent);
            return;
        }
        m_known[agent.sessionId].fate = Fate::Ended;
        if (agent.inDoubt) {
            finishSession(agent);
            return;
        }
        agent.expectEnded = true; // its client must hear so at its next heartbeat
        next(agent);
    });
}

void Storm::finishSession(Agent& agent)
{
    agent.sessionId.clear();
    agent.token.clear();
    agent.inDoubt = false;
    agent.expectEnded = false;
    ++agent.cycle;
    next(agent);
}

int Storm::holders(int pool) const
{
    int held = 0;
    for (const Known& known : m_known)
        held += known.pool == pool && known.fate == Fate::Held ? 1 : 0;
    return held;
}

void Storm::verify(Seatwise& gateway, const QString& moment)
{
    for (int p = 0; p < m_pools.size(); ++p) {
        const Pool& pool = m_pools.at(p);
        const QString where = moment + u": pool "_s + pool.id;
        const QJsonObject listedPool = gateway.poolListed(pool.id);
        const int inUse = listedPool.value(u"in_use"_s).toInt(-1);
        QSet<QString> listed;
        int holding = 0;
        for (const QJsonValue& value : gateway.sessions(gateway.owner(), u"?pool="_s + pool.id)) {
            const QJsonObject session = value.toObject();
            listed.insert(session.value(u"id"_s).toString());
            holding += holdsSeat(session.value(u"state"_s).toString()) ? 1 : 0;
        }
        if (inUse != holding)
            fail(u"%1: in_use %2 but %3 seat-holding sessions listed"_s.arg(where).arg(inUse).arg(holding));
        if (holding > pool.seats)
            fail(u"%1: %2 sessions hold its %3 seats"_s.arg(where).arg(holding).arg(pool.seats));
        int unknown = int(listed.size());
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (it->pool != p)
                continue;
            const bool isListed = listed.contains(it.key());
            unknown -= isListed ? 1 : 0;
            if (it->fate == Fate::Held && !isListed)
                fail(u"%1: session %2 was granted (201) and never ended, but is gone"_s.arg(where, it.key()));
            if (it->fate == Fate::Ended && isListed)
                fail(u"%1: session %2 was ended by an answered request, but is still listed"_s.arg(where, it.key()));
        }
        // Sessions nobody was told about can only come from logins whose answer was lost.
        if (unknown > m_loginsInDoubt.value(p))
            fail(u"%1: %2 sessions listed that no client was granted (%3 logins unanswered)"_s.arg(where)
                     .arg(unknown)
                     .arg(m_loginsInDoubt.value(p)));
    }
}

} // namespace seatwise::test
