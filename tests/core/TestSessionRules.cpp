#include "core/IsoTime.h"
#include "core/Permissions.h"
#include "core/SessionRules.h"

#include <QTest>

using namespace seatwise;

class TestSessionRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seatHoldingStates()
    {
        Session s;
        for (auto state :
             {SessionState::Active, SessionState::Inactive, SessionState::Standby, SessionState::Terminating}) {
            s.state = state;
            QVERIFY(SessionRules::holdsSeat(s));
        }
        for (auto state : {SessionState::Paused, SessionState::Ended}) {
            s.state = state;
            QVERIFY(!SessionRules::holdsSeat(s));
        }
        s.state = SessionState::Active;
        s.mode = SessionMode::LimitedAdmin;
        QVERIFY(!SessionRules::holdsSeat(s));
        s.mode = SessionMode::Standard;
        s.overflow = true;
        QVERIFY(!SessionRules::holdsSeat(s));
    }
    void idleTurnsInactiveAtTheBoundary()
    {
        Pool p;
        p.idleAfterS = 600;
        Session s;
        s.lastActiveAtMs = 1'000'000;
        QCOMPARE(SessionRules::liveState(s, p, 1'000'000 + 599'999), SessionState::Active);
        QCOMPARE(SessionRules::liveState(s, p, 1'000'000 + 600'000), SessionState::Inactive);
        s.state = SessionState::Paused;
        QCOMPARE(SessionRules::liveState(s, p, 1'000'000 + 900'000), SessionState::Paused);
    }
    void purgeOnlyWhenConfigured()
    {
        Pool p;
        Session s;
        s.lastSeenAtMs = 0;
        QVERIFY(!SessionRules::isPurgeDue(s, p, 10'000'000));
        p.purgeAfterS = 60;
        QVERIFY(!SessionRules::isPurgeDue(s, p, 59'999));
        QVERIFY(SessionRules::isPurgeDue(s, p, 60'000));
    }
    void adminFeaturesDropPhoneAndMap()
    {
        Pool p;
        p.features = {QStringLiteral("web_phone"), QStringLiteral("office_map"), QStringLiteral("inbound")};
        QCOMPARE(SessionRules::featuresFor(p, SessionMode::Standard).size(), 3);
        QCOMPARE(SessionRules::featuresFor(p, SessionMode::Admin), QStringList{QStringLiteral("inbound")});
        QVERIFY(SessionRules::featuresFor(p, SessionMode::LimitedAdmin).isEmpty());
    }
    void overflowMinutesPerStartedMinute()
    {
        QCOMPARE(SessionRules::overflowMinutes(0, 0), 1);
        QCOMPARE(SessionRules::overflowMinutes(0, 60'000), 1);
        QCOMPARE(SessionRules::overflowMinutes(0, 60'001), 2);
        QCOMPARE(SessionRules::overflowMinutes(0, 3'599'000), 60);
    }
    void permissions()
    {
        User agent{QStringLiteral("a"),
                   QStringLiteral("a"),
                   QStringLiteral("A"),
                   Role::Agent,
                   Permissions::defaultView(Role::Agent),
                   Permissions::defaultControl(Role::Agent)};
        User manager{QStringLiteral("m"),
                     QStringLiteral("m"),
                     QStringLiteral("M"),
                     Role::Manager,
                     Permissions::defaultView(Role::Manager),
                     Permissions::defaultControl(Role::Manager)};
        Session own;
        own.user = agent;
        Session other;
        other.user = manager;
        QVERIFY(Permissions::canView(agent, own));
        QVERIFY(!Permissions::canView(agent, other));
        QVERIFY(Permissions::canControl(agent, own));
        QVERIFY(!Permissions::canControl(agent, other));
        QVERIFY(Permissions::canView(manager, own));
        QVERIFY(Permissions::canControl(manager, own));
        own.state = SessionState::Paused; // R11: a paused session is its own user's alone
        QVERIFY(!Permissions::canView(manager, own));
        QVERIFY(Permissions::canView(agent, own));
        agent.sessionsControl = ControlScope::None;
        own.state = SessionState::Active;
        QVERIFY(!Permissions::canControl(agent, own));
        QVERIFY(Permissions::canCreateUser(manager, Role::Agent));
        QVERIFY(!Permissions::canCreateUser(manager, Role::Owner));
    }
    void isoTimesAreUtcWithZ()
    {
        QCOMPARE(IsoTime::format(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(IsoTime::parse(QStringLiteral("2026-11-23T08:50:21Z")).value(), Q_INT64_C(1795423821000));
        QVERIFY(!IsoTime::parse(QStringLiteral("yesterday")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSessionRules)
#include "TestSessionRules.moc"
