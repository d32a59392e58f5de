#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace seatwise::test {

class StoreUnderTest;

// A real seatwised (path from env SEATWISED_BIN) as a child process on a loopback port, with a fresh
// store of its own (StoreUnderTest: SQLite, or PostgreSQL for the tests' PostgreSQL variants). A second
// instance can share the first one's store.
class GatewayProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayProcess)

public:
    explicit GatewayProcess(QObject* parent = nullptr);
    ~GatewayProcess() override;

    // Passed to seatwised after --db and --listen from the next start on (e.g. --idle-timeout 1).
    void setExtraArguments(QStringList arguments) { m_extraArguments = std::move(arguments); }
    // Starts on a fresh store with a random bootstrap token.
    bool start(quint16 port = 0);
    // Starts on an existing store (e.g. another GatewayProcess's dbPath(): a file path or a URL).
    bool startShared(const QString& dbPath, const QString& ownerToken, quint16 port = 0);
    // Starts again on the same store, on the same port when it is free, else on a new one.
    bool restart();

    void kill9();
    // SIGTERM, then waits; returns the exit code (-1 when it crashed or did not stop in time).
    int terminate(int timeoutMs = 10000);
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;   // http://127.0.0.1:PORT/api/v1
    QUrl eventsUrl() const; // ws://127.0.0.1:PORT/api/v1/events
    QString ownerToken() const { return m_token; }
    QString dbPath() const { return m_dbPath; }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }
    QString lastError() const { return m_error; }
    QProcess* process() const { return m_process.get(); }

    // The binary under test; fails the calling test when SEATWISED_BIN is unset.
    static QString binary();
    // Pulls in whatever output the child has written so far.
    void drainOutput();

private:
    bool launch(quint16 port);

    std::unique_ptr<StoreUnderTest> m_store; // the fresh store start() made, if any
    std::unique_ptr<QProcess> m_process;
    QString m_dbPath;
    QStringList m_extraArguments;
    QString m_token;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace seatwise::test
