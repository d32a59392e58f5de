#pragma once

#include "RequestLimits.h"

#include <QTcpServer>

namespace seatwise {

// The listening socket the HTTP server is bound to. Each accepted connection gets its RequestGuard
// before QAbstractHttpServer connects its own parser, so the guard sees every byte first.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(const RequestLimits& limits, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestLimits m_limits;
};

} // namespace seatwise
