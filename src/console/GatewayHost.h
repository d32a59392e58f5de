#pragma once

#include "gateway/GatewayOptions.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace seatwise {

class Gateway;

// Lives on the embedded gateway's thread: creates, starts and stops the Gateway there, so the
// gateway's store connection and sockets all belong to that thread.
class GatewayHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayHost)

public:
    explicit GatewayHost(GatewayOptions options);
    ~GatewayHost() override;

    void start();
    void stop();

Q_SIGNALS:
    void started(quint16 port, const QUrl& apiBaseUrl);
    void failed(const QString& message);

private:
    GatewayOptions m_options;
    std::unique_ptr<Gateway> m_gateway;
};

} // namespace seatwise
