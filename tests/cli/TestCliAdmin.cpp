// seatctl status, sessions, sign-out and token against a real gateway: tables for people, the
// gateway's JSON with --json, exit code 0.
#include "Seatctl.h"
#include "support/Checks.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestCliAdmin final : public QObject {
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

    void helpListsCommandsAndExitCodes();
    void statusShowsPoolsAndInactiveCount();
    void sessionsMarksInactive();
    void sessionsFiltersByPoolName();
    void signOutInactiveEndsOnlyThem();
    void signOutIdsAndAll();
    void tokenCommandPrintsAWorkingToken();
    void environmentGivesGatewayAndToken();

private:
    // A session that went inactive (idle_after_s 1 on its pool, inactive heartbeats).
    Seat idleSeat(const QString& pool)
    {
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, Seatwise::unique(u"pc"_s));
        if (seat.status() == 201)
            (void)QTest::qWaitFor([&] { return m_sw->heartbeatOutcome(seat, false) == u"inactive"_s; }, 4000);
        return seat;
    }
    // A pool whose sessions go inactive after 1 s (busy sessions live in pools with the default 600 s, so
    // that they cannot turn inactive while the test runs).
    QString idlePool(int seats = 1)
    {
        return m_sw->pool(obj({{u"seats"_s, seats}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    }
    // The line of a table that mentions `text`.
    static QString lineWith(const CliRun& run, const QString& text)
    {
        for (const QString& line : run.lines()) {
            if (line.contains(text))
                return line;
        }
        return {};
    }

    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Seatctl> m_cli;
};

void TestCliAdmin::helpListsCommandsAndExitCodes()
{
    const CliRun help = Seatctl::raw({u"--help"_s});
    CLI_EXPECT(help, 0);
    for (const QString& command : {u"status"_s, u"sessions"_s, u"sign-out"_s, u"licenses"_s, u"assign"_s, u"import"_s,
                                   u"usage"_s, u"right-size"_s, u"agent"_s, u"loadgen"_s, u"token"_s})
        QVERIFY2(help.out.contains(u"  "_s + command + u' '), qPrintable(command));
    QVERIFY(help.out.contains(u"Exit codes:"_s));
    QVERIFY(help.out.contains(u"3    the gateway cannot be reached"_s));
    for (const QString& flag : {u"--version"_s, u"-v"_s}) {
        const CliRun version = Seatctl::raw({flag});
        CLI_EXPECT(version, 0);
        QVERIFY2(version.out.startsWith(u"seatctl 0."_s), qPrintable(version.out));
    }
    const CliRun signOutHelp = Seatctl::raw({u"sign-out"_s, u"--help"_s});
    CLI_EXPECT(signOutHelp, 0);
    QVERIFY(signOutHelp.out.contains(u"--inactive"_s));
    QVERIFY(signOutHelp.out.contains(u"--pool"_s));
}

void TestCliAdmin::statusShowsPoolsAndInactiveCount()
{
    const QJsonObject pool = m_sw->pool(obj({{u"name"_s, u"Front desk"_s}, {u"seats"_s, 3}}));
    const QString poolId = pool.value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), poolId, u"busy-pc"_s).reply, 201);
    const Seat away = idleSeat(idlePool());
    QCOMPARE(m_sw->stateOf(away.id), u"inactive"_s);

    const CliRun status = m_cli->admin({u"status"_s});
    CLI_EXPECT(status, 0);
    QVERIFY2(status.out.contains(u"2 pool(s), 2 of 4 seats in use"_s), qPrintable(status.out));
    const QStringList row = lineWith(status, poolId).split(u' ', Qt::SkipEmptyParts);
    // POOL (two words) KIND MODEL SEATS IN-USE FREE PENDING ID
    QCOMPARE(row.mid(0, 8),
             (QStringList{u"Front"_s, u"desk"_s, u"standard"_s, u"concurrent"_s, u"3"_s, u"1"_s, u"2"_s, u"0"_s}));
    QVERIFY2(status.out.contains(u"1 inactive session(s) hold seats"_s), qPrintable(status.out));

    const CliRun json = m_cli->admin({u"status"_s, u"--json"_s});
    CLI_EXPECT(json, 0);
    QCOMPARE(json.object().value(u"inactive_sessions"_s).toInt(), 1);
    const QJsonArray pools = json.object().value(u"pools"_s).toArray();
    QCOMPARE(pools.size(), 2);
    QCOMPARE(pools.at(0).toObject().value(u"in_use"_s).toInt() + pools.at(1).toObject().value(u"in_use"_s).toInt(), 2);
}

void TestCliAdmin::sessionsMarksInactive()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const Seat busy = m_sw->login(m_sw->user(u"agent"_s), pool, u"busy-pc"_s);
    const Seat away = idleSeat(idlePool());
    QCOMPARE(m_sw->heartbeatOutcome(busy, true), u"active"_s);

    const CliRun table = m_cli->admin({u"sessions"_s});
    CLI_EXPECT(table, 0);
    QVERIFY(table.lines().value(0).contains(u"SESSION"_s));
    QVERIFY2(lineWith(table, away.id).startsWith(u"!  "_s), qPrintable(table.out));
    QVERIFY2(lineWith(table, busy.id).startsWith(u"   "_s), qPrintable(table.out));
    QVERIFY(lineWith(table, busy.id).contains(u"busy-pc"_s));
    QVERIFY(table.out.contains(u"! marks 1 inactive"_s));

    const CliRun inactive = m_cli->admin({u"sessions"_s, u"--inactive"_s, u"--json"_s});
    CLI_EXPECT(inactive, 0);
    QCOMPARE(inactive.array().size(), 1);
    QCOMPARE(inactive.array().at(0).toObject().value(u"id"_s).toString(), away.id);
    QCOMPARE(inactive.array().at(0).toObject().value(u"state"_s).toString(), u"inactive"_s);
}

void TestCliAdmin::sessionsFiltersByPoolName()
{
    const QString first = m_sw->pool(obj({{u"name"_s, u"Sales"_s}})).value(u"id"_s).toString();
    const QString second = m_sw->pool(obj({{u"name"_s, u"Support"_s}})).value(u"id"_s).toString();
    const Seat inFirst = m_sw->login(m_sw->user(u"agent"_s), first, u"pc-1"_s);
    const Seat inSecond = m_sw->login(m_sw->user(u"agent"_s), second, u"pc-2"_s);
    const CliRun sales = m_cli->admin({u"sessions"_s, u"--pool"_s, u"sales"_s, u"--json"_s});
    CLI_EXPECT(sales, 0);
    QCOMPARE(sales.array().size(), 1);
    QCOMPARE(sales.array().at(0).toObject().value(u"id"_s).toString(), inFirst.id);
    const CliRun byId = m_cli->admin({u"sessions"_s, u"--pool"_s, second});
    CLI_EXPECT(byId, 0);
    QVERIFY(byId.out.contains(inSecond.id));
    QVERIFY(!byId.out.contains(inFirst.id));
    QVERIFY(byId.out.contains(u"Support"_s));
}

void TestCliAdmin::signOutInactiveEndsOnlyThem()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const Seat busy = m_sw->login(m_sw->user(u"agent"_s), pool, u"busy-pc"_s);
    const QString idle = idlePool(2);
    const Seat away1 = idleSeat(idle);
    const Seat away2 = idleSeat(idle);
    QCOMPARE(m_sw->inUse(idle), 2);

    const CliRun ended = m_cli->admin({u"sign-out"_s, u"--inactive"_s});
    CLI_EXPECT(ended, 0);
    QCOMPARE(ended.out.trimmed(), u"Ended 2 session(s)."_s);
    QCOMPARE(m_sw->inUse(idle), 0);
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->heartbeat(away1).json.value(u"reason"_s).toString(), u"signed_out_inactive"_s);
    QCOMPARE(m_sw->heartbeat(away2).status, 410);
    QCOMPARE(m_sw->heartbeatOutcome(busy, true), u"active"_s);

    const CliRun again = m_cli->admin({u"sign-out"_s, u"--inactive"_s, u"--json"_s});
    CLI_EXPECT(again, 0);
    QCOMPARE(again.object(), obj({{u"ended"_s, 0}}));
}

void TestCliAdmin::signOutIdsAndAll()
{
    const QJsonObject poolA = m_sw->pool(obj({{u"name"_s, u"A"_s}, {u"seats"_s, 3}}));
    const QString a = poolA.value(u"id"_s).toString();
    const QString b = m_sw->pool(obj({{u"name"_s, u"B"_s}, {u"seats"_s, 2}})).value(u"id"_s).toString();
    const Seat a1 = m_sw->login(m_sw->user(u"agent"_s), a, u"a1"_s);
    const Seat a2 = m_sw->login(m_sw->user(u"agent"_s), a, u"a2"_s);
    const Seat a3 = m_sw->login(m_sw->user(u"agent"_s), a, u"a3"_s);
    const Seat b1 = m_sw->login(m_sw->user(u"agent"_s), b, u"b1"_s);

    const CliRun byIds = m_cli->admin({u"sign-out"_s, u"--ids"_s, a1.id + u',' + a2.id, u"--json"_s});
    CLI_EXPECT(byIds, 0);
    QCOMPARE(byIds.object().value(u"ended"_s).toInt(), 2);
    QCOMPARE(m_sw->heartbeat(a1).json.value(u"reason"_s).toString(), u"forced"_s);
    QCOMPARE(m_sw->inUse(a), 1);

    const CliRun inA = m_cli->admin({u"sign-out"_s, u"--all"_s, u"--pool"_s, u"A"_s});
    CLI_EXPECT(inA, 0);
    QCOMPARE(inA.out.trimmed(), u"Ended 1 session(s)."_s);
    QCOMPARE(m_sw->inUse(a), 0);
    QCOMPARE(m_sw->heartbeatOutcome(b1, true), u"active"_s);
    QCOMPARE(m_sw->heartbeat(a3).status, 410);

    const CliRun everything = m_cli->admin({u"sign-out"_s, u"--all"_s});
    CLI_EXPECT(everything, 0);
    QCOMPARE(everything.out.trimmed(), u"Ended 1 session(s)."_s);
    QCOMPARE(m_sw->inUse(b), 0);
}

void TestCliAdmin::tokenCommandPrintsAWorkingToken()
{
    const User manager = m_sw->user(u"manager"_s);
    const CliRun token = m_cli->plain({u"token"_s, u"--login"_s, manager.login, u"--password-stdin"_s},
                                      manager.password.toUtf8() + '\n');
    CLI_EXPECT(token, 0);
    const QString printed = token.out.trimmed();
    QVERIFY(!printed.isEmpty());
    QVERIFY(!token.out.contains(manager.password));
    QVERIFY(!token.err.contains(manager.password));
    QCOMPARE(m_sw->http().get(u"/pools"_s, printed).status, 200);
    const CliRun status = m_cli->plain({u"status"_s, u"--token"_s, printed});
    CLI_EXPECT(status, 0);

    // --login straight on an admin command signs in first.
    const CliRun direct =
        m_cli->plain({u"--login"_s, manager.login, u"sessions"_s, u"--json"_s}, manager.password.toUtf8() + '\n');
    CLI_EXPECT(direct, 0);
    QCOMPARE(direct.array().size(), 0);
}

void TestCliAdmin::environmentGivesGatewayAndToken()
{
    m_sw->pool(obj({{u"name"_s, u"From env"_s}}));
    QProcessEnvironment env;
    env.insert(u"SEATWISE_GATEWAY"_s, m_cli->gateway());
    env.insert(u"SEATWISE_TOKEN"_s, m_sw->owner());
    const CliRun status = Seatctl::raw({u"status"_s}, {}, env);
    CLI_EXPECT(status, 0);
    QVERIFY(status.out.contains(u"From env"_s));
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "TestCliAdmin.moc"
