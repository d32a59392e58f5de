// Users: listing, editing (managers edit agents only, and promote nobody), cloning, and their audit.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestUsers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void managersListUsers();
    void ownerEditsUsers();
    void managersEditAgentsOnly();
    void cloneCopiesRoleAndPermissions();

private:
    QJsonObject listed(const QString& id);
    Reply patch(const QString& id, const QJsonObject& body, const QString& token = {});

    std::unique_ptr<Seatwise> m_sw;
};

QJsonObject TestUsers::listed(const QString& id)
{
    const Reply users = m_sw->http().get(u"/users"_s, m_sw->owner());
    for (const QJsonValue& value : users.array) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

Reply TestUsers::patch(const QString& id, const QJsonObject& body, const QString& token)
{
    return m_sw->http().send("PATCH", u"/users/"_s + id, Http::json(body), token.isEmpty() ? m_sw->owner() : token);
}

void TestUsers::managersListUsers()
{
    const User agent = m_sw->user(u"agent"_s);
    const User manager = m_sw->user(u"manager"_s);
    const Reply users = m_sw->http().get(u"/users"_s, manager.token);
    SW_COMPARE_STATUS(users, 200);
    QCOMPARE(users.array.size(), 3); // admin, the agent, the manager
    const QJsonObject a = listed(agent.id);
    QCOMPARE(a.value(u"login"_s).toString(), agent.login);
    QCOMPARE(a.value(u"name"_s).toString(), u"Name of "_s + agent.login);
    QCOMPARE(a.value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(a.value(u"sessions_view"_s).toString(), u"own"_s);
    QCOMPARE(a.value(u"sessions_control"_s).toString(), u"own"_s);
    QCOMPARE(listed(manager.id).value(u"sessions_view"_s).toString(), u"domain"_s);
    QVERIFY2(!users.raw.contains("password"), users.raw.constData());
    SW_COMPARE_ERROR(m_sw->http().get(u"/users"_s, agent.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().get(u"/users"_s), 401, "unauthorized");
}

void TestUsers::ownerEditsUsers()
{
    const User agent = m_sw->user(u"agent"_s);
    const Reply edited = patch(
        agent.id,
        obj({{u"name"_s, u"Ann Agent"_s}, {u"sessions_view"_s, u"domain"_s}, {u"sessions_control"_s, u"none"_s}}));
    SW_COMPARE_STATUS(edited, 200);
    QCOMPARE(edited.json.value(u"name"_s).toString(), u"Ann Agent"_s);
    const QJsonObject after = listed(agent.id);
    QCOMPARE(after.value(u"name"_s).toString(), u"Ann Agent"_s);
    QCOMPARE(after.value(u"sessions_view"_s).toString(), u"domain"_s);
    QCOMPARE(after.value(u"sessions_control"_s).toString(), u"none"_s);
    QCOMPARE(after.value(u"role"_s).toString(), u"agent"_s);
    // The new permissions apply: the agent now lists sessions of others but may end none.
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const Seat other = m_sw->login(m_sw->user(u"agent"_s), pool, u"x"_s);
    QVERIFY(m_sw->isListed(other.id, agent.token));
    SW_COMPARE_ERROR(m_sw->http().del(u"/sessions/"_s + other.id, agent.token), 403, "forbidden");

    SW_COMPARE_STATUS(patch(agent.id, obj({{u"role"_s, u"manager"_s}})), 200);
    QCOMPARE(listed(agent.id).value(u"role"_s).toString(), u"manager"_s);
    SW_COMPARE_ERROR(patch(agent.id, obj({{u"role"_s, u"emperor"_s}})), 400, "bad_request");
    SW_COMPARE_ERROR(patch(agent.id, obj({{u"sessions_control"_s, u"everything"_s}})), 400, "bad_request");
    SW_COMPARE_ERROR(patch(u"no-such-user"_s, obj({{u"name"_s, u"X"_s}})), 404, "not_found");
    const Reply audit = m_sw->http().get(u"/audit"_s, m_sw->owner());
    QVERIFY2(audit.raw.contains("\"user.update\""), audit.raw.constData());
}

void TestUsers::managersEditAgentsOnly()
{
    const User manager = m_sw->user(u"manager"_s);
    const User agent = m_sw->user(u"agent"_s);
    const User peer = m_sw->user(u"manager"_s);
    SW_COMPARE_STATUS(patch(agent.id, obj({{u"name"_s, u"Renamed"_s}}), manager.token), 200);
    QCOMPARE(listed(agent.id).value(u"name"_s).toString(), u"Renamed"_s);
    SW_COMPARE_ERROR(patch(agent.id, obj({{u"role"_s, u"manager"_s}}), manager.token), 403, "forbidden");
    SW_COMPARE_ERROR(patch(agent.id, obj({{u"role"_s, u"owner"_s}}), manager.token), 403, "forbidden");
    QCOMPARE(listed(agent.id).value(u"role"_s).toString(), u"agent"_s);
    SW_COMPARE_ERROR(patch(peer.id, obj({{u"name"_s, u"Peer"_s}}), manager.token), 403, "forbidden");
    SW_COMPARE_ERROR(patch(manager.id, obj({{u"role"_s, u"owner"_s}}), manager.token), 403, "forbidden");
    SW_COMPARE_ERROR(patch(peer.id, obj({{u"name"_s, u"Me"_s}}), agent.token), 403, "forbidden");
    QCOMPARE(listed(peer.id).value(u"name"_s).toString(), u"Name of "_s + peer.login);
    QCOMPARE(listed(manager.id).value(u"role"_s).toString(), u"manager"_s);
}

void TestUsers::cloneCopiesRoleAndPermissions()
{
    const User model = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(patch(model.id, obj({{u"sessions_view"_s, u"domain"_s}, {u"sessions_control"_s, u"none"_s}})),
                      200);
    const QJsonObject body{{u"login"_s, u"newhire"_s}, {u"name"_s, u"New Hire"_s}, {u"password"_s, u"pw-newhire"_s}};
    const Reply cloned = m_sw->http().post(u"/users/"_s + model.id + u"/clone"_s, body, m_sw->owner());
    SW_COMPARE_STATUS(cloned, 201);
    const QString id = cloned.json.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty() && id != model.id);
    const QJsonObject copy = listed(id);
    QCOMPARE(copy.value(u"login"_s).toString(), u"newhire"_s);
    QCOMPARE(copy.value(u"name"_s).toString(), u"New Hire"_s);
    QCOMPARE(copy.value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(copy.value(u"sessions_view"_s).toString(), u"domain"_s);
    QCOMPARE(copy.value(u"sessions_control"_s).toString(), u"none"_s);

    const Reply token =
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, u"newhire"_s}, {u"password"_s, u"pw-newhire"_s}}));
    SW_COMPARE_STATUS(token, 200);
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->loginWithToken(token.json.value(u"token"_s).toString(), pool, u"desk"_s).reply, 201);

    SW_COMPARE_ERROR(m_sw->http().post(u"/users/"_s + model.id + u"/clone"_s, body, m_sw->owner()), 409, "user_exists");
    SW_COMPARE_ERROR(m_sw->http().post(u"/users/no-such-user/clone"_s,
                                       obj({{u"login"_s, u"x1"_s}, {u"name"_s, u"X"_s}, {u"password"_s, u"pw-x1"_s}}),
                                       m_sw->owner()),
                     404, "not_found");
    SW_COMPARE_ERROR(m_sw->http().post(u"/users/"_s + model.id + u"/clone"_s,
                                       obj({{u"login"_s, u"x2"_s}, {u"name"_s, u"X"_s}, {u"password"_s, u"pw-x2"_s}}),
                                       model.token),
                     403, "forbidden");
    const Reply audit = m_sw->http().get(u"/audit"_s, m_sw->owner());
    QVERIFY2(audit.raw.contains("\"user.clone\""), audit.raw.constData());
}

QTEST_GUILESS_MAIN(TestUsers)
#include "TestUsers.moc"
