#pragma once

#include "client/GatewayClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace seatwise {
class EmbeddedGateway;
}

// Fixture code shared by the console's GUI tests: JSON calls that block, an embedded gateway with an
// owner client, and settings of the test's own.
namespace seatwise::test {

// Sends one call through `http` (its own token) and blocks for the answer's JSON; null and a warning on error.
QJsonValue requestJson(GatewayClient& http, const QByteArray& verb, const QString& path, const QUrlQuery& query = {},
                       std::optional<QJsonObject> body = std::nullopt);

// POSTs `body` to `path` and blocks for the answered object; empty and a warning on error.
QJsonObject postJson(GatewayClient& http, const QString& path, const QJsonObject& body);

// Puts QSettings and QStandardPaths in test mode under these names and clears the settings.
void useFreshSettings(const QString& organization, const QString& application);

// An EmbeddedGateway on a free loopback port over the store in `dataDir`, owned by `token`, with a
// GatewayClient that carries that token. It can be stopped and started again; it stops when destroyed.
class EmbeddedTestGateway final {
    Q_DISABLE_COPY_MOVE(EmbeddedTestGateway)

public:
    EmbeddedTestGateway(QString dataDir, QString token);
    ~EmbeddedTestGateway();

    // Starts a fresh gateway and waits for started() or failed(); false (see lastError()) on failure or timeout.
    bool start(int timeoutMs = 20000);
    // Drops the client, then stops the gateway. Does nothing when stopped.
    void stop();

    // The owner's client; only while running.
    GatewayClient& client() const;
    // The running gateway's API root (e.g. http://127.0.0.1:<port>/api/v1).
    QUrl apiBaseUrl() const;
    // The running gateway's port, 0 when stopped.
    quint16 port() const;
    // Why the last start() failed.
    QString lastError() const { return m_lastError; }

private:
    QString m_dataDir;
    QString m_token;
    QString m_lastError;
    std::unique_ptr<EmbeddedGateway> m_gateway;
    std::unique_ptr<GatewayClient> m_client;
};

} // namespace seatwise::test
