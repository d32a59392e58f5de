// R11 pause/resume and R12 standby/start/expiry.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestPauseStandby final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void pauseFreesSeat();
    void pausedIsListedToOwnUserOnly();
    void onlyOwnUserMayPause();
    void resumeNeedsFreeSeat();
    void pauseNeedsActiveSession();
    void standbyHoldsSeatUntilStart();
    void startNeedsStandby();
    void standbyExpires();

private:
    Reply action(const Seat& seat, const QString& what, const QString& token = {})
    {
        return m_sw->http().post(u"/sessions/"_s + seat.id + u'/' + what, {}, token.isEmpty() ? seat.token : token);
    }

    std::unique_ptr<Seatwise> m_sw;
};

void TestPauseStandby::pauseFreesSeat()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const Reply paused = action(seat, u"pause"_s);
    SW_COMPARE_STATUS(paused, 200);
    QCOMPARE(paused.json.value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(paused.json.value(u"id"_s).toString(), seat.id);
    QCOMPARE(m_sw->inUse(pool), 0);
    // The freed seat is really free.
    const Seat other = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc2"_s);
    SW_COMPARE_STATUS(other.reply, 201);
    SW_COMPARE_STATUS(m_sw->logout(other), 204);
    const Reply resumed = action(seat, u"resume"_s);
    SW_COMPARE_STATUS(resumed, 200);
    QCOMPARE(resumed.json.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"active"_s);
}

void TestPauseStandby::pausedIsListedToOwnUserOnly()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->login(agent, pool, u"pc"_s);
    SW_COMPARE_STATUS(action(seat, u"pause"_s), 200);
    QCOMPARE(m_sw->stateOf(seat.id, agent.token), u"paused"_s);
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"paused"_s); // a heartbeat does not resume it
    QVERIFY(!m_sw->isListed(seat.id, m_sw->owner()));
    QVERIFY(!m_sw->isListed(seat.id, m_sw->user(u"manager"_s).token));
    QCOMPARE(m_sw->sessions(agent.token, u"?state=paused"_s).size(), 1);
}

void TestPauseStandby::onlyOwnUserMayPause()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->login(agent, pool, u"pc"_s);
    const Seat other = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_ERROR(action(seat, u"pause"_s, m_sw->owner()), 403, "forbidden");
    SW_COMPARE_ERROR(action(seat, u"pause"_s, m_sw->user(u"manager"_s).token), 403, "forbidden");
    SW_COMPARE_ERROR(action(seat, u"pause"_s, other.token), 403, "forbidden");
    SW_COMPARE_ERROR(action(seat, u"pause"_s, u"no-such-token"_s), 401, "unauthorized");
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 2);
    // The own user's token works like the session token.
    const Reply paused = action(seat, u"pause"_s, agent.token);
    SW_COMPARE_STATUS(paused, 200);
    QCOMPARE(paused.json.value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestPauseStandby::resumeNeedsFreeSeat()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(action(seat, u"pause"_s), 200);
    const Seat taker = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(taker.reply, 201);
    SW_COMPARE_ERROR(action(seat, u"resume"_s), 409, "no_license_available");
    QCOMPARE(m_sw->inUse(pool), 1);
    SW_COMPARE_STATUS(m_sw->logout(taker), 204);
    SW_COMPARE_STATUS(action(seat, u"resume"_s), 200);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestPauseStandby::pauseNeedsActiveSession()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(action(seat, u"pause"_s), 200);
    SW_COMPARE_ERROR(action(seat, u"pause"_s), 409, "invalid_state");
    SW_COMPARE_STATUS(action(seat, u"resume"_s), 200);
    SW_COMPARE_ERROR(action(seat, u"resume"_s), 409, "invalid_state");
    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    // An ended session cannot be paused (its token may even be revoked).
    const Reply ended = action(seat, u"pause"_s);
    QVERIFY2(ended.status == 410 || ended.status == 409 || ended.status == 401, ended.describe().constData());
    QVERIFY(!m_sw->isListed(seat.id));
}

void TestPauseStandby::standbyHoldsSeatUntilStart()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s, obj({{u"standby"_s, true}}));
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.state(), u"standby"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->stateOf(seat.id), u"standby"_s);
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"standby"_s);
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s).reply, 409, "no_license_available");
    const Reply started = action(seat, u"start"_s);
    SW_COMPARE_STATUS(started, 200);
    QCOMPARE(started.json.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
}

void TestPauseStandby::startNeedsStandby()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    SW_COMPARE_ERROR(action(seat, u"start"_s), 409, "invalid_state");
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
}

void TestPauseStandby::standbyExpires()
{
    const QString pool = m_sw->pool(obj({{u"standby_expire_s"_s, 1}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s, obj({{u"standby"_s, true}}));
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(m_sw->inUse(pool), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->inUse(pool), 0, 4000);
    const Reply gone = m_sw->heartbeat(seat, false);
    SW_COMPARE_ERROR(gone, 410, "session_ended");
    QCOMPARE(gone.json.value(u"reason"_s).toString(), u"expired"_s);
    const Reply start = action(seat, u"start"_s);
    QVERIFY2(start.status == 410 || start.status == 409 || start.status == 401, start.describe().constData());
    QVERIFY(!m_sw->isListed(seat.id));
}

QTEST_GUILESS_MAIN(TestPauseStandby)
#include "TestPauseStandby.moc"
