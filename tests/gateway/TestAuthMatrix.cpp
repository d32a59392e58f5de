// Who may call what: every route seatwised registers, called by every kind of caller, against the answer
// the SPEC (R5, R11, R13, wire contract) and docs/api.md give. A refused caller must get 401 (no or bad
// token) or 403 (wrong role or token kind); an allowed one must get past the check to the route's own
// answer. The resulting table is docs/permissions.md.
#include "support/Checks.h"
#include "support/EventStream.h"
#include "support/Licenses.h"
#include "support/Seatwise.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <array>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {

// The callers. OtherSession (a standard session token used on another session's id) is asked only of
// the /sessions/{id} routes, where "which session" is the whole question.
enum class Who { None, Bad, Agent, Manager, Owner, Session, AdminSession, LimitedAdmin, OtherSession, Count };
constexpr int kWhoCount = int(Who::Count);
constexpr std::array<const char*, kWhoCount> kWhoNames{
    "no token", "bad token", "agent", "manager", "owner", "session", "admin session", "limited admin", "other session"};

// Expected status per caller, in Who order; 0: not asked.
using Expected = std::array<int, kWhoCount>;

// Calls for managers and owners, with a user token or their admin session's token (R5).
constexpr Expected managers(int ok)
{
    return {401, 401, 403, ok, ok, 403, ok, 403, 0};
}
// What a limited admin session may still do: list pools and sessions, sign users out, listen (R5).
constexpr Expected listers(int ok)
{
    return {401, 401, ok, ok, ok, 403, ok, ok, 0};
}
// An operation of the session's own user (R11, R12): its own token or its user's token.
constexpr Expected ownUser(int ok)
{
    return {401, 401, ok, 403, 403, ok, 403, 403, 403};
}

// One request of a cell. `token` replaces the caller's usual token when the call uses it up
// (DELETE /auth/token) or when the caller is the target session itself.
struct Call {
    QByteArray method; // "UPGRADE": a WebSocket handshake
    QString path;
    QByteArray body;
    std::optional<QString> token;
};

struct Route {
    QByteArray method;
    QString pattern;
    Expected expected;
    std::function<Call(Who)> build; // makes the fixture this cell needs (fresh where the call changes it)
};

// A fixture call that did not work fails the cell with what the gateway said.
void fixtureFailed(const char* what, const Reply& reply)
{
    const QByteArray text = QByteArray("fixture: ") + what + ": " + reply.describe();
    QTest::qFail(text.constData(), __FILE__, __LINE__);
}

QString cellName(const Route& route, Who who)
{
    return QString::fromLatin1(route.method) + u' ' + route.pattern + u" | "_s +
           QString::fromLatin1(kWhoNames[size_t(who)]);
}

} // namespace

class TestAuthMatrix final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tableCoversEveryRegisteredRoute();
    void matrix_data();
    void matrix();
    void limitedAdminMayNotPauseItsUsersSessions();

private:
    QList<Route> routes();
    QString tokenOf(Who who) const;
    QString freshToken(const User& user);
    Seat freshSession(const QJsonObject& extra = {});
    QString freeLicense();
    QString assignedLicense();
    QString pendingOrder();
    std::function<Call(Who)> onFreshSession(const QString& suffix, const QJsonObject& extra = {}, bool paused = false);

    std::unique_ptr<Seatwise> m_sw;
    User m_agent;
    User m_manager;
    User m_limitedManager;
    User m_owner;
    User m_victim; // the target of user routes, never a caller
    QString m_pool;
    QString m_orderPool;
    QStringList m_freeLicenses;
    Seat m_agentSeat;
    Seat m_adminSeat;
    Seat m_limitedSeat;
    QList<Route> m_routes;
    // route index -> status per caller, for the summary (value-initialised: 0 = not run)
    QHash<int, std::array<int, kWhoCount>> m_seen;
};

void TestAuthMatrix::initTestCase()
{
    SW_START_GATEWAY();
    m_agent = m_sw->user(u"agent"_s);
    m_manager = m_sw->user(u"manager"_s);
    m_limitedManager = m_sw->user(u"manager"_s);
    m_owner = m_sw->user(u"owner"_s);
    m_victim = m_sw->user(u"agent"_s);
    m_pool = m_sw->pool(obj({{u"seats"_s, 1000}, {u"login_policy"_s, u"per_device"_s}})).value(u"id"_s).toString();
    // A long activation delay keeps seat orders pending, so every cancel finds one to cancel.
    m_orderPool = m_sw->pool(obj({{u"seats"_s, 1}, {u"price_cents"_s, 1000}, {u"activation_delay_s"_s, 86'400}}))
                      .value(u"id"_s)
                      .toString();
    Licenses licenses(*m_sw);
    m_freeLicenses = licenses.ids(licenses.basePool(60).value(u"id"_s).toString());
    licenses.addonPool(u"device_ip_phone"_s, 40);

    m_agentSeat = m_sw->loginWithToken(m_agent.token, m_pool, u"agent-desk"_s);
    SW_COMPARE_STATUS(m_agentSeat.reply, 201);
    // R5: one admin seat, taken by the first manager; the second one's admin login is limited.
    m_sw->pool(obj({{u"kind"_s, u"admin"_s}, {u"seats"_s, 1}}));
    const QJsonObject admin = obj({{u"mode"_s, u"admin"_s}});
    m_adminSeat = m_sw->loginWithToken(m_manager.token, {}, u"console-1"_s, admin);
    SW_COMPARE_STATUS(m_adminSeat.reply, 201);
    QCOMPARE(m_adminSeat.reply.json.value(u"mode"_s).toString(), u"admin"_s);
    m_limitedSeat = m_sw->loginWithToken(m_limitedManager.token, {}, u"console-2"_s, admin);
    SW_COMPARE_STATUS(m_limitedSeat.reply, 201);
    QCOMPARE(m_limitedSeat.reply.json.value(u"mode"_s).toString(), u"limited_admin"_s);
    m_routes = routes();
}

QString TestAuthMatrix::tokenOf(Who who) const
{
    switch (who) {
    case Who::None:
        return {};
    case Who::Bad:
        return u"not-a-token-0123456789"_s;
    case Who::Agent:
        return m_agent.token;
    case Who::Manager:
        return m_manager.token;
    case Who::Owner:
        return m_owner.token;
    case Who::Session:
    case Who::OtherSession:
        return m_agentSeat.token;
    case Who::AdminSession:
        return m_adminSeat.token;
    case Who::LimitedAdmin:
        return m_limitedSeat.token;
    case Who::Count:
        break;
    }
    return {};
}

QString TestAuthMatrix::freshToken(const User& user)
{
    const Reply token =
        m_sw->http().post(u"/auth/token"_s, obj({{u"login"_s, user.login}, {u"password"_s, user.password}}));
    if (token.status != 200)
        fixtureFailed("POST /auth/token", token);
    return token.json.value(u"token"_s).toString();
}

Seat TestAuthMatrix::freshSession(const QJsonObject& extra)
{
    Seat seat = m_sw->loginWithToken(m_agent.token, m_pool, Seatwise::unique(u"device-"_s), extra);
    if (seat.status() != 201)
        fixtureFailed("POST /sessions", seat.reply);
    return seat;
}

QString TestAuthMatrix::freeLicense()
{
    if (m_freeLicenses.isEmpty()) {
        QTest::qFail("fixture: out of base licenses", __FILE__, __LINE__);
        return {};
    }
    return m_freeLicenses.takeFirst();
}

QString TestAuthMatrix::assignedLicense()
{
    const QString id = freeLicense();
    const Reply assigned =
        m_sw->http().post(u"/licenses/%1/assign"_s.arg(id), obj({{u"user"_s, m_agent.login}}), m_sw->owner());
    if (assigned.status != 200)
        fixtureFailed("assign", assigned);
    return id;
}

QString TestAuthMatrix::pendingOrder()
{
    const Reply placed =
        m_sw->http().post(u"/pools/%1/seat-orders"_s.arg(m_orderPool), obj({{u"delta"_s, 1}}), m_sw->owner());
    if (placed.status != 201)
        fixtureFailed("seat order", placed);
    return placed.json.value(u"id"_s).toString();
}

// A new session of the agent for each cell: the session caller is that session itself, the other
// session caller is the agent's long-lived session, user tokens act on it as its user or as others.
std::function<Call(Who)> TestAuthMatrix::onFreshSession(const QString& suffix, const QJsonObject& extra, bool paused)
{
    return [this, suffix, extra, paused](Who who) {
        const Seat seat = freshSession(extra);
        if (paused) {
            const Reply pause = m_sw->http().post(u"/sessions/%1/pause"_s.arg(seat.id), {}, seat.token);
            if (pause.status != 200)
                fixtureFailed("pause", pause);
        }
        const QByteArray method = suffix.isEmpty() ? "DELETE" : "POST";
        Call call{method, u"/sessions/"_s + seat.id + suffix, {}, {}};
        if (suffix == u"/heartbeat"_s)
            call.body = Http::json(obj({{u"active"_s, true}}));
        if (who == Who::Session)
            call.token = seat.token;
        return call;
    };
}

// Mirrors every router.add() in src/gateway/*.cpp, plus the /events upgrade ApiServer handles itself;
// tableCoversEveryRegisteredRoute() fails when the two drift apart.
QList<Route> TestAuthMatrix::routes()
{
    const auto fixed = [](QByteArray method, QString path, QByteArray body = {}) {
        return [method, path, body](Who) { return Call{method, path, body, {}}; };
    };
    const auto json = [](const QJsonObject& o) { return Http::json(o); };
    const QString victim = m_victim.id;
    QList<Route> list;

    // Authentication. A token in the header does not matter to a password sign-in.
    list.append(
        {"POST",
         u"/auth/token"_s,
         {200, 200, 200, 200, 200, 200, 200, 200, 0},
         fixed("POST", u"/auth/token"_s, json(obj({{u"login"_s, m_agent.login}, {u"password"_s, m_agent.password}})))});
    // A session token is told to end its session instead (docs/api.md: 400).
    list.append({"DELETE", u"/auth/token"_s, {401, 401, 204, 204, 204, 400, 400, 400, 0}, [this](Who who) {
                     Call call{"DELETE", u"/auth/token"_s, {}, {}};
                     if (who == Who::Agent)
                         call.token = freshToken(m_agent);
                     else if (who == Who::Manager)
                         call.token = freshToken(m_manager);
                     else if (who == Who::Owner)
                         call.token = freshToken(m_owner);
                     return call;
                 }});
    list.append({"DELETE", u"/users/{id}/tokens"_s, managers(200), fixed("DELETE", u"/users/%1/tokens"_s.arg(victim))});

    // Users: managers make agents, owners anyone; agents nobody (403 by role, not by token kind).
    list.append({"POST", u"/users"_s, managers(201), [json](Who) {
                     const QString login = Seatwise::unique(u"made-"_s);
                     return Call{
                         "POST",
                         u"/users"_s,
                         json(obj({{u"login"_s, login}, {u"role"_s, u"agent"_s}, {u"password"_s, u"pw-made-12345"_s}})),
                         {}};
                 }});
    list.append({"GET", u"/users"_s, managers(200), fixed("GET", u"/users"_s)});
    list.append({"PATCH", u"/users/{id}"_s, managers(200),
                 fixed("PATCH", u"/users/%1"_s.arg(victim), json(obj({{u"name"_s, u"Renamed"_s}})))});
    list.append({"POST", u"/users/{id}/clone"_s, managers(201), [victim, json](Who) {
                     return Call{
                         "POST",
                         u"/users/%1/clone"_s.arg(victim),
                         json(obj({{u"login"_s, Seatwise::unique(u"clone-"_s)}, {u"password"_s, u"pw-clone-12345"_s}})),
                         {}};
                 }});

    // Pools.
    list.append({"POST", u"/pools"_s, managers(201), [json](Who) {
                     return Call{"POST",
                                 u"/pools"_s,
                                 json(obj({{u"name"_s, Seatwise::unique(u"matrix-pool-"_s)}, {u"seats"_s, 1}})),
                                 {}};
                 }});
    list.append({"GET", u"/pools"_s, listers(200), fixed("GET", u"/pools"_s)});

    // Sessions. A login with a bearer token needs a user token; an admin session's token acts for its
    // user (docs/api.md), other session tokens are refused like everywhere else.
    list.append({"POST", u"/sessions"_s, {401, 401, 201, 201, 201, 403, 201, 403, 0}, [this, json](Who) {
                     return Call{"POST",
                                 u"/sessions"_s,
                                 json(obj({{u"pool"_s, m_pool}, {u"device"_s, Seatwise::unique(u"login-"_s)}})),
                                 {}};
                 }});
    list.append({"GET", u"/sessions"_s, listers(200), fixed("GET", u"/sessions"_s)});
    // The heartbeat speaks session tokens only: a user token is no session token there (401), another
    // session's token is refused (403).
    list.append({"POST",
                 u"/sessions/{id}/heartbeat"_s,
                 {401, 401, 401, 401, 401, 200, 403, 403, 403},
                 onFreshSession(u"/heartbeat"_s)});
    // Logout by the session or its user; a forced end by anyone R13 lets control it, which includes a
    // limited admin (signing a user out is what limited admin mode is for).
    list.append({"DELETE", u"/sessions/{id}"_s, {401, 401, 204, 204, 204, 204, 204, 204, 403}, onFreshSession({})});
    list.append({"POST", u"/sessions/{id}/pause"_s, ownUser(200), onFreshSession(u"/pause"_s)});
    list.append({"POST", u"/sessions/{id}/resume"_s, ownUser(200), onFreshSession(u"/resume"_s, {}, true)});
    list.append(
        {"POST", u"/sessions/{id}/start"_s, ownUser(200), onFreshSession(u"/start"_s, obj({{u"standby"_s, true}}))});
    // The agent ends its own session (sessions_control own), managers any (domain).
    list.append({"POST", u"/sessions/sign-out"_s, listers(200), [this, json](Who) {
                     const Seat seat = freshSession();
                     return Call{"POST", u"/sessions/sign-out"_s, json(obj({{u"ids"_s, QJsonArray{seat.id}}})), {}};
                 }});

    // History and account.
    list.append({"GET", u"/usage"_s, managers(200), fixed("GET", u"/usage"_s)});
    list.append({"GET", u"/audit"_s, managers(200), fixed("GET", u"/audit"_s)});
    list.append({"GET", u"/account"_s, managers(200), fixed("GET", u"/account"_s)});
    list.append({"PATCH", u"/account"_s, managers(200),
                 fixed("PATCH", u"/account"_s, json(obj({{u"billing_timezone"_s, QString()}})))});
    list.append({"GET", u"/account/ppu"_s, managers(200), fixed("GET", u"/account/ppu"_s)});
    list.append({"POST", u"/account/ppu"_s, managers(200),
                 fixed("POST", u"/account/ppu"_s, json(obj({{u"add_minutes"_s, 1}})))});

    // Named licenses (R15, R16): a fresh license per cell, in the state the operation needs.
    list.append({"GET", u"/licenses"_s, managers(200), fixed("GET", u"/licenses"_s)});
    list.append({"POST", u"/licenses/mass-config"_s, managers(200),
                 fixed("POST", u"/licenses/mass-config?dry_run=1"_s,
                       "Ext key,Number,User,Addon license 1\r\n301,6567891301," + m_agent.login.toUtf8() + "\r\n")});
    list.append({"POST", u"/licenses/{id}/assign"_s, managers(200), [this, json](Who) {
                     return Call{"POST",
                                 u"/licenses/%1/assign"_s.arg(freeLicense()),
                                 json(obj({{u"user"_s, m_agent.login}})),
                                 {}};
                 }});
    list.append({"POST", u"/licenses/{id}/reassign"_s, managers(200), [this, json](Who) {
                     return Call{"POST",
                                 u"/licenses/%1/reassign"_s.arg(assignedLicense()),
                                 json(obj({{u"user"_s, m_victim.login}})),
                                 {}};
                 }});
    list.append({"POST", u"/licenses/{id}/unassign"_s, managers(200), [this](Who) {
                     return Call{"POST", u"/licenses/%1/unassign"_s.arg(assignedLicense()), {}, {}};
                 }});
    list.append({"POST", u"/licenses/{id}/addons"_s, managers(200), [this, json](Who) {
                     return Call{"POST",
                                 u"/licenses/%1/addons"_s.arg(assignedLicense()),
                                 json(obj({{u"code"_s, u"device_ip_phone"_s}})),
                                 {}};
                 }});
    list.append({"DELETE", u"/licenses/{id}/addons/{code}"_s, managers(200), [this](Who) {
                     const QString id = assignedLicense();
                     const Reply attached = m_sw->http().post(u"/licenses/%1/addons"_s.arg(id),
                                                              obj({{u"code"_s, u"device_ip_phone"_s}}), m_sw->owner());
                     if (attached.status != 200)
                         fixtureFailed("attach", attached);
                     return Call{"DELETE", u"/licenses/%1/addons/device_ip_phone"_s.arg(id), {}, {}};
                 }});
    list.append({"DELETE", u"/licenses/{id}"_s, managers(204), [this](Who) {
                     return Call{"DELETE", u"/licenses/"_s + freeLicense(), {}, {}};
                 }});

    // Seat orders and right-sizing (R14, R18).
    list.append({"POST", u"/pools/{id}/seat-orders"_s, managers(201),
                 fixed("POST", u"/pools/%1/seat-orders"_s.arg(m_orderPool), json(obj({{u"delta"_s, 1}})))});
    list.append({"GET", u"/pools/{id}/seat-orders"_s, managers(200),
                 fixed("GET", u"/pools/%1/seat-orders"_s.arg(m_orderPool))});
    list.append({"DELETE", u"/pools/{id}/seat-orders/{order}"_s, managers(200), [this](Who) {
                     return Call{"DELETE", u"/pools/%1/seat-orders/%2"_s.arg(m_orderPool, pendingOrder()), {}, {}};
                 }});
    list.append(
        {"GET", u"/pools/{id}/right-sizing"_s, managers(200), fixed("GET", u"/pools/%1/right-sizing"_s.arg(m_pool))});

    // The event stream: any user token and admin sessions, limited ones too (R5); 101 Switching Protocols.
    list.append({"GET", u"/events"_s, listers(101), fixed("UPGRADE", u"/api/v1/events"_s)});
    return list;
}

void TestAuthMatrix::tableCoversEveryRegisteredRoute()
{
    const QDir sources(QStringLiteral(SEATWISE_GATEWAY_SOURCE_DIR));
    if (!sources.exists())
        QSKIP("The gateway's sources are not here to compare the table with.");
    // router.add("POST", "/pools", ...) and router.add(QStringLiteral("POST"), QStringLiteral("/pools"), ...)
    static const QRegularExpression added(
        uR"re(router\.add\(\s*(?:QStringLiteral\()?"([A-Z]+)"\)?\s*,\s*(?:QStringLiteral\()?"([^"]+)")re"_s);
    QStringList registered;
    for (const QString& file : sources.entryList({u"*.cpp"_s}, QDir::Files)) {
        QFile source(sources.filePath(file));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        const QString text = QString::fromUtf8(source.readAll());
        for (auto it = added.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            registered.append(match.captured(1) + u' ' + match.captured(2));
        }
        if (text.contains(u"QStringLiteral(\"/events\")"_s))
            registered.append(u"GET /events"_s);
    }
    registered.removeDuplicates();
    registered.sort();
    QStringList table;
    for (const Route& route : std::as_const(m_routes))
        table.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
    table.sort();
    QCOMPARE(table, registered);
    qInfo("%d routes registered, all in the table", int(registered.size()));
}

void TestAuthMatrix::matrix_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("who");
    for (int r = 0; r < m_routes.size(); ++r)
        for (int w = 0; w < kWhoCount; ++w)
            if (m_routes[r].expected[size_t(w)] != 0)
                QTest::newRow(qPrintable(cellName(m_routes[r], Who(w)))) << r << w;
}

void TestAuthMatrix::matrix()
{
    QFETCH(int, route);
    QFETCH(int, who);
    const Route& r = m_routes[route];
    const int expected = r.expected[size_t(who)];
    const Call call = r.build(Who(who));
    if (QTest::currentTestFailed())
        return; // the fixture said why
    const QString token = call.token.value_or(tokenOf(Who(who)));
    Reply reply;
    if (call.method == "UPGRADE")
        reply.status = EventStream::handshakeStatus(m_sw->process().port(), call.path.toUtf8(), token);
    else
        reply = m_sw->http().send(call.method, call.path, call.body, token);
    m_seen[route][size_t(who)] = reply.status;

    QVERIFY2(!reply.raw.contains("No such endpoint"), reply.describe().constData());
    QVERIFY2(reply.status == expected,
             QByteArray("expected " + QByteArray::number(expected) + ", got " + reply.describe()).constData());
    if (call.method == "UPGRADE")
        return; // a refused handshake carries no JSON body
    if (expected == 401)
        QCOMPARE(reply.error(), u"unauthorized"_s);
    else if (expected == 403)
        QCOMPARE(reply.error(), u"forbidden"_s);
}

// R5: a limited admin session's token may list and sign users out, nothing more, not even for the sessions
// of its own user (the matrix's target sessions belong to someone else, so it cannot show this).
void TestAuthMatrix::limitedAdminMayNotPauseItsUsersSessions()
{
    const QString limited = m_limitedSeat.token;
    const Seat running = m_sw->loginWithToken(m_limitedManager.token, m_pool, Seatwise::unique(u"own-"_s));
    SW_COMPARE_STATUS(running.reply, 201);
    const QString path = u"/sessions/"_s + running.id;
    SW_COMPARE_ERROR(m_sw->http().post(path + u"/pause"_s, {}, limited), 403, "forbidden");
    SW_COMPARE_STATUS(m_sw->http().post(path + u"/pause"_s, {}, m_limitedManager.token), 200);
    SW_COMPARE_ERROR(m_sw->http().post(path + u"/resume"_s, {}, limited), 403, "forbidden");
    const Seat standby =
        m_sw->loginWithToken(m_limitedManager.token, m_pool, Seatwise::unique(u"own-"_s), obj({{u"standby"_s, true}}));
    SW_COMPARE_STATUS(standby.reply, 201);
    SW_COMPARE_ERROR(m_sw->http().post(u"/sessions/%1/start"_s.arg(standby.id), {}, limited), 403, "forbidden");
    // Signing a session out is what limited admin mode is for.
    SW_COMPARE_STATUS(m_sw->http().del(path, limited), 204);
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + standby.id, limited), 204);
}

void TestAuthMatrix::cleanupTestCase()
{
    // The same table as docs/permissions.md, from what the gateway answered in this run.
    QString header = u"| route |"_s;
    QString rule = u"|---|"_s;
    for (const char* name : kWhoNames) {
        header += u' ' + QString::fromLatin1(name) + u" |"_s;
        rule += u"---|"_s;
    }
    qInfo("%s", qUtf8Printable(header));
    qInfo("%s", qUtf8Printable(rule));
    int cells = 0;
    for (int r = 0; r < m_routes.size(); ++r) {
        QString line = u"| `"_s + QString::fromLatin1(m_routes[r].method) + u' ' + m_routes[r].pattern + u"` |"_s;
        const auto seen = m_seen.value(r);
        for (int w = 0; w < kWhoCount; ++w) {
            if (m_routes[r].expected[size_t(w)] == 0) {
                line += u" |"_s;
                continue;
            }
            ++cells;
            line += u' ' + (seen[size_t(w)] ? QString::number(seen[size_t(w)]) : u"-"_s) + u" |"_s;
        }
        qInfo("%s", qUtf8Printable(line));
    }
    qInfo("%d routes x callers: %d cells", int(m_routes.size()), cells);
    m_sw.reset();
}

QTEST_GUILESS_MAIN(TestAuthMatrix)
#include "TestAuthMatrix.moc"
