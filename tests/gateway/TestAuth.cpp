// Bearer tokens, the bootstrap owner, POST /auth/token, POST /users and the generic error answers.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestAuth final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void bootstrapTokenIsAnOwner();
    void bootstrapOnlyOnEmptyStore();
    void missingOrBadTokenIsRefused_data();
    void missingOrBadTokenIsRefused();
    void passwordGivesToken();
    void wrongCredentialsAreRefused();
    void tokenRequestMustBeWellFormed();
    void userDefaultsFollowRole_data();
    void userDefaultsFollowRole();
    void userPermissionsCanBeSet();
    void duplicateLoginIsRefused();
    void whoMayCreateWhom();
    void invalidUserIsRefused_data();
    void invalidUserIsRefused();
    void unknownPathOrMethodIsNotFound_data();
    void unknownPathOrMethodIsNotFound();
    void unknownIdIsNotFound();

private:
    std::unique_ptr<Seatwise> m_sw;
};

void TestAuth::bootstrapTokenIsAnOwner()
{
    const Reply pools = m_sw->http().get(u"/pools"_s, m_sw->owner());
    SW_COMPARE_STATUS(pools, 200);
    QVERIFY(pools.array.isEmpty());
    // Only an owner may make a manager.
    const Reply made = m_sw->http().post(
        u"/users"_s,
        obj({{u"login"_s, u"boss"_s}, {u"name"_s, u"Boss"_s}, {u"role"_s, u"manager"_s}, {u"password"_s, u"pw"_s}}),
        m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    // The bootstrap owner has no password: no password logs it in.
    const Reply token =
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, u"admin"_s}, {u"password"_s, u"admin"_s}}));
    SW_COMPARE_ERROR(token, 401, "unauthorized");
}

void TestAuth::bootstrapOnlyOnEmptyStore()
{
    const QString first = m_sw->owner();
    const User agent = m_sw->user(u"agent"_s);
    QCOMPARE(m_sw->process().terminate(), 0);
    // A new bootstrap token on a store that already has users must not make a second owner.
    GatewayProcess again;
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(again.startShared(m_sw->process().dbPath(), other), qPrintable(again.lastError()));
    Http http(again.baseUrl());
    SW_COMPARE_ERROR(http.get(u"/pools"_s, other), 401, "unauthorized");
    SW_COMPARE_STATUS(http.get(u"/pools"_s, first), 200);
    SW_COMPARE_STATUS(http.get(u"/pools"_s, agent.token), 200);
}

void TestAuth::missingOrBadTokenIsRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer 0123456789abcdef");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("basic scheme") << QByteArray("Basic YWRtaW46cHc=");
}

void TestAuth::missingOrBadTokenIsRefused()
{
    QFETCH(QByteArray, authorization);
    QNetworkAccessManager manager;
    QNetworkRequest request(joinUrl(m_sw->process().baseUrl(), u"/pools"_s));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"error"_s).toString(), u"unauthorized"_s);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    // Admin calls too.
    SW_COMPARE_ERROR(m_sw->http().post(u"/pools"_s, obj({{u"name"_s, u"p"_s}})), 401, "unauthorized");
    SW_COMPARE_ERROR(m_sw->http().get(u"/sessions"_s), 401, "unauthorized");
}

void TestAuth::passwordGivesToken()
{
    const Reply made = m_sw->http().post(
        u"/users"_s,
        obj({{u"login"_s, u"alice"_s}, {u"name"_s, u"Alice"_s}, {u"role"_s, u"agent"_s}, {u"password"_s, u"s3cret"_s}}),
        m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    const Reply token =
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, u"alice"_s}, {u"password"_s, u"s3cret"_s}}));
    SW_COMPARE_STATUS(token, 200);
    const QString bearer = token.json.value(u"token"_s).toString();
    QVERIFY(!bearer.isEmpty());
    QVERIFY(bearer != m_sw->owner());
    const QJsonObject user = token.json.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"id"_s).toString(), made.json.value(u"id"_s).toString());
    QCOMPARE(user.value(u"login"_s).toString(), u"alice"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"agent"_s);
    SW_COMPARE_STATUS(m_sw->http().get(u"/pools"_s, bearer), 200);
}

void TestAuth::wrongCredentialsAreRefused()
{
    const User agent = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, agent.login}, {u"password"_s, u"wrong"_s}})),
                     401, "unauthorized");
    SW_COMPARE_ERROR(
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, u"nobody"_s}, {u"password"_s, agent.password}})), 401,
        "unauthorized");
}

void TestAuth::tokenRequestMustBeWellFormed()
{
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/auth/token"_s, "{\"login\": \"x\", "), 400, "bad_request");
    SW_COMPARE_ERROR(m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, u"x"_s}})), 400, "bad_request");
    SW_COMPARE_ERROR(m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, 5}, {u"password"_s, u"x"_s}})), 400,
                     "bad_request");
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/auth/token"_s, "[1, 2]"), 400, "bad_request");
}

void TestAuth::userDefaultsFollowRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("control");
    QTest::newRow("agent") << u"agent"_s << u"own"_s << u"own"_s;
    QTest::newRow("manager") << u"manager"_s << u"domain"_s << u"domain"_s;
    QTest::newRow("owner") << u"owner"_s << u"domain"_s << u"domain"_s;
}

void TestAuth::userDefaultsFollowRole()
{
    QFETCH(QString, role);
    QFETCH(QString, view);
    QFETCH(QString, control);
    const QString login = Seatwise::unique(role);
    const Reply made = m_sw->http().post(
        u"/users"_s,
        obj({{u"login"_s, login}, {u"name"_s, u"Some One"_s}, {u"role"_s, role}, {u"password"_s, u"pw"_s}}),
        m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    QVERIFY(!made.json.value(u"id"_s).toString().isEmpty());
    QCOMPARE(made.json.value(u"login"_s).toString(), login);
    QCOMPARE(made.json.value(u"name"_s).toString(), u"Some One"_s);
    QCOMPARE(made.json.value(u"role"_s).toString(), role);
    QCOMPARE(made.json.value(u"sessions_view"_s).toString(), view);
    QCOMPARE(made.json.value(u"sessions_control"_s).toString(), control);
    QVERIFY2(!made.json.contains(u"password"_s), made.raw.constData());
}

void TestAuth::userPermissionsCanBeSet()
{
    const Reply made = m_sw->http().post(u"/users"_s,
                                         obj({{u"login"_s, u"lead"_s},
                                              {u"name"_s, u"Team Lead"_s},
                                              {u"role"_s, u"agent"_s},
                                              {u"password"_s, u"pw"_s},
                                              {u"sessions_view"_s, u"domain"_s},
                                              {u"sessions_control"_s, u"none"_s}}),
                                         m_sw->owner());
    SW_COMPARE_STATUS(made, 201);
    QCOMPARE(made.json.value(u"sessions_view"_s).toString(), u"domain"_s);
    QCOMPARE(made.json.value(u"sessions_control"_s).toString(), u"none"_s);
}

void TestAuth::duplicateLoginIsRefused()
{
    const User agent = m_sw->user(u"agent"_s);
    const Reply again = m_sw->http().post(
        u"/users"_s,
        obj({{u"login"_s, agent.login}, {u"name"_s, u"Twin"_s}, {u"role"_s, u"agent"_s}, {u"password"_s, u"pw"_s}}),
        m_sw->owner());
    SW_COMPARE_ERROR(again, 409, "user_exists");
    // The first user's password still works.
    SW_COMPARE_STATUS(
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, agent.login}, {u"password"_s, agent.password}})), 200);
}

void TestAuth::whoMayCreateWhom()
{
    const User manager = m_sw->user(u"manager"_s);
    const User agent = m_sw->user(u"agent"_s);
    const auto body = [](const QString& role) {
        return obj(
            {{u"login"_s, Seatwise::unique(u"u"_s)}, {u"name"_s, u"N"_s}, {u"role"_s, role}, {u"password"_s, u"pw"_s}});
    };
    SW_COMPARE_STATUS(m_sw->http().post(u"/users"_s, body(u"agent"_s), manager.token), 201);
    SW_COMPARE_ERROR(m_sw->http().post(u"/users"_s, body(u"manager"_s), manager.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().post(u"/users"_s, body(u"owner"_s), manager.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().post(u"/users"_s, body(u"agent"_s), agent.token), 403, "forbidden");
    SW_COMPARE_STATUS(m_sw->http().post(u"/users"_s, body(u"owner"_s), m_sw->owner()), 201);
}

void TestAuth::invalidUserIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed json") << QByteArray(R"({"login": "x", "role": )");
    QTest::newRow("not an object") << QByteArray(R"("agent")");
    QTest::newRow("no login") << QByteArray(R"({"name": "X", "role": "agent", "password": "pw"})");
    QTest::newRow("empty login") << QByteArray(R"({"login": "", "name": "X", "role": "agent", "password": "pw"})");
    QTest::newRow("login not a string") << QByteArray(
        R"({"login": 7, "name": "X", "role": "agent", "password": "pw"})");
    QTest::newRow("unknown role") << QByteArray(R"({"login": "x", "name": "X", "role": "boss", "password": "pw"})");
    QTest::newRow("unknown view scope") << QByteArray(
        R"({"login": "x", "name": "X", "role": "agent", "password": "pw", "sessions_view": "all"})");
    QTest::newRow("unknown control scope")
        << QByteArray(R"({"login": "x", "name": "X", "role": "agent", "password": "pw", "sessions_control": 1})");
}

void TestAuth::invalidUserIsRefused()
{
    QFETCH(QByteArray, body);
    SW_COMPARE_ERROR(m_sw->http().postRaw(u"/users"_s, body, m_sw->owner()), 400, "bad_request");
    // Nothing was made: the login is still free.
    SW_COMPARE_STATUS(
        m_sw->http().post(
            u"/users"_s,
            obj({{u"login"_s, u"x"_s}, {u"name"_s, u"X"_s}, {u"role"_s, u"agent"_s}, {u"password"_s, u"pw"_s}}),
            m_sw->owner()),
        201);
}

void TestAuth::unknownPathOrMethodIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArray("GET") << u"/nothing-here"_s;
    QTest::newRow("unknown sub path") << QByteArray("GET") << u"/pools/x/y/z"_s;
    QTest::newRow("PUT /pools") << QByteArray("PUT") << u"/pools"_s;
    QTest::newRow("PATCH /auth/token") << QByteArray("PATCH") << u"/auth/token"_s;
    QTest::newRow("DELETE /users") << QByteArray("DELETE") << u"/users"_s;
}

void TestAuth::unknownPathOrMethodIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    SW_COMPARE_ERROR(m_sw->http().send(method, path, "{}", m_sw->owner()), 404, "not_found");
}

void TestAuth::unknownIdIsNotFound()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + id, m_sw->owner()), 404, "not_found");
    SW_COMPARE_ERROR(m_sw->http().post(u"/sessions/"_s + id + u"/pause"_s, {}, m_sw->owner()), 404, "not_found");
    SW_COMPARE_ERROR(m_sw->http().post(u"/sessions/"_s + id + u"/start"_s, {}, m_sw->owner()), 404, "not_found");
}

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
