// R1: seats in use never exceed seats, under racing logins, across two gateway processes sharing one
// store, and a granted seat survives kill -9 of the gateway.
#include "support/Checks.h"
#include "support/Seatwise.h"

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
constexpr int Clients = 50;
constexpr int Seats = 10;
} // namespace

class TestConcurrency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void racingLoginsGetExactlyTheSeats();
    void twoProcessesShareTheSeats();
    void grantedSeatSurvivesKill9();

private:
    // One login request per user, each its own device.
    QList<Request> loginRequests(const QList<User>& users, const QString& pool);
    QList<User> makeUsers(int count);
    void checkOutcome(const QList<Reply>& replies, const QString& pool);

    std::unique_ptr<Seatwise> m_sw;
};

QList<User> TestConcurrency::makeUsers(int count)
{
    QList<User> users;
    for (int i = 0; i < count; ++i)
        users.append(m_sw->user(u"agent"_s));
    return users;
}

QList<Request> TestConcurrency::loginRequests(const QList<User>& users, const QString& pool)
{
    QList<Request> requests;
    for (const User& user : users) {
        const QJsonObject body{{u"login"_s, user.login},
                               {u"password"_s, user.password},
                               {u"pool"_s, pool},
                               {u"device"_s, QString(u"device-"_s + user.login)}};
        requests.append(Request{"POST", u"/sessions"_s, Http::json(body), {}});
    }
    return requests;
}

void TestConcurrency::checkOutcome(const QList<Reply>& replies, const QString& pool)
{
    QCOMPARE(replies.size(), Clients);
    int granted = 0;
    int refused = 0;
    QSet<QString> ids;
    for (const Reply& reply : replies) {
        if (reply.status == 201) {
            ++granted;
            ids.insert(reply.json.value(u"id"_s).toString());
        } else if (reply.status == 409 && reply.error() == u"no_license_available"_s) {
            ++refused;
        } else {
            QFAIL(QByteArray("unexpected answer: " + reply.describe()).constData());
        }
    }
    QCOMPARE(granted, Seats);
    QCOMPARE(refused, Clients - Seats);
    QCOMPARE(ids.size(), Seats);
    const QJsonObject listed = m_sw->poolListed(pool);
    QCOMPARE(listed.value(u"in_use"_s).toInt(), Seats);
    QCOMPARE(listed.value(u"available"_s).toInt(-1), 0);
    const QJsonArray sessions = m_sw->sessions(m_sw->owner(), u"?pool="_s + pool);
    QCOMPARE(sessions.size(), Seats);
    for (const QJsonValue& value : sessions)
        QVERIFY(ids.contains(value.toObject().value(u"id"_s).toString()));
}

void TestConcurrency::racingLoginsGetExactlyTheSeats()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, Seats}})).value(u"id"_s).toString();
    const QList<User> users = makeUsers(Clients);
    QVERIFY(!QTest::currentTestFailed());
    const QList<Reply> replies = Http::parallel(loginRequests(users, pool), {m_sw->process().baseUrl()});
    checkOutcome(replies, pool);
}

void TestConcurrency::twoProcessesShareTheSeats()
{
    Seatwise second;
    QVERIFY2(second.startShared(*m_sw), qPrintable(second.lastError()));
    const QString pool = m_sw->pool(obj({{u"seats"_s, Seats}})).value(u"id"_s).toString();
    const QList<User> users = makeUsers(Clients);
    QVERIFY(!QTest::currentTestFailed());
    // The second process sees the pool and users the first one made.
    QCOMPARE(second.inUse(pool), 0);
    const QList<Reply> replies =
        Http::parallel(loginRequests(users, pool), {m_sw->process().baseUrl(), second.process().baseUrl()});
    checkOutcome(replies, pool);
    QCOMPARE(second.inUse(pool), Seats);
    // A seat freed through one process is taken through the other, and the pool is full again.
    const auto granted = std::find_if(replies.begin(), replies.end(), [](const Reply& r) { return r.status == 201; });
    QVERIFY(granted != replies.end());
    const QString id = granted->json.value(u"id"_s).toString();
    const QString token = granted->json.value(u"token"_s).toString();
    SW_COMPARE_STATUS(second.http().del(u"/sessions/"_s + id, token), 204);
    QCOMPARE(m_sw->inUse(pool), Seats - 1);
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"late"_s).reply, 201);
    SW_COMPARE_ERROR(second.login(second.user(u"agent"_s), pool, u"later"_s).reply, 409, "no_license_available");
    QCOMPARE(second.inUse(pool), Seats);
}

void TestConcurrency::grantedSeatSurvivesKill9()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->login(agent, pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    m_sw->process().kill9();
    QVERIFY(!m_sw->process().isRunning());
    QVERIFY2(m_sw->process().restart(), qPrintable(m_sw->process().lastError()));
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    QCOMPARE(m_sw->stateOf(seat.id), u"active"_s);
    QCOMPARE(m_sw->inUse(pool), 1);
    // The session still works: its token heartbeats, the same device gets it back.
    QCOMPARE(m_sw->heartbeatOutcome(seat), u"active"_s);
    const Seat again = m_sw->login(agent, pool, u"pc"_s);
    SW_COMPARE_STATUS(again.reply, 200);
    QCOMPARE(again.id, seat.id);
    QCOMPARE(m_sw->inUse(pool), 1);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
