#include "core/Downsample.h"

#include <algorithm>
#include <cmath>

namespace seatwise {

QList<QPointF> lttb(std::span<const QPointF> points, int threshold)
{
    const qsizetype n = qsizetype(points.size());
    if (threshold <= 0 || n == 0)
        return {};
    if (threshold >= n)
        return QList<QPointF>(points.begin(), points.end());
    if (threshold == 1)
        return {points.front()};
    if (threshold == 2)
        return {points.front(), points.back()};

    QList<QPointF> sampled;
    sampled.reserve(threshold);
    sampled.append(points.front());
    // The points between the fixed ends fall into threshold - 2 buckets; each gives the point that
    // makes the largest triangle with the point kept before it and the average of the next bucket.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype kept = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const qsizetype nextStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const qsizetype nextEnd = std::min<qsizetype>(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        const qsizetype nextCount = nextEnd - nextStart;
        avgX /= double(nextCount);
        avgY /= double(nextCount);

        const qsizetype start = qsizetype(std::floor(bucket * every)) + 1;
        const qsizetype end = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const QPointF a = points[kept];
        double largest = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area =
                std::abs((a.x() - avgX) * (points[i].y() - a.y()) - (a.x() - points[i].x()) * (avgY - a.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        sampled.append(points[chosen]);
        kept = chosen;
    }
    sampled.append(points.back());
    return sampled;
}

QList<QPointF> minMaxPerColumn(std::span<const QPointF> points, int columns)
{
    const qsizetype n = qsizetype(points.size());
    if (columns <= 0 || n <= 2)
        return QList<QPointF>(points.begin(), points.end());

    const double x0 = points.front().x();
    const double width = points.back().x() - x0;
    QList<QPointF> sampled;
    sampled.reserve(std::min<qsizetype>(n, 2 * qsizetype(columns) + 2));
    qsizetype lastEmitted = -1;
    const auto keep = [&](qsizetype index) {
        if (index > lastEmitted) {
            sampled.append(points[index]);
            lastEmitted = index;
        }
    };
    const auto columnOf = [&](double x) {
        if (width <= 0)
            return 0;
        return std::min(columns - 1, int((x - x0) / width * columns));
    };

    keep(0);
    int column = columnOf(points[0].x());
    qsizetype lowest = 0;
    qsizetype highest = 0;
    const auto flush = [&] {
        keep(std::min(lowest, highest));
        keep(std::max(lowest, highest));
    };
    for (qsizetype i = 1; i < n; ++i) {
        const int c = columnOf(points[i].x());
        if (c != column) {
            flush();
            column = c;
            lowest = highest = i;
            continue;
        }
        if (points[i].y() < points[lowest].y())
            lowest = i;
        if (points[i].y() > points[highest].y())
            highest = i;
    }
    flush();
    keep(n - 1);
    return sampled;
}

std::span<const QPointF> sliceX(std::span<const QPointF> sorted, double from, double to, bool neighbours)
{
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    auto first = std::lower_bound(sorted.begin(), sorted.end(), from, byX);
    auto last =
        std::upper_bound(sorted.begin(), sorted.end(), to, [](double x, const QPointF& p) { return x < p.x(); });
    if (first > last)
        return {};
    if (neighbours) {
        if (first != sorted.begin())
            --first;
        if (last != sorted.end())
            ++last;
    }
    return sorted.subspan(std::size_t(first - sorted.begin()), std::size_t(last - first));
}

} // namespace seatwise
