#include "core/Downsample.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace seatwise;

namespace {

std::vector<QPointF> pointsOf(std::initializer_list<double> ys)
{
    std::vector<QPointF> points;
    double x = 0;
    for (double y : ys)
        points.emplace_back(x++, y);
    return points;
}

bool strictlyIncreasingX(const QList<QPointF>& points)
{
    return std::adjacent_find(points.cbegin(), points.cend(),
                              [](const QPointF& a, const QPointF& b) { return b.x() <= a.x(); }) == points.cend();
}

// A day-shaped random walk of `n` minutes with one spike, like a year of seats in use.
std::vector<QPointF> walk(qsizetype n, qsizetype spikeAt, double spike)
{
    QRandomGenerator random(42);
    std::vector<QPointF> points;
    points.reserve(std::size_t(n));
    double y = 20;
    for (qsizetype i = 0; i < n; ++i) {
        y = qBound(0.0, y + random.bounded(3) - 1 + 0.05 * std::sin(double(i) / 240.0), 40.0);
        points.emplace_back(double(i) * 60'000.0, i == spikeAt ? spike : std::round(y));
    }
    return points;
}

} // namespace

class TestDownsample final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lttbPicksTheLargestTriangles()
    {
        const auto points = pointsOf({0, 1, 0, 5, 0, 1, 0});
        const QList<QPointF> expected{{0, 0}, {2, 0}, {3, 5}, {6, 0}};
        QCOMPARE(lttb(points, 4), expected);
    }

    void lttbEdgeCases()
    {
        const auto points = pointsOf({3, 1, 4, 1, 5});
        QCOMPARE(lttb(points, 5), QList<QPointF>(points.begin(), points.end()));
        QCOMPARE(lttb(points, 50), QList<QPointF>(points.begin(), points.end()));
        QCOMPARE(lttb(points, 0), QList<QPointF>());
        QCOMPARE(lttb(points, -3), QList<QPointF>());
        QCOMPARE(lttb(points, 1), QList<QPointF>{QPointF(0, 3)});
        QCOMPARE(lttb(points, 2), (QList<QPointF>{QPointF(0, 3), QPointF(4, 5)}));
        QCOMPARE(lttb({}, 10), QList<QPointF>());
        const auto three = lttb(points, 3);
        QCOMPARE(three.size(), 3);
        QCOMPARE(three.first(), QPointF(0, 3));
        QCOMPARE(three.last(), QPointF(4, 5));
    }

    void minMaxKeepsEachColumnsExtremes()
    {
        const auto points = pointsOf({1, 5, 2, 0, 3, 3, 9, 4});
        const QList<QPointF> expected{{0, 1}, {1, 5}, {3, 0}, {4, 3}, {6, 9}, {7, 4}};
        QCOMPARE(minMaxPerColumn(points, 2), expected);
    }

    void minMaxEdgeCases()
    {
        const auto points = pointsOf({2, 8, 4});
        QCOMPARE(minMaxPerColumn(points, 0), QList<QPointF>(points.begin(), points.end()));
        QCOMPARE(minMaxPerColumn(points, 100), QList<QPointF>(points.begin(), points.end()));
        QCOMPARE(minMaxPerColumn({}, 10), QList<QPointF>());
        const std::vector<QPointF> one{{5, 7}};
        QCOMPARE(minMaxPerColumn(one, 10), QList<QPointF>{QPointF(5, 7)});
        // All at one x: one column with its lowest and highest between the ends.
        const std::vector<QPointF> sameX{{1, 4}, {1, 9}, {1, 0}, {1, 5}};
        const QList<QPointF> expected{{1, 4}, {1, 9}, {1, 0}, {1, 5}};
        QCOMPARE(minMaxPerColumn(sameX, 3), expected);
        // A flat series shrinks to its ends plus one point per column at most.
        std::vector<QPointF> flat;
        for (int i = 0; i < 1000; ++i)
            flat.emplace_back(i, 7);
        const auto sampled = minMaxPerColumn(flat, 10);
        QVERIFY(sampled.size() <= 12);
        QCOMPARE(sampled.first(), QPointF(0, 7));
        QCOMPARE(sampled.last(), QPointF(999, 7));
    }

    void peaksSurviveAndXStaysMonotonic()
    {
        const auto points = walk(100'000, 61'234, 99);
        const auto [lowest, highest] = std::minmax_element(
            points.cbegin(), points.cend(), [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
        const auto byMinMax = minMaxPerColumn(points, 800);
        QVERIFY(byMinMax.size() <= 2 * 800 + 2);
        QVERIFY(byMinMax.contains(*highest));
        QVERIFY(byMinMax.contains(*lowest));
        QVERIFY(strictlyIncreasingX(byMinMax));
        const auto byLttb = lttb(points, 1600);
        QCOMPARE(byLttb.size(), 1600);
        QVERIFY(byLttb.contains(QPointF(61'234 * 60'000.0, 99))); // the spike makes the largest triangle
        QVERIFY(strictlyIncreasingX(byLttb));
        QCOMPARE(byLttb.first(), points.front());
        QCOMPARE(byLttb.last(), points.back());
    }

    void sliceFindsTheRangeAndItsNeighbours()
    {
        const auto points = pointsOf({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        const auto inside = sliceX(points, 2.5, 6, false);
        QCOMPARE(inside.size(), std::size_t(4));
        QCOMPARE(inside.front().x(), 3.0);
        QCOMPARE(inside.back().x(), 6.0);
        const auto withNeighbours = sliceX(points, 2.5, 6);
        QCOMPARE(withNeighbours.size(), std::size_t(6));
        QCOMPARE(withNeighbours.front().x(), 2.0);
        QCOMPARE(withNeighbours.back().x(), 7.0);
        QCOMPARE(sliceX(points, 0, 9).size(), std::size_t(10));
        QCOMPARE(sliceX(points, 20, 30, false).size(), std::size_t(0));
        QCOMPARE(sliceX(points, 20, 30).size(), std::size_t(1)); // the last point, to draw up to the edge
        QCOMPARE(sliceX(points, -5, -1).front().x(), 0.0);
        QCOMPARE(sliceX({}, 0, 10).size(), std::size_t(0));
    }

    void aYearPerMinuteDownsamplesQuickly()
    {
        const qsizetype minutes = 525'600;
        const auto points = walk(minutes, 400'000, 60);
        QElapsedTimer timer;
        timer.start();
        const auto byLttb = lttb(points, 2000);
        const qint64 lttbMs = timer.restart();
        const auto byMinMax = minMaxPerColumn(points, 1000);
        const qint64 minMaxMs = timer.elapsed();
        qInfo("525,600 points: LTTB to 2000 in %lld ms, min/max per 1000 columns in %lld ms", lttbMs, minMaxMs);
        QCOMPARE(byLttb.size(), 2000);
        QVERIFY(strictlyIncreasingX(byLttb));
        QVERIFY(byMinMax.size() <= 2002);
        QVERIFY(byMinMax.contains(QPointF(400'000 * 60'000.0, 60)));
        QVERIFY2(lttbMs < 1000 && minMaxMs < 1000, "a year must downsample well within a frame budget");
        const auto visible = sliceX(points, 100'000 * 60'000.0, 110'080 * 60'000.0);
        QCOMPARE(visible.size(), std::size_t(10'083)); // a week of minutes plus a neighbour on each side
    }
};

QTEST_GUILESS_MAIN(TestDownsample)
#include "TestDownsample.moc"
