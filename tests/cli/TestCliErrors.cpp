// seatctl's failures: one line on stderr that says what to fix, and the documented exit code (1 refused,
// 2 usage, 3 unreachable); with --json the error object on stdout too.
#include "Seatctl.h"
#include "support/Checks.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliErrors final : public QObject {
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

    void wrongTokenIsRefused();
    void wrongPasswordIsRefused();
    void agentTokenIsForbidden();
    void conflictCarriesTheGatewaysMessage();
    void unreachableGatewayIsExit3();
    void silentGatewayTimesOut();
    void serverErrorIsExit5();
    void usageErrors_data();
    void usageErrors();
    void noCredentialsIsAUsageError();
    void unknownPoolNameIsRefused();

private:
    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Seatctl> m_cli;
};

void TestCliErrors::wrongTokenIsRefused()
{
    const CliRun run = m_cli->plain({u"status"_s, u"--token"_s, u"not-a-token"_s});
    CLI_EXPECT(run, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"seatctl: the gateway refused the credentials (401 unauthorized"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"--token or SEATWISE_TOKEN"_s));
    QCOMPARE(run.err.count(u'\n'), 1);

    const CliRun json = m_cli->plain({u"sessions"_s, u"--token"_s, u"not-a-token"_s, u"--json"_s});
    CLI_EXPECT(json, 1);
    QCOMPARE(json.object().value(u"error"_s).toString(), u"unauthorized"_s);
    QCOMPARE(json.object().value(u"status"_s).toInt(), 401);
    QVERIFY(!json.object().value(u"message"_s).toString().isEmpty());
}

void TestCliErrors::wrongPasswordIsRefused()
{
    const User manager = m_sw->user(u"manager"_s);
    const CliRun run =
        m_cli->plain({u"token"_s, u"--login"_s, manager.login, u"--password-stdin"_s}, "Zq9-not-it-Zq9\n");
    CLI_EXPECT(run, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(u"401 unauthorized"_s));
    QVERIFY(!run.err.contains(u"Zq9-not-it-Zq9"_s)); // never printed
}

void TestCliErrors::agentTokenIsForbidden()
{
    const User agent = m_sw->user(u"agent"_s);
    const CliRun run = m_cli->plain({u"usage"_s, u"--csv"_s, u"--token"_s, agent.token});
    CLI_EXPECT(run, 1);
    QVERIFY2(run.err.startsWith(u"seatctl: not permitted (403 forbidden"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"manager or owner"_s));
}

void TestCliErrors::conflictCarriesTheGatewaysMessage()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString(); // one seat
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"first"_s).reply, 201);
    const User second = m_sw->user(u"agent"_s);
    const CliRun run = m_cli->plain(
        {u"agent"_s, u"login"_s, u"--pool"_s, pool, u"--login"_s, second.login, u"--password-stdin"_s, u"--json"_s},
        second.password.toUtf8() + '\n');
    CLI_EXPECT(run, 1);
    QVERIFY2(run.err.startsWith(u"seatctl: refused (409 no_license_available): "_s), qPrintable(run.err));
    const Seat direct = m_sw->login(second, pool, u"second"_s);
    QVERIFY(run.err.contains(direct.reply.json.value(u"message"_s).toString()));
    QCOMPARE(run.object().value(u"error"_s).toString(), u"no_license_available"_s);
}

void TestCliErrors::unreachableGatewayIsExit3()
{
    QTcpServer probe; // a port nobody listens on once the probe is closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:"_s + QString::number(probe.serverPort());
    probe.close();
    const CliRun run = Seatctl::raw({u"--gateway"_s, url, u"--token"_s, u"t"_s, u"status"_s});
    CLI_EXPECT(run, 3);
    QVERIFY2(run.err.startsWith(u"seatctl: cannot reach the gateway at "_s + url), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--gateway or SEATWISE_GATEWAY"_s));
}

void TestCliErrors::silentGatewayTimesOut()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:"_s + QString::number(silent.serverPort());
    QProcess process;
    process.setProcessEnvironment(Seatctl::cleanEnvironment());
    process.start(Seatctl::binary(), {u"--gateway"_s, url, u"--token"_s, u"t"_s, u"--timeout"_s, u"1"_s, u"status"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000); // the loop serves the server
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"did not answer in time"_s));
}

void TestCliErrors::serverErrorIsExit5()
{
    // A gateway whose store is down, then one that answers something that is not JSON.
    QTcpServer broken;
    QVERIFY(broken.listen(QHostAddress::LocalHost));
    QByteArray answer = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: 65\r\n"
                        "\r\n{\"error\":\"store_unavailable\",\"message\":\"The store is read-only.\"}";
    connect(&broken, &QTcpServer::newConnection, this, [&broken, &answer] {
        QTcpSocket* socket = broken.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &answer] {
            socket->readAll();
            socket->write(answer);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    const QString url = u"http://127.0.0.1:"_s + QString::number(broken.serverPort());
    const CliRun down = Seatctl::raw({u"--gateway"_s, url, u"--token"_s, u"t"_s, u"status"_s});
    CLI_EXPECT(down, 5);
    QVERIFY2(down.err.startsWith(u"seatctl: the gateway failed (503 store_unavailable: The store is read-only.)"_s),
             qPrintable(down.err));

    answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n<html";
    const CliRun garbled = Seatctl::raw({u"--gateway"_s, url, u"--token"_s, u"t"_s, u"sessions"_s});
    CLI_EXPECT(garbled, 5);
    QVERIFY2(garbled.err.contains(u"does not understand"_s), qPrintable(garbled.err));
}

void TestCliErrors::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no command") << QStringList{} << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
    QTest::newRow("unknown option") << QStringList{u"status"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("sign-out chooses nothing") << QStringList{u"sign-out"_s} << u"exactly one of"_s;
    QTest::newRow("sign-out chooses two")
        << QStringList{u"sign-out"_s, u"--all"_s, u"--inactive"_s} << u"exactly one of"_s;
    QTest::newRow("bad state") << QStringList{u"sessions"_s, u"--state"_s, u"asleep"_s} << u"--state takes"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"status"_s} << u"--timeout takes"_s;
    QTest::newRow("bad step") << QStringList{u"usage"_s, u"--step"_s, u"90"_s} << u"multiple of 60"_s;
    QTest::newRow("bad from") << QStringList{u"usage"_s, u"--from"_s, u"yesterday"_s} << u"ISO 8601"_s;
    QTest::newRow("right-size without pool") << QStringList{u"right-size"_s} << u"--pool"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"one FILE"_s;
    QTest::newRow("import unreadable") << QStringList{u"import"_s, u"/nonexistent/x.csv"_s} << u"cannot read"_s;
    QTest::newRow("agent without action") << QStringList{u"agent"_s} << u"login, heartbeat, logout or run"_s;
    QTest::newRow("heartbeat without session") << QStringList{u"agent"_s, u"heartbeat"_s} << u"--session"_s;
    QTest::newRow("loadgen without pool") << QStringList{u"loadgen"_s} << u"--create-pool"_s;
    QTest::newRow("loadgen too many") << QStringList{u"loadgen"_s, u"--agents"_s, u"100000"_s, u"--create-pool"_s}
                                      << u"1-50000"_s;
}

void TestCliErrors::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRun run = m_cli->admin(args);
    CLI_EXPECT(run, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--help"_s));
}

void TestCliErrors::noCredentialsIsAUsageError()
{
    const CliRun anonymous = m_cli->plain({u"status"_s});
    CLI_EXPECT(anonymous, 2);
    QVERIFY(anonymous.err.contains(u"no credentials: pass --token"_s));
}

void TestCliErrors::unknownPoolNameIsRefused()
{
    const CliRun run = m_cli->admin({u"sessions"_s, u"--pool"_s, u"Nowhere"_s});
    CLI_EXPECT(run, 1);
    QVERIFY(run.err.contains(u"no pool with the name or id \"Nowhere\""_s));
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "TestCliErrors.moc"
