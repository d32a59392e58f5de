#pragma once

#include "client/UsagePoint.h"

#include <QList>
#include <QPointF>

#include <span>
#include <vector>

namespace seatwise {

// The full per-minute usage of one period, kept outside the chart: the series only ever get the
// few points of the visible range that sample() picks. x values are ms since the epoch (UTC).
class UsageTimeline final {
public:
    // What the chart draws for a visible range.
    struct Sampled {
        QList<QPointF> inUse;   // peak seats in use, min/max per pixel column (peaks survive)
        QList<QPointF> seats;   // seats owned, as a staircase
        QList<QPointF> denials; // (minute, seats in use) of minutes with denials, one per 8 px when crowded
    };
    enum class Method { MinMax, Lttb };
    static constexpr int kMarkerPixels = 8;

    UsageTimeline() = default;
    // Takes the points of [fromMs, toMs) as the gateway answered them (sorted by time).
    void setPoints(QList<UsagePoint> points, qint64 fromMs, qint64 toMs);
    void clear();

    const QList<UsagePoint>& points() const { return m_points; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    bool isEmpty() const { return m_points.isEmpty(); }

    std::span<const QPointF> inUse() const { return m_inUse; }
    std::span<const QPointF> seatSteps() const { return m_seatSteps; }
    std::span<const QPointF> denialMinutes() const { return m_denials; }
    int maxPeak() const { return m_maxPeak; }
    int maxSeats() const { return m_maxSeats; }
    int totalDenials() const { return m_totalDenials; }
    // The point of the minute at `ms`, or nullptr.
    const UsagePoint* pointAt(qint64 ms) const;

    // The visible range [fromMs, toMs] for a plot `columns` pixels wide: at most about 2 points per
    // column per line (plus the neighbours just outside, so lines reach the edges).
    Sampled sample(qint64 fromMs, qint64 toMs, int columns, Method method = Method::MinMax) const;

private:
    QList<UsagePoint> m_points;
    std::vector<QPointF> m_inUse;
    std::vector<QPointF> m_seatSteps;
    std::vector<QPointF> m_denials;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_maxPeak = 0;
    int m_maxSeats = 0;
    int m_totalDenials = 0;
};

} // namespace seatwise
