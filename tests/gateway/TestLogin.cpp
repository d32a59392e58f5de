// POST /sessions: a seat at login (R1), full pool (R2), same device (R3), other device (R4),
// anonymous pools (R19) and the errors a login can meet.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestLogin final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void loginTakesASeat();
    void userTokenInsteadOfPassword();
    void badLoginsAreRefused();
    void malformedLoginIsRefused_data();
    void malformedLoginIsRefused();
    void fullPoolRefuses();
    void sameDeviceReturnsSameSession();
    void otherDeviceIsRefusedInSingleLocation();
    void forceSupersedesOtherDevice();
    void perDeviceTakesSecondSeat();
    void anonymousPool();
    void overflowNeedsPayPerUseMinutes();

private:
    QString makePool(const QJsonObject& settings = {}) { return m_sw->pool(settings).value(u"id"_s).toString(); }

    std::unique_ptr<Seatwise> m_sw;
};

void TestLogin::loginTakesASeat()
{
    const QString pool = makePool(obj(
        {{u"seats"_s, 3}, {u"features"_s, QJsonArray{u"web_phone"_s, u"inbound"_s}}, {u"heartbeat_interval_s"_s, 7}}));
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->login(agent, pool, u"laptop"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QVERIFY(!seat.id.isEmpty());
    QVERIFY(!seat.token.isEmpty());
    QVERIFY(seat.token != agent.token);
    QCOMPARE(seat.reply.json.value(u"pool"_s).toString(), pool);
    QCOMPARE(seat.state(), u"active"_s);
    QCOMPARE(seat.reply.json.value(u"mode"_s).toString(), u"standard"_s);
    QCOMPARE(seat.reply.json.value(u"features"_s).toArray(), (QJsonArray{u"web_phone"_s, u"inbound"_s}));
    QCOMPARE(seat.reply.json.value(u"heartbeat_interval_s"_s).toInt(), 7);
    QCOMPARE(seat.reply.json.value(u"overflow"_s).toBool(true), false);
    QCOMPARE(m_sw->inUse(pool), 1);
    const QJsonObject listed = m_sw->sessionListed(seat.id);
    QCOMPARE(listed.value(u"pool"_s).toString(), pool);
    QCOMPARE(listed.value(u"device"_s).toString(), u"laptop"_s);
    QCOMPARE(listed.value(u"user"_s).toObject().value(u"login"_s).toString(), agent.login);
    QCOMPARE(listed.value(u"user"_s).toObject().value(u"id"_s).toString(), agent.id);
    QVERIFY(listed.value(u"opened_at"_s).toString().endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(listed.value(u"opened_at"_s).toString(), Qt::ISODate).isValid());
}

void TestLogin::userTokenInsteadOfPassword()
{
    const QString pool = makePool();
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->loginWithToken(agent.token, pool, u"browser"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QCOMPARE(m_sw->sessionListed(seat.id).value(u"user"_s).toObject().value(u"login"_s).toString(), agent.login);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestLogin::badLoginsAreRefused()
{
    const QString pool = makePool();
    const User agent = m_sw->user(u"agent"_s);
    User wrong = agent;
    wrong.password = u"not-it"_s;
    SW_COMPARE_ERROR(m_sw->login(wrong, pool, u"d"_s).reply, 401, "unauthorized");
    wrong.login = u"nobody"_s;
    SW_COMPARE_ERROR(m_sw->login(wrong, pool, u"d"_s).reply, 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->loginWithToken(u"bogus-token"_s, pool, u"d"_s).reply, 401, "unauthorized");
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SW_COMPARE_ERROR(m_sw->login(agent, unknown, u"d"_s).reply, 404, "not_found");
    const QString named = makePool(obj({{u"kind"_s, u"base"_s}, {u"model"_s, u"named"_s}}));
    SW_COMPARE_ERROR(m_sw->login(agent, named, u"d"_s).reply, 400, "bad_request");
    QCOMPARE(m_sw->inUse(pool), 0);
    QCOMPARE(m_sw->inUse(named), 0);
}

void TestLogin::malformedLoginIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json") << QByteArray(R"({"pool": )");
    QTest::newRow("no device") << QByteArray(R"({"pool": "%POOL%"})");
    QTest::newRow("device not a string") << QByteArray(R"({"pool": "%POOL%", "device": 12})");
    QTest::newRow("pool not a string") << QByteArray(R"({"pool": 12, "device": "d"})");
    QTest::newRow("unknown mode") << QByteArray(R"({"pool": "%POOL%", "device": "d", "mode": "super"})");
    QTest::newRow("force not a bool") << QByteArray(R"({"pool": "%POOL%", "device": "d", "force": "yes"})");
    QTest::newRow("no pool, standard mode") << QByteArray(R"({"device": "d"})");
}

void TestLogin::malformedLoginIsRefused()
{
    QFETCH(QByteArray, body);
    const QString pool = makePool();
    const User agent = m_sw->user(u"agent"_s);
    body.replace("%POOL%", pool.toUtf8());
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/sessions"_s, body, agent.token), 400, "bad_request");
    QCOMPARE(m_sw->inUse(pool), 0);
}

void TestLogin::fullPoolRefuses()
{
    const QString pool = makePool(obj({{u"seats"_s, 2}}));
    for (int i = 0; i < 2; ++i)
        SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"d"_s).reply, 201);
    const User late = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->login(late, pool, u"d"_s).reply, 409, "no_license_available");
    const QJsonObject listed = m_sw->poolListed(pool);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), 2);
    QCOMPARE(listed.value(u"available"_s).toInt(-1), 0);
    QCOMPARE(m_sw->sessions(m_sw->owner(), u"?pool="_s + pool).size(), 2);
}

void TestLogin::sameDeviceReturnsSameSession()
{
    const QString pool = makePool(obj({{u"seats"_s, 2}}));
    const User agent = m_sw->user(u"agent"_s);
    const Seat first = m_sw->login(agent, pool, u"pc-1"_s);
    SW_COMPARE_STATUS(first.reply, 201);
    const Seat again = m_sw->login(agent, pool, u"pc-1"_s);
    SW_COMPARE_STATUS(again.reply, 200);
    QCOMPARE(again.id, first.id);
    QVERIFY(!again.token.isEmpty());
    QCOMPARE(m_sw->inUse(pool), 1);
    // Also with the user's token instead of the password.
    const Seat third = m_sw->loginWithToken(agent.token, pool, u"pc-1"_s);
    SW_COMPARE_STATUS(third.reply, 200);
    QCOMPARE(third.id, first.id);
    QCOMPARE(m_sw->inUse(pool), 1);
    SW_COMPARE_STATUS(m_sw->heartbeat(again), 200);
    // After logout the same device gets a new session.
    SW_COMPARE_STATUS(m_sw->logout(first), 204);
    const Seat fresh = m_sw->login(agent, pool, u"pc-1"_s);
    SW_COMPARE_STATUS(fresh.reply, 201);
    QVERIFY(fresh.id != first.id);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestLogin::otherDeviceIsRefusedInSingleLocation()
{
    const QString pool = makePool(obj({{u"seats"_s, 5}}));
    const User agent = m_sw->user(u"agent"_s);
    const Seat first = m_sw->login(agent, pool, u"office-pc"_s);
    SW_COMPARE_STATUS(first.reply, 201);
    const Reply refused = m_sw->login(agent, pool, u"home-pc"_s).reply;
    SW_COMPARE_ERROR(refused, 409, "multiple_login");
    const QJsonArray others = refused.json.value(u"sessions"_s).toArray();
    QCOMPARE(others.size(), 1);
    QCOMPARE(others.first().toObject().value(u"id"_s).toString(), first.id);
    QCOMPARE(others.first().toObject().value(u"device"_s).toString(), u"office-pc"_s);
    QVERIFY(QDateTime::fromString(others.first().toObject().value(u"since"_s).toString(), Qt::ISODate).isValid());
    QCOMPARE(m_sw->inUse(pool), 1);
    QCOMPARE(m_sw->heartbeatOutcome(first), u"active"_s);
}

void TestLogin::forceSupersedesOtherDevice()
{
    const QString pool = makePool(obj({{u"seats"_s, 1}}));
    const User agent = m_sw->user(u"agent"_s);
    const Seat first = m_sw->login(agent, pool, u"office-pc"_s);
    SW_COMPARE_STATUS(first.reply, 201);
    // Even in a full pool: the superseded session's seat goes to the new one.
    const Seat forced = m_sw->login(agent, pool, u"home-pc"_s, obj({{u"force"_s, true}}));
    SW_COMPARE_STATUS(forced.reply, 201);
    QVERIFY(forced.id != first.id);
    const Reply old = m_sw->heartbeat(first);
    SW_COMPARE_ERROR(old, 410, "session_ended");
    QCOMPARE(old.json.value(u"reason"_s).toString(), u"superseded"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    QVERIFY(!m_sw->isListed(first.id));
    QCOMPARE(m_sw->stateOf(forced.id), u"active"_s);
}

void TestLogin::perDeviceTakesSecondSeat()
{
    const QString pool = makePool(obj({{u"seats"_s, 2}, {u"login_policy"_s, u"per_device"_s}}));
    const User agent = m_sw->user(u"agent"_s);
    const Seat a = m_sw->login(agent, pool, u"desk"_s);
    const Seat b = m_sw->login(agent, pool, u"phone"_s);
    SW_COMPARE_STATUS(a.reply, 201);
    SW_COMPARE_STATUS(b.reply, 201);
    QVERIFY(a.id != b.id);
    QCOMPARE(m_sw->inUse(pool), 2);
    SW_COMPARE_ERROR(m_sw->login(agent, pool, u"tablet"_s).reply, 409, "no_license_available");
    QCOMPARE(m_sw->heartbeatOutcome(a), u"active"_s);
    QCOMPARE(m_sw->heartbeatOutcome(b), u"active"_s);
}

void TestLogin::anonymousPool()
{
    const QJsonObject made = m_sw->pool(obj({{u"seats"_s, 2}, {u"anonymous"_s, true}}));
    const QString pool = made.value(u"id"_s).toString();
    const QString key = made.value(u"client_key"_s).toString();
    QVERIFY(!key.isEmpty());
    const auto body = [&](const QString& device, const QString& clientKey) {
        return obj({{u"pool"_s, pool}, {u"device"_s, device}, {u"client_key"_s, clientKey}});
    };
    SW_COMPARE_ERROR(m_sw->loginBody(body(u"kiosk-1"_s, u"wrong-key"_s)).reply, 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->loginBody(obj({{u"pool"_s, pool}, {u"device"_s, u"kiosk-1"_s}})).reply, 401, "unauthorized");
    const Seat first = m_sw->loginBody(body(u"kiosk-1"_s, key));
    SW_COMPARE_STATUS(first.reply, 201);
    QVERIFY(!first.token.isEmpty());
    // R3 per device: the same device gets the same session back.
    const Seat again = m_sw->loginBody(body(u"kiosk-1"_s, key));
    SW_COMPARE_STATUS(again.reply, 200);
    QCOMPARE(again.id, first.id);
    QCOMPARE(m_sw->inUse(pool), 1);
    // Another device is another anonymous client.
    const Seat second = m_sw->loginBody(body(u"kiosk-2"_s, key));
    SW_COMPARE_STATUS(second.reply, 201);
    QVERIFY(second.id != first.id);
    SW_COMPARE_ERROR(m_sw->loginBody(body(u"kiosk-3"_s, key)).reply, 409, "no_license_available");
    // No user data: the session is listed with user null.
    const QJsonObject listed = m_sw->sessionListed(first.id);
    QVERIFY(!listed.isEmpty());
    QVERIFY(listed.value(u"user"_s).isNull());
    QCOMPARE(listed.value(u"device"_s).toString(), u"kiosk-1"_s);
    QCOMPARE(m_sw->heartbeatOutcome(first), u"active"_s);
    SW_COMPARE_STATUS(m_sw->logout(first), 204);
    QCOMPARE(m_sw->inUse(pool), 1);
}

void TestLogin::overflowNeedsPayPerUseMinutes()
{
    const QString pool = makePool(obj({{u"seats"_s, 1}, {u"overflow"_s, true}}));
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s).reply, 201);
    // No pay-per-use minutes yet: refused like any full pool.
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s).reply, 409, "no_license_available");
    const Reply added = m_sw->http().post(u"/account/ppu"_s, obj({{u"add_minutes"_s, 10}}), m_sw->owner());
    SW_COMPARE_STATUS(added, 200);
    QCOMPARE(added.json.value(u"minutes"_s).toInteger(), 10);
    const Seat extra = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    SW_COMPARE_STATUS(extra.reply, 201);
    QCOMPARE(extra.reply.json.value(u"overflow"_s).toBool(), true);
    const QJsonObject listed = m_sw->poolListed(pool);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), 1); // overflow counted apart (R1)
    QCOMPARE(listed.value(u"overflow_in_use"_s).toInt(), 1);
    QCOMPARE(m_sw->sessionListed(extra.id).value(u"overflow"_s).toBool(), true);
    // Ending it debits one minute per started minute.
    SW_COMPARE_STATUS(m_sw->logout(extra), 204);
    QCOMPARE(m_sw->poolListed(pool).value(u"overflow_in_use"_s).toInt(-1), 0);
    const Reply left = m_sw->http().get(u"/account/ppu"_s, m_sw->owner());
    SW_COMPARE_STATUS(left, 200);
    QCOMPARE(left.json.value(u"minutes"_s).toInteger(), 9);
}

QTEST_GUILESS_MAIN(TestLogin)
#include "TestLogin.moc"
