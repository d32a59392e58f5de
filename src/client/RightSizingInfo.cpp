#include "client/RightSizingInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

#include <QJsonArray>

namespace seatwise {

QString RightSizingQuery::peakWord(PeakChoice peak)
{
    switch (peak) {
    case PeakChoice::Max:
        return QStringLiteral("max");
    case PeakChoice::P95:
        return QStringLiteral("p95");
    case PeakChoice::P99:
        return QStringLiteral("p99");
    }
    return QStringLiteral("max");
}

QUrlQuery RightSizingQuery::toUrlQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("window_days"), QString::number(windowDays));
    query.addQueryItem(QStringLiteral("peak"), peakWord(peak));
    // Two decimals: what the slider sets (whole percents), without binary noise such as 0.15000000000000002.
    query.addQueryItem(QStringLiteral("buffer"), QString::number(buffer, 'f', 2));
    query.addQueryItem(QStringLiteral("growth_months"), QString::number(growthMonths));
    return query;
}

ClientResult<RightSizingInfo> RightSizingInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    JsonReader in(object);
    RightSizingInfo info;
    info.recommendedSeats = in.integer(QLatin1String("recommended_seats"));
    info.currentSeats = in.integer(QLatin1String("current_seats"));
    info.denials = in.optionalInteger(QLatin1String("denials"), 0);
    info.windowDays = in.optionalInteger(QLatin1String("window_days"), 0);
    info.daysWithData = in.optionalInteger(QLatin1String("days_with_data"), 0);
    info.explanation = in.optionalString(QLatin1String("explanation"));
    if (!in.ok())
        return badAnswer(QStringLiteral("right-sizing: ") + in.problem());
    info.peak = object.value(QLatin1String("peak")).toDouble();
    info.buffer = object.value(QLatin1String("buffer")).toDouble();
    info.growth = object.value(QLatin1String("growth")).toDouble();
    info.utilisation = object.value(QLatin1String("utilisation")).toDouble();
    info.idleSeatHours = object.value(QLatin1String("idle_seat_hours")).toDouble();
    const QJsonArray hours = object.value(QLatin1String("busiest_hours_utc")).toArray();
    for (const QJsonValue& hour : hours)
        info.busiestHoursUtc.append(hour.toInt());
    return info;
}

} // namespace seatwise
