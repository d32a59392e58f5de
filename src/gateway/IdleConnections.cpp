#include "IdleConnections.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace seatwise {

IdleConnections::IdleConnections(QTcpServer* server, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_timeoutMs(timeoutMs)
{
    m_clock.start();
    m_timer.setInterval(qBound(50, timeoutMs / 4, 5000));
    connect(&m_timer, &QTimer::timeout, this, &IdleConnections::sweep);
    if (timeoutMs > 0)
        m_timer.start();
}

namespace {
const char* const kExempt = "seatwise.idleExempt";
}

void IdleConnections::exempt(QTcpSocket* socket)
{
    socket->setProperty(kExempt, true);
}

void IdleConnections::sweep()
{
    if (!m_server)
        return;
    const qint64 now = m_clock.elapsed();
    QHash<QTcpSocket*, qint64> seen;
    const QList<QTcpSocket*> sockets = m_server->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    seen.reserve(sockets.size());
    for (QTcpSocket* socket : sockets) {
        if (socket->property(kExempt).toBool())
            continue;
        auto known = m_lastActivityMs.constFind(socket);
        if (known == m_lastActivityMs.constEnd()) {
            // New here: its activity is stamped from now on.
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (auto entry = m_lastActivityMs.find(socket); entry != m_lastActivityMs.end())
                    *entry = m_clock.elapsed();
            });
            connect(socket, &QObject::destroyed, this, [this, socket] { m_lastActivityMs.remove(socket); });
            seen.insert(socket, now);
            continue;
        }
        if (now - *known >= m_timeoutMs && socket->state() == QAbstractSocket::ConnectedState &&
            socket->bytesToWrite() == 0) {
            socket->disconnectFromHost();
            ++m_closed;
        }
        seen.insert(socket, *known);
    }
    m_lastActivityMs = std::move(seen);
}

} // namespace seatwise
