// seatctl usage (CSV, table, JSON) and right-size (the recommendation with its evidence), R17 and R18.
#include "Seatctl.h"
#include "support/Checks.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliHistory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SW_START_GATEWAY();
        m_cli = std::make_unique<Seatctl>(*m_sw);
        m_pool = m_sw->pool(obj({{u"name"_s, u"Agents"_s}, {u"seats"_s, 2}})).value(u"id"_s).toString();
        for (const QString& device : {u"pc-1"_s, u"pc-2"_s, u"pc-3"_s}) // two logins and a denial
            m_sw->login(m_sw->user(u"agent"_s), m_pool, device);
    }
    void cleanup()
    {
        m_cli.reset();
        m_sw.reset();
    }

    void usageCsvPrintsThePoints();
    void usageTableAndJson();
    void rightSizePrintsRecommendationAndEvidence();
    void rightSizeRefusesBadParameters();

private:
    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Seatctl> m_cli;
    QString m_pool;
};

void TestCliHistory::usageCsvPrintsThePoints()
{
    const QString from = Seatwise::iso(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const CliRun csv =
        m_cli->admin({u"usage"_s, u"--csv"_s, u"--pool"_s, u"Agents"_s, u"--from"_s, from, u"--step"_s, u"3600"_s});
    CLI_EXPECT(csv, 0);
    const QStringList lines = csv.lines();
    QCOMPARE(lines.value(0), u"t,peak,seats,logins,denials"_s);
    QVERIFY2(lines.size() >= 2, qPrintable(csv.out));
    int logins = 0;
    int denials = 0;
    int peak = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        QCOMPARE(cells.size(), 5);
        QVERIFY2(cells.at(0).endsWith(u'Z'), qPrintable(line));
        peak = std::max(peak, cells.at(1).toInt());
        logins += cells.at(3).toInt();
        denials += cells.at(4).toInt();
    }
    QCOMPARE(peak, 2);
    QCOMPARE(logins, 2);
    QCOMPARE(denials, 1);
}

void TestCliHistory::usageTableAndJson()
{
    const CliRun json = m_cli->admin({u"usage"_s, u"--pool"_s, m_pool, u"--json"_s});
    CLI_EXPECT(json, 0);
    const QJsonArray points = json.object().value(u"points"_s).toArray();
    QVERIFY(!points.isEmpty());
    QVERIFY(points.at(0).toObject().contains(u"peak"_s));
    const CliRun table = m_cli->admin({u"usage"_s});
    CLI_EXPECT(table, 0);
    QVERIFY(table.lines().value(0).startsWith(u"TIME (UTC)"_s));
    QVERIFY(table.out.contains(u"point(s)."_s));
}

void TestCliHistory::rightSizePrintsRecommendationAndEvidence()
{
    const CliRun report = m_cli->admin({u"right-size"_s, u"--pool"_s, u"Agents"_s});
    CLI_EXPECT(report, 0);
    QVERIFY2(report.out.startsWith(u"Pool Agents\nRecommended seats: "_s), qPrintable(report.out));
    QVERIFY(report.out.contains(u"(now 2)"_s));
    for (const QString& evidence : {u"peak:"_s, u"buffer:"_s, u"growth:"_s, u"denials:"_s, u"utilisation:"_s,
                                    u"idle seat-hours:"_s, u"busiest hours:"_s, u"days with data:"_s})
        QVERIFY2(report.out.contains(evidence), qPrintable(evidence));

    const CliRun json = m_cli->admin({u"right-size"_s, u"--pool"_s, m_pool, u"--peak"_s, u"p95"_s, u"--buffer"_s,
                                      u"0.2"_s, u"--growth-months"_s, u"12"_s, u"--json"_s});
    CLI_EXPECT(json, 0);
    const QJsonObject answer = json.object();
    QCOMPARE(answer.value(u"current_seats"_s).toInt(), 2);
    QVERIFY(answer.contains(u"recommended_seats"_s));
    QCOMPARE(answer.value(u"buffer"_s).toDouble(), 0.2);
    QVERIFY(!answer.value(u"explanation"_s).toString().isEmpty());
    const Reply direct = m_sw->http().get(
        u"/pools/"_s + m_pool + u"/right-sizing?peak=p95&buffer=0.2&growth_months=12"_s, m_sw->owner());
    QCOMPARE(answer.value(u"recommended_seats"_s), direct.json.value(u"recommended_seats"_s));
}

void TestCliHistory::rightSizeRefusesBadParameters()
{
    const CliRun wide = m_cli->admin({u"right-size"_s, u"--pool"_s, m_pool, u"--buffer"_s, u"0.5"_s});
    CLI_EXPECT(wide, 1);
    QVERIFY2(wide.err.contains(u"400 bad_request"_s), qPrintable(wide.err));
    CLI_EXPECT(m_cli->admin({u"right-size"_s, u"--pool"_s, u"Nowhere"_s}), 1);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
