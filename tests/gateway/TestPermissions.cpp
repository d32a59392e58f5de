// R13: sessions_view limits what a user lists, sessions_control what a user may end.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestPermissions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_sw.reset(); }

    void agentSeesOwnSessionsOnly();
    void managerSeesDomain();
    void viewDomainOverride();
    void listingFilters();
    void agentEndsOwnNotOthers();
    void ownUserDeleteIsLogout();
    void controlNoneMayEndNothing();
    void agentSignOutInactiveEndsOwnOnly();
    void managerForceEndAppliesToAgents();

private:
    std::unique_ptr<Seatwise> m_sw;
    QString m_pool;
    User m_alice;
    User m_bob;
    Seat m_aliceSeat;
    Seat m_bobSeat;
};

void TestPermissions::init()
{
    SW_START_GATEWAY();
    m_pool = m_sw->pool(obj({{u"seats"_s, 5}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    m_alice = m_sw->user(u"agent"_s);
    m_bob = m_sw->user(u"agent"_s);
    m_aliceSeat = m_sw->login(m_alice, m_pool, u"alice-pc"_s);
    m_bobSeat = m_sw->login(m_bob, m_pool, u"bob-pc"_s);
    SW_COMPARE_STATUS(m_aliceSeat.reply, 201);
    SW_COMPARE_STATUS(m_bobSeat.reply, 201);
}

void TestPermissions::agentSeesOwnSessionsOnly()
{
    const QJsonArray listed = m_sw->sessions(m_alice.token);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"id"_s).toString(), m_aliceSeat.id);
    QVERIFY(!m_sw->isListed(m_bobSeat.id, m_alice.token));
}

void TestPermissions::managerSeesDomain()
{
    const User manager = m_sw->user(u"manager"_s);
    QCOMPARE(m_sw->sessions(manager.token).size(), 2);
    QVERIFY(m_sw->isListed(m_aliceSeat.id, manager.token));
    QVERIFY(m_sw->isListed(m_bobSeat.id, manager.token));
    QCOMPARE(m_sw->sessions(m_sw->owner()).size(), 2);
    // A manager made with view "own" sees only their own.
    const User narrow = m_sw->user(u"manager"_s, obj({{u"sessions_view"_s, u"own"_s}}));
    QCOMPARE(m_sw->sessions(narrow.token).size(), 0);
}

void TestPermissions::viewDomainOverride()
{
    const User lead = m_sw->user(u"agent"_s, obj({{u"sessions_view"_s, u"domain"_s}}));
    QCOMPARE(m_sw->sessions(lead.token).size(), 2);
    // Seeing is not controlling: its control is still "own".
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + m_aliceSeat.id, lead.token), 403, "forbidden");
    QCOMPARE(m_sw->inUse(m_pool), 2);
}

void TestPermissions::listingFilters()
{
    const QString other = m_sw->pool().value(u"id"_s).toString();
    const Seat elsewhere = m_sw->login(m_sw->user(u"agent"_s), other, u"x"_s);
    SW_COMPARE_STATUS(elsewhere.reply, 201);
    QCOMPARE(m_sw->sessions(m_sw->owner()).size(), 3);
    const QJsonArray inPool = m_sw->sessions(m_sw->owner(), u"?pool="_s + m_pool);
    QCOMPARE(inPool.size(), 2);
    for (const QJsonValue& value : inPool) {
        const QJsonObject session = value.toObject();
        QCOMPARE(session.value(u"pool"_s).toString(), m_pool);
        for (const QString& field :
             {u"id"_s, u"device"_s, u"mode"_s, u"state"_s, u"opened_at"_s, u"last_seen_at"_s, u"last_active_at"_s})
            QVERIFY2(!session.value(field).toString().isEmpty(), qPrintable(field));
        QVERIFY(session.value(u"overflow"_s).isBool());
        QVERIFY(!session.value(u"user"_s).toObject().value(u"name"_s).toString().isEmpty());
    }
    QCOMPARE(m_sw->sessions(m_sw->owner(), u"?state=active"_s).size(), 3);
    QCOMPARE(m_sw->sessions(m_sw->owner(), u"?state=paused"_s).size(), 0);
    SW_COMPARE_ERROR(m_sw->http().get(u"/sessions?state=sleeping"_s, m_sw->owner()), 400, "bad_request");
}

void TestPermissions::agentEndsOwnNotOthers()
{
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + m_bobSeat.id, m_alice.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + m_bobSeat.id, m_aliceSeat.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"ids"_s, QJsonArray{m_bobSeat.id}}}), m_alice.token), 403, "forbidden");
    QCOMPARE(m_sw->heartbeatOutcome(m_bobSeat), u"active"_s);
    // Its own session it may end.
    const Reply ended = m_sw->signOut(obj({{u"ids"_s, QJsonArray{m_aliceSeat.id}}}), m_alice.token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->inUse(m_pool), 1);
}

void TestPermissions::ownUserDeleteIsLogout()
{
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + m_aliceSeat.id, m_alice.token), 204);
    QCOMPARE(m_sw->heartbeatOutcome(m_aliceSeat), u"ended:logout"_s);
    QCOMPARE(m_sw->inUse(m_pool), 1);
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + m_aliceSeat.id, m_alice.token), 204);
}

void TestPermissions::controlNoneMayEndNothing()
{
    const User viewer = m_sw->user(u"manager"_s, obj({{u"sessions_control"_s, u"none"_s}}));
    QCOMPARE(m_sw->sessions(viewer.token).size(), 2);
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"inactive"_s, true}}), viewer.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"all"_s, true}}), viewer.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->signOut(obj({{u"ids"_s, QJsonArray{m_bobSeat.id}}}), viewer.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + m_bobSeat.id, viewer.token), 403, "forbidden");
    QCOMPARE(m_sw->inUse(m_pool), 2);
}

void TestPermissions::agentSignOutInactiveEndsOwnOnly()
{
    // Both go inactive.
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->heartbeatOutcome(m_aliceSeat, false), u"inactive"_s, 4000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->heartbeatOutcome(m_bobSeat, false), u"inactive"_s, 4000);
    const Reply ended = m_sw->signOut(obj({{u"inactive"_s, true}}), m_alice.token);
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->heartbeatOutcome(m_aliceSeat), u"ended:signed_out_inactive"_s);
    QCOMPARE(m_sw->stateOf(m_bobSeat.id), u"inactive"_s);
    QCOMPARE(m_sw->inUse(m_pool), 1);
}

void TestPermissions::managerForceEndAppliesToAgents()
{
    const User manager = m_sw->user(u"manager"_s);
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + m_bobSeat.id, manager.token), 204);
    QCOMPARE(m_sw->heartbeatOutcome(m_bobSeat), u"ended:forced"_s);
    const Reply all = m_sw->signOut(obj({{u"all"_s, true}, {u"pool"_s, m_pool}}), manager.token);
    SW_COMPARE_STATUS(all, 200);
    QCOMPARE(all.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(m_sw->inUse(m_pool), 0);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
