#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace seatwise {

// Closes HTTP keep-alive connections that sent nothing for the idle timeout: Qt HttpServer 6.4 keeps
// them forever, and thousands of forgotten ones cost memory and poll time. Looks at the connections
// the server accepted (children of its QTcpServer) every quarter of the timeout; connections upgraded
// to WebSockets (exempt()) are never touched.
class IdleConnections final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleConnections)

public:
    IdleConnections(QTcpServer* server, int timeoutMs, QObject* parent = nullptr);

    // Marks a connection that must stay open however quiet it is (a WebSocket listener).
    static void exempt(QTcpSocket* socket);

    int tracked() const { return int(m_lastActivityMs.size()); }
    int closedSoFar() const { return m_closed; }

private:
    void sweep();

    QPointer<QTcpServer> m_server;
    int m_timeoutMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QTcpSocket*, qint64> m_lastActivityMs;
    int m_closed = 0;
};

} // namespace seatwise
