#include "console/usage/UsageTimeline.h"

#include "core/Downsample.h"

#include <algorithm>
#include <cmath>

namespace seatwise {

void UsageTimeline::setPoints(QList<UsagePoint> points, qint64 fromMs, qint64 toMs)
{
    clear();
    m_points = std::move(points);
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_inUse.reserve(std::size_t(m_points.size()));
    for (const UsagePoint& p : std::as_const(m_points)) {
        const double x = double(p.atMs);
        m_inUse.emplace_back(x, p.peak);
        // Seats change rarely: keep only the corners of the staircase.
        if (m_seatSteps.empty() || m_seatSteps.back().y() != p.seats) {
            if (!m_seatSteps.empty())
                m_seatSteps.emplace_back(x, m_seatSteps.back().y());
            m_seatSteps.emplace_back(x, p.seats);
        }
        if (p.denials > 0)
            m_denials.emplace_back(x, p.peak);
        m_maxPeak = std::max(m_maxPeak, p.peak);
        m_maxSeats = std::max(m_maxSeats, p.seats);
        m_totalDenials += p.denials;
    }
    if (!m_points.isEmpty() && m_seatSteps.back().x() < m_points.constLast().atMs)
        m_seatSteps.emplace_back(double(m_points.constLast().atMs), m_points.constLast().seats);
}

void UsageTimeline::clear()
{
    m_points.clear();
    m_inUse.clear();
    m_seatSteps.clear();
    m_denials.clear();
    m_fromMs = m_toMs = 0;
    m_maxPeak = m_maxSeats = m_totalDenials = 0;
}

const UsagePoint* UsageTimeline::pointAt(qint64 ms) const
{
    const auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), ms,
                                     [](const UsagePoint& p, qint64 at) { return p.atMs < at; });
    if (it == m_points.cend() || it->atMs - ms >= 60'000)
        return nullptr;
    return &*it;
}

UsageTimeline::Sampled UsageTimeline::sample(qint64 fromMs, qint64 toMs, int columns, Method method) const
{
    columns = std::max(columns, 2);
    Sampled sampled;
    const auto inUse = sliceX(m_inUse, double(fromMs), double(toMs));
    sampled.inUse = method == Method::Lttb ? lttb(inUse, 2 * columns) : minMaxPerColumn(inUse, columns);
    const auto seats = sliceX(m_seatSteps, double(fromMs), double(toMs));
    // A staircase with more corners than pixels (seats changing every few minutes) is thinned too.
    sampled.seats = qsizetype(seats.size()) > 2 * columns ? minMaxPerColumn(seats, columns)
                                                          : QList<QPointF>(seats.begin(), seats.end());
    // Every minute with denials while they are sparse; when they crowd (a year), one marker per
    // marker width, so the seats line under them stays visible.
    const auto denials = sliceX(m_denials, double(fromMs), double(toMs), false);
    if (qsizetype(denials.size()) <= columns / 4) {
        sampled.denials = QList<QPointF>(denials.begin(), denials.end());
    } else {
        const double bucketMs = double(toMs - fromMs) / double(std::max(1, columns / kMarkerPixels));
        double nextBucket = -1;
        for (const QPointF& p : denials) {
            if (p.x() < nextBucket)
                continue;
            sampled.denials.append(p);
            nextBucket = double(fromMs) + (std::floor((p.x() - double(fromMs)) / bucketMs) + 1) * bucketMs;
        }
    }
    return sampled;
}

} // namespace seatwise
