#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

// What the benchmarks share: wrk runs, baselines, medians and the report lines.
namespace seatwise::bench {

[[noreturn]] void fail(const QByteArray& why);
double median(QList<double> values);

enum class Goal { AtLeast, AtMost };
// One line: the figure, the baseline, their ratio and whether the goal is met.
void report(const QString& what, double value, const QString& baseline, double baselineValue, double goal, Goal kind);
void printMachine();

struct SessionKey {
    QString id;
    QString token;
};

struct WrkResult {
    double rate = 0; // requests per second
    int errors = 0;  // non-2xx answers and socket errors
    QString output;
    // Fails the benchmark when any request failed: a fast wrong answer is no figure.
    const WrkResult& requireClean() const;
};
// Runs wrk on one core against baseUrl's host with a Lua script.
WrkResult runWrk(const QUrl& baseUrl, const QString& scriptPath, int connections, int seconds);

// Lua scripts for wrk, written to a temporary folder that lives as long as the program.
QString heartbeatScript(const QList<SessionKey>& sessions);
QString loginLogoutScript(const QString& poolId, const QString& clientKey);

// The bare QHttpServer of the heartbeat baseline (seatwise_bare_server), started for the benchmark.
class BareServer final {
public:
    BareServer();
    ~BareServer();
    QUrl baseUrl() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A throwaway PostgreSQL server (tests/support/pg-server) that GatewayProcess and StoreUnderTest use
// while this object lives; does nothing when not enabled.
class PostgresServer final {
public:
    explicit PostgresServer(bool enabled);
    ~PostgresServer();

private:
    QString m_state;
};

// Keep-alive HTTP connections that sent one request each and stay silent.
class IdleSockets final {
public:
    IdleSockets(quint16 port, int count);
    ~IdleSockets();

private:
    std::vector<int> m_fds;
};

void raiseDescriptorLimit();
qint64 residentBytes(qint64 pid);

} // namespace seatwise::bench
