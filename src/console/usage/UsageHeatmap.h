#pragma once

#include "client/UsagePoint.h"

#include <QTimeZone>

#include <array>
#include <span>

namespace seatwise {

// Peak seats in use per weekday and hour of the day over a period (max over every matching minute).
struct HeatmapGrid {
    static constexpr int kDays = 7; // 0 = Monday
    static constexpr int kHours = 24;
    std::array<std::array<int, kHours>, kDays> peak;  // -1: no minute of the period falls in the cell
    std::array<std::array<int, kHours>, kDays> seats; // seats owned at the cell's busiest, or most
    int maxPeak = 0;
    int maxSeats = 0;

    HeatmapGrid();
    bool hasData(int day, int hour) const { return peak[day][hour] >= 0; }
};

// Buckets each per-minute point by its weekday and hour in `zone`.
HeatmapGrid peakHeatmap(std::span<const UsagePoint> points, const QTimeZone& zone);

} // namespace seatwise
