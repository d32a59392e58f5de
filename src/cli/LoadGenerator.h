#pragma once

#include "cli/LoadGenOptions.h"
#include "cli/LoadStats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <queue>
#include <utility>
#include <vector>

namespace seatwise {

class KeepAliveConnection;
struct RawAnswer;

// N simulated agents on one anonymous pool: each logs in at its slot of the ramp (slots spread evenly;
// the ramp is one interval unless told otherwise), heartbeats once per interval after that, and logs
// out when the duration is over or a signal arrives. Requests share a few keep-alive connections (agent i uses
// connection i mod C), so the rate is N / interval whatever N is. An agent still waiting when its next slot comes skips
// that beat and the skip counts as an error ("overrun"): the gateway did not keep up.
class LoadGenerator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadGenerator)

public:
    LoadGenerator(const QUrl& apiBaseUrl, LoadGenOptions options, QObject* parent = nullptr);
    ~LoadGenerator() override;

    void start();
    const LoadStats& stats() const { return m_stats; }
    double elapsedS() const { return double(m_clock.elapsed()) / 1000.0; }
    bool interrupted() const { return m_interrupted; }

Q_SIGNALS:
    void progress(const QString& line);
    void finished();

private:
    struct Agent {
        QByteArray id;
        QByteArray token;
        bool busy = false;
    };

    void tick();
    void issue(qsizetype index);
    void sendLogin(qsizetype index);
    void sendHeartbeat(qsizetype index);
    void sendLogout(qsizetype index);
    void send(qsizetype index, LoadStats::Kind kind, QByteArray verb, QByteArray path, QByteArray body);
    void onAnswer(qsizetype index, LoadStats::Kind kind, qint64 sentNs, const RawAnswer& answer);
    void beginStop();
    void finishSoon();

    LoadGenOptions m_options;
    std::vector<std::unique_ptr<KeepAliveConnection>> m_connections;
    std::vector<Agent> m_agents;
    LoadStats m_stats;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QByteArray m_runId;
    // (due ms, agent), soonest first: each agent is in it once, at its next slot.
    using Slot = std::pair<qint64, qsizetype>;
    std::priority_queue<Slot, std::vector<Slot>, std::greater<Slot>> m_due;
    qint64 m_lastAnswerMs = 0;
    qint64 m_nextProgressMs = 0;
    int m_inFlight = 0;
    int m_online = 0;
    bool m_stopping = false;
    bool m_done = false;
    bool m_interrupted = false;
};

} // namespace seatwise
