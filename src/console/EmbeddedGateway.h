#pragma once

#include "gateway/GatewayOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace seatwise {

class GatewayHost;

// The console's own license server: a seatwise::Gateway on its own thread, so serving HTTP never
// competes with the UI. The console still talks to it over HTTP like to any other gateway.
class EmbeddedGateway final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedGateway)

public:
    explicit EmbeddedGateway(GatewayOptions options, QObject* parent = nullptr);
    ~EmbeddedGateway() override;

    // Options for a gateway on 127.0.0.1:port with its database in dataDir.
    static GatewayOptions optionsFor(const QString& dataDir, quint16 port, const QString& runToken);

    // Starts the thread and the gateway in it; answers with started() or failed().
    void start();
    // Stops the gateway on its thread, then ends the thread. Blocks until both are done.
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

Q_SIGNALS:
    void started(quint16 port, const QUrl& apiBaseUrl);
    void failed(const QString& message);

private:
    GatewayOptions m_options;
    QThread m_thread;
    GatewayHost* m_host = nullptr; // lives on m_thread, deleted there when it finishes
    quint16 m_port = 0;
    QUrl m_apiBaseUrl;
};

} // namespace seatwise
