#include "console/ConsoleStartup.h"

#include "client/GatewayClient.h"
#include "console/DemoAgents.h"
#include "console/DemoHistory.h"
#include "console/DemoSeeder.h"
#include "console/EmbeddedGateway.h"
#include "console/ErrorText.h"
#include "store/Credentials.h"

#include <QPointer>
#include <QStandardPaths>
#include <QThread>

namespace seatwise {

ConsoleStartup::ConsoleStartup(ConsoleOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dataDir(m_options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            : m_options.dataDir)
{
}

// Reverse order of need: agents use the client, the client uses the gateway.
ConsoleStartup::~ConsoleStartup()
{
    m_demo.reset();
    m_client.reset();
    m_gateway.reset();
}

QUrl ConsoleStartup::apiBaseUrl() const
{
    return m_client ? m_client->apiBaseUrl() : QUrl();
}

void ConsoleStartup::start()
{
    m_token = Credentials::newToken();

    Q_EMIT progress(tr("Starting the embedded gateway…"));
    m_gateway =
        std::make_unique<EmbeddedGateway>(EmbeddedGateway::optionsFor(m_dataDir, m_options.gatewayPort, m_token));
    connect(m_gateway.get(), &EmbeddedGateway::started, this,
            [this](quint16, const QUrl& apiBaseUrl) { onGatewayStarted(apiBaseUrl); });
    connect(m_gateway.get(), &EmbeddedGateway::failed, this, [this](const QString& message) {
        Q_EMIT failed(tr("The embedded gateway did not start: %1").arg(message));
    });
    m_gateway->start();
}

void ConsoleStartup::onGatewayStarted(const QUrl& apiBaseUrl)
{
    m_client = std::make_unique<GatewayClient>(apiBaseUrl);
    m_client->setToken(m_token);
    Q_EMIT progress(tr("Gateway listening at %1").arg(apiBaseUrl.toString()));
    Q_EMIT clientReady(m_client.get());
    seedDemoIfWanted();
}

QCoro::Task<> ConsoleStartup::seedDemoIfWanted()
{
    QPointer<ConsoleStartup> self(this);
    if (!m_options.demo) {
        // A newcomer's first start: an empty gateway gets the demo so there is something to see.
        const auto pools = co_await m_client->pools();
        if (!self)
            co_return;
        if (!pools) {
            Q_EMIT failed(ErrorText::describe(pools.error()));
            co_return;
        }
        if (!pools->isEmpty())
            co_return;
    }

    Q_EMIT progress(tr("Seeding demo data…"));
    const auto plan = co_await DemoSeeder::seed(m_client.get());
    if (!self)
        co_return;
    if (!plan) {
        Q_EMIT failed(tr("Demo data could not be seeded: %1").arg(ErrorText::describe(plan.error())));
        co_return;
    }
    // A year of usage for the charts, reports and right-sizing: written on a thread of its own (a few
    // seconds), then the simulated agents log in.
    Q_EMIT progress(tr("Writing a year of demo usage history…"));
    DemoHistoryPlan history;
    history.sqlitePath = EmbeddedGateway::optionsFor(m_dataDir, m_options.gatewayPort, {}).db;
    history.poolIds = {plan->agentsPoolId};
    QThread* writer = QThread::create([history] { writeDemoHistory(history); });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    connect(writer, &QThread::finished, this, [this, demo = plan.value()] { startDemoAgents(demo); });
    writer->start();
}

void ConsoleStartup::startDemoAgents(const DemoPlan& plan)
{
    m_demo = std::make_unique<DemoAgents>(m_client.get(), plan);
    connect(m_demo.get(), &DemoAgents::started, this, [this] {
        Q_EMIT progress(tr("Demo running: simulated agents are logged in."));
        Q_EMIT demoReady();
    });
    m_demo->start();
}

} // namespace seatwise
