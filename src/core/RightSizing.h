#pragma once

#include "Error.h"

#include <QList>
#include <QString>

// R18: how many seats a pool should have, from its usage history (R17), with the evidence.
namespace seatwise {

enum class PeakChoice { Max, P95, P99 };

struct DailyPeak {
    qint64 dayStartMs = 0; // start of the day, ms since the epoch (UTC)
    int peak = 0;          // highest concurrent seats in use that day
};

struct SizingInput {
    QList<DailyPeak> dailyPeaks; // one per day that has usage, oldest first, over the window
    int currentSeats = 0;
    PeakChoice peakChoice = PeakChoice::Max;
    double buffer = 0.15;       // 0.10-0.20
    int growthMonths = 6;       // 6 or 12
    int denials = 0;            // logins refused for lack of a seat; evidence, passed through
    double idleSeatHours = 0;   // seat-hours held by inactive sessions; evidence, passed through
    double averageInUse = 0;    // for utilisation
    QList<int> busiestHoursUtc; // shift overlaps; evidence, passed through
};

struct SizingAdvice {
    int recommendedSeats = 0;
    int currentSeats = 0;
    double peak = 0;   // the chosen P
    double buffer = 0; // fraction, e.g. 0.15
    double growth = 0; // fraction over growthMonths, e.g. 0.08
    int denials = 0;
    double utilisation = 0; // averageInUse / currentSeats, 0 without seats
    double idleSeatHours = 0;
    QList<int> busiestHoursUtc;
    QString explanation; // plain sentences naming the evidence
};

// recommended = ceil(P x (1 + buffer) x (1 + growth)). BadRequest when buffer or growthMonths is out of range
// or a count is negative.
Result<SizingAdvice> recommendSeats(const SizingInput& input);

// Helpers, exposed for tests and the console's what-if slider.

// The ceil(p x n)-th smallest value (nearest rank); p is clamped to (0, 1]; 0 for an empty list.
double percentileNearestRank(QList<int> values, double p);
// Least-squares line through (day, peak), days counted from the first peak's day so gaps stay gaps;
// growth = max(0, F1 / F0 - 1) with F0 the fitted value at the last day and F1 the value months x 30.4375
// days later. 0 with fewer than kMinTrendDays peaks or F0 <= 0.
double linearGrowth(const QList<DailyPeak>& peaks, int months);

inline constexpr int kMinTrendDays = 14;

} // namespace seatwise
