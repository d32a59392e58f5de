// R2 pay-per-use overflow: a full pool that allows overflow admits a login while the account has
// minutes, counts it apart, and debits one minute per started minute when it ends.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestOverflow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void minutesAreKeptPerAccount();
    void fullPoolOverflowsWhileMinutesLast();
    void shortSessionCostsOneMinute();
    void noOverflowWithoutPermissionOrMinutes();

private:
    int minutes();
    void addMinutes(int add);

    std::unique_ptr<Seatwise> m_sw;
};

int TestOverflow::minutes()
{
    const Reply r = m_sw->http().get(u"/account/ppu"_s, m_sw->owner());
    if (r.status != 200)
        QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
    return r.json.value(u"minutes"_s).toInt(-1);
}

void TestOverflow::addMinutes(int add)
{
    const Reply r = m_sw->http().post(u"/account/ppu"_s, obj({{u"add_minutes"_s, add}}), m_sw->owner());
    if (r.status != 200)
        QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
}

void TestOverflow::minutesAreKeptPerAccount()
{
    QCOMPARE(minutes(), 0);
    const Reply added = m_sw->http().post(u"/account/ppu"_s, obj({{u"add_minutes"_s, 30}}), m_sw->owner());
    SW_COMPARE_STATUS(added, 200);
    QCOMPARE(added.json.value(u"minutes"_s).toInt(), 30);
    addMinutes(15);
    QCOMPARE(minutes(), 45);
    SW_COMPARE_ERROR(m_sw->http().post(u"/account/ppu"_s, obj({{u"add_minutes"_s, -5}}), m_sw->owner()), 400,
                     "bad_request");
    const User agent = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->http().post(u"/account/ppu"_s, obj({{u"add_minutes"_s, 5}}), agent.token), 403, "forbidden");
    // Minutes survive a restart of the gateway.
    QVERIFY(m_sw->process().restart());
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    QCOMPARE(minutes(), 45);
}

void TestOverflow::fullPoolOverflowsWhileMinutesLast()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 1}, {u"overflow"_s, true}})).value(u"id"_s).toString();
    const Seat regular = m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s);
    SW_COMPARE_STATUS(regular.reply, 201);
    QCOMPARE(regular.reply.json.value(u"overflow"_s).toBool(true), false);
    const User late = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->login(late, pool, u"b"_s).reply, 409, "no_license_available"); // no minutes yet

    addMinutes(5);
    const Seat extra = m_sw->login(late, pool, u"b"_s);
    SW_COMPARE_STATUS(extra.reply, 201);
    QCOMPARE(extra.reply.json.value(u"overflow"_s).toBool(), true);
    const QJsonObject listedPool = m_sw->poolListed(pool);
    QCOMPARE(listedPool.value(u"in_use"_s).toInt(), 1);
    QCOMPARE(listedPool.value(u"overflow_in_use"_s).toInt(), 1);
    QCOMPARE(listedPool.value(u"available"_s).toInt(-1), 0);
    QCOMPARE(m_sw->sessionListed(extra.id).value(u"overflow"_s).toBool(), true);
    QCOMPARE(m_sw->heartbeatOutcome(extra), u"active"_s);
    QCOMPARE(minutes(), 5); // debited at the end, not at the start

    SW_COMPARE_STATUS(m_sw->logout(extra), 204);
    QCOMPARE(minutes(), 4);
    QCOMPARE(m_sw->poolListed(pool).value(u"overflow_in_use"_s).toInt(-1), 0);
    // The regular seat frees normally and costs nothing.
    SW_COMPARE_STATUS(m_sw->logout(regular), 204);
    QCOMPARE(minutes(), 4);
    QCOMPARE(m_sw->inUse(pool), 0);
}

void TestOverflow::shortSessionCostsOneMinute()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 1}, {u"overflow"_s, true}})).value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s).reply, 201);
    addMinutes(1);
    const User late = m_sw->user(u"agent"_s);
    const Seat extra = m_sw->login(late, pool, u"b"_s);
    SW_COMPARE_STATUS(extra.reply, 201);
    QCOMPARE(extra.reply.json.value(u"overflow"_s).toBool(), true);
    QTest::qWait(2000); // a session of a few seconds
    QCOMPARE(m_sw->heartbeatOutcome(extra), u"active"_s);
    // A manager ending it debits the same way as a logout.
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + extra.id, m_sw->owner()), 204);
    QCOMPARE(minutes(), 0);
    SW_COMPARE_ERROR(m_sw->login(late, pool, u"b"_s).reply, 409, "no_license_available");
    QCOMPARE(m_sw->poolListed(pool).value(u"overflow_in_use"_s).toInt(-1), 0);
}

void TestOverflow::noOverflowWithoutPermissionOrMinutes()
{
    addMinutes(10);
    const QString strict = m_sw->pool(obj({{u"seats"_s, 1}})).value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), strict, u"a"_s).reply, 201);
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), strict, u"b"_s).reply, 409, "no_license_available");
    QCOMPARE(m_sw->poolListed(strict).value(u"overflow_in_use"_s).toInt(-1), 0);
    // A pool with a free seat gives a regular one even when overflow is allowed.
    const QString open = m_sw->pool(obj({{u"seats"_s, 2}, {u"overflow"_s, true}})).value(u"id"_s).toString();
    const Seat first = m_sw->login(m_sw->user(u"agent"_s), open, u"a"_s);
    QCOMPARE(first.reply.json.value(u"overflow"_s).toBool(true), false);
    QCOMPARE(m_sw->inUse(open), 1);
    QCOMPARE(minutes(), 10);
}

QTEST_GUILESS_MAIN(TestOverflow)
#include "TestOverflow.moc"
