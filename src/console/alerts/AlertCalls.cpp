#include "console/alerts/AlertCalls.h"

#include "client/GatewayClient.h"
#include "client/JsonList.h"

#include <QJsonObject>

namespace seatwise::AlertCalls {

QCoro::Task<ClientResult<qint64>> payPerUseMinutes(GatewayClient& client)
{
    GatewayClient::HttpCall request{
        QByteArrayLiteral("GET"), QStringLiteral("/account/ppu"), {}, std::nullopt, client.token()};
    // A named local in a plain declaration: GCC 12 mishandles temporaries inside co_await.
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    if (!answer)
        co_return answer.error();
    const QJsonValue minutes = answer->json.toObject().value(QLatin1String("minutes"));
    if (!minutes.isDouble())
        co_return badAnswer(QStringLiteral("account/ppu: expected a number in \"minutes\""));
    co_return qint64(minutes.toDouble());
}

} // namespace seatwise::AlertCalls
