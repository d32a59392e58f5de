#pragma once

#include "GatewayContext.h"
#include "Router.h"

#include <QAbstractHttpServer>

namespace seatwise {

// The HTTP front: every request is answered synchronously on this thread (Qt 6.4's HttpServer crashes
// with deferred answers, QTBUG-105202). WebSocket upgrades to /api/v1/events are let through only for
// a valid user token.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(GatewayContext& context, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void settleLiveness(const Request& request);
    void acceptListeners();
    static void write(const QHttpServerRequest& request, QTcpSocket* socket, const HttpReply& reply);

    GatewayContext& m_context;
    Router m_router;
};

} // namespace seatwise
