#include "console/EmbeddedGateway.h"

#include "console/GatewayHost.h"

#include <QDir>

namespace seatwise {

EmbeddedGateway::EmbeddedGateway(GatewayOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("embedded-gateway"));
}

EmbeddedGateway::~EmbeddedGateway()
{
    stop();
}

GatewayOptions EmbeddedGateway::optionsFor(const QString& dataDir, quint16 port, const QString& runToken)
{
    GatewayOptions options;
    options.db = QDir(dataDir).filePath(QStringLiteral("embedded-gateway.db"));
    options.address = QHostAddress::LocalHost;
    options.port = port;
    // A fresh token every run, known only to this process: it makes the owner on a new store and
    // speaks for the owner of an existing one until the gateway stops. Nothing secret is kept.
    options.bootstrapToken = runToken;
    options.runToken = runToken;
    return options;
}

void EmbeddedGateway::start()
{
    if (m_host)
        return;
    m_host = new GatewayHost(m_options);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &GatewayHost::started, this, [this](quint16 port, const QUrl& apiBaseUrl) {
        m_port = port;
        m_apiBaseUrl = apiBaseUrl;
        Q_EMIT started(port, apiBaseUrl);
    });
    connect(m_host, &GatewayHost::failed, this, &EmbeddedGateway::failed);
    m_thread.start();
    QMetaObject::invokeMethod(m_host, &GatewayHost::start, Qt::QueuedConnection);
}

void EmbeddedGateway::stop()
{
    if (!m_host)
        return;
    if (m_thread.isRunning()) {
        // The gateway thread never waits on this one, so blocking here cannot deadlock.
        QMetaObject::invokeMethod(m_host, &GatewayHost::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_host = nullptr;
    m_port = 0;
}

} // namespace seatwise
