// POST /pools and GET /pools: settings, defaults, who may make pools, seat counts.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestPools final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void defaultsAreApplied();
    void settingsAreKept();
    void anonymousPoolShowsKeyOnce();
    void managersMakePoolsAgentsDoNot();
    void anyUserListsPools();
    void invalidPoolIsRefused_data();
    void invalidPoolIsRefused();
    void countsFollowSessions();

private:
    std::unique_ptr<Seatwise> m_sw;
};

void TestPools::defaultsAreApplied()
{
    const Reply made = m_sw->http().post(
        u"/pools"_s,
        obj({{u"name"_s, u"Agents"_s}, {u"kind"_s, u"standard"_s}, {u"model"_s, u"concurrent"_s}, {u"seats"_s, 5}}),
        m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    const QJsonObject pool = made.json;
    QVERIFY(!pool.value(u"id"_s).toString().isEmpty());
    QCOMPARE(pool.value(u"name"_s).toString(), u"Agents"_s);
    QCOMPARE(pool.value(u"kind"_s).toString(), u"standard"_s);
    QCOMPARE(pool.value(u"model"_s).toString(), u"concurrent"_s);
    QCOMPARE(pool.value(u"seats"_s).toInt(), 5);
    QCOMPARE(pool.value(u"login_policy"_s).toString(), u"single_location"_s);
    QCOMPARE(pool.value(u"idle_after_s"_s).toInt(), 600);
    QCOMPARE(pool.value(u"purge_after_s"_s).toInt(-1), 0);
    QCOMPARE(pool.value(u"grace_s"_s).toInt(-1), 0);
    QCOMPARE(pool.value(u"heartbeat_interval_s"_s).toInt(), 20);
    QCOMPARE(pool.value(u"standby_expire_s"_s).toInt(), 3600);
    QCOMPARE(pool.value(u"overflow"_s).toBool(true), false);
    QCOMPARE(pool.value(u"anonymous"_s).toBool(true), false);
    QCOMPARE(pool.value(u"in_use"_s).toInt(-1), 0);
    QCOMPARE(pool.value(u"available"_s).toInt(), 5);
    QVERIFY2(!pool.contains(u"client_key"_s), made.raw.constData());
}

void TestPools::settingsAreKept()
{
    const QJsonObject settings{{u"name"_s, u"Sales"_s},
                               {u"kind"_s, u"standard"_s},
                               {u"model"_s, u"concurrent"_s},
                               {u"seats"_s, 3},
                               {u"login_policy"_s, u"per_device"_s},
                               {u"idle_after_s"_s, 30},
                               {u"purge_after_s"_s, 60},
                               {u"grace_s"_s, 15},
                               {u"overflow"_s, true},
                               {u"features"_s, QJsonArray{u"web_phone"_s, u"inbound"_s}},
                               {u"price_cents"_s, 4900},
                               {u"heartbeat_interval_s"_s, 5},
                               {u"standby_expire_s"_s, 120}};
    const QJsonObject made = m_sw->pool(settings);
    for (auto it = settings.begin(); it != settings.end(); ++it)
        QVERIFY2(made.value(it.key()) == it.value(), qPrintable(it.key()));
    // GET /pools lists the same settings.
    const QJsonObject listed = m_sw->poolListed(made.value(u"id"_s).toString());
    for (auto it = settings.begin(); it != settings.end(); ++it)
        QVERIFY2(listed.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(listed.value(u"in_use"_s).toInt(-1), 0);
    QCOMPARE(listed.value(u"available"_s).toInt(), 3);
    QCOMPARE(listed.value(u"overflow_in_use"_s).toInt(-1), 0);
}

void TestPools::anonymousPoolShowsKeyOnce()
{
    const QJsonObject made = m_sw->pool(obj({{u"anonymous"_s, true}, {u"seats"_s, 2}}));
    QCOMPARE(made.value(u"anonymous"_s).toBool(), true);
    QVERIFY(!made.value(u"client_key"_s).toString().isEmpty());
    const QJsonObject listed = m_sw->poolListed(made.value(u"id"_s).toString());
    QVERIFY(!listed.isEmpty());
    QVERIFY(!listed.contains(u"client_key"_s));
}

void TestPools::managersMakePoolsAgentsDoNot()
{
    const User manager = m_sw->user(u"manager"_s);
    const User agent = m_sw->user(u"agent"_s);
    const QJsonObject body{
        {u"name"_s, u"Support"_s}, {u"kind"_s, u"standard"_s}, {u"model"_s, u"concurrent"_s}, {u"seats"_s, 2}};
    SW_COMPARE_STATUS(m_sw->http().post(u"/pools"_s, body, manager.token), 201);
    SW_COMPARE_ERROR(m_sw->http().post(u"/pools"_s, body, agent.token), 403, "forbidden");
    const Reply pools = m_sw->http().get(u"/pools"_s, m_sw->owner());
    SW_COMPARE_STATUS(pools, 200);
    QCOMPARE(pools.array.size(), 1);
}

void TestPools::anyUserListsPools()
{
    const QJsonObject made = m_sw->pool(obj({{u"seats"_s, 4}}));
    const User agent = m_sw->user(u"agent"_s);
    const Reply pools = m_sw->http().get(u"/pools"_s, agent.token);
    SW_COMPARE_STATUS(pools, 200);
    QCOMPARE(pools.array.size(), 1);
    const QJsonObject pool = pools.array.first().toObject();
    QCOMPARE(pool.value(u"id"_s).toString(), made.value(u"id"_s).toString());
    QCOMPARE(pool.value(u"seats"_s).toInt(), 4);
    QCOMPARE(pool.value(u"available"_s).toInt(), 4);
}

void TestPools::invalidPoolIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json") << QByteArray(R"({"name": "p", "seats": 1,)");
    QTest::newRow("array body") << QByteArray(R"([{"name": "p"}])");
    QTest::newRow("no name") << QByteArray(R"({"kind": "standard", "model": "concurrent", "seats": 1})");
    QTest::newRow("no seats") << QByteArray(R"({"name": "p", "kind": "standard", "model": "concurrent"})");
    QTest::newRow("seats as text") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": "5"})");
    QTest::newRow("negative seats") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": -1})");
    QTest::newRow("fractional seats") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": 1.5})");
    QTest::newRow("unknown kind") << QByteArray(R"({"name": "p", "kind": "gold", "model": "concurrent", "seats": 1})");
    QTest::newRow("unknown model") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "rolling", "seats": 1})");
    QTest::newRow("unknown login policy")
        << QByteArray(R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": 1, "login_policy": "any"})");
    QTest::newRow("negative idle") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": 1, "idle_after_s": -5})");
    QTest::newRow("features not a list") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": 1, "features": "inbound"})");
    QTest::newRow("overflow as text") << QByteArray(
        R"({"name": "p", "kind": "standard", "model": "concurrent", "seats": 1, "overflow": "yes"})");
}

void TestPools::invalidPoolIsRefused()
{
    QFETCH(QByteArray, body);
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/pools"_s, body, m_sw->owner()), 400, "bad_request");
    const Reply pools = m_sw->http().get(u"/pools"_s, m_sw->owner());
    SW_COMPARE_STATUS(pools, 200);
    QVERIFY2(pools.array.isEmpty(), pools.raw.constData());
}

void TestPools::countsFollowSessions()
{
    const QJsonObject pool = m_sw->pool(obj({{u"seats"_s, 2}}));
    const QString id = pool.value(u"id"_s).toString();
    const User a = m_sw->user(u"agent"_s);
    const User b = m_sw->user(u"agent"_s);
    const Seat first = m_sw->login(a, id, u"dev-a"_s);
    SW_COMPARE_STATUS(first.reply, 201);
    QJsonObject listed = m_sw->poolListed(id);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), 1);
    QCOMPARE(listed.value(u"available"_s).toInt(), 1);
    SW_COMPARE_STATUS(m_sw->login(b, id, u"dev-b"_s).reply, 201);
    listed = m_sw->poolListed(id);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), 2);
    QCOMPARE(listed.value(u"available"_s).toInt(), 0);
    SW_COMPARE_STATUS(m_sw->logout(first), 204);
    listed = m_sw->poolListed(id);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), 1);
    QCOMPARE(listed.value(u"available"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestPools)
#include "TestPools.moc"
