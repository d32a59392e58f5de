// R9 Sign Out Inactive Users and R10 forced ends (by ids, all, DELETE), with and without grace.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestSignOut final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void signOutInactiveEndsOnlyInactive();
    void signOutInactiveIgnoresGrace();
    void signOutInactiveByPool();
    void forceEndByIds();
    void forceEndWithGraceTerminates();
    void clientLogoutFreesTerminatingSeat();
    void signOutAllSparesCallersAdminSession();
    void badIdsEndNothing();
    void malformedSignOutIsRefused_data();
    void malformedSignOutIsRefused();

private:
    // A session that went inactive (idle_after_s 1, inactive heartbeats).
    Seat idleSeat(const QString& pool)
    {
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, Seatwise::unique(u"pc"_s));
        if (seat.status() == 201)
            (void)QTest::qWaitFor([&] { return m_sw->heartbeatOutcome(seat, false) == u"inactive"_s; }, 4000);
        return seat;
    }

    std::unique_ptr<Seatwise> m_sw;
};

void TestSignOut::signOutInactiveEndsOnlyInactive()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat busy = m_sw->login(m_sw->user(u"agent"_s), pool, u"busy-pc"_s);
    SW_COMPARE_STATUS(busy.reply, 201);
    const Seat away1 = idleSeat(pool);
    const Seat away2 = idleSeat(pool);
    QCOMPARE(m_sw->stateOf(away1.id), u"inactive"_s);
    QCOMPARE(m_sw->stateOf(away2.id), u"inactive"_s);
    QCOMPARE(m_sw->heartbeatOutcome(busy, true), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 3);
    const User manager = m_sw->user(u"manager"_s);
    const Reply ended = m_sw->signOut(obj({{u"inactive"_s, true}}), manager.token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 2);
    QCOMPARE(m_sw->inUse(pool), 1);
    for (const Seat& seat : {away1, away2}) {
        const Reply gone = m_sw->heartbeat(seat);
        SW_COMPARE_ERROR(gone, 410, "session_ended");
        QCOMPARE(gone.json.value(u"reason"_s).toString(), u"signed_out_inactive"_s);
    }
    QCOMPARE(m_sw->heartbeatOutcome(busy, true), u"active"_s);
    // Nothing inactive is left: a second call ends nothing.
    const Reply again = m_sw->signOut(obj({{u"inactive"_s, true}}), manager.token);
    SW_COMPARE_STATUS(again, 200);
    QCOMPARE(again.json.value(u"ended"_s).toInt(-1), 0);
}

void TestSignOut::signOutInactiveIgnoresGrace()
{
    const QString pool = m_sw->pool(obj({{u"idle_after_s"_s, 1}, {u"grace_s"_s, 30}})).value(u"id"_s).toString();
    const Seat away = idleSeat(pool);
    QCOMPARE(m_sw->stateOf(away.id), u"inactive"_s);
    const Reply ended = m_sw->signOut(obj({{u"inactive"_s, true}, {u"pool"_s, pool}}));
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    // At once: no terminating phase although the pool has a grace period.
    QCOMPARE(m_sw->inUse(pool), 0);
    QCOMPARE(m_sw->heartbeat(away).status, 410);
}

void TestSignOut::signOutInactiveByPool()
{
    const QString poolA = m_sw->pool(obj({{u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const QString poolB = m_sw->pool(obj({{u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat a = idleSeat(poolA);
    const Seat b = idleSeat(poolB);
    QCOMPARE(m_sw->stateOf(a.id), u"inactive"_s);
    QCOMPARE(m_sw->stateOf(b.id), u"inactive"_s);
    const Reply ended = m_sw->signOut(obj({{u"inactive"_s, true}, {u"pool"_s, poolA}}));
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->inUse(poolA), 0);
    QCOMPARE(m_sw->inUse(poolB), 1);
    QCOMPARE(m_sw->stateOf(b.id), u"inactive"_s);
}

void TestSignOut::forceEndByIds()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const Seat a = m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s);
    const Seat b = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    const Seat c = m_sw->login(m_sw->user(u"agent"_s), pool, u"c"_s);
    const Reply ended = m_sw->signOut(obj({{u"ids"_s, QJsonArray{a.id, b.id}}}), m_sw->user(u"manager"_s).token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 2);
    QCOMPARE(m_sw->inUse(pool), 1);
    const Reply gone = m_sw->heartbeat(a);
    SW_COMPARE_ERROR(gone, 410, "session_ended");
    QCOMPARE(gone.json.value(u"reason"_s).toString(), u"forced"_s);
    QCOMPARE(m_sw->heartbeatOutcome(c), u"active"_s);
    // DELETE by a manager is a forced end too.
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + c.id, m_sw->owner()), 204);
    QCOMPARE(m_sw->heartbeatOutcome(c), u"ended:forced"_s);
    QCOMPARE(m_sw->inUse(pool), 0);
    // Ending an ended session again is fine.
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + c.id, m_sw->owner()), 204);
}

void TestSignOut::forceEndWithGraceTerminates()
{
    const QString pool = m_sw->pool(obj({{u"grace_s"_s, 2}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Reply ended = m_sw->signOut(obj({{u"ids"_s, QJsonArray{seat.id}}}));
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->stateOf(seat.id), u"terminating"_s);
    const Reply beat = m_sw->heartbeat(seat);
    SW_COMPARE_STATUS(beat, 200);
    QCOMPARE(beat.json.value(u"state"_s).toString(), u"terminating"_s);
    QVERIFY(!beat.json.value(u"message"_s).toString().isEmpty());
    const QDateTime terminateAt = QDateTime::fromString(beat.json.value(u"terminate_at"_s).toString(), Qt::ISODate);
    QVERIFY2(terminateAt.isValid(), beat.raw.constData());
    QVERIFY(beat.json.value(u"terminate_at"_s).toString().endsWith(u'Z'));
    QVERIFY(terminateAt >= before.addSecs(1) && terminateAt <= before.addSecs(4));
    // Still holds its seat until terminate_at, then frees it.
    QCOMPARE(m_sw->inUse(pool), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->inUse(pool), 0, 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= terminateAt.addMSecs(-999));
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"ended:forced"_s);
}

void TestSignOut::clientLogoutFreesTerminatingSeat()
{
    const QString pool = m_sw->pool(obj({{u"grace_s"_s, 60}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + seat.id, m_sw->owner()), 204);
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"terminating"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    QCOMPARE(m_sw->inUse(pool), 0);
    QVERIFY(m_sw->heartbeatOutcome(seat).startsWith(u"ended:"_s));
}

void TestSignOut::signOutAllSparesCallersAdminSession()
{
    const QString admins =
        m_sw->pool(obj({{u"kind"_s, u"admin"_s}, {u"seats"_s, 1}, {u"login_policy"_s, u"per_device"_s}}))
            .value(u"id"_s)
            .toString();
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const User manager = m_sw->user(u"manager"_s);
    const Seat mine = m_sw->login(manager, {}, u"desk"_s, obj({{u"mode"_s, u"admin"_s}}));
    const Seat limited = m_sw->login(manager, {}, u"laptop"_s, obj({{u"mode"_s, u"admin"_s}}));
    SW_COMPARE_STATUS(mine.reply, 201);
    SW_COMPARE_STATUS(limited.reply, 201);
    QCOMPARE(limited.reply.json.value(u"mode"_s).toString(), u"limited_admin"_s);
    const Seat otherAdmin = m_sw->login(m_sw->user(u"manager"_s), {}, u"x"_s, obj({{u"mode"_s, u"admin"_s}}));
    SW_COMPARE_STATUS(otherAdmin.reply, 201);
    const Seat a = m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s);
    const Seat b = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    const Reply ended = m_sw->signOut(obj({{u"all"_s, true}}), manager.token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 3);
    QCOMPARE(m_sw->inUse(pool), 0);
    QCOMPARE(m_sw->heartbeatOutcome(a), u"ended:forced"_s);
    QCOMPARE(m_sw->heartbeatOutcome(b), u"ended:forced"_s);
    QCOMPARE(m_sw->heartbeatOutcome(otherAdmin), u"ended:forced"_s);
    QCOMPARE(m_sw->heartbeatOutcome(mine), u"active"_s);
    QCOMPARE(m_sw->heartbeatOutcome(limited), u"active"_s);
    QCOMPARE(m_sw->inUse(admins), 1);
}

void TestSignOut::badIdsEndNothing()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const Seat own = m_sw->login(agent, pool, u"a"_s);
    const Seat other = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"ids"_s, QJsonArray{own.id, unknown}}})), 404, "not_found");
    QCOMPARE(m_sw->inUse(pool), 2);
    // An agent (control own) may not end another agent's session: nothing ends, not even its own.
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"ids"_s, QJsonArray{own.id, other.id}}}), agent.token), 403, "forbidden");
    QCOMPARE(m_sw->inUse(pool), 2);
    QCOMPARE(m_sw->heartbeatOutcome(own), u"active"_s);
    QCOMPARE(m_sw->heartbeatOutcome(other), u"active"_s);
}

void TestSignOut::malformedSignOutIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json") << QByteArray(R"({"all": )");
    QTest::newRow("nothing chosen") << QByteArray(R"({})");
    QTest::newRow("ids not a list") << QByteArray(R"({"ids": "abc"})");
    QTest::newRow("all not a bool") << QByteArray(R"({"all": "yes"})");
}

void TestSignOut::malformedSignOutIsRefused()
{
    QFETCH(QByteArray, body);
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s).reply, 201);
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/sessions/sign-out"_s, body, m_sw->owner()), 400, "bad_request");
    QCOMPARE(m_sw->inUse(pool), 1);
}

QTEST_GUILESS_MAIN(TestSignOut)
#include "TestSignOut.moc"
