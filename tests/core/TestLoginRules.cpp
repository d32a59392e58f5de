#include "core/LoginRules.h"

#include <QJsonArray>
#include <QTest>

using namespace seatwise;

class TestLoginRules final : public QObject {
    Q_OBJECT

private:
    static User user(Role role)
    {
        return User{QStringLiteral("u1"), QStringLiteral("alice"), QStringLiteral("Alice"), role,
                    ViewScope::Own,       ControlScope::Own};
    }
    static Pool pool(int seats, LoginPolicy policy = LoginPolicy::SingleLocation)
    {
        Pool p;
        p.id = QStringLiteral("p1");
        p.seats = seats;
        p.loginPolicy = policy;
        return p;
    }
    static Session session(const QString& id, const QString& device, SessionState state = SessionState::Active)
    {
        Session s;
        s.id = id;
        s.poolId = QStringLiteral("p1");
        s.user = user(Role::Agent);
        s.device = device;
        s.state = state;
        return s;
    }
    static LoginContext context(const Pool& p, int inUse, QList<Session> present = {})
    {
        LoginContext c;
        c.pool = p;
        c.seatsInUse = inUse;
        c.effectiveSeats = p.seats;
        c.presentSessions = std::move(present);
        return c;
    }
    static LoginRequest request(const QString& device, SessionMode mode = SessionMode::Standard,
                                Role role = Role::Agent)
    {
        LoginRequest r;
        r.user = user(role);
        r.device = device;
        r.mode = mode;
        return r;
    }

private Q_SLOTS:
    void grantsAFreeSeat()
    {
        auto d = decideLogin(request(QStringLiteral("d1")), context(pool(2), 1));
        QVERIFY(d.ok());
        QCOMPARE(d->kind, LoginDecision::Kind::Create);
        QCOMPARE(d->state, SessionState::Active);
        QVERIFY(!d->overflow);
    }
    void refusesWhenFull()
    {
        auto d = decideLogin(request(QStringLiteral("d1")), context(pool(2), 2));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::NoLicenseAvailable);
    }
    void overflowWhenAllowedAndMinutesLeft()
    {
        Pool p = pool(1);
        p.overflow = true;
        LoginContext c = context(p, 1);
        c.ppuMinutes = 5;
        auto d = decideLogin(request(QStringLiteral("d1")), c);
        QVERIFY(d.ok());
        QVERIFY(d->overflow);
        c.ppuMinutes = 0;
        QCOMPARE(decideLogin(request(QStringLiteral("d1")), c).error().code, ErrorCode::NoLicenseAvailable);
    }
    void sameDeviceReturnsTheSession()
    {
        auto d = decideLogin(request(QStringLiteral("d1")),
                             context(pool(1), 1, {session(QStringLiteral("s1"), QStringLiteral("d1"))}));
        QVERIFY(d.ok());
        QCOMPARE(d->kind, LoginDecision::Kind::ReturnExisting);
        QCOMPARE(d->existingSessionId, QStringLiteral("s1"));
    }
    void otherDeviceSingleLocationNeedsForce()
    {
        const QList<Session> present{session(QStringLiteral("s1"), QStringLiteral("d1"))};
        auto refused = decideLogin(request(QStringLiteral("d2")), context(pool(1), 1, present));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::MultipleLogin);
        QCOMPARE(refused.error().details.value(QStringLiteral("sessions")).toArray().size(), 1);

        LoginRequest forced = request(QStringLiteral("d2"));
        forced.force = true;
        auto d = decideLogin(forced, context(pool(1), 1, present)); // the superseded seat is reused
        QVERIFY(d.ok());
        QCOMPARE(d->supersededIds, QStringList{QStringLiteral("s1")});
    }
    void otherDevicePerDeviceTakesASecondSeat()
    {
        const QList<Session> present{session(QStringLiteral("s1"), QStringLiteral("d1"))};
        auto d = decideLogin(request(QStringLiteral("d2")), context(pool(2, LoginPolicy::PerDevice), 1, present));
        QVERIFY(d.ok());
        QCOMPARE(d->kind, LoginDecision::Kind::Create);
        QVERIFY(d->supersededIds.isEmpty());
        QCOMPARE(decideLogin(request(QStringLiteral("d2")), context(pool(1, LoginPolicy::PerDevice), 1, present))
                     .error()
                     .code,
                 ErrorCode::NoLicenseAvailable);
    }
    void pausedSessionsDoNotBlock()
    {
        const QList<Session> present{session(QStringLiteral("s1"), QStringLiteral("d1"), SessionState::Paused)};
        auto d = decideLogin(request(QStringLiteral("d2")), context(pool(1), 0, present));
        QVERIFY(d.ok());
        QCOMPARE(d->kind, LoginDecision::Kind::Create);
    }
    void adminModeNeedsAManager()
    {
        auto d = decideLogin(request(QStringLiteral("d1"), SessionMode::Admin, Role::Agent), context(pool(1), 0));
        QCOMPARE(d.error().code, ErrorCode::AdminRequiresManager);
    }
    void adminModeFallsBackToLimitedAdmin()
    {
        auto full = decideLogin(request(QStringLiteral("d1"), SessionMode::Admin, Role::Manager), context(pool(1), 1));
        QVERIFY(full.ok());
        QCOMPARE(full->mode, SessionMode::LimitedAdmin);
        LoginContext noPool;
        auto none = decideLogin(request(QStringLiteral("d1"), SessionMode::Admin, Role::Owner), noPool);
        QVERIFY(none.ok());
        QCOMPARE(none->mode, SessionMode::LimitedAdmin);
        auto free = decideLogin(request(QStringLiteral("d1"), SessionMode::Admin, Role::Manager), context(pool(1), 0));
        QCOMPARE(free->mode, SessionMode::Admin);
    }
    void standbyReservesASeat()
    {
        LoginRequest r = request(QStringLiteral("d1"));
        r.standby = true;
        auto d = decideLogin(r, context(pool(1), 0));
        QVERIFY(d.ok());
        QCOMPARE(d->state, SessionState::Standby);
    }
    void anonymousDevicesAreTheirOwnIdentity()
    {
        LoginRequest r;
        r.device = QStringLiteral("d2");
        Session other = session(QStringLiteral("s1"), QStringLiteral("d1"));
        other.user.reset();
        auto d = decideLogin(r, context(pool(2), 1, {other}));
        QVERIFY(d.ok());
        QCOMPARE(d->kind, LoginDecision::Kind::Create);
    }
};

QTEST_GUILESS_MAIN(TestLoginRules)
#include "TestLoginRules.moc"
