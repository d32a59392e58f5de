#include "ConsoleTestKit.h"

#include "console/EmbeddedGateway.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace seatwise::test {

QJsonValue requestJson(GatewayClient& http, const QByteArray& verb, const QString& path, const QUrlQuery& query,
                       std::optional<QJsonObject> body)
{
    GatewayClient::HttpCall request{verb, path, query, std::move(body), http.token()};
    const ClientResult<JsonAnswer> answer = QCoro::waitFor(http.call(std::move(request)));
    if (!answer)
        qWarning("%s %s: %s", verb.constData(), qPrintable(path), qPrintable(answer.error().message));
    return answer ? answer->json : QJsonValue();
}

QJsonObject postJson(GatewayClient& http, const QString& path, const QJsonObject& body)
{
    return requestJson(http, QByteArrayLiteral("POST"), path, {}, body).toObject();
}

void useFreshSettings(const QString& organization, const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

EmbeddedTestGateway::EmbeddedTestGateway(QString dataDir, QString token)
    : m_dataDir(std::move(dataDir))
    , m_token(std::move(token))
{
}

EmbeddedTestGateway::~EmbeddedTestGateway()
{
    stop();
}

bool EmbeddedTestGateway::start(int timeoutMs)
{
    stop();
    m_lastError.clear();
    m_gateway = std::make_unique<EmbeddedGateway>(EmbeddedGateway::optionsFor(m_dataDir, 0, m_token));
    QSignalSpy started(m_gateway.get(), &EmbeddedGateway::started);
    QSignalSpy failed(m_gateway.get(), &EmbeddedGateway::failed);
    m_gateway->start();
    const bool answered = QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (started.isEmpty()) {
        m_lastError = answered ? failed.first().first().toString()
                               : QStringLiteral("the embedded gateway did not start within %1 ms").arg(timeoutMs);
        m_gateway.reset();
        return false;
    }
    m_client = std::make_unique<GatewayClient>(m_gateway->apiBaseUrl());
    m_client->setToken(m_token);
    return true;
}

void EmbeddedTestGateway::stop()
{
    m_client.reset();
    if (m_gateway)
        m_gateway->stop();
    m_gateway.reset();
}

GatewayClient& EmbeddedTestGateway::client() const
{
    Q_ASSERT(m_client);
    return *m_client;
}

QUrl EmbeddedTestGateway::apiBaseUrl() const
{
    return m_gateway ? m_gateway->apiBaseUrl() : QUrl();
}

quint16 EmbeddedTestGateway::port() const
{
    return m_gateway ? m_gateway->port() : 0;
}

} // namespace seatwise::test
