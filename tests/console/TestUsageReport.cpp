// The usage report's arithmetic and its CSV, with numbers worked out by hand.
#include "console/reports/ReportPeriod.h"
#include "console/reports/ReportWriters.h"
#include "console/reports/UsageReport.h"
#include "core/CsvTable.h"
#include "core/IsoTime.h"

#include <QTest>

using namespace seatwise;

namespace {

constexpr qint64 kFrom = 1'800'000'000'000 - 1'800'000'000'000 % 60'000; // a whole minute
constexpr qint64 kMinute = 60'000;

UsagePoint at(int minute, int peak, int seats, int denials = 0)
{
    UsagePoint point;
    point.atMs = kFrom + minute * kMinute;
    point.peak = peak;
    point.seats = seats;
    point.denials = denials;
    return point;
}

// Pool A (4 seats), minutes 0..4: peaks 1 4 4 2 0, denials 0 1 2 0 0; plus minute -1 (peak 9,
// 5 denials) and minute 5 (the period's end), both outside [from, from + 5 min).
//   peak 4, average 11/5 = 2.2, seats 4, utilisation 55.0 %, denials 3, at full 2 (minutes 1, 2)
// Pool B, minutes 1..3: peaks 2 1 2, seats 2 2 3 (a seat order took effect), denials 0 0 4
//   peak 2, average 5/3 = 1.67, seats 3, utilisation 1.6667/3 = 55.6 %, denials 4, at full 1 (minute 1)
// Total, per minute: 1/4, 6/6, 5/6, 4/7, 0/4
//   peak 6, average 16/5 = 3.2, seats 7, utilisation 3.2/7 = 45.7 %, denials 7, at full 1 (minute 1)
QList<PoolUsageSeries> sample()
{
    return {
        PoolUsageSeries{
            QStringLiteral("a"),
            QStringLiteral("Sales, \"EU\""),
            {at(-1, 9, 4, 5), at(0, 1, 4), at(1, 4, 4, 1), at(2, 4, 4, 2), at(3, 2, 4), at(4, 0, 4), at(5, 4, 4, 9)}},
        PoolUsageSeries{QStringLiteral("b"), QStringLiteral("Support"), {at(1, 2, 2), at(2, 1, 2), at(3, 2, 3, 4)}},
    };
}

} // namespace

class TestUsageReport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void perPoolFigures()
    {
        const UsageReportData data = UsageReport::compute(sample(), kFrom, kFrom + 5 * kMinute);
        QCOMPARE(data.pools.size(), 2);
        const UsageReportRow& a = data.pools.at(0);
        QCOMPARE(a.poolId, QStringLiteral("a"));
        QCOMPARE(a.peak, 4);
        QCOMPARE(a.average, 2.2);
        QCOMPARE(a.seats, 4);
        QCOMPARE(a.utilisationPercent, 55.0);
        QCOMPARE(a.denials, 3);
        QCOMPARE(a.minutesAtFull, 2);
        QCOMPARE(a.minutesRecorded, 5);
        const UsageReportRow& b = data.pools.at(1);
        QCOMPARE(b.peak, 2);
        QCOMPARE(b.average, 5.0 / 3.0);
        QCOMPARE(b.seats, 3);
        QCOMPARE(b.utilisationPercent, 5.0 / 3.0 / 3.0 * 100.0);
        QCOMPARE(b.denials, 4);
        QCOMPARE(b.minutesAtFull, 1);
        QCOMPARE(b.minutesRecorded, 3);
    }

    void totalAddsPoolsUpPerMinute()
    {
        const UsageReportRow total = UsageReport::compute(sample(), kFrom, kFrom + 5 * kMinute).total;
        QCOMPARE(total.peak, 6);
        QCOMPARE(total.average, 3.2);
        QCOMPARE(total.seats, 7);
        QCOMPARE(total.utilisationPercent, 3.2 / 7.0 * 100.0);
        QCOMPARE(total.denials, 7);
        QCOMPARE(total.minutesAtFull, 1);
        QCOMPARE(total.minutesRecorded, 5);
    }

    void emptyPeriodIsAllZeros()
    {
        const UsageReportData data = UsageReport::compute(sample(), kFrom + 60 * kMinute, kFrom + 61 * kMinute);
        for (const UsageReportRow& row : data.pools + QList<UsageReportRow>{data.total}) {
            QCOMPARE(row.peak, 0);
            QCOMPARE(row.average, 0.0);
            QCOMPARE(row.utilisationPercent, 0.0);
            QCOMPARE(row.minutesRecorded, 0);
        }
    }

    void csvIsRfc4180()
    {
        const qint64 to = kFrom + 5 * kMinute;
        const QByteArray csv = ReportWriters::csv(UsageReport::compute(sample(), kFrom, to));
        const QString start = IsoTime::format(kFrom);
        const QString end = IsoTime::format(to);
        const QString expected =
            QStringLiteral(
                "pool,period_start,period_end,peak,average,seats,utilisation_percent,denials,minutes_at_full\r\n") +
            QStringLiteral("\"Sales, \"\"EU\"\"\",%1,%2,4,2.20,4,55.0,3,2\r\n").arg(start, end) +
            QStringLiteral("Support,%1,%2,2,1.67,3,55.6,4,1\r\n").arg(start, end) +
            QStringLiteral("Total,%1,%2,6,3.20,7,45.7,7,1\r\n").arg(start, end);
        QCOMPARE(QString::fromUtf8(csv), expected);
        // And it reads back with the project's own RFC 4180 reader.
        const CsvTable table = parseCsv(csv);
        QVERIFY(!table.problem);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("Sales, \"EU\""));
        QCOMPARE(table.rows.at(0).join(QLatin1Char(',')), ReportWriters::csvHeader());
    }

    void csvFieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(ReportWriters::csvField(QStringLiteral("Agents")), QStringLiteral("Agents"));
        QCOMPARE(ReportWriters::csvField(QStringLiteral("Zürich")), QStringLiteral("Zürich"));
        QCOMPARE(ReportWriters::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(ReportWriters::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        // UTF-8 without a byte order mark.
        const UsageReportData data =
            UsageReport::compute({PoolUsageSeries{QStringLiteral("z"), QStringLiteral("Zürich"), {}}}, kFrom, kFrom);
        const QByteArray csv = ReportWriters::csv(data);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Z\xC3\xBCrich,"));
    }

    void periods()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(14, 30));
        const auto today = ReportPeriod::make(ReportPeriod::Kind::Today, now);
        QCOMPARE(today.fromMs, QDateTime(QDate(2026, 11, 23), QTime(0, 0)).toMSecsSinceEpoch());
        QCOMPARE(today.toMs, now.toMSecsSinceEpoch());
        const auto week = ReportPeriod::make(ReportPeriod::Kind::Last7Days, now);
        QCOMPARE(week.toMs - week.fromMs, 7 * 86'400'000LL);
        const auto month = ReportPeriod::make(ReportPeriod::Kind::ThisMonth, now);
        QCOMPARE(month.fromMs, QDateTime(QDate(2026, 11, 1), QTime(0, 0)).toMSecsSinceEpoch());
        const auto custom =
            ReportPeriod::make(ReportPeriod::Kind::Custom, now, QDate(2026, 11, 20), QDate(2026, 11, 21));
        QCOMPARE(custom.fromMs, QDateTime(QDate(2026, 11, 20), QTime(0, 0)).toMSecsSinceEpoch());
        QCOMPARE(custom.toMs, QDateTime(QDate(2026, 11, 22), QTime(0, 0)).toMSecsSinceEpoch());
        QVERIFY(custom.isValid());
        QVERIFY(
            !ReportPeriod::make(ReportPeriod::Kind::Custom, now, QDate(2026, 11, 21), QDate(2026, 11, 19)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "TestUsageReport.moc"
