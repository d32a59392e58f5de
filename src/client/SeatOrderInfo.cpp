#include "client/SeatOrderInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<SeatOrderInfo> SeatOrderInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    SeatOrderInfo order;
    order.id = in.string(QLatin1String("id"));
    order.poolId = in.string(QLatin1String("pool"));
    order.delta = in.integer(QLatin1String("delta"));
    order.requestedAtMs = in.time(QLatin1String("requested_at"));
    order.effectiveAtMs = in.time(QLatin1String("effective_at"));
    order.status = in.word<OrderStatus>(QLatin1String("status"), OrderStatus::Pending);
    order.requestedBy = in.optionalString(QLatin1String("requested_by"));
    // Charges can pass 2^31 cents on large orders: read the full 64 bits.
    const QJsonValue cents = in.object().value(QLatin1String("prorated_cents"));
    if (!cents.isDouble())
        return badAnswer(QStringLiteral("seat order: field \"prorated_cents\" is missing or malformed"));
    order.proratedCents = cents.toInteger();
    if (!in.ok())
        return badAnswer(QStringLiteral("seat order: ") + in.problem());
    return order;
}

} // namespace seatwise
