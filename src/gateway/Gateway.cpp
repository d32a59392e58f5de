#include "Gateway.h"

#include "ApiServer.h"
#include "Bootstrap.h"
#include "ChangeRelay.h"
#include "EventHub.h"
#include "GatewayContext.h"
#include "GuardedTcpServer.h"
#include "IdleConnections.h"
#include "Reaper.h"
#include "RequestGuard.h"
#include "TlsSetup.h"
#include "core/Clock.h"

#include "store/Database.h"
#include <QSslServer>

#include <QTcpServer>

namespace seatwise {

struct Gateway::Parts {
    explicit Parts(StoreLocation location)
        : database(std::move(location))
    {
    }
    SystemClock clock;
    Database database;
    std::unique_ptr<EventHub> events;
    std::unique_ptr<ChangeRelay> relay;
    std::unique_ptr<GatewayContext> context;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<Reaper> reaper;
    std::unique_ptr<IdleConnections> idle;
    QTcpServer* tcp = nullptr; // owned by server
};

Gateway::Gateway(GatewayOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Gateway::~Gateway()
{
    stop();
}

Status Gateway::start()
{
    auto location = StoreLocation::parse(m_options.db);
    if (!location)
        return location.error();
    auto parts = std::make_unique<Parts>(location.value());
    if (auto migrated = parts->database.migrate(); !migrated)
        return migrated;
    if (auto owner = Bootstrap::ensureOwner(parts->database, m_options.bootstrapToken, parts->clock.nowMs()); !owner)
        return owner;
    if (auto granted = Bootstrap::grantRunToken(parts->database, m_options.runToken, parts->clock.nowMs()); !granted)
        return granted;

    parts->events = std::make_unique<EventHub>(parts->database, parts->clock);
    parts->relay = std::make_unique<ChangeRelay>(parts->database);
    if (auto listening = parts->relay->start(); !listening)
        return listening;
    parts->events->setRelay(parts->relay.get());
    QObject::connect(parts->relay.get(), &ChangeRelay::arrived, parts->events.get(), &EventHub::deliver);
    const LoginThrottle::Limits signInLimits{m_options.signInAttemptsPerLogin, m_options.signInAttemptsPerAddress,
                                             qint64(m_options.signInWindowS) * 1000};
    parts->context = std::make_unique<GatewayContext>(parts->database, parts->clock, *parts->events, signInLimits,
                                                      m_options.tokenLifetimeS * 1000);
    parts->server = std::make_unique<ApiServer>(*parts->context);
    // Our own QTcpServer: QAbstractHttpServer::listen() keeps Qt's backlog of 50, too small for login storms,
    // and Qt reads requests of any size: each socket gets its RequestGuard before Qt's parser, which
    // refuses oversized or slow ones first. A QSslServer hands sockets to the HTTP server once their
    // handshake is done (HTTPS and WSS); their guard reads the decrypted bytes.
    QTcpServer* tcp = nullptr;
    if (usesTls()) {
        auto tls = TlsSetup::fromFiles(m_options.tlsCertificateFile, m_options.tlsKeyFile);
        if (!tls)
            return tls.error();
        auto* ssl = new QSslServer(parts->server.get());
        ssl->setSslConfiguration(tls.value());
        QObject::connect(ssl, &QSslServer::startedEncryptionHandshake, ssl,
                         [limits = m_options.limits](QSslSocket* socket) { new RequestGuard(socket, limits); });
        // What managers compare before they trust a self-signed certificate in the console.
        qInfo("TLS certificate SHA-256 fingerprint %s",
              tls->localCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper().constData());
        tcp = ssl;
    } else {
        tcp = new GuardedTcpServer(m_options.limits, parts->server.get());
    }
    tcp->setListenBacklogSize(m_options.listenBacklog);
    if (!tcp->listen(m_options.address, m_options.port))
        return makeError(ErrorCode::StoreUnavailable, QStringLiteral("Cannot listen on %1:%2: %3")
                                                          .arg(m_options.address.toString())
                                                          .arg(m_options.port)
                                                          .arg(tcp->errorString()));
    parts->server->bind(tcp);
    parts->tcp = tcp;
    parts->idle = std::make_unique<IdleConnections>(tcp, m_options.idleTimeoutMs);
    parts->reaper = std::make_unique<Reaper>(parts->database, parts->clock, *parts->events, m_options.reaperIntervalMs);
    parts->reaper->setLiveness(&parts->context->liveness);
    QObject::connect(parts->events.get(), &EventHub::delivering, parts->events.get(),
                     [context = parts->context.get()](const Changes& changes) { context->liveness.forget(changes); });
    parts->reaper->start();
    m_parts = std::move(parts);
    qInfo("gateway started: store %s, listening on %s:%d (%s)",
          qUtf8Printable(m_parts->database.location().displayName()), qUtf8Printable(m_options.address.toString()),
          int(port()), usesTls() ? "HTTPS" : "HTTP");
    return Done{};
}

void Gateway::stop()
{
    if (!m_parts)
        return;
    m_parts->reaper->stop();
    if (auto written = m_parts->context->liveness.flush(); !written)
        qWarning("heartbeats not written at stop: %s", qUtf8Printable(written.error().message));
    Bootstrap::revokeRunToken(m_parts->database, m_options.runToken);
    m_parts->relay->stop();
    m_parts->events->closeAll();
    m_parts->idle.reset();
    m_parts->tcp->close();
    m_parts->server.reset();
    m_parts->reaper.reset();
    m_parts->context.reset();
    m_parts->events.reset();
    m_parts->relay.reset();
    m_parts->database.closeThreadConnection();
    m_parts.reset();
    qInfo("gateway stopped");
}

bool Gateway::usesTls() const
{
    return !m_options.tlsCertificateFile.isEmpty();
}

quint16 Gateway::port() const
{
    return m_parts && m_parts->tcp ? m_parts->tcp->serverPort() : 0;
}

QUrl Gateway::apiBaseUrl() const
{
    QUrl url;
    url.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

} // namespace seatwise
