#include "client/UsagePoint.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"
#include "core/IsoTime.h"

namespace seatwise {

ClientResult<UsagePoint> UsagePoint::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    UsagePoint point;
    point.atMs = in.time(QLatin1String("t"));
    point.peak = in.integer(QLatin1String("peak"));
    point.seats = in.optionalInteger(QLatin1String("seats"), 0);
    point.logins = in.optionalInteger(QLatin1String("logins"), 0);
    point.denials = in.optionalInteger(QLatin1String("denials"), 0);
    if (!in.ok())
        return badAnswer(QStringLiteral("usage point: ") + in.problem());
    return point;
}

QUrlQuery UsageQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (!pool.isEmpty())
        query.addQueryItem(QStringLiteral("pool"), pool);
    if (fromMs > 0)
        query.addQueryItem(QStringLiteral("from"), IsoTime::format(fromMs));
    if (toMs > 0)
        query.addQueryItem(QStringLiteral("to"), IsoTime::format(toMs));
    if (stepS > 0)
        query.addQueryItem(QStringLiteral("step"), QString::number(stepS));
    return query;
}

} // namespace seatwise
