#pragma once

#include "client/GatewayClient.h"
#include "console/ConsoleOptions.h"
#include "console/DemoPlan.h"

#include <QCoroTask>
#include <QObject>
#include <QUrl>
#include <memory>

namespace seatwise {

class DemoAgents;
class EmbeddedGateway;

// Brings the console's world up in order: a fresh run token, the embedded gateway on its thread,
// a GatewayClient for it, then (with --demo, or when the gateway has no pools yet) the demo data
// and simulated agents. Owns all of them; tears them down in the reverse order.
class ConsoleStartup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStartup)

public:
    explicit ConsoleStartup(ConsoleOptions options, QObject* parent = nullptr);
    ~ConsoleStartup() override;

    void start();
    QString dataDir() const { return m_dataDir; }
    QString token() const { return m_token; }
    QUrl apiBaseUrl() const;
    GatewayClient* client() const { return m_client.get(); }
    DemoAgents* demoAgents() const { return m_demo.get(); }

Q_SIGNALS:
    void progress(const QString& message);
    void failed(const QString& message);
    // The gateway answers; the client may be used from now on.
    void clientReady(seatwise::GatewayClient* client);
    // Demo data is in and the simulated agents have logged in.
    void demoReady();

private:
    void onGatewayStarted(const QUrl& apiBaseUrl);
    QCoro::Task<> seedDemoIfWanted();
    void startDemoAgents(const DemoPlan& plan);

    ConsoleOptions m_options;
    QString m_dataDir;
    QString m_token;
    std::unique_ptr<EmbeddedGateway> m_gateway;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<DemoAgents> m_demo;
};

} // namespace seatwise
