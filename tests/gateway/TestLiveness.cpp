// Heartbeats are kept in memory and written to the store in batches (at each reaper pass, 250 ms, and
// before any other call). What the store holds lags by at most one batch, and a kill -9 loses at most
// that much liveness and never a seat.
#include "support/Checks.h"
#include "support/Seatwise.h"
#include "support/StoreUnderTest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
constexpr int BatchMs = 250; // the reaper's interval, the gateway's default
} // namespace

class TestLiveness final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void beatsReachTheStoreWithinOneBatch();
    void kill9LosesAtMostOneBatchOfLiveness();

private:
    // last_seen_at of the session as the store holds it, read beside the gateway.
    qint64 storedLastSeen(const QString& sessionId);

    std::unique_ptr<Seatwise> m_sw;
};

qint64 TestLiveness::storedLastSeen(const QString& sessionId)
{
    qint64 value = -1;
    {
        QSqlDatabase db = StoreUnderTest::open(m_sw->process().dbPath(), u"peek"_s);
        QSqlQuery query(db);
        query.prepare(u"SELECT last_seen_at FROM sessions WHERE id = ?"_s);
        query.addBindValue(sessionId);
        if (query.exec() && query.next())
            value = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

void TestLiveness::beatsReachTheStoreWithinOneBatch()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const qint64 openedSeen = storedLastSeen(seat.id);
    QVERIFY(openedSeen > 0);
    QTest::qWait(50);
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    SW_COMPARE_STATUS(m_sw->heartbeat(seat), 200);
    QElapsedTimer lag;
    lag.start();
    QTRY_VERIFY_WITH_TIMEOUT(storedLastSeen(seat.id) >= sentAt, 5000);
    qInfo("a heartbeat reached the store %lld ms after its answer (batch interval %d ms)", lag.elapsed(), BatchMs);
    // Any other call sees the beat at once: the listing writes the batch first (times in whole seconds).
    QTest::qWait(1000);
    const qint64 secondSentAt = QDateTime::currentMSecsSinceEpoch();
    SW_COMPARE_STATUS(m_sw->heartbeat(seat), 200);
    const QJsonObject listed = m_sw->sessionListed(seat.id);
    const qint64 listedSeen =
        QDateTime::fromString(listed.value(u"last_seen_at"_s).toString(), Qt::ISODate).toMSecsSinceEpoch();
    QVERIFY(listedSeen >= secondSentAt / 1000 * 1000);
    QVERIFY(storedLastSeen(seat.id) >= secondSentAt);
}

void TestLiveness::kill9LosesAtMostOneBatchOfLiveness()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 1}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    qint64 lastSentAt = 0;
    for (int i = 0; i < 20; ++i) {
        lastSentAt = QDateTime::currentMSecsSinceEpoch();
        SW_COMPARE_STATUS(m_sw->heartbeat(seat), 200);
        QTest::qWait(20);
    }
    m_sw->process().kill9();
    const qint64 stored = storedLastSeen(seat.id);
    qInfo("after kill -9 the store had the last beat minus %lld ms", qMax<qint64>(0, lastSentAt - stored));
    QVERIFY2(stored >= lastSentAt - BatchMs - 100,
             qPrintable(u"stored %1, last beat sent at %2"_s.arg(stored).arg(lastSentAt)));
    // The seat decision is never lost: after a restart the session holds its seat and still beats.
    QVERIFY2(m_sw->process().restart(), qPrintable(m_sw->process().lastError()));
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"active"_s);
}

QTEST_GUILESS_MAIN(TestLiveness)
#include "TestLiveness.moc"
