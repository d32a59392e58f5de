#include "client/PlanningCalls.h"

#include "client/GatewayClient.h"
#include "client/JsonList.h"

namespace seatwise {

ClientResult<PricedPool> PricedPool::fromJson(const QJsonValue& value)
{
    ClientResult<PoolInfo> pool = PoolInfo::fromJson(value);
    if (!pool)
        return pool.error();
    const QJsonObject object = value.toObject();
    PricedPool priced;
    priced.pool = std::move(pool).value();
    priced.priceCents = object.value(QLatin1String("price_cents")).toInteger(0);
    priced.activationDelayS = object.value(QLatin1String("activation_delay_s")).toInt(300);
    return priced;
}

namespace PlanningCalls {
namespace {

const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kPost = QByteArrayLiteral("POST");
const QByteArray kDelete = QByteArrayLiteral("DELETE");

QString poolPath(const QString& poolId, const QString& tail)
{
    return QStringLiteral("/pools/") + QString::fromLatin1(QUrl::toPercentEncoding(poolId)) + tail;
}

QString ordersPath(const QString& poolId, const QString& orderId = {})
{
    QString tail = QStringLiteral("/seat-orders");
    if (!orderId.isEmpty())
        tail += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
    return poolPath(poolId, tail);
}

// Every call below co_awaits a named local in a plain declaration: GCC 12 mishandles temporaries
// inside co_await expressions.
QCoro::Task<ClientResult<SeatOrderInfo>> orderCall(GatewayClient& client, GatewayClient::HttpCall request)
{
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return SeatOrderInfo::fromJson(answer->json);
}

} // namespace

QCoro::Task<ClientResult<QList<PricedPool>>> pricedPools(GatewayClient& client)
{
    GatewayClient::HttpCall request{kGet, QStringLiteral("/pools"), {}, std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<PricedPool>(answer->json);
}

QCoro::Task<ClientResult<RightSizingInfo>> rightSizing(GatewayClient& client, QString poolId, RightSizingQuery query)
{
    GatewayClient::HttpCall request{kGet, poolPath(poolId, QStringLiteral("/right-sizing")), query.toUrlQuery(),
                                    std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return RightSizingInfo::fromJson(answer->json);
}

QCoro::Task<ClientResult<QList<SeatOrderInfo>>> seatOrders(GatewayClient& client, QString poolId)
{
    GatewayClient::HttpCall request{kGet, ordersPath(poolId), {}, std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return parseJsonList<SeatOrderInfo>(answer->json);
}

QCoro::Task<ClientResult<SeatOrderInfo>> placeSeatOrder(GatewayClient& client, QString poolId, int delta)
{
    const QJsonObject body{{QStringLiteral("delta"), delta}};
    GatewayClient::HttpCall request{kPost, ordersPath(poolId), {}, body, client.token()};
    const ClientResult<SeatOrderInfo> order = co_await orderCall(client, std::move(request));
    co_return order;
}

QCoro::Task<ClientResult<SeatOrderInfo>> cancelSeatOrder(GatewayClient& client, QString poolId, QString orderId)
{
    GatewayClient::HttpCall request{kDelete, ordersPath(poolId, orderId), {}, std::nullopt, client.token()};
    const ClientResult<SeatOrderInfo> order = co_await orderCall(client, std::move(request));
    co_return order;
}

QCoro::Task<ClientResult<AccountInfo>> account(GatewayClient& client)
{
    GatewayClient::HttpCall request{kGet, QStringLiteral("/account"), {}, std::nullopt, client.token()};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return AccountInfo::fromJson(answer->json);
}

} // namespace PlanningCalls
} // namespace seatwise
