// seatctl loadgen: simulated agents on an anonymous pool. A short run has no errors and leaves the
// gateway as it found it (every session opened, counted in the usage peak, and closed again); failures
// are counted by kind and make the exit code 6; only the given gateway, on this machine, is a target.
#include "Seatctl.h"
#include "support/Checks.h"

#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliLoadgen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SW_START_GATEWAY();
        m_cli = std::make_unique<Seatctl>(*m_sw);
    }
    void cleanup()
    {
        m_cli.reset();
        m_sw.reset();
    }

    void twoHundredAgentsWithoutErrors();
    void fullPoolIsCountedAsErrors();
    void unreachableGatewayIsCountedAsErrors();
    void survivesTheGatewayClosingIdleConnections();
    void refusesRemoteGateways();

private:
    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Seatctl> m_cli;
};

void TestCliLoadgen::twoHundredAgentsWithoutErrors()
{
    const CliRun run = m_cli->admin({u"loadgen"_s, u"--agents"_s, u"200"_s, u"--interval"_s, u"1"_s, u"--duration"_s,
                                     u"5"_s, u"--create-pool"_s, u"--progress"_s, u"1"_s, u"--json"_s});
    CLI_EXPECT(run, 0);
    const QJsonObject summary = run.object();
    QCOMPARE(summary.value(u"errors"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"logged_in"_s).toInt(), 200);
    QCOMPARE(summary.value(u"logged_out"_s).toInt(), 200);
    const QJsonObject byKind = summary.value(u"by_kind"_s).toObject();
    QCOMPARE(byKind.value(u"login"_s).toInt(), 200);
    // Four more beats each in five seconds, give or take the last slot.
    QVERIFY2(byKind.value(u"heartbeat"_s).toInt() >= 750, QJsonDocument(summary).toJson().constData());
    QVERIFY(summary.value(u"req_per_s"_s).toDouble() > 150);
    QVERIFY(summary.value(u"latency_ms"_s).toObject().value(u"p99"_s).toDouble() > 0);
    QVERIFY2(run.err.contains(u"5 s: "_s), qPrintable(run.err)); // progress lines

    // The gateway saw all 200 at once and none is left.
    const QString pool = summary.value(u"pool"_s).toString();
    QCOMPARE(m_sw->inUse(pool), 0);
    QCOMPARE(m_sw->sessions({}, u"?pool="_s + pool).size(), 0);
    const Reply usage = m_sw->http().get(u"/usage?pool="_s + pool, m_sw->owner());
    int peak = 0;
    int logins = 0;
    for (const QJsonValue& point : usage.json.value(u"points"_s).toArray()) {
        peak = std::max(peak, point.toObject().value(u"peak"_s).toInt());
        logins += point.toObject().value(u"logins"_s).toInt();
    }
    QCOMPARE(peak, 200);
    QCOMPARE(logins, 200);
}

void TestCliLoadgen::fullPoolIsCountedAsErrors()
{
    const QJsonObject pool =
        m_sw->pool(obj({{u"seats"_s, 5}, {u"anonymous"_s, true}, {u"login_policy"_s, u"per_device"_s}}));
    const CliRun run = m_cli->plain({u"loadgen"_s, u"--agents"_s, u"8"_s, u"--interval"_s, u"0.5"_s, u"--duration"_s,
                                     u"1"_s, u"--pool"_s, pool.value(u"id"_s).toString(), u"--client-key"_s,
                                     pool.value(u"client_key"_s).toString()});
    CLI_EXPECT(run, 6);
    QVERIFY2(run.out.contains(u"  409 no_license_available  "_s), qPrintable(run.out));
    QVERIFY(run.err.contains(u"failed"_s));
    QCOMPARE(m_sw->inUse(pool.value(u"id"_s).toString()), 0); // the five that got in logged out
}

void TestCliLoadgen::unreachableGatewayIsCountedAsErrors()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:"_s + QString::number(probe.serverPort());
    probe.close();
    const CliRun run =
        Seatctl::raw({u"--gateway"_s, url, u"loadgen"_s, u"--agents"_s, u"4"_s, u"--interval"_s, u"1"_s,
                      u"--duration"_s, u"1"_s, u"--pool"_s, u"p"_s, u"--client-key"_s, u"k"_s, u"--json"_s});
    CLI_EXPECT(run, 6);
    const QJsonObject errors = run.object().value(u"errors_by_kind"_s).toObject();
    QVERIFY2(!errors.isEmpty() && errors.keys().constFirst().startsWith(u"no connection"_s), qPrintable(run.out));
}

void TestCliLoadgen::survivesTheGatewayClosingIdleConnections()
{
    // Each connection idles 2.5 s between beats and the gateway closes it after 1 s: every beat needs a
    // new connection, which the agents must open without losing a request.
    m_sw->process().setExtraArguments({u"--idle-timeout"_s, u"1"_s});
    QVERIFY2(m_sw->process().restart(), qPrintable(m_sw->lastError()));
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    const CliRun run = m_cli->admin({u"loadgen"_s, u"--agents"_s, u"2"_s, u"--connections"_s, u"2"_s, u"--interval"_s,
                                     u"2.5"_s, u"--duration"_s, u"6.5"_s, u"--create-pool"_s, u"--json"_s});
    CLI_EXPECT(run, 0);
    QCOMPARE(run.object().value(u"errors"_s).toInt(-1), 0);
    QCOMPARE(run.object().value(u"by_kind"_s).toObject().value(u"heartbeat"_s).toInt(), 4);
    QCOMPARE(run.object().value(u"logged_out"_s).toInt(), 2);
    QCOMPARE(m_sw->inUse(run.object().value(u"pool"_s).toString()), 0);
}

void TestCliLoadgen::refusesRemoteGateways()
{
    const CliRun run = Seatctl::raw({u"--gateway"_s, u"http://192.0.2.7:8640"_s, u"--token"_s, u"t"_s, u"loadgen"_s,
                                     u"--create-pool"_s, u"--agents"_s, u"10"_s});
    CLI_EXPECT(run, 2);
    QVERIFY(run.err.contains(u"--allow-remote"_s));
    const CliRun tls = Seatctl::raw(
        {u"--gateway"_s, u"https://127.0.0.1:8640"_s, u"--token"_s, u"t"_s, u"loadgen"_s, u"--create-pool"_s});
    CLI_EXPECT(tls, 2);
    QVERIFY(tls.err.contains(u"http:// only"_s));
}

QTEST_GUILESS_MAIN(TestCliLoadgen)
#include "TestCliLoadgen.moc"
