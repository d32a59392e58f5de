#include "console/usage/UsagePeriod.h"

#include <QDateTime>

#include <array>
#include <vector>

namespace seatwise::UsagePeriods {
namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 nextLocalMidnight(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    return QDateTime(now.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

UsageRange rangeFor(UsagePeriod period, qint64 nowMs)
{
    switch (period) {
    case UsagePeriod::Day: {
        const qint64 to = (nowMs / kHourMs + 1) * kHourMs;
        return {to - kDayMs, to};
    }
    case UsagePeriod::Week: {
        const qint64 to = nextLocalMidnight(nowMs);
        return {to - 7 * kDayMs, to};
    }
    case UsagePeriod::Month: {
        const qint64 to = nextLocalMidnight(nowMs);
        return {to - 30 * kDayMs, to};
    }
    case UsagePeriod::Year: {
        const qint64 to = nextLocalMidnight(nowMs);
        return {to - 364 * kDayMs, to};
    }
    }
    return {nowMs - kDayMs, nowMs};
}

int tickIntervals(UsagePeriod period, double plotWidth, double minPixels)
{
    // Divisors of each period's length in its natural unit, so every tick lands on an hour or midnight.
    static const std::array<std::vector<int>, 4> choices{
        std::vector<int>{24, 12, 8, 6, 4, 2}, // Day: hours
        std::vector<int>{7, 1},               // Week: days
        std::vector<int>{15, 10, 6, 5, 3, 2}, // Month: 30 days
        std::vector<int>{13, 4, 2},           // Year: 52 weeks
    };
    for (int intervals : choices[std::size_t(period)])
        if (plotWidth / intervals >= minPixels)
            return intervals;
    return 1;
}

QString axisFormat(UsagePeriod period)
{
    switch (period) {
    case UsagePeriod::Day:
        return QStringLiteral("HH:mm");
    case UsagePeriod::Week:
        return QStringLiteral("ddd d MMM");
    case UsagePeriod::Month:
    case UsagePeriod::Year:
        return QStringLiteral("d MMM");
    }
    return QStringLiteral("d MMM");
}

QString axisFormatForSpan(qint64 spanMs)
{
    if (spanMs <= 36 * kHourMs)
        return QStringLiteral("ddd HH:mm");
    if (spanMs <= 10 * kDayMs)
        return QStringLiteral("ddd d, HH:mm");
    return QStringLiteral("d MMM");
}

QString key(UsagePeriod period)
{
    switch (period) {
    case UsagePeriod::Day:
        return QStringLiteral("day");
    case UsagePeriod::Week:
        return QStringLiteral("week");
    case UsagePeriod::Month:
        return QStringLiteral("month");
    case UsagePeriod::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("week");
}

UsagePeriod fromKey(const QString& text, UsagePeriod fallback)
{
    for (UsagePeriod period : {UsagePeriod::Day, UsagePeriod::Week, UsagePeriod::Month, UsagePeriod::Year})
        if (key(period) == text)
            return period;
    return fallback;
}

} // namespace seatwise::UsagePeriods
