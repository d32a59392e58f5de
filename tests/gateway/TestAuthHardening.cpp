// Sign-in throttling (429 with Retry-After), token expiry and revocation, the audit trail's actor
// and address, and passwords kept out of the log (issue #7), over HTTP against a real seatwised.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestAuthHardening final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (const QString skip = StoreUnderTest::skipReason(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        m_sw = std::make_unique<Seatwise>();
        // Small limits so the test sees them: 3 failures per login (30 per address) over 2 s, 2 s tokens.
        m_sw->process().setExtraArguments(
            {u"--sign-in-attempts"_s, u"3"_s, u"--sign-in-window"_s, u"2"_s, u"--token-lifetime"_s, u"2"_s});
        QVERIFY2(m_sw->start(), qPrintable(m_sw->lastError()));
    }
    void cleanup() { m_sw.reset(); }

    void failedSignInsPerLoginAreThrottled();
    void aRightPasswordClearsTheCount();
    void oneAddressCannotWalkThroughLogins();
    void tokensExpire();
    void aTokenCanBeRevoked();
    void aUsersTokensCanBeRevoked();
    void adminActionsAreAuditedWithActorAndAddress();
    void passwordsNeverReachTheLog();

private:
    Reply token(const QString& login, const QString& password)
    {
        return m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, login}, {u"password"_s, password}}));
    }
    std::unique_ptr<Seatwise> m_sw;
};

void TestAuthHardening::failedSignInsPerLoginAreThrottled()
{
    const User bob = m_sw->user(u"agent"_s);
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    for (int i = 0; i < 3; ++i)
        SW_COMPARE_ERROR(token(bob.login, u"wrong"_s), 401, "unauthorized");
    // Now even the right password waits, on both routes that take one, and says how long.
    const Reply throttled = token(bob.login, bob.password);
    SW_COMPARE_ERROR(throttled, 429, "too_many_requests");
    const int wait = throttled.header("Retry-After").toInt();
    QVERIFY2(wait >= 1 && wait <= 2, qPrintable(throttled.header("Retry-After")));
    QCOMPARE(throttled.json.value(u"retry_after_s"_s).toInt(), wait);
    const Seat seat = m_sw->loginBody(
        obj({{u"login"_s, bob.login}, {u"password"_s, bob.password}, {u"pool"_s, pool}, {u"device"_s, u"pc"_s}}));
    SW_COMPARE_ERROR(seat.reply, 429, "too_many_requests");
    // Case and spaces do not make another login.
    SW_COMPARE_ERROR(token(u" "_s + bob.login.toUpper(), u"wrong"_s), 429, "too_many_requests");
    // Other logins are not held back, and the window passes.
    const User amy = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(token(amy.login, amy.password), 200);
    QTRY_COMPARE_WITH_TIMEOUT(token(bob.login, bob.password).status, 200, 5000);
}

void TestAuthHardening::aRightPasswordClearsTheCount()
{
    const User bob = m_sw->user(u"agent"_s);
    for (int round = 0; round < 3; ++round) {
        SW_COMPARE_ERROR(token(bob.login, u"wrong"_s), 401, "unauthorized");
        SW_COMPARE_ERROR(token(bob.login, u"wrong"_s), 401, "unauthorized");
        SW_COMPARE_STATUS(token(bob.login, bob.password), 200);
    }
}

void TestAuthHardening::oneAddressCannotWalkThroughLogins()
{
    // 30 failures from one address over 15 logins (2 each, under the per-login limit of 3).
    for (int i = 0; i < 30; ++i)
        SW_COMPARE_ERROR(token(u"guess%1"_s.arg(i / 2), u"wrong"_s), 401, "unauthorized");
    SW_COMPARE_ERROR(token(u"guess-new"_s, u"wrong"_s), 429, "too_many_requests");
}

void TestAuthHardening::tokensExpire()
{
    const User bob = m_sw->user(u"manager"_s);
    const Reply issued = token(bob.login, bob.password);
    SW_COMPARE_STATUS(issued, 200);
    const QDateTime expires = QDateTime::fromString(issued.json.value(u"expires_at"_s).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(-1));
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(3));
    const QString fresh = issued.json.value(u"token"_s).toString();
    SW_COMPARE_STATUS(m_sw->http().get(u"/pools"_s, fresh), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->http().get(u"/pools"_s, fresh).status, 401, 5000);
    SW_COMPARE_ERROR(m_sw->http().get(u"/pools"_s, fresh), 401, "unauthorized");
}

void TestAuthHardening::aTokenCanBeRevoked()
{
    const User bob = m_sw->user(u"manager"_s);
    const QString other = token(bob.login, bob.password).json.value(u"token"_s).toString();
    SW_COMPARE_STATUS(m_sw->http().del(u"/auth/token"_s, bob.token), 204);
    SW_COMPARE_ERROR(m_sw->http().get(u"/pools"_s, bob.token), 401, "unauthorized");
    SW_COMPARE_STATUS(m_sw->http().get(u"/pools"_s, other), 200); // only that one
    SW_COMPARE_ERROR(m_sw->http().del(u"/auth/token"_s, bob.token), 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->http().del(u"/auth/token"_s), 401, "unauthorized");
}

void TestAuthHardening::aUsersTokensCanBeRevoked()
{
    const User boss = m_sw->user(u"manager"_s);
    const User bob = m_sw->user(u"agent"_s);
    const QString second = token(bob.login, bob.password).json.value(u"token"_s).toString();
    SW_COMPARE_ERROR(m_sw->http().del(u"/users/%1/tokens"_s.arg(boss.id), bob.token), 403, "forbidden");
    const Reply ownerTokens = m_sw->http().get(u"/users"_s, m_sw->owner());
    QString ownerId;
    for (const QJsonValue& u : ownerTokens.array)
        if (u[u"role"_s].toString() == u"owner"_s)
            ownerId = u[u"id"_s].toString();
    SW_COMPARE_ERROR(m_sw->http().del(u"/users/%1/tokens"_s.arg(ownerId), boss.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().del(u"/users/nobody/tokens"_s, boss.token), 404, "not_found");

    const Reply revoked = m_sw->http().del(u"/users/%1/tokens"_s.arg(bob.id), boss.token);
    SW_COMPARE_STATUS(revoked, 200);
    QCOMPARE(revoked.json.value(u"revoked"_s).toInt(), 2);
    SW_COMPARE_ERROR(m_sw->http().get(u"/sessions"_s, bob.token), 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->http().get(u"/sessions"_s, second), 401, "unauthorized");
    SW_COMPARE_STATUS(token(bob.login, bob.password), 200); // the password still works
}

void TestAuthHardening::adminActionsAreAuditedWithActorAndAddress()
{
    const User boss = m_sw->user(u"manager"_s);
    const User bob = m_sw->user(u"agent"_s);
    const QString pool = m_sw->pool({}, boss.token).value(u"id"_s).toString();
    const Seat seat = m_sw->login(bob, pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    SW_COMPARE_STATUS(m_sw->signOut(obj({{u"ids"_s, QJsonArray{seat.id}}}), boss.token), 200);
    SW_COMPARE_STATUS(m_sw->http().del(u"/users/%1/tokens"_s.arg(bob.id), boss.token), 200);

    const Reply audit = m_sw->http().get(u"/audit"_s, m_sw->owner());
    SW_COMPARE_STATUS(audit, 200);
    QHash<QString, QJsonObject> byAction;
    for (const QJsonValue& event : audit.array)
        byAction.insert(event[u"action"_s].toString(), event.toObject());
    for (const QString& action :
         {u"user.create"_s, u"pool.create"_s, u"session.force_end"_s, u"user.revoke_tokens"_s}) {
        QVERIFY2(byAction.contains(action), qPrintable(action + u" not in "_s + QString::fromUtf8(audit.raw)));
        QCOMPARE(byAction.value(action).value(u"address"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(!byAction.value(action).value(u"actor"_s).toString().isEmpty());
    }
    QCOMPARE(byAction.value(u"pool.create"_s).value(u"actor"_s).toString(), boss.login);
    QCOMPARE(byAction.value(u"user.revoke_tokens"_s).value(u"target"_s).toString(), bob.id);
    // The gateway's own actions have no address.
    QCOMPARE(byAction.value(u"user.bootstrap"_s).value(u"address"_s).toString(), QString());
}

void TestAuthHardening::passwordsNeverReachTheLog()
{
    const QString secret = u"Sekr3t-pa55-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const Reply made = m_sw->http().post(
        u"/users"_s,
        obj({{u"login"_s, u"carol"_s}, {u"name"_s, u"Carol"_s}, {u"role"_s, u"agent"_s}, {u"password"_s, secret}}),
        m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    SW_COMPARE_STATUS(token(u"carol"_s, secret), 200);
    SW_COMPARE_ERROR(token(u"carol"_s, secret + u"x"_s), 401, "unauthorized");
    SW_COMPARE_ERROR(token(secret, secret), 401, "unauthorized"); // a password typed into the login field
    for (int i = 0; i < 4; ++i)
        token(u"carol"_s, u"again-"_s + secret);
    m_sw->process().drainOutput();
    QTRY_VERIFY(m_sw->process().stderrText().contains(u"sign-in throttled for login \"carol\""_s));
    const QString log = m_sw->process().stderrText();
    QVERIFY(log.contains(u"sign-in refused for login \"carol\" from 127.0.0.1"_s));
    QVERIFY2(!log.contains(u"pa55"_s), "a password reached the gateway's log");
    QVERIFY(log.contains(u"sign-in refused for login (unknown) from 127.0.0.1"_s));
}

QTEST_GUILESS_MAIN(TestAuthHardening)
#include "TestAuthHardening.moc"
