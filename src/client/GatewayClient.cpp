#include "client/GatewayClient.h"

#include "client/JsonList.h"

#include <QCoroNetworkReply>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>

#include <memory>

namespace seatwise {
namespace {

const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kPost = QByteArrayLiteral("POST");
const QByteArray kDelete = QByteArrayLiteral("DELETE");

template <typename T> ClientResult<T> parseAnswer(const ClientResult<JsonAnswer>& answer)
{
    if (!answer)
        return answer.error();
    return T::fromJson(answer->json);
}

template <typename T> ClientResult<QList<T>> parseListAnswer(const ClientResult<JsonAnswer>& answer)
{
    if (!answer)
        return answer.error();
    return parseJsonList<T>(answer->json);
}

} // namespace

GatewayClient::GatewayClient(QUrl apiBaseUrl, QObject* parent)
    : QObject(parent)
    , m_apiBaseUrl(std::move(apiBaseUrl))
{
    m_network.setAutoDeleteReplies(false); // each call owns its reply
}

GatewayClient::~GatewayClient()
{
    // Replies still in flight are children of m_network and die with it; a call that wakes up during
    // that sees m_closing and lets go of its reply instead of deleting it twice.
    m_closing = true;
}

QCoro::Task<ClientResult<JsonAnswer>> GatewayClient::call(HttpCall http)
{
    QUrl url = m_apiBaseUrl;
    url.setPath(m_apiBaseUrl.path() + http.path);
    if (!http.query.isEmpty())
        url.setQuery(http.query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!http.bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + http.bearer.toUtf8());
    QByteArray payload;
    if (!http.rawContentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, http.rawContentType);
        payload = http.rawBody;
    } else if (http.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*http.body).toJson(QJsonDocument::Compact);
    }

    QPointer<GatewayClient> self(this);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, http.verb, payload));
    co_await reply.get();
    if (!self || self->m_closing) {
        (void)reply.release(); // already deleted, or about to be, by the dying manager
        co_return ClientError{0, QString(ClientErrorCode::Offline), QStringLiteral("the client was closed"), {}};
    }

    ClientResult<JsonAnswer> answer = JsonAnswer::fromReply(*reply);
    noteReachable(answer.ok() || !answer.error().isNetworkError());
    co_return answer;
}

void GatewayClient::noteReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

// GCC 12 mishandles temporaries inside co_await expressions (double destruction seen here), so
// every call below builds its HttpCall as a named local and co_awaits it in a plain declaration.
QCoro::Task<ClientResult<QString>> GatewayClient::authenticate(QString login, QString password)
{
    QPointer<GatewayClient> self(this);
    HttpCall request{kPost,
                     QStringLiteral("/auth/token"),
                     {},
                     QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}},
                     {}};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    if (!answer)
        co_return answer.error();
    const QString token = answer->json.toObject().value(QLatin1String("token")).toString();
    if (token.isEmpty())
        co_return badAnswer(QStringLiteral("auth: no token in the answer"));
    if (self)
        self->m_token = token;
    co_return token;
}

QCoro::Task<ClientResult<QList<PoolInfo>>> GatewayClient::pools()
{
    HttpCall request{kGet, QStringLiteral("/pools"), {}, std::nullopt, m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    co_return parseListAnswer<PoolInfo>(answer);
}

QCoro::Task<ClientResult<QList<SessionInfo>>> GatewayClient::sessions(QString poolId, std::optional<SessionState> state)
{
    HttpCall request{kGet, QStringLiteral("/sessions"), {}, std::nullopt, m_token};
    if (!poolId.isEmpty())
        request.query.addQueryItem(QStringLiteral("pool"), poolId);
    if (state)
        request.query.addQueryItem(QStringLiteral("state"), toWire(*state));
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    co_return parseListAnswer<SessionInfo>(answer);
}

QCoro::Task<ClientResult<UserInfo>> GatewayClient::createUser(NewUser user)
{
    HttpCall request{kPost, QStringLiteral("/users"), {}, user.toJson(), m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    co_return parseAnswer<UserInfo>(answer);
}

QCoro::Task<ClientResult<PoolInfo>> GatewayClient::createPool(PoolSpec spec)
{
    HttpCall request{kPost, QStringLiteral("/pools"), {}, spec.toJson(), m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    co_return parseAnswer<PoolInfo>(answer);
}

QCoro::Task<ClientResult<SessionGrant>> GatewayClient::login(LoginRequest login)
{
    // Without login/password the user token authenticates the login.
    HttpCall request{
        kPost, QStringLiteral("/sessions"), {}, login.toJson(), login.login.isEmpty() ? m_token : QString()};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    ClientResult<SessionGrant> grant = parseAnswer<SessionGrant>(answer);
    if (grant)
        grant.value().existing = answer->httpStatus == 200;
    co_return grant;
}

QCoro::Task<ClientResult<HeartbeatAnswer>> GatewayClient::heartbeat(QString sessionId, QString sessionToken,
                                                                    bool active)
{
    HttpCall request{kPost,
                     QStringLiteral("/sessions/") + sessionId + QStringLiteral("/heartbeat"),
                     {},
                     QJsonObject{{QStringLiteral("active"), active}},
                     sessionToken};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    co_return parseAnswer<HeartbeatAnswer>(answer);
}

QCoro::Task<ClientResult<Nothing>> GatewayClient::logout(QString sessionId, QString sessionToken)
{
    HttpCall request{kDelete,
                     QStringLiteral("/sessions/") + sessionId,
                     {},
                     std::nullopt,
                     sessionToken.isEmpty() ? m_token : sessionToken};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return Nothing{};
}

QCoro::Task<ClientResult<int>> GatewayClient::signOut(SignOutRequest signOut)
{
    HttpCall request{kPost, QStringLiteral("/sessions/sign-out"), {}, signOut.toJson(), m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    if (!answer)
        co_return answer.error();
    const QJsonValue ended = answer->json.toObject().value(QLatin1String("ended"));
    if (!ended.isDouble())
        co_return badAnswer(QStringLiteral("sign-out: no \"ended\" count in the answer"));
    co_return ended.toInt();
}

QCoro::Task<ClientResult<QList<UsagePoint>>> GatewayClient::usage(UsageQuery query)
{
    HttpCall request{kGet, QStringLiteral("/usage"), query.toUrlQuery(), std::nullopt, m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<UsagePoint>(answer->json.toObject().value(QLatin1String("points")));
}

} // namespace seatwise
