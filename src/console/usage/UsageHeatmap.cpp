#include "console/usage/UsageHeatmap.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace seatwise {
namespace {

constexpr qint64 kQuarterMs = 15 * 60'000;
constexpr qint64 kDayMs = 86'400'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

HeatmapGrid::HeatmapGrid()
{
    for (auto& row : peak)
        row.fill(-1);
    for (auto& row : seats)
        row.fill(0);
}

HeatmapGrid peakHeatmap(std::span<const UsagePoint> points, const QTimeZone& zone)
{
    HeatmapGrid grid;
    // Asking the zone for every minute of a year is slow; offsets only change on quarter hours.
    qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    qint64 offsetMs = 0;
    for (const UsagePoint& p : points) {
        const qint64 quarter = floorDiv(p.atMs, kQuarterMs);
        if (quarter != cachedQuarter) {
            cachedQuarter = quarter;
            offsetMs = zone.isValid() ? qint64(zone.offsetFromUtc(
                                            QDateTime::fromMSecsSinceEpoch(quarter * kQuarterMs, QTimeZone::utc()))) *
                                            1000
                                      : 0;
        }
        const qint64 local = p.atMs + offsetMs;
        const qint64 day = floorDiv(local, kDayMs);
        const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        const int hour = int((local - day * kDayMs) / 3'600'000);
        int& cell = grid.peak[weekday][hour];
        int& seats = grid.seats[weekday][hour];
        if (p.peak > cell || (p.peak == cell && p.seats > seats)) {
            cell = p.peak;
            seats = p.seats;
        }
        grid.maxPeak = std::max(grid.maxPeak, p.peak);
        grid.maxSeats = std::max(grid.maxSeats, p.seats);
    }
    return grid;
}

} // namespace seatwise
