#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

// The reaper meets every deadline within a second (issue #2 item 7): measured from the moment the
// client got its answer to the moment the seat is free, against the pool's configured time.
class TestReaperTiming final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Seatwise> m_sw;

    // Polls every 20 ms until the pool's in-use count is `count`; the elapsed ms, or -1 after 6 s.
    qint64 msUntilInUse(QElapsedTimer& since, const QString& pool, int count)
    {
        while (since.elapsed() < 6000) {
            if (m_sw->inUse(pool) == count)
                return since.elapsed();
            QTest::qWait(20);
        }
        return -1;
    }
    void expectWithinASecond(qint64 elapsedMs, qint64 deadlineMs)
    {
        QVERIFY2(elapsedMs >= 0, "the seat was never freed");
        qInfo("deadline %lld ms, freed after %lld ms (late by %lld ms)", deadlineMs, elapsedMs, elapsedMs - deadlineMs);
        QVERIFY2(elapsedMs >= deadlineMs - 50,
                 qPrintable(u"freed %1 ms before its deadline"_s.arg(deadlineMs - elapsedMs)));
        QVERIFY2(elapsedMs <= deadlineMs + 1000, qPrintable(u"freed %1 ms late"_s.arg(elapsedMs - deadlineMs)));
    }

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void purgeIsOnTime()
    {
        const QString pool = m_sw->pool(obj({{u"purge_after_s"_s, 2}})).value(u"id"_s).toString();
        QElapsedTimer since;
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
        since.start();
        SW_COMPARE_STATUS(seat.reply, 201);
        expectWithinASecond(msUntilInUse(since, pool, 0), 2000);
    }
    void standbyExpiryIsOnTime()
    {
        const QString pool = m_sw->pool(obj({{u"standby_expire_s"_s, 2}})).value(u"id"_s).toString();
        QElapsedTimer since;
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s, obj({{u"standby"_s, true}}));
        since.start();
        SW_COMPARE_STATUS(seat.reply, 201);
        QCOMPARE(seat.state(), u"standby"_s);
        expectWithinASecond(msUntilInUse(since, pool, 0), 2000);
    }
    void graceEndIsOnTime()
    {
        const QString pool = m_sw->pool(obj({{u"grace_s"_s, 2}})).value(u"id"_s).toString();
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
        SW_COMPARE_STATUS(seat.reply, 201);
        QElapsedTimer since;
        const Reply forced = m_sw->signOut(obj({{u"ids"_s, QJsonArray{seat.id}}}));
        since.start();
        SW_COMPARE_STATUS(forced, 200);
        QCOMPARE(m_sw->stateOf(seat.id), u"terminating"_s);
        expectWithinASecond(msUntilInUse(since, pool, 0), 2000);
        QCOMPARE(m_sw->heartbeatOutcome(seat), u"ended:forced"_s);
    }
    void idleIsOnTime()
    {
        const QString pool = m_sw->pool(obj({{u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
        QElapsedTimer since;
        const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
        since.start();
        SW_COMPARE_STATUS(seat.reply, 201);
        qint64 inactiveAfter = -1;
        while (since.elapsed() < 5000 && inactiveAfter < 0) {
            if (m_sw->stateOf(seat.id) == u"inactive"_s)
                inactiveAfter = since.elapsed();
            QTest::qWait(20);
        }
        expectWithinASecond(inactiveAfter, 1000);
        QCOMPARE(m_sw->inUse(pool), 1); // R7: inactive still holds its seat
    }
};

QTEST_GUILESS_MAIN(TestReaperTiming)
#include "TestReaperTiming.moc"
