#include "client/LicenseCalls.h"

#include "client/GatewayClient.h"
#include "client/JsonList.h"

#include <QJsonArray>

namespace seatwise::LicenseCalls {
namespace {

const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kPost = QByteArrayLiteral("POST");
const QByteArray kDelete = QByteArrayLiteral("DELETE");

QString licensePath(const QString& licenseId, const QString& tail = {})
{
    return QStringLiteral("/licenses/") + QString::fromLatin1(QUrl::toPercentEncoding(licenseId)) + tail;
}

ClientResult<LicenseInfo> parseLicense(const ClientResult<JsonAnswer>& answer)
{
    if (!answer)
        return answer.error();
    return LicenseInfo::fromJson(answer->json);
}

// Every call below co_awaits a named local in a plain declaration: GCC 12 mishandles temporaries
// inside co_await expressions.
QCoro::Task<ClientResult<LicenseInfo>> licenseCall(GatewayClient& client, GatewayClient::HttpCall request)
{
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    co_return parseLicense(answer);
}

} // namespace

QCoro::Task<ClientResult<QList<LicenseInfo>>> licenses(GatewayClient& client, LicenseFilter filter)
{
    GatewayClient::HttpCall request{kGet, QStringLiteral("/licenses"), filter.toUrlQuery(), std::nullopt,
                                    client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<LicenseInfo>(answer->json);
}

QCoro::Task<ClientResult<QList<UserInfo>>> users(GatewayClient& client)
{
    GatewayClient::HttpCall request{kGet, QStringLiteral("/users"), {}, std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<UserInfo>(answer->json);
}

QCoro::Task<ClientResult<QList<NamedPoolInfo>>> namedPools(GatewayClient& client)
{
    GatewayClient::HttpCall request{kGet, QStringLiteral("/pools"), {}, std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    if (!answer->json.isArray())
        co_return badAnswer(QStringLiteral("pools: expected a JSON array"));
    QList<NamedPoolInfo> pools;
    const QJsonArray array = answer->json.toArray();
    for (const QJsonValue& element : array) {
        ClientResult<NamedPoolInfo> pool = NamedPoolInfo::fromJson(element);
        if (pool)
            pools.append(std::move(pool).value());
        else if (pool.error().code != ClientErrorCode::NoResult)
            co_return pool.error();
    }
    co_return pools;
}

QCoro::Task<ClientResult<LicenseInfo>> assign(GatewayClient& client, QString licenseId, QString user, QString extension,
                                              QString number)
{
    QJsonObject body{{QStringLiteral("user"), user}};
    if (!extension.isEmpty())
        body.insert(QStringLiteral("extension"), extension);
    if (!number.isEmpty())
        body.insert(QStringLiteral("number"), number);
    GatewayClient::HttpCall request{kPost, licensePath(licenseId, QStringLiteral("/assign")), {}, body, client.token()};
    const ClientResult<LicenseInfo> license = co_await licenseCall(client, std::move(request));
    co_return license;
}

QCoro::Task<ClientResult<LicenseInfo>> reassign(GatewayClient& client, QString licenseId, QString user)
{
    QJsonObject body{{QStringLiteral("user"), user}};
    GatewayClient::HttpCall request{
        kPost, licensePath(licenseId, QStringLiteral("/reassign")), {}, body, client.token()};
    const ClientResult<LicenseInfo> license = co_await licenseCall(client, std::move(request));
    co_return license;
}

QCoro::Task<ClientResult<LicenseInfo>> unassign(GatewayClient& client, QString licenseId)
{
    GatewayClient::HttpCall request{
        kPost, licensePath(licenseId, QStringLiteral("/unassign")), {}, QJsonObject{}, client.token()};
    const ClientResult<LicenseInfo> license = co_await licenseCall(client, std::move(request));
    co_return license;
}

QCoro::Task<ClientResult<LicenseInfo>> attachAddon(GatewayClient& client, QString licenseId, QString code)
{
    QJsonObject body{{QStringLiteral("code"), code}};
    GatewayClient::HttpCall request{kPost, licensePath(licenseId, QStringLiteral("/addons")), {}, body, client.token()};
    const ClientResult<LicenseInfo> license = co_await licenseCall(client, std::move(request));
    co_return license;
}

QCoro::Task<ClientResult<LicenseInfo>> detachAddon(GatewayClient& client, QString licenseId, QString code)
{
    const QString tail = QStringLiteral("/addons/") + QString::fromLatin1(QUrl::toPercentEncoding(code));
    GatewayClient::HttpCall request{kDelete, licensePath(licenseId, tail), {}, std::nullopt, client.token()};
    const ClientResult<LicenseInfo> license = co_await licenseCall(client, std::move(request));
    co_return license;
}

} // namespace seatwise::LicenseCalls
