// R18 right-sizing over HTTP on a synthetic 120-day history written into the gateway's store:
// the recommendation equals the one computed by hand below, with its evidence.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

// The history, days d = 0..119 ending yesterday (UTC), with rows at 09:00, 14:00 and 20:00 UTC:
//   weekday of a synthetic week (d % 7 < 5): 09:00 peak 12 + d/20, 14:00 peak 20 + d/20, 20:00 peak 6
//   weekend (d % 7 >= 5):                    09:00 peak 5,         14:00 peak 8 + d/20,  20:00 peak 3
//   event spike on d = 100: 14:00 peak 45 with 7 denials; d % 30 == 29: 14:00 has 4 denials
//   every row: 2 idle seats; seats 30. One row 200 days ago (peak 99, 50 denials) lies outside the window.
// The reaper also records today's minutes with nothing in use (written here too, as it does it only
// once a minute), so today is a 121st day with peak 0: it is in the window.
//
// Daily peaks: weekday 20 + d/20, weekend 8 + d/20, d = 100 -> 45, today (x = 120) -> 0.
//   n = 121, Sx = 7260 (x bar 60), Sy = 2312 (y bar 19.10744), Sxx = 583220, Sxy = 144558
//   slope = (n Sxy - Sx Sy) / (n Sxx - Sx^2) = 706398 / 17862020 = 0.0395475 seats a day
//   F0 = y bar + slope (120 - 60) = 21.48029
//   6 months:  F1 = F0 + slope x 6 x 30.4375  = 28.70265, growth = F1/F0 - 1 = 0.33623
//   12 months: F1 = F0 + slope x 12 x 30.4375 = 35.92501, growth = 0.67246
// Peaks sorted: ..., eleven days of 25, then 45. max = 45; p95 = rank ceil(0.95 x 121) = 115 -> 25.
//   max, 6 months:  45 x 1.15 x 1.33623 = 69.15 -> 70     max, 12 months: 45 x 1.15 x 1.67246 = 86.55 -> 87
//   p95, 6 months:  25 x 1.15 x 1.33623 = 38.42 -> 39     p95, 12 months: 25 x 1.15 x 1.67246 = 48.08 -> 49
// Denials 4 x 4 + 7 = 23; idle seat-hours 120 days x 3 rows x 2 / 60 = 12.
// Busiest hours by average peak: 14:00 (about 19), then 09:00 (about 11).
namespace {
constexpr qint64 DayMs = 86'400'000;
constexpr int Days = 120;
} // namespace

class TestRightSizingHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sw.reset(); }

    void recommendation_data();
    void recommendation();
    void explanationNamesTheEvidence();
    void badParametersAreRefused();

private:
    Reply sizing(const QString& query, const QString& token = {});
    bool writeHistory(QString* error);

    std::unique_ptr<Seatwise> m_sw;
    QString m_pool;
};

Reply TestRightSizingHttp::sizing(const QString& query, const QString& token)
{
    return m_sw->http().get(u"/pools/"_s + m_pool + u"/right-sizing?"_s + query,
                            token.isEmpty() ? m_sw->owner() : token);
}

bool TestRightSizingHttp::writeHistory(QString* error)
{
    QSqlDatabase db = StoreUnderTest::open(m_sw->process().dbPath(), u"history"_s);
    bool ok = db.isOpen() && db.transaction();
    QSqlQuery insert(db);
    ok = ok && insert.prepare(u"INSERT INTO usage_minutes (pool_id, minute, peak, seats, logins, denials, idle)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    const auto row = [&](qint64 dayStartMs, int hour, int peak, int denials, int idle) {
        insert.addBindValue(m_pool);
        insert.addBindValue((dayStartMs + hour * 3'600'000LL) / 60'000);
        insert.addBindValue(peak);
        insert.addBindValue(30);
        insert.addBindValue(3);
        insert.addBindValue(denials);
        insert.addBindValue(idle);
        ok = ok && insert.exec();
    };
    const qint64 todayMs =
        QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int d = 0; d < Days && ok; ++d) {
        const qint64 dayStart = todayMs - (Days - d) * DayMs;
        const bool weekday = d % 7 < 5;
        const int trend = d / 20;
        const int afternoon = d == 100 ? 45 : (weekday ? 20 : 8) + trend;
        const int denials = d == 100 ? 7 : (d % 30 == 29 ? 4 : 0);
        row(dayStart, 9, weekday ? 12 + trend : 5, 0, 2);
        row(dayStart, 14, afternoon, denials, 2);
        row(dayStart, 20, weekday ? 6 : 3, 0, 2);
    }
    row(todayMs - 200 * DayMs, 14, 99, 50, 600);
    // A minute of today as the reaper records it for an idle pool: it writes the running minute, which
    // the window (up to now) leaves out until it is over, so a fresh gateway has no such row yet.
    insert.addBindValue(m_pool);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch() / 60'000 - 1);
    for (int value : {0, 30, 0, 0, 0})
        insert.addBindValue(value);
    ok = ok && insert.exec();
    ok = ok && db.commit();
    if (!ok)
        *error = insert.lastError().text() + u' ' + db.lastError().text();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"history"_s);
    return ok;
}

void TestRightSizingHttp::initTestCase()
{
    SW_START_GATEWAY();
    m_pool = m_sw->pool(obj({{u"seats"_s, 30}})).value(u"id"_s).toString();
    QVERIFY(!m_pool.isEmpty());
    QCOMPARE(m_sw->process().terminate(), 0);
    QString error;
    QVERIFY2(writeHistory(&error), qPrintable(error));
    QVERIFY2(m_sw->process().restart(), qPrintable(m_sw->process().lastError()));
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    QCOMPARE(sizing(u"window_days=130"_s).json.value(u"days_with_data"_s).toInt(), Days + 1);
}

void TestRightSizingHttp::recommendation_data()
{
    QTest::addColumn<QString>("peak");
    QTest::addColumn<int>("months");
    QTest::addColumn<double>("peakSeats");
    QTest::addColumn<double>("growth");
    QTest::addColumn<int>("recommended");
    QTest::newRow("max, 6 months") << u"max"_s << 6 << 45.0 << 0.33623 << 70;
    QTest::newRow("max, 12 months") << u"max"_s << 12 << 45.0 << 0.67246 << 87;
    QTest::newRow("p95, 6 months") << u"p95"_s << 6 << 25.0 << 0.33623 << 39;
    QTest::newRow("p95, 12 months") << u"p95"_s << 12 << 25.0 << 0.67246 << 49;
}

void TestRightSizingHttp::recommendation()
{
    QFETCH(QString, peak);
    QFETCH(int, months);
    QFETCH(double, peakSeats);
    QFETCH(double, growth);
    QFETCH(int, recommended);
    const Reply r =
        sizing(u"window_days=130&buffer=0.15&peak="_s + peak + u"&growth_months="_s + QString::number(months));
    SW_COMPARE_STATUS(r, 200);
    const QJsonObject a = r.json;
    QCOMPARE(a.value(u"recommended_seats"_s).toInt(), recommended);
    QCOMPARE(a.value(u"current_seats"_s).toInt(), 30);
    QCOMPARE(a.value(u"peak"_s).toDouble(), peakSeats);
    QCOMPARE(a.value(u"buffer"_s).toDouble(), 0.15);
    QVERIFY2(std::abs(a.value(u"growth"_s).toDouble() - growth) < 1e-4, r.raw.constData());
    QCOMPARE(a.value(u"denials"_s).toInt(), 23);
    QCOMPARE(a.value(u"idle_seat_hours"_s).toDouble(), 12.0);
    QCOMPARE(a.value(u"window_days"_s).toInt(), 130);
    QCOMPARE(a.value(u"days_with_data"_s).toInt(), Days + 1);
    QCOMPARE(a.value(u"busiest_hours_utc"_s).toArray().at(0).toInt(-1), 14);
    QCOMPARE(a.value(u"busiest_hours_utc"_s).toArray().at(1).toInt(-1), 9);
    const double utilisation = a.value(u"utilisation"_s).toDouble(-1);
    QVERIFY2(utilisation > 0.2 && utilisation < 0.5, r.raw.constData()); // about 11.6 of 30 on average
}

void TestRightSizingHttp::explanationNamesTheEvidence()
{
    const Reply r = sizing(u"window_days=130"_s);
    SW_COMPARE_STATUS(r, 200);
    QCOMPARE(r.json.value(u"recommended_seats"_s).toInt(), 70); // defaults: max, 15 % buffer, 6 months
    const QString text = r.json.value(u"explanation"_s).toString();
    QVERIFY2(text.contains(u"23"_s), qPrintable(text));
    QVERIFY2(text.contains(u"12"_s), qPrintable(text));
    QVERIFY2(text.contains(u"seat-hours"_s) || text.contains(u"seat hours"_s), qPrintable(text));
    QVERIFY2(text.contains(u"denied"_s) || text.contains(u"denial"_s), qPrintable(text));
    // A narrower buffer lowers the answer: 45 x 1.10 x 1.33623 = 66.14 -> 67.
    const Reply narrow = sizing(u"window_days=130&buffer=0.10"_s);
    SW_COMPARE_STATUS(narrow, 200);
    QCOMPARE(narrow.json.value(u"recommended_seats"_s).toInt(), 67);
}

void TestRightSizingHttp::badParametersAreRefused()
{
    for (const QString& query : {u"buffer=0.05"_s, u"buffer=0.25"_s, u"buffer=lots"_s, u"growth_months=3"_s,
                                 u"growth_months=24"_s, u"peak=median"_s})
        SW_COMPARE_ERROR(sizing(query), 400, "bad_request");
    SW_COMPARE_ERROR(m_sw->http().get(u"/pools/no-such-pool/right-sizing"_s, m_sw->owner()), 404, "not_found");
    SW_COMPARE_ERROR(sizing({}, m_sw->user(u"agent"_s).token), 403, "forbidden");
}

QTEST_GUILESS_MAIN(TestRightSizingHttp)
#include "TestRightSizingHttp.moc"
