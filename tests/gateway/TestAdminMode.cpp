// R5: admin mode takes a seat from the account's admin pool, or becomes limited_admin without one.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestAdminMode final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void agentsMayNotUseAdminMode();
    void adminTakesAdminSeat();
    void adminFeaturesExcludePhoneAndMap();
    void oldestAdminPoolIsUsed();
    void fullAdminPoolGivesLimitedAdmin();
    void noAdminPoolGivesLimitedAdmin();
    void ownerMayUseAdminMode();

private:
    QJsonObject adminPool(int seats, const QJsonArray& features = {})
    {
        return m_sw->pool(obj({{u"kind"_s, u"admin"_s}, {u"seats"_s, seats}, {u"features"_s, features}}));
    }
    static QJsonObject admin() { return obj({{u"mode"_s, u"admin"_s}}); }

    std::unique_ptr<Seatwise> m_sw;
};

void TestAdminMode::agentsMayNotUseAdminMode()
{
    const QString pool = adminPool(2).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->login(agent, {}, u"d"_s, admin()).reply, 403, "admin_requires_manager");
    SW_COMPARE_ERROR(m_sw->login(agent, pool, u"d"_s, admin()).reply, 403, "admin_requires_manager");
    SW_COMPARE_ERROR(m_sw->loginWithToken(agent.token, {}, u"d"_s, admin()).reply, 403, "admin_requires_manager");
    QCOMPARE(m_sw->inUse(pool), 0);
}

void TestAdminMode::adminTakesAdminSeat()
{
    const QString standard = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const QString pool = adminPool(2).value(u"id"_s).toString();
    const User manager = m_sw->user(u"manager"_s);
    const Seat seat = m_sw->login(manager, {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"mode"_s).toString(), u"admin"_s);
    QCOMPARE(seat.state(), u"active"_s);
    QCOMPARE(seat.reply.json.value(u"pool"_s).toString(), pool);
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->inUse(standard), 0);
    QCOMPARE(m_sw->sessionListed(seat.id).value(u"mode"_s).toString(), u"admin"_s);
    // Even when a standard pool is named, an admin login takes its seat from the admin pool.
    const User other = m_sw->user(u"manager"_s);
    const Seat named = m_sw->login(other, standard, u"desk2"_s, admin());
    SW_COMPARE_STATUS(named.reply, 201);
    QCOMPARE(named.reply.json.value(u"mode"_s).toString(), u"admin"_s);
    QCOMPARE(m_sw->inUse(pool), 2);
    QCOMPARE(m_sw->inUse(standard), 0);
    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestAdminMode::adminFeaturesExcludePhoneAndMap()
{
    adminPool(1, {u"web_phone"_s, u"office_map"_s, u"inbound"_s, u"predictive_dialing"_s});
    const User manager = m_sw->user(u"manager"_s);
    const Seat seat = m_sw->login(manager, {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"features"_s).toArray(), (QJsonArray{u"inbound"_s, u"predictive_dialing"_s}));
}

void TestAdminMode::oldestAdminPoolIsUsed()
{
    const QString oldest = adminPool(1).value(u"id"_s).toString();
    const QString newer = adminPool(5).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"manager"_s), {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"pool"_s).toString(), oldest);
    QCOMPARE(m_sw->inUse(oldest), 1);
    QCOMPARE(m_sw->inUse(newer), 0);
}

void TestAdminMode::fullAdminPoolGivesLimitedAdmin()
{
    const QString pool = adminPool(1, {u"inbound"_s}).value(u"id"_s).toString();
    const Seat first = m_sw->login(m_sw->user(u"manager"_s), {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(first.reply, 201);
    QCOMPARE(first.reply.json.value(u"mode"_s).toString(), u"admin"_s);
    const User second = m_sw->user(u"manager"_s);
    const Seat limited = m_sw->login(second, {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(limited.reply, 201);
    QCOMPARE(limited.reply.json.value(u"mode"_s).toString(), u"limited_admin"_s);
    QCOMPARE(limited.state(), u"active"_s);
    QCOMPARE(limited.reply.json.value(u"features"_s).toArray(), QJsonArray());
    QVERIFY(!limited.token.isEmpty());
    // It holds no seat.
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->sessionListed(limited.id).value(u"mode"_s).toString(), u"limited_admin"_s);
    QCOMPARE(m_sw->heartbeatOutcome(limited), u"active"_s);
    // It may still list sessions and sign users out (with its user's token).
    const QString agents = m_sw->pool(obj({{u"seats"_s, 1}})).value(u"id"_s).toString();
    const Seat agent = m_sw->login(m_sw->user(u"agent"_s), agents, u"pc"_s);
    SW_COMPARE_STATUS(agent.reply, 201);
    QVERIFY(m_sw->isListed(agent.id, second.token));
    const Reply ended = m_sw->signOut(obj({{u"ids"_s, QJsonArray{agent.id}}}), second.token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->inUse(agents), 0);
    // When the admin seat frees, the limited session does not take it behind anyone's back.
    SW_COMPARE_STATUS(m_sw->logout(first), 204);
    QCOMPARE(m_sw->inUse(pool), 0);
    QCOMPARE(m_sw->stateOf(limited.id), u"active"_s);
}

void TestAdminMode::noAdminPoolGivesLimitedAdmin()
{
    const QString standard = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"manager"_s), {}, u"desk"_s, admin());
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"mode"_s).toString(), u"limited_admin"_s);
    QCOMPARE(seat.reply.json.value(u"features"_s).toArray(), QJsonArray());
    QCOMPARE(m_sw->inUse(standard), 0);
}

void TestAdminMode::ownerMayUseAdminMode()
{
    const QString pool = adminPool(1).value(u"id"_s).toString();
    const Seat seat = m_sw->loginWithToken(m_sw->owner(), {}, u"owner-desk"_s, admin());
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(seat.reply.json.value(u"mode"_s).toString(), u"admin"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
}

QTEST_GUILESS_MAIN(TestAdminMode)
#include "TestAdminMode.moc"
