// seatctl agent login, heartbeat, logout and run: a client's side of a session, with user passwords,
// user tokens and anonymous client keys; run logs out at the end and on SIGINT.
#include "Seatctl.h"
#include "support/Checks.h"

#include <QJsonDocument>
#include <QProcess>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliAgent final : public QObject {
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

    void loginHeartbeatLogout();
    void loginWithAUserToken();
    void anonymousLoginWithClientKey();
    void runLogsOutAtTheEnd();
    void runLogsOutOnASignal_data();
    void runLogsOutOnASignal();

private:
    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Seatctl> m_cli;
};

void TestCliAgent::loginHeartbeatLogout()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const CliRun login = m_cli->plain({u"agent"_s, u"login"_s, u"--pool"_s, pool, u"--login"_s, agent.login,
                                       u"--password-stdin"_s, u"--device"_s, u"desk-7"_s, u"--json"_s},
                                      agent.password.toUtf8() + '\n');
    CLI_EXPECT(login, 0);
    const QString id = login.object().value(u"id"_s).toString();
    const QString token = login.object().value(u"token"_s).toString();
    QVERIFY(!id.isEmpty() && !token.isEmpty());
    QCOMPARE(login.object().value(u"heartbeat_interval_s"_s).toInt(), 20);
    QCOMPARE(m_sw->sessionListed(id).value(u"device"_s).toString(), u"desk-7"_s);
    QCOMPARE(m_sw->inUse(pool), 1);

    const QStringList session{u"--session"_s, id, u"--session-token"_s, token};
    const CliRun beat = m_cli->plain(QStringList{u"agent"_s, u"heartbeat"_s} + session);
    CLI_EXPECT(beat, 0);
    QCOMPARE(beat.out.trimmed(), u"active"_s);
    const CliRun away = m_cli->plain(QStringList{u"agent"_s, u"heartbeat"_s, u"--inactive"_s, u"--json"_s} + session);
    CLI_EXPECT(away, 0);
    QCOMPARE(away.object().value(u"state"_s).toString(), u"active"_s); // idle only after idle_after_s

    const CliRun human = m_cli->plain({u"agent"_s, u"login"_s, u"--pool"_s, pool, u"--login"_s, agent.login,
                                       u"--password-stdin"_s, u"--device"_s, u"desk-7"_s},
                                      agent.password.toUtf8() + '\n');
    CLI_EXPECT(human, 0); // the same device gets its session back (R3)
    QVERIFY(human.out.startsWith(u"session    "_s + id + u'\n'));
    QVERIFY(human.err.contains(u"already had a session"_s));

    const CliRun out = m_cli->plain(QStringList{u"agent"_s, u"logout"_s} + session);
    CLI_EXPECT(out, 0);
    QCOMPARE(out.out.trimmed(), u"Logged out "_s + id + u'.');
    QVERIFY(!m_sw->isListed(id));
    QCOMPARE(m_sw->inUse(pool), 0);

    const CliRun ended = m_cli->plain(QStringList{u"agent"_s, u"heartbeat"_s} + session);
    CLI_EXPECT(ended, 1);
    QVERIFY2(ended.err.contains(u"410 session_ended"_s), qPrintable(ended.err));
}

void TestCliAgent::loginWithAUserToken()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    QProcessEnvironment env;
    env.insert(u"SEATWISE_TOKEN"_s, agent.token);
    const CliRun login = Seatctl::raw(
        {u"--gateway"_s, m_cli->gateway(), u"agent"_s, u"login"_s, u"--pool"_s, pool, u"--json"_s}, {}, env);
    CLI_EXPECT(login, 0);
    const QJsonObject listed = m_sw->sessionListed(login.object().value(u"id"_s).toString());
    QCOMPARE(listed.value(u"user"_s).toObject().value(u"login"_s).toString(), agent.login);
    QVERIFY(listed.value(u"device"_s).toString().startsWith(u"seatctl-"_s));

    // The pool is full now: the gateway's refusal, exit 1.
    const User other = m_sw->user(u"agent"_s);
    const CliRun full = m_cli->plain({u"agent"_s, u"login"_s, u"--pool"_s, pool, u"--token"_s, other.token});
    CLI_EXPECT(full, 1);
    QVERIFY(full.err.contains(u"409 no_license_available"_s));
}

void TestCliAgent::anonymousLoginWithClientKey()
{
    const QJsonObject pool = m_sw->pool(obj({{u"anonymous"_s, true}, {u"login_policy"_s, u"per_device"_s}}));
    const QString id = pool.value(u"id"_s).toString();
    const QString key = pool.value(u"client_key"_s).toString();
    QVERIFY(!key.isEmpty());
    const CliRun login =
        m_cli->plain({u"agent"_s, u"login"_s, u"--pool"_s, id, u"--client-key"_s, key, u"--device"_s, u"kiosk"_s});
    CLI_EXPECT(login, 0);
    QVERIFY(login.out.contains(u"state      active"_s));
    QCOMPARE(m_sw->inUse(id), 1);
    const CliRun wrong =
        m_cli->plain({u"agent"_s, u"login"_s, u"--pool"_s, id, u"--client-key"_s, u"guess"_s, u"--device"_s, u"k2"_s});
    CLI_EXPECT(wrong, 1);
    QVERIFY(wrong.err.contains(u"401"_s));
}

void TestCliAgent::runLogsOutAtTheEnd()
{
    const QString pool = m_sw->pool(obj({{u"heartbeat_interval_s"_s, 1}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    QProcess run;
    run.setProcessEnvironment(Seatctl::cleanEnvironment());
    run.start(Seatctl::binary(),
              {u"--gateway"_s, m_cli->gateway(), u"agent"_s, u"run"_s, u"--pool"_s, pool, u"--login"_s, agent.login,
               u"--password-stdin"_s, u"--seconds"_s, u"3"_s, u"--json"_s});
    QVERIFY(run.waitForStarted());
    run.write(agent.password.toUtf8() + '\n');
    run.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->inUse(pool), 1, 5000); // logged in while it runs
    QVERIFY(run.waitForFinished(15000));
    QCOMPARE(run.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    QVERIFY2(summary.value(u"heartbeats"_s).toInt() >= 2, QJsonDocument(summary).toJson().constData());
    QCOMPARE(summary.value(u"logged_out"_s).toBool(), true);
    QVERIFY(!m_sw->isListed(summary.value(u"session"_s).toString()));
    QCOMPARE(m_sw->inUse(pool), 0);
}

void TestCliAgent::runLogsOutOnASignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    // Without --seconds a signal is the normal end; before --seconds ran out it is an interruption.
    QTest::newRow("SIGINT, until stopped") << int(SIGINT) << QStringList{} << 0;
    QTest::newRow("SIGTERM, stopped early") << int(SIGTERM) << QStringList{u"--seconds"_s, u"60"_s} << 130;
}

void TestCliAgent::runLogsOutOnASignal()
{
    QFETCH(int, signal);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QJsonObject made = m_sw->pool(obj({{u"anonymous"_s, true}}));
    const QString pool = made.value(u"id"_s).toString();
    QProcess run;
    run.setProcessEnvironment(Seatctl::cleanEnvironment());
    run.start(Seatctl::binary(), QStringList{u"--gateway"_s, m_cli->gateway(), u"agent"_s, u"run"_s, u"--pool"_s, pool,
                                             u"--client-key"_s, made.value(u"client_key"_s).toString()} +
                                     extra);
    QVERIFY(run.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->inUse(pool), 1, 5000);
    ::kill(pid_t(run.processId()), signal);
    QVERIFY(run.waitForFinished(10000));
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.exitCode(), exitCode);
    QVERIFY(QString::fromUtf8(run.readAllStandardOutput()).startsWith(u"Logged out session "_s));
    QCOMPARE(m_sw->inUse(pool), 0);
}

QTEST_GUILESS_MAIN(TestCliAgent)
#include "TestCliAgent.moc"
