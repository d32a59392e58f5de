#include "GuardedTcpServer.h"

#include "RequestGuard.h"

#include <QTcpSocket>

namespace seatwise {

GuardedTcpServer::GuardedTcpServer(const RequestLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    // As QTcpServer does it (the socket a child of the server, where IdleConnections looks for it), plus the guard.
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qWarning("cannot take an incoming connection: %s", qUtf8Printable(socket->errorString()));
        delete socket;
        return;
    }
    new RequestGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace seatwise
