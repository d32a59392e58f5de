// R6 heartbeats, R7 inactive after idle_after_s, R8 purge after purge_after_s without any heartbeat.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
QDateTime timeOf(const QJsonObject& session, const QString& field)
{
    return QDateTime::fromString(session.value(field).toString(), Qt::ISODate);
}
} // namespace

class TestHeartbeat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void heartbeatAnswersState();
    void heartbeatSetsSeenAndActive();
    void heartbeatNeedsItsSessionToken();
    void malformedHeartbeatIsRefused_data();
    void malformedHeartbeatIsRefused();
    void idleSessionBecomesInactive();
    void unseenSessionIsPurged();
    void inactiveHeartbeatsPreventPurge();
    void endedSessionAnswersGone();

private:
    std::unique_ptr<Seatwise> m_sw;
};

void TestHeartbeat::heartbeatAnswersState()
{
    const QString pool = m_sw->pool(obj({{u"heartbeat_interval_s"_s, 3}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"heartbeat_interval_s"_s).toInt(), 3);
    const Reply beat = m_sw->heartbeat(seat, true);
    SW_COMPARE_STATUS(beat, 200);
    QCOMPARE(beat.json.value(u"state"_s).toString(), u"active"_s);
    QVERIFY(!beat.json.contains(u"terminate_at"_s));
    SW_COMPARE_STATUS(m_sw->heartbeat(seat, false), 200);
}

void TestHeartbeat::heartbeatSetsSeenAndActive()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const QJsonObject before = m_sw->sessionListed(seat.id);
    QVERIFY(timeOf(before, u"last_seen_at"_s).isValid());
    QVERIFY(timeOf(before, u"last_active_at"_s).isValid());
    // ISO times have second precision: cross a second boundary before each heartbeat.
    QTest::qWait(1100);
    SW_COMPARE_STATUS(m_sw->heartbeat(seat, false), 200);
    const QJsonObject seen = m_sw->sessionListed(seat.id);
    QVERIFY(timeOf(seen, u"last_seen_at"_s) > timeOf(before, u"last_seen_at"_s));
    QCOMPARE(timeOf(seen, u"last_active_at"_s), timeOf(before, u"last_active_at"_s));
    QTest::qWait(1100);
    SW_COMPARE_STATUS(m_sw->heartbeat(seat, true), 200);
    const QJsonObject active = m_sw->sessionListed(seat.id);
    QVERIFY(timeOf(active, u"last_seen_at"_s) > timeOf(seen, u"last_seen_at"_s));
    QVERIFY(timeOf(active, u"last_active_at"_s) > timeOf(seen, u"last_active_at"_s));
    QVERIFY(active.value(u"last_seen_at"_s).toString().endsWith(u'Z'));
}

void TestHeartbeat::heartbeatNeedsItsSessionToken()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const Seat a = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    const Seat b = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(a.reply, 201);
    SW_COMPARE_STATUS(b.reply, 201);
    SW_COMPARE_ERROR(m_sw->heartbeat(a.id, b.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->heartbeat(a.id, QString()), 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->heartbeat(a.id, u"not-a-token"_s), 401, "unauthorized");
    QCOMPARE(m_sw->heartbeatOutcome(a), u"active"_s);
}

void TestHeartbeat::malformedHeartbeatIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json") << QByteArray(R"({"active": tru)");
    QTest::newRow("active not a bool") << QByteArray(R"({"active": "yes"})");
    QTest::newRow("array") << QByteArray(R"([true])");
}

void TestHeartbeat::malformedHeartbeatIsRefused()
{
    QFETCH(QByteArray, body);
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/sessions/"_s + seat.id + u"/heartbeat"_s, body, seat.token), 400,
                     "bad_request");
}

void TestHeartbeat::idleSessionBecomesInactive()
{
    const QString pool = m_sw->pool(obj({{u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
    // Heartbeats without an open window keep it seen but not active.
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->heartbeatOutcome(seat, false), u"inactive"_s, 4000);
    QCOMPARE(m_sw->stateOf(seat.id), u"inactive"_s);
    QCOMPARE(m_sw->sessions(m_sw->owner(), u"?state=inactive&pool="_s + pool).size(), 1);
    QCOMPARE(m_sw->sessions(m_sw->owner(), u"?state=active&pool="_s + pool).size(), 0);
    // Still holds its seat.
    QCOMPARE(m_sw->inUse(pool), 1);
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s).reply, 409, "no_license_available");
    // An active heartbeat brings it back.
    QCOMPARE(m_sw->heartbeatOutcome(seat, true), u"active"_s);
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestHeartbeat::unseenSessionIsPurged()
{
    const QString pool = m_sw->pool(obj({{u"purge_after_s"_s, 2}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(m_sw->inUse(pool), 1);
    // No heartbeat at all: within purge_after_s plus the reaper's interval the seat frees.
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->inUse(pool), 0, 5000);
    QVERIFY(!m_sw->isListed(seat.id));
    const Reply gone = m_sw->heartbeat(seat);
    SW_COMPARE_ERROR(gone, 410, "session_ended");
    QCOMPARE(gone.json.value(u"reason"_s).toString(), u"purged"_s);
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s).reply, 201);
}

void TestHeartbeat::inactiveHeartbeatsPreventPurge()
{
    const QString pool = m_sw->pool(obj({{u"purge_after_s"_s, 2}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    // Heartbeat (inactive) every 500 ms for 4 s: seen all along, so never purged though inactive.
    QElapsedTimer timer;
    timer.start();
    QString outcome;
    while (timer.elapsed() < 4000) {
        outcome = m_sw->heartbeatOutcome(seat, false);
        QVERIFY2(outcome == u"active"_s || outcome == u"inactive"_s, qPrintable(outcome));
        QTest::qWait(500);
    }
    QCOMPARE(outcome, u"inactive"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestHeartbeat::endedSessionAnswersGone()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    const Reply gone = m_sw->heartbeat(seat);
    SW_COMPARE_ERROR(gone, 410, "session_ended");
    QCOMPARE(gone.json.value(u"reason"_s).toString(), u"logout"_s);
    // A heartbeat does not revive it.
    QCOMPARE(m_sw->inUse(pool), 0);
    QVERIFY(!m_sw->isListed(seat.id));
}

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "TestHeartbeat.moc"
