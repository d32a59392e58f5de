#include "client/GatewayClient.h"

#include "client/JsonList.h"

#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>

#include <chrono>
#include <memory>

namespace seatwise {
namespace {

const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kPost = QByteArrayLiteral("POST");
const QByteArray kDelete = QByteArrayLiteral("DELETE");

ClientError closedError()
{
    return ClientError{0, QString(ClientErrorCode::Offline), QStringLiteral("the client was closed"), {}};
}

// Worth another try for an idempotent call: no answer at all, or the gateway says it is busy.
bool isTransient(const ClientResult<JsonAnswer>& answer)
{
    return !answer && answer.error().code != ClientErrorCode::UntrustedCertificate &&
           (answer.error().isNetworkError() || answer.error().httpStatus == 503);
}

template <typename T> ClientResult<T> parseAnswer(const ClientResult<JsonAnswer>& answer)
{
    if (!answer)
        return answer.error();
    return T::fromJson(answer->json);
}

ClientError untrustedCertificate(const QSslCertificate& peer, const QList<QSslError>& errors)
{
    QStringList reasons;
    for (const QSslError& error : errors)
        reasons.append(error.errorString());
    const QByteArray fingerprint = TlsTrust::fingerprint(peer);
    return ClientError{0, QString(ClientErrorCode::UntrustedCertificate),
                       QStringLiteral("The gateway's certificate is not trusted (%1). Its SHA-256 fingerprint is %2.")
                           .arg(reasons.join(QStringLiteral("; ")), TlsTrust::displayFingerprint(fingerprint)),
                       QJsonObject{{QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)},
                                   {QStringLiteral("errors"), QJsonArray::fromStringList(reasons)}}};
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
    // Calls still waiting are woken now with an error (abort() finishes a reply at once), so none stays
    // suspended forever holding its frame: each sees m_closing and lets go of its reply, a child of
    // m_network that dies with it.
    m_closing = true;
    const QList<QNetworkReply*> inFlight = m_network.findChildren<QNetworkReply*>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply* reply : inFlight)
        reply->abort();
}

QCoro::Task<ClientResult<JsonAnswer>> GatewayClient::call(HttpCall http)
{
    QPointer<GatewayClient> self(this);
    const bool idempotent = http.verb == kGet || http.verb == kDelete;
    qsizetype retries = 0;
    for (;;) {
        ClientResult<JsonAnswer> answer = co_await exchange(http);
        if (!self || self->m_closing)
            co_return answer;
        if (!idempotent || !isTransient(answer) || retries >= self->m_retryDelaysMs.size()) {
            self->noteAnswer(answer);
            co_return answer;
        }
        self->noteRetry(answer.error());
        const std::chrono::milliseconds pause(self->m_retryDelaysMs.at(retries++));
        co_await QCoro::sleepFor(pause);
        if (!self || self->m_closing)
            co_return closedError();
    }
}

QCoro::Task<ClientResult<JsonAnswer>> GatewayClient::exchange(const HttpCall& http)
{
    QUrl url = m_apiBaseUrl;
    url.setPath(m_apiBaseUrl.path() + http.path);
    if (!http.query.isEmpty())
        url.setQuery(http.query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    const QString bearer = http.bearer.isEmpty() ? m_token : http.bearer; // the admin token unless told otherwise
    if (!bearer.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer.toUtf8());
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
    // A certificate the system does not trust passes only when it is the pinned one.
    QList<QSslError> refused;
    QNetworkReply* raw = reply.get();
    connect(raw, &QNetworkReply::sslErrors, raw, [raw, trust = m_tlsTrust, &refused](const QList<QSslError>& errors) {
        if (trust.accepts(raw->sslConfiguration().peerCertificate()))
            raw->ignoreSslErrors(errors);
        else
            refused = errors;
    });
    co_await reply.get();
    if (!self || self->m_closing) {
        (void)reply.release(); // already deleted, or about to be, by the dying manager
        co_return closedError();
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        co_return untrustedCertificate(reply->sslConfiguration().peerCertificate(), refused);
    co_return JsonAnswer::fromReply(*reply);
}

void GatewayClient::noteAnswer(const ClientResult<JsonAnswer>& answer)
{
    noteReachable(answer.ok() || !answer.error().isNetworkError());
    ConnectionStatus status = m_status;
    if (isTransient(answer)) {
        status.state = ConnectionState::Offline;
        status.lastError = answer.error();
    } else {
        status.state = ConnectionState::Online;
        status.lastError = {};
        status.lastAnswerAt = QDateTime::currentDateTimeUtc();
    }
    setStatus(std::move(status));
}

void GatewayClient::noteRetry(const ClientError& error)
{
    ConnectionStatus status = m_status;
    status.state = ConnectionState::Reconnecting;
    status.lastError = error;
    setStatus(std::move(status));
}

void GatewayClient::setStatus(ConnectionStatus status)
{
    // Every answer moves lastAnswerAt; only a change of state or of the failure is news.
    const bool news = status.state != m_status.state || status.lastError.code != m_status.lastError.code ||
                      status.lastError.message != m_status.lastError.message;
    m_status = std::move(status);
    if (news)
        Q_EMIT connectionStatusChanged(m_status);
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

QCoro::Task<ClientResult<QJsonArray>> GatewayClient::listing(HttpCall http)
{
    const QString path = http.path;
    const ClientResult<JsonAnswer> answer = co_await call(std::move(http));
    if (!answer)
        co_return answer.error();
    if (!answer->json.isArray())
        co_return badAnswer(path + QStringLiteral(": expected a JSON array"));
    co_return answer->json.toArray();
}

QCoro::Task<ClientResult<QJsonArray>> GatewayClient::poolsJson()
{
    HttpCall request{kGet, QStringLiteral("/pools"), {}, std::nullopt, m_token};
    const ClientResult<QJsonArray> answer = co_await listing(std::move(request));
    co_return answer;
}

QCoro::Task<ClientResult<QJsonArray>> GatewayClient::sessionsJson(QString poolId, std::optional<SessionState> state)
{
    HttpCall request{kGet, QStringLiteral("/sessions"), {}, std::nullopt, m_token};
    if (!poolId.isEmpty())
        request.query.addQueryItem(QStringLiteral("pool"), poolId);
    if (state)
        request.query.addQueryItem(QStringLiteral("state"), toWire(*state));
    const ClientResult<QJsonArray> answer = co_await listing(std::move(request));
    co_return answer;
}

QCoro::Task<ClientResult<QJsonArray>> GatewayClient::licensesJson()
{
    HttpCall request{kGet, QStringLiteral("/licenses"), {}, std::nullopt, m_token};
    const ClientResult<QJsonArray> answer = co_await listing(std::move(request));
    co_return answer;
}

QCoro::Task<ClientResult<QJsonArray>> GatewayClient::usageJson(UsageQuery query)
{
    HttpCall request{kGet, QStringLiteral("/usage"), query.toUrlQuery(), std::nullopt, m_token};
    const ClientResult<JsonAnswer> answer = co_await call(std::move(request));
    if (!answer)
        co_return answer.error();
    const QJsonValue points = answer->json.toObject().value(QLatin1String("points"));
    if (!points.isArray())
        co_return badAnswer(QStringLiteral("usage: no \"points\" array in the answer"));
    co_return points.toArray();
}

QCoro::Task<ClientResult<QList<PoolInfo>>> GatewayClient::pools()
{
    const ClientResult<QJsonArray> answer = co_await poolsJson();
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<PoolInfo>(answer.value());
}

QCoro::Task<ClientResult<QList<SessionInfo>>> GatewayClient::sessions(QString poolId, std::optional<SessionState> state)
{
    const ClientResult<QJsonArray> answer = co_await sessionsJson(poolId, state);
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<SessionInfo>(answer.value());
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
