// loadgen's latency percentiles: within 2 % of the exact nearest-rank ones, in constant memory.
#include "cli/LatencyHistogram.h"

#include <QTest>

using seatwise::LatencyHistogram;

class TestLatencyHistogram final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentilesAreWithinTwoPercent()
    {
        LatencyHistogram histogram;
        for (qint64 ms = 1; ms <= 1000; ++ms)
            histogram.add(ms * 1000);
        QCOMPARE(histogram.count(), 1000);
        const auto near = [](double actual, double expected) { return std::abs(actual - expected) <= expected * 0.02; };
        QVERIFY2(near(histogram.percentileMs(0.5), 500), qPrintable(QString::number(histogram.percentileMs(0.5))));
        QVERIFY2(near(histogram.percentileMs(0.99), 990), qPrintable(QString::number(histogram.percentileMs(0.99))));
        QCOMPARE(histogram.percentileMs(1.0), 1000.0); // never above the largest sample
    }

    void mergesAndClears()
    {
        LatencyHistogram fast;
        LatencyHistogram slow;
        for (int i = 0; i < 99; ++i)
            fast.add(100);   // 0.1 ms
        slow.add(2'000'000); // 2 s
        fast.add(slow);
        QCOMPARE(fast.count(), 100);
        QVERIFY(fast.percentileMs(0.99) < 0.11);
        QCOMPARE(fast.percentileMs(1.0), 2000.0);
        fast.clear();
        QCOMPARE(fast.count(), 0);
        QCOMPARE(fast.percentileMs(0.5), 0.0);
    }

    void outOfRangeSamplesStayCounted()
    {
        LatencyHistogram histogram;
        histogram.add(-5);            // clock trouble: counted as 1 us
        histogram.add(3'600'000'000); // an hour: the last bucket
        QCOMPARE(histogram.count(), 2);
        QVERIFY(histogram.percentileMs(0.5) < 0.01);
        QCOMPARE(histogram.percentileMs(1.0), 3'600'000.0);
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "TestLatencyHistogram.moc"
