#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace seatwise::test {

class Seatwise;

// A storm of agents on anonymous pools: each logs in, heartbeats a few times and logs out (DELETE with its
// session token) or has the owner sign it out (POST /sessions/sign-out), then starts again on a new device,
// retrying a full pool after a short wait. Every answer is checked as it arrives; a request without an answer
// (the gateway was killed) leaves its agent idle until resume(). What the clients were told is kept, so
// verify() can hold the store to it: a login answered 201 and not ended by an answered logout or sign-out
// must still hold its seat; one ended by an answer must not; seats in use are the seat-holding sessions.
class Storm final {
public:
    struct Pool {
        QString id;
        QString clientKey;
        int seats = 0;
    };

    Storm(QList<Pool> pools, int agentsPerPool, QString ownerToken);
    ~Storm();
    Storm(const Storm&) = delete;
    Storm& operator=(const Storm&) = delete;

    void setBaseUrl(const QUrl& base) { m_base = base; }
    // While set, 503 store_unavailable (with a message) is an accepted answer: the store is down on purpose.
    void setOutageAllowed(bool allowed) { m_outageAllowed = allowed; }

    // Every idle agent sends its next request (a session left in doubt by a lost answer is ended first).
    void resume();
    // Runs the event loop until `count` more answers arrived; false on timeout.
    bool runFor(int count, int timeoutMs = 30000);
    // No new requests; runs the event loop until every agent is idle. False on timeout.
    bool settle(int timeoutMs = 20000);

    int answers() const { return m_answers; }
    int lostAnswers() const { return m_lost; }
    int unavailable() const { return m_unavailable; }
    // Everything that broke a rule, as it happened; empty when all was well.
    const QStringList& failures() const { return m_failures; }
    // Holds the gateway's view (GET /pools, GET /sessions) to what the clients were told; adds to failures().
    void verify(Seatwise& gateway, const QString& moment);

private:
    enum class Fate { Held, EndSent, Ended };
    struct Known {
        int pool = 0;
        Fate fate = Fate::Held;
        bool signedOut = false; // the test asked the owner to end it: a later 410 "forced" is expected
    };
    struct Agent {
        int index = 0;
        int pool = 0;
        int cycle = 0;
        std::unique_ptr<QNetworkAccessManager> manager;
        QString sessionId;
        QString token;
        int beatsLeft = 0;
        bool busy = false;
        bool inDoubt = false;     // the end request of sessionId went unanswered
        bool expectEnded = false; // signed out: the next beat must say 410 forced
        bool retrying = false;    // the last answer was 503: its request may or may not have been done
    };

    void next(Agent& agent);
    void send(Agent& agent, const QByteArray& method, const QString& path, const QJsonObject& body,
              const QString& token, const std::function<void(int, const QJsonObject&)>& onAnswer);
    void login(Agent& agent);
    void beat(Agent& agent);
    void end(Agent& agent);
    void finishSession(Agent& agent);
    int holders(int pool) const;
    void fail(const QString& what);
    bool acceptOutage(int status, const QJsonObject& body);

    QList<Pool> m_pools;
    QString m_owner;
    QUrl m_base;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QHash<QString, Known> m_known;   // by session id
    QHash<int, int> m_loginsInDoubt; // by pool: logins sent and never answered
    QStringList m_failures;
    QObject m_context;
    bool m_running = false;
    bool m_outageAllowed = false;
    int m_answers = 0;
    int m_lost = 0;
    int m_unavailable = 0;
};

} // namespace seatwise::test
