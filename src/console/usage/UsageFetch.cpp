#include "console/usage/UsageFetch.h"

#include "client/GatewayClient.h"
#include "client/JsonList.h"
#include "core/IsoTime.h"

#include <QJsonObject>

#include <deque>

namespace seatwise {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The gateway prints times as "2026-11-23T08:50:00Z"; reading that shape by hand is ~20x faster than
// QDateTime::fromString, which matters for a year of minutes. Anything else goes to IsoTime::parse.
std::optional<qint64> parseTime(const QString& text)
{
    const auto digits = [&text](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' &&
        text.at(16) == u':' && text.at(19) == u'Z') {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
        const int h = digits(11, 2), mi = digits(14, 2), s = digits(17, 2);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 &&
            s < 61)
            return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60'000LL + s * 1000LL;
    }
    return IsoTime::parse(text);
}

ClientResult<QList<UsagePoint>> parsePoints(const QJsonArray& array)
{
    QList<UsagePoint> points;
    points.reserve(array.size());
    const QLatin1String t("t"), peak("peak"), seats("seats"), logins("logins"), denials("denials");
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const auto at = parseTime(object.value(t).toString());
        if (!at || !object.value(peak).isDouble())
            return badAnswer(QStringLiteral("usage point: field \"t\" or \"peak\" is missing or malformed"));
        points.append(UsagePoint{*at, object.value(peak).toInt(), object.value(seats).toInt(),
                                 object.value(logins).toInt(), object.value(denials).toInt()});
    }
    return points;
}

} // namespace

int UsageFetch::chunkCount(UsageRange range)
{
    return int(qMax<qint64>(1, (range.spanMs() + kChunkMs - 1) / kChunkMs));
}

QCoro::Task<ClientResult<QList<UsagePoint>>> UsageFetch::perMinute(QPointer<GatewayClient> client, QString poolId,
                                                                   UsageRange range,
                                                                   std::function<void(int, int)> progress,
                                                                   std::function<bool()> stillWanted)
{
    const int total = chunkCount(range);
    const auto ask = [&](int chunk) {
        UsageQuery query;
        query.pool = poolId;
        query.fromMs = range.fromMs + chunk * kChunkMs;
        query.toMs = qMin(range.toMs, query.fromMs + kChunkMs);
        query.stepS = 60;
        return client->usageJson(query);
    };
    // Two requests in flight: the gateway reads the next week while this thread parses the last one.
    std::deque<QCoro::Task<ClientResult<QJsonArray>>> inFlight;
    int asked = 0;
    QList<UsagePoint> all;
    for (int chunk = 0; chunk < total; ++chunk) {
        while (client && asked < total && inFlight.size() < kInFlight)
            inFlight.push_back(ask(asked++));
        if (inFlight.empty())
            co_return ClientError{0, QString(ClientErrorCode::Offline), QStringLiteral("the client was closed"), {}};
        QCoro::Task<ClientResult<QJsonArray>> next = std::move(inFlight.front());
        inFlight.pop_front();
        const ClientResult<QJsonArray> json = co_await next;
        if (!json)
            co_return json.error();
        auto points = parsePoints(json.value());
        if (!points)
            co_return points.error();
        if (all.isEmpty())
            all = std::move(points).value();
        else
            all.append(points.value());
        if (progress)
            progress(chunk + 1, total);
        if (stillWanted && !stillWanted())
            break;
    }
    co_return all;
}

} // namespace seatwise
