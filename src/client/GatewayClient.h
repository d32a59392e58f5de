#pragma once

#include "client/ClientResult.h"
#include "client/HeartbeatAnswer.h"
#include "client/JsonAnswer.h"
#include "client/LoginRequest.h"
#include "client/NewUser.h"
#include "client/PoolInfo.h"
#include "client/PoolSpec.h"
#include "client/SessionGrant.h"
#include "client/SessionInfo.h"
#include "client/SignOutRequest.h"
#include "client/UsagePoint.h"

#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace seatwise {

// The only code that speaks HTTP to a gateway: one typed coroutine per call of the core contract.
// Admin calls carry the user token set with setToken(); agent calls carry the session token given.
// Every call answers a value or a ClientError and never blocks the thread it runs on.
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

private:
    void noteReachable(bool reachable);

    QUrl m_apiBaseUrl;
    QString m_token;
    int m_timeoutMs = 10000;
    bool m_reachable = true;
    bool m_closing = false;
    QNetworkAccessManager m_network;
};

} // namespace seatwise
