#pragma once

#include "client/ClientResult.h"
#include "client/ConnectionStatus.h"
#include "client/HeartbeatAnswer.h"
#include "client/JsonAnswer.h"
#include "client/LoginRequest.h"
#include "client/NewUser.h"
#include "client/PoolInfo.h"
#include "client/PoolSpec.h"
#include "client/SessionGrant.h"
#include "client/SessionInfo.h"
#include "client/SignOutRequest.h"
#include "client/TlsTrust.h"
#include "client/UsagePoint.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace seatwise {

// The only code that speaks HTTP to a gateway: one typed coroutine per call of the core contract.
// Admin calls carry the user token set with setToken(); agent calls carry the session token given.
// Every call answers a value or a ClientError and never blocks the thread it runs on. GET and DELETE
// (idempotent) are tried again after a connection failure, a timeout or a 503, after 0.5 s, 1 s and
// 2 s; other verbs (login, heartbeat, sign-out) never are: the first failure is the answer.
class GatewayClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayClient)

public:
    explicit GatewayClient(QUrl apiBaseUrl, QObject* parent = nullptr);
    ~GatewayClient() override;

    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    QString token() const { return m_token; }
    void setToken(QString token) { m_token = std::move(token); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    bool isReachable() const { return m_reachable; }
    using ConnectionState = ConnectionStatus::State;
    ConnectionStatus connectionStatus() const { return m_status; }
    // The pauses before each retry of an idempotent call; its size is the number of retries.
    void setRetryDelaysMs(QList<int> delays) { m_retryDelaysMs = std::move(delays); }
    // HTTPS: the system's CAs, or the pinned certificate ("trust this certificate").
    void setTlsTrust(TlsTrust trust) { m_tlsTrust = std::move(trust); }
    const TlsTrust& tlsTrust() const { return m_tlsTrust; }

    // POST /auth/token; on success the token is also kept for the following admin calls.
    QCoro::Task<ClientResult<QString>> authenticate(QString login, QString password);
    QCoro::Task<ClientResult<QList<PoolInfo>>> pools();
    QCoro::Task<ClientResult<QList<SessionInfo>>> sessions(QString poolId = {}, std::optional<SessionState> state = {});
    QCoro::Task<ClientResult<UserInfo>> createUser(NewUser user);
    QCoro::Task<ClientResult<PoolInfo>> createPool(PoolSpec spec);
    QCoro::Task<ClientResult<SessionGrant>> login(LoginRequest request);
    QCoro::Task<ClientResult<HeartbeatAnswer>> heartbeat(QString sessionId, QString sessionToken, bool active);
    // DELETE /sessions/{id} with the session's token, or the user token when none is given.
    QCoro::Task<ClientResult<Nothing>> logout(QString sessionId, QString sessionToken = {});
    // POST /sessions/sign-out; answers how many sessions ended.
    QCoro::Task<ClientResult<int>> signOut(SignOutRequest request);
    QCoro::Task<ClientResult<QList<UsagePoint>>> usage(UsageQuery query = {});

    // The same listings as the gateway sent them, for the console's cache (it keeps the raw JSON).
    QCoro::Task<ClientResult<QJsonArray>> poolsJson();
    QCoro::Task<ClientResult<QJsonArray>> sessionsJson(QString poolId = {}, std::optional<SessionState> state = {});
    QCoro::Task<ClientResult<QJsonArray>> licensesJson();
    QCoro::Task<ClientResult<QJsonArray>> usageJson(UsageQuery query = {});

    // One HTTP exchange below apiBaseUrl(), for the typed calls here and in sibling files
    // (e.g. LicenseCalls): the admin token is used when `bearer` is empty.
    struct HttpCall {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        std::optional<QJsonObject> body;
        QString bearer;
        QByteArray rawBody = {}; // sent as is when set (e.g. CSV), with rawContentType
        QByteArray rawContentType = {};
    };
    QCoro::Task<ClientResult<JsonAnswer>> call(HttpCall http);

Q_SIGNALS:
    // Flips when a call fails for want of a connection, and back when one gets an HTTP answer.
    void reachableChanged(bool reachable);
    void connectionStatusChanged(const seatwise::ConnectionStatus& status);

private:
    QCoro::Task<ClientResult<JsonAnswer>> exchange(const HttpCall& http);
    QCoro::Task<ClientResult<QJsonArray>> listing(HttpCall http);
    void noteReachable(bool reachable);
    void noteAnswer(const ClientResult<JsonAnswer>& answer);
    void noteRetry(const ClientError& error);
    void setStatus(ConnectionStatus status);

    QUrl m_apiBaseUrl;
    QString m_token;
    int m_timeoutMs = 10000;
    bool m_reachable = true;
    ConnectionStatus m_status;
    QList<int> m_retryDelaysMs{500, 1000, 2000};
    bool m_closing = false;
    TlsTrust m_tlsTrust;
    QNetworkAccessManager m_network;
};

} // namespace seatwise
