#include "RightSizing.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace seatwise {

namespace {

constexpr double kDayMs = 86'400'000.0;
constexpr double kDaysPerMonth = 30.4375; // 365.25 / 12
// Products like 50 x 1.10 (55.00000000000001) land a hair above a whole number; without this ceil would
// add a seat.
constexpr double kFuzz = 1e-9;
// Idle seat-hours are worth acting on once they average a seat-hour a day: that is a seat paid for
// but not used for a meaningful part of every day.
constexpr double kLargeIdleSeatHoursPerDay = 1.0;

struct Trend {
    bool enoughData = false;
    double atLastDay = 0; // F0
    double projected = 0; // F1
};

Trend fitTrend(const QList<DailyPeak>& peaks, int months)
{
    Trend trend;
    const qsizetype n = peaks.size();
    if (n < kMinTrendDays)
        return trend;
    trend.enoughData = true;
    // Calendar days from the first peak, so days without usage stay gaps instead of being squeezed out.
    QList<double> xs;
    xs.reserve(n);
    for (const DailyPeak& p : peaks)
        xs.append(double(std::llround((p.dayStartMs - peaks.first().dayStartMs) / kDayMs)));
    double xMean = 0;
    double yMean = 0;
    for (qsizetype i = 0; i < n; ++i) {
        xMean += xs[i] / n;
        yMean += double(peaks[i].peak) / n;
    }
    double sxx = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxx += (xs[i] - xMean) * (xs[i] - xMean);
        sxy += (xs[i] - xMean) * (peaks[i].peak - yMean);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    const double lastDay = xs.last();
    trend.atLastDay = yMean + slope * (lastDay - xMean);
    trend.projected = trend.atLastDay + slope * months * kDaysPerMonth;
    return trend;
}

double growthOf(const Trend& trend)
{
    if (!trend.enoughData || trend.atLastDay <= 0)
        return 0;
    return std::max(0.0, trend.projected / trend.atLastDay - 1);
}

double chosenPeak(const QList<DailyPeak>& peaks, PeakChoice choice)
{
    QList<int> values;
    values.reserve(peaks.size());
    for (const DailyPeak& p : peaks)
        values.append(p.peak);
    switch (choice) {
    case PeakChoice::P95:
        return percentileNearestRank(values, 0.95);
    case PeakChoice::P99:
        return percentileNearestRank(values, 0.99);
    case PeakChoice::Max:
        break;
    }
    return percentileNearestRank(values, 1.0);
}

std::optional<Error> validate(const SizingInput& input)
{
    // Written so that NaN fails too.
    if (!(input.buffer >= 0.10 - kFuzz && input.buffer <= 0.20 + kFuzz))
        return makeError(ErrorCode::BadRequest, QStringLiteral("The buffer must be between 10 % and 20 %."));
    if (input.growthMonths != 6 && input.growthMonths != 12)
        return makeError(ErrorCode::BadRequest, QStringLiteral("Growth is projected over 6 or 12 months."));
    if (input.currentSeats < 0 || input.denials < 0 || !(input.idleSeatHours >= 0) || !(input.averageInUse >= 0))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Seats, denials, idle seat-hours and average use cannot be negative."));
    return std::nullopt;
}

int roundUpSeats(double seats)
{
    const double rounded = std::ceil(seats - kFuzz);
    // A runaway trend (F0 barely above zero) can project absurd numbers; cap rather than overflow.
    if (rounded >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return std::max(0, int(rounded));
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}
QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1);
}
QString seats(double count)
{
    return count == 1 ? QStringLiteral("1 seat") : QStringLiteral("%1 seats").arg(QString::number(count));
}

QString peakSentence(const SizingInput& input, double peak)
{
    const qsizetype days = input.dailyPeaks.size();
    if (days == 0)
        return QStringLiteral("There is no usage in the window, so the peak is 0.");
    switch (input.peakChoice) {
    case PeakChoice::P95:
        return QStringLiteral("The 95th percentile of %1 daily peaks is %2; the busiest 5 % of days are "
                              "treated as one-offs.")
            .arg(days)
            .arg(seats(peak));
    case PeakChoice::P99:
        return QStringLiteral("The 99th percentile of %1 daily peaks is %2; the busiest 1 % of days are "
                              "treated as one-offs.")
            .arg(days)
            .arg(seats(peak));
    case PeakChoice::Max:
        break;
    }
    return QStringLiteral("The highest of %1 daily peaks is %2.").arg(days).arg(seats(peak));
}

QString growthSentence(const SizingInput& input, const Trend& trend, double growth)
{
    if (!trend.enoughData)
        return QStringLiteral("No growth is added: %1 days of data are too little to trend (at least %2 are needed).")
            .arg(input.dailyPeaks.size())
            .arg(kMinTrendDays);
    if (trend.atLastDay <= 0)
        return QStringLiteral("No growth is added: the trend of daily peaks ends at or below zero.");
    if (growth <= 0)
        return QStringLiteral("No growth is added: the trend of daily peaks is flat or falling.");
    return QStringLiteral("The linear trend of daily peaks adds %1 % over the next %2 months.")
        .arg(percent(growth))
        .arg(input.growthMonths);
}

QString denialSentence(int denials)
{
    if (denials == 0)
        return QStringLiteral("No logins were denied for lack of a seat.");
    if (denials == 1)
        return QStringLiteral("1 login was denied for lack of a seat.");
    return QStringLiteral("%1 logins were denied for lack of a seat.").arg(denials);
}

QString utilisationSentence(const SizingInput& input, double utilisation)
{
    if (input.currentSeats == 0)
        return QStringLiteral("There are no seats yet, so utilisation is 0 %.");
    return QStringLiteral("On average %1 of %2 were in use (%3 % utilisation).")
        .arg(number(input.averageInUse), seats(input.currentSeats), percent(utilisation));
}

QString idleSentence(const SizingInput& input)
{
    if (input.idleSeatHours <= 0)
        return QStringLiteral("Inactive sessions held no seat-hours.");
    const double days = std::max<qsizetype>(1, input.dailyPeaks.size());
    if (input.idleSeatHours / days >= kLargeIdleSeatHoursPerDay)
        return QStringLiteral("Inactive sessions held %1 seat-hours; signing out inactive users would free "
                              "those seats before buying more.")
            .arg(number(input.idleSeatHours));
    return QStringLiteral("Inactive sessions held %1 seat-hours.").arg(number(input.idleSeatHours));
}

QString busiestSentence(const QList<int>& hours)
{
    if (hours.isEmpty())
        return {};
    QStringList labels;
    for (int hour : hours)
        labels.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    return QStringLiteral("Shifts overlap most at %1 UTC.").arg(labels.join(QStringLiteral(", ")));
}

QString verdictSentence(int recommended, int current)
{
    if (recommended > current)
        return QStringLiteral("Add %1: %2 recommended, %3 today.")
            .arg(seats(recommended - current))
            .arg(recommended)
            .arg(current);
    if (recommended < current)
        return QStringLiteral("Remove %1: %2 recommended, %3 today.")
            .arg(seats(current - recommended))
            .arg(recommended)
            .arg(current);
    return QStringLiteral("Keep the current %1.").arg(seats(current));
}

QString explain(const SizingInput& input, const SizingAdvice& advice, const Trend& trend)
{
    QStringList sentences{
        peakSentence(input, advice.peak),
        QStringLiteral("A %1 % buffer covers unexpected peaks.").arg(QString::number(qRound(advice.buffer * 100))),
        growthSentence(input, trend, advice.growth),
        denialSentence(advice.denials),
        utilisationSentence(input, advice.utilisation),
        idleSentence(input),
        busiestSentence(advice.busiestHoursUtc),
        verdictSentence(advice.recommendedSeats, advice.currentSeats),
    };
    sentences.removeAll(QString());
    return sentences.join(QLatin1Char(' '));
}

} // namespace

double percentileNearestRank(QList<int> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    // 0.07 x 100 is 7.000000000000001 in binary; the fuzz keeps it rank 7.
    const auto rank = qsizetype(std::ceil(std::clamp(p, 0.0, 1.0) * n - kFuzz));
    return values[std::clamp<qsizetype>(rank, 1, n) - 1];
}

double linearGrowth(const QList<DailyPeak>& peaks, int months)
{
    return growthOf(fitTrend(peaks, months));
}

Result<SizingAdvice> recommendSeats(const SizingInput& input)
{
    if (const auto error = validate(input))
        return *error;
    const Trend trend = fitTrend(input.dailyPeaks, input.growthMonths);

    SizingAdvice advice;
    advice.currentSeats = input.currentSeats;
    advice.peak = chosenPeak(input.dailyPeaks, input.peakChoice);
    advice.buffer = input.buffer;
    advice.growth = growthOf(trend);
    advice.recommendedSeats = roundUpSeats(advice.peak * (1 + advice.buffer) * (1 + advice.growth));
    advice.denials = input.denials;
    advice.utilisation = input.currentSeats > 0 ? input.averageInUse / input.currentSeats : 0;
    advice.idleSeatHours = input.idleSeatHours;
    advice.busiestHoursUtc = input.busiestHoursUtc;
    advice.explanation = explain(input, advice, trend);
    return advice;
}

} // namespace seatwise
