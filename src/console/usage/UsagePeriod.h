#pragma once

#include <QString>

namespace seatwise {

// The periods the usage charts offer; each ends at the next whole hour (Day) or local midnight.
enum class UsagePeriod { Day, Week, Month, Year };

struct UsageRange {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 spanMs() const { return toMs - fromMs; }
};

namespace UsagePeriods {

// The period's range around `nowMs`, aligned so the axis ticks fall on whole hours or midnights
// (local time): Day 24 h to the next hour, Week 7 days, Month 30 days, Year 52 weeks to the next midnight.
UsageRange rangeFor(UsagePeriod period, qint64 nowMs);
// Tick intervals of the aligned range that leave at least `minPixels` per interval on `plotWidth`.
int tickIntervals(UsagePeriod period, double plotWidth, double minPixels = 70);
// QDateTime formats for the x axis: of a whole period, and of a zoomed span of `spanMs`.
QString axisFormat(UsagePeriod period);
QString axisFormatForSpan(qint64 spanMs);
// The wire name kept in the settings ("day", "week", "month", "year") and back.
QString key(UsagePeriod period);
UsagePeriod fromKey(const QString& key, UsagePeriod fallback = UsagePeriod::Week);

} // namespace UsagePeriods
} // namespace seatwise
