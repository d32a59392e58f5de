#include "core/RightSizing.h"

#include <QTest>

#include <cmath>

using namespace seatwise;

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kMonday = 1'767'571'200'000; // 2026-01-05T00:00:00Z, a Monday

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance;
}

// Peaks on consecutive days from kMonday, or on the given day offsets.
QList<DailyPeak> series(const QList<int>& peaks, const QList<int>& days = {})
{
    QList<DailyPeak> out;
    for (qsizetype i = 0; i < peaks.size(); ++i)
        out.append(DailyPeak{kMonday + (days.isEmpty() ? i : days[i]) * kDayMs, peaks[i]});
    return out;
}

// 120 days of a call centre from Monday 2026-01-05 (day 0):
// - weekdays (d % 7 = 0..4): 38, 41, 42, 40, 39 by weekday, plus floor(d / 20): the +0.05 seats/day trend;
// - Saturdays 11, Sundays 9;
// - an event on day 100 (a Wednesday that would have been 42 + 5 = 47) peaks at 90.
QList<DailyPeak> callCentreHistory()
{
    const int weekday[] = {38, 41, 42, 40, 39};
    QList<int> peaks;
    for (int d = 0; d < 120; ++d) {
        const int dow = d % 7;
        peaks.append(dow < 5 ? weekday[dow] + d / 20 : (dow == 5 ? 11 : 9));
    }
    peaks[100] = 90;
    return series(peaks);
}

SizingInput input(QList<DailyPeak> peaks, PeakChoice choice = PeakChoice::Max, int months = 6)
{
    SizingInput in;
    in.dailyPeaks = std::move(peaks);
    in.currentSeats = 50;
    in.peakChoice = choice;
    in.growthMonths = months;
    return in;
}

} // namespace

class TestRightSizing final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentileNearestRank_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");

        // Rank ceil(p x n) of the sorted list; input order does not matter.
        const QList<int> five{35, 20, 50, 15, 40};               // sorted: 15 20 35 40 50
        QTest::newRow("5 %") << five << 0.05 << 15.0;            // rank ceil(0.25) = 1
        QTest::newRow("30 %") << five << 0.30 << 20.0;           // rank ceil(1.5) = 2
        QTest::newRow("40 %") << five << 0.40 << 20.0;           // rank 2 exactly
        QTest::newRow("50 %") << five << 0.50 << 35.0;           // rank ceil(2.5) = 3
        QTest::newRow("100 %") << five << 1.0 << 50.0;           // rank 5
        const QList<int> ten{20, 3, 16, 8, 13, 7, 8, 15, 10, 6}; // sorted: 3 6 7 8 8 10 13 15 16 20
        QTest::newRow("p25 of 10") << ten << 0.25 << 7.0;        // rank 3
        QTest::newRow("p50 of 10") << ten << 0.50 << 8.0;        // rank 5
        QTest::newRow("p75 of 10") << ten << 0.75 << 15.0;       // rank 8
        QTest::newRow("p95 of 10") << ten << 0.95 << 20.0;       // rank ceil(9.5) = 10
        QList<int> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred.append(i);
        // 0.07 x 100 is 7.000000000000001 in floating point; the rank is still 7.
        QTest::newRow("fuzz") << hundred << 0.07 << 7.0;
        QTest::newRow("p95 of 100") << hundred << 0.95 << 95.0;
        QTest::newRow("p99 of 100") << hundred << 0.99 << 99.0;
        QTest::newRow("empty") << QList<int>{} << 0.95 << 0.0;
        QTest::newRow("one value") << QList<int>{7} << 0.5 << 7.0;
    }

    void percentileNearestRank()
    {
        QFETCH(QList<int>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(seatwise::percentileNearestRank(values, p), expected);
    }

    // Peaks 1000 + 2d for d = 0..29: the fit is the series itself, F0 = 1058 on day 29.
    // 6 months = 182.625 days: F1 = 1058 + 365.25, growth = 365.25 / 1058 = 0.345227
    // 12 months = 365.25 days: F1 = 1058 + 730.5, growth = 730.5 / 1058 = 0.690454
    void growthOfALinearSeries()
    {
        QList<int> peaks;
        for (int d = 0; d < 30; ++d)
            peaks.append(1000 + 2 * d);
        QVERIFY(near(linearGrowth(series(peaks), 6), 365.25 / 1058));
        QVERIFY(near(linearGrowth(series(peaks), 12), 730.5 / 1058));
    }

    // Days are calendar days, not list positions: 100 + d on the 15 even days 0..28 is still +1 a day.
    // F0 = 128 on day 28; 6 months: growth = 182.625 / 128 = 1.426758
    void growthCountsCalendarDays()
    {
        QList<int> peaks;
        QList<int> days;
        for (int d = 0; d <= 28; d += 2) {
            peaks.append(100 + d);
            days.append(d);
        }
        QVERIFY(near(linearGrowth(series(peaks, days), 6), 182.625 / 128));
    }

    void noGrowthWithoutATrend()
    {
        QList<int> flat(30, 40);
        QCOMPARE(linearGrowth(series(flat), 6), 0.0);

        QList<int> falling;
        for (int d = 0; d < 30; ++d)
            falling.append(60 - d);
        QCOMPARE(linearGrowth(series(falling), 12), 0.0);

        // One busy day then nothing: the fitted line ends below zero (F0 = 5 - 1.357 x 9.5 = -7.9) and keeps falling,
        // so F1 / F0 - 1 would be positive without the F0 <= 0 guard.
        QList<int> oneBusyDay(20, 0);
        oneBusyDay[0] = 100;
        QCOMPARE(linearGrowth(series(oneBusyDay), 6), 0.0);
        auto advice = recommendSeats(input(series(oneBusyDay)));
        QVERIFY(advice.ok());
        QVERIFY2(advice->explanation.contains(QStringLiteral("ends at or below zero")),
                 qPrintable(advice->explanation));

        // 13 days are too few, however steep.
        QList<int> short13;
        for (int d = 0; d < 13; ++d)
            short13.append(10 + 5 * d);
        QCOMPARE(linearGrowth(series(short13), 6), 0.0);
        short13.append(75);
        QVERIFY(linearGrowth(series(short13), 6) > 0);
    }

    // The 120-day call-centre history, by hand (x = day 0..119, y = peak, n = 120):
    //   Σx = 7140, Σx² = 568820.
    //   Σy = 4032: Saturdays 17 x 11 + Sundays 17 x 9 = 340; weekday bases 17 weeks x 200 + day 119 (Monday) 38 = 3438;
    //        Σ floor(d/20) over weekdays = 211; the event adds 90 - 47 = 43.
    //   Σxy = 244376.
    //   slope b = (nΣxy - ΣxΣy) / (nΣx² - (Σx)²) = (29325120 - 28788480) / (68258400 - 50979600)
    //           = 536640 / 17278800 = 2236 / 71995 = 0.0310577
    //   intercept a = (Σy - bΣx) / n = 3842 / 121 = 31.75207
    //   F0 = a + 119b = 35.44793
    //   6 months:  F1 = F0 + 182.625b = 41.11985, growth = 0.160007
    //   12 months: F1 = F0 + 365.25b  = 46.79176, growth = 0.320014
    // Sorted peaks end ... 45 x 9, 46 x 4 (Tuesdays 106, 113; Wednesdays 86, 93), 47 x 2 (Wednesdays 107, 114), 90:
    //   max = 90 (rank 120), p95 = rank ceil(114) = 46, p99 = rank ceil(118.8) = 119 = 47.
    // Recommended = ceil(P x 1.15 x (1 + growth)):
    //   max: 90 x 1.15 x 1.160007 = 120.06 -> 121   |  12 months: 90 x 1.15 x 1.320014 = 136.62 -> 137
    //   p95: 46 x 1.15 x 1.160007 =  61.36 ->  62   |  12 months: 46 x 1.15 x 1.320014 =  69.83 ->  70
    //   p99: 47 x 1.15 x 1.160007 =  62.70 ->  63   |  12 months: 47 x 1.15 x 1.320014 =  71.35 ->  72
    void callCentreHistory_data()
    {
        QTest::addColumn<PeakChoice>("choice");
        QTest::addColumn<int>("months");
        QTest::addColumn<double>("peak");
        QTest::addColumn<double>("growth");
        QTest::addColumn<int>("recommended");

        QTest::newRow("max, 6 months") << PeakChoice::Max << 6 << 90.0 << 0.160007 << 121;
        QTest::newRow("p95, 6 months") << PeakChoice::P95 << 6 << 46.0 << 0.160007 << 62;
        QTest::newRow("p99, 6 months") << PeakChoice::P99 << 6 << 47.0 << 0.160007 << 63;
        QTest::newRow("max, 12 months") << PeakChoice::Max << 12 << 90.0 << 0.320014 << 137;
        QTest::newRow("p95, 12 months") << PeakChoice::P95 << 12 << 46.0 << 0.320014 << 70;
        QTest::newRow("p99, 12 months") << PeakChoice::P99 << 12 << 47.0 << 0.320014 << 72;
    }

    void callCentreHistory()
    {
        QFETCH(PeakChoice, choice);
        QFETCH(int, months);
        QFETCH(double, peak);
        QFETCH(double, growth);
        QFETCH(int, recommended);

        const auto advice = recommendSeats(input(::callCentreHistory(), choice, months));
        QVERIFY(advice.ok());
        QCOMPARE(advice->peak, peak);
        QCOMPARE(advice->buffer, 0.15);
        QVERIFY2(near(advice->growth, growth, 1e-6), qPrintable(QString::number(advice->growth, 'f', 8)));
        QCOMPARE(advice->recommendedSeats, recommended);
    }

    // 50 x 1.10 is 55.00000000000001 in floating point; that must not cost a 56th seat.
    void floatingPointFuzzDoesNotAddASeat()
    {
        auto in = input(series(QList<int>(5, 50)));
        in.buffer = 0.10;
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        QCOMPARE(advice->recommendedSeats, 55);
    }

    void bufferMustBeTenToTwentyPercent_data()
    {
        QTest::addColumn<double>("buffer");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9 %") << 0.09 << false;
        QTest::newRow("10 %") << 0.10 << true;
        QTest::newRow("20 %") << 0.20 << true;
        QTest::newRow("21 %") << 0.21 << false;
        QTest::newRow("negative") << -0.15 << false;
        QTest::newRow("15 as a percentage") << 15.0 << false;
        QTest::newRow("NaN") << std::nan("") << false;
    }

    void bufferMustBeTenToTwentyPercent()
    {
        QFETCH(double, buffer);
        QFETCH(bool, accepted);
        auto in = input(::callCentreHistory());
        in.buffer = buffer;
        const auto advice = recommendSeats(in);
        QCOMPARE(advice.ok(), accepted);
        if (!accepted)
            QCOMPARE(advice.error().code, ErrorCode::BadRequest);
    }

    void growthIsSixOrTwelveMonths()
    {
        for (int months : {0, 1, 3, 7, 11, 13, 24, -6}) {
            const auto advice = recommendSeats(input(::callCentreHistory(), PeakChoice::Max, months));
            QVERIFY2(!advice.ok(), qPrintable(QString::number(months)));
            QCOMPARE(advice.error().code, ErrorCode::BadRequest);
        }
        QVERIFY(recommendSeats(input(::callCentreHistory(), PeakChoice::Max, 6)).ok());
        QVERIFY(recommendSeats(input(::callCentreHistory(), PeakChoice::Max, 12)).ok());
    }

    void negativeEvidenceIsRejected()
    {
        auto seats = input(::callCentreHistory());
        seats.currentSeats = -1;
        QVERIFY(!recommendSeats(seats).ok());
        auto denials = input(::callCentreHistory());
        denials.denials = -1;
        QVERIFY(!recommendSeats(denials).ok());
    }

    void evidenceIsPassedThrough()
    {
        auto in = input(::callCentreHistory());
        in.currentSeats = 40;
        in.denials = 7;
        in.idleSeatHours = 250.5;
        in.averageInUse = 30;
        in.busiestHoursUtc = {8, 14};
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        QCOMPARE(advice->currentSeats, 40);
        QCOMPARE(advice->denials, 7);
        QCOMPARE(advice->idleSeatHours, 250.5);
        QCOMPARE(advice->utilisation, 0.75);
        QCOMPARE(advice->busiestHoursUtc, (QList<int>{8, 14}));
    }

    void utilisationIsZeroWithoutSeats()
    {
        auto in = input(::callCentreHistory());
        in.currentSeats = 0;
        in.averageInUse = 3;
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        QCOMPARE(advice->utilisation, 0.0);
        QVERIFY(advice->explanation.contains(QStringLiteral("no seats yet")));
    }

    void explanationNamesTheEvidence()
    {
        auto in = input(::callCentreHistory(), PeakChoice::P95, 12);
        in.currentSeats = 60;
        in.denials = 7;
        in.idleSeatHours = 250.5; // over 120 days: about 2 seat-hours a day, worth signing out
        in.averageInUse = 30;
        in.busiestHoursUtc = {8, 14};
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        const QString text = advice->explanation;
        QVERIFY2(text.contains(QStringLiteral("95th percentile of 120 daily peaks is 46 seats")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("15 % buffer")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("32.0 % over the next 12 months")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("7 logins were denied")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("50.0 % utilisation")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("250.5 seat-hours")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("signing out inactive users")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("08:00, 14:00 UTC")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Add 10 seats: 70 recommended, 60 today.")), qPrintable(text));
    }

    void explanationForAQuietPool()
    {
        auto in = input(series(QList<int>(10, 20))); // 10 days of 20: too short to trend
        in.currentSeats = 30;
        in.idleSeatHours = 2; // 0.2 seat-hours a day: not worth a nudge
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        QCOMPARE(advice->recommendedSeats, 23); // ceil(20 x 1.15)
        const QString text = advice->explanation;
        QVERIFY2(text.contains(QStringLiteral("10 days of data are too little to trend")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("No logins were denied")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2.0 seat-hours")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("signing out")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Remove 7 seats: 23 recommended, 30 today.")), qPrintable(text));
    }

    void noUsageRecommendsNothing()
    {
        auto in = input({});
        in.currentSeats = 0;
        const auto advice = recommendSeats(in);
        QVERIFY(advice.ok());
        QCOMPARE(advice->recommendedSeats, 0);
        QVERIFY(advice->explanation.contains(QStringLiteral("Keep the current 0 seats.")));
    }
};

QTEST_GUILESS_MAIN(TestRightSizing)
#include "TestRightSizing.moc"
