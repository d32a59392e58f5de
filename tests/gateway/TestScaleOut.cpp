// Scale-out: three seatwised on one store (PostgreSQL in TestScaleOut.postgresql, one SQLite file
// otherwise). R1 holds across processes under a storm of logins; purge and sign-out work whichever
// gateway a client talks to; a console listening to any gateway hears what the others did.
#include "support/Checks.h"
#include "support/EventStream.h"
#include "support/Seatwise.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
constexpr int Clients = 1000;
constexpr int Seats = 100;
constexpr int Gateways = 3;

// A thousand sockets at once need more than the usual soft limit of 1,024 descriptors.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

class TestScaleOut final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { raiseDescriptorLimit(); }
    void init();
    void cleanup()
    {
        m_others.clear();
        m_sw.reset();
    }

    void loginStormGrantsExactlyTheSeats();
    void purgeAndSignOutWorkFromAnyGateway();
    void eventsReachEveryGateway();

private:
    QList<QUrl> baseUrls() const;
    Seatwise& gateway(int index) { return index == 0 ? *m_sw : *m_others.at(index - 1); }

    std::unique_ptr<Seatwise> m_sw;
    std::vector<std::unique_ptr<Seatwise>> m_others;
};

void TestScaleOut::init()
{
    SW_START_GATEWAY();
    for (int i = 1; i < Gateways; ++i) {
        m_others.push_back(std::make_unique<Seatwise>());
        QVERIFY2(m_others.back()->startShared(*m_sw), qPrintable(m_others.back()->lastError()));
    }
}

QList<QUrl> TestScaleOut::baseUrls() const
{
    QList<QUrl> urls{m_sw->process().baseUrl()};
    for (const auto& other : m_others)
        urls.append(other->process().baseUrl());
    return urls;
}

void TestScaleOut::loginStormGrantsExactlyTheSeats()
{
    // An anonymous pool: a thousand devices race without a thousand password hashes first.
    const QJsonObject made = m_sw->pool(obj({{u"seats"_s, Seats}, {u"anonymous"_s, true}}));
    const QString pool = made.value(u"id"_s).toString();
    const QString key = made.value(u"client_key"_s).toString();
    QList<Request> logins;
    for (int i = 0; i < Clients; ++i) {
        const QString device = u"kiosk-"_s + QString::number(i);
        const QJsonObject body = obj({{u"pool"_s, pool}, {u"device"_s, device}, {u"client_key"_s, key}});
        logins.append(Request{"POST", u"/sessions"_s, Http::json(body), {}});
    }
    QElapsedTimer clock;
    clock.start();
    const QList<Reply> replies = Http::parallel(logins, baseUrls(), 120000);
    qInfo("%d logins over %d gateways answered in %lld ms", Clients, Gateways, clock.elapsed());

    QSet<QString> granted;
    int refused = 0;
    for (const Reply& reply : replies) {
        if (reply.status == 201)
            granted.insert(reply.json.value(u"id"_s).toString());
        else if (reply.status == 409 && reply.error() == u"no_license_available"_s)
            ++refused;
        else
            QFAIL(QByteArray("unexpected answer: " + reply.describe()).constData());
    }
    QCOMPARE(granted.size(), Seats);
    QCOMPARE(refused, Clients - Seats);
    // None lost: every gateway counts the same seats, and they are exactly the granted sessions.
    for (int i = 0; i < Gateways; ++i) {
        QCOMPARE(gateway(i).inUse(pool), Seats);
        const QJsonArray sessions = gateway(i).sessions(gateway(i).owner(), u"?pool="_s + pool);
        QCOMPARE(sessions.size(), Seats);
        for (const QJsonValue& session : sessions)
            QVERIFY(granted.contains(session.toObject().value(u"id"_s).toString()));
    }
}

void TestScaleOut::purgeAndSignOutWorkFromAnyGateway()
{
    // Purge: a client that stops heartbeating is purged whichever gateway it logged in through.
    const QString purging = m_sw->pool(obj({{u"seats"_s, 2}, {u"purge_after_s"_s, 1}})).value(u"id"_s).toString();
    const Seat silent = gateway(1).login(gateway(1).user(u"agent"_s), purging, u"crashed-pc"_s);
    SW_COMPARE_STATUS(silent.reply, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!gateway(2).isListed(silent.id), 10000);
    QCOMPARE(gateway(0).inUse(purging), 0);

    // Sign-out: sessions opened through one gateway end through another.
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const Seat seat = gateway(0).login(gateway(0).user(u"agent"_s), pool, u"pc-"_s + QString::number(i));
        SW_COMPARE_STATUS(seat.reply, 201);
        ids.append(seat.id);
    }
    QCOMPARE(gateway(1).inUse(pool), 3);
    const Reply ended = gateway(2).signOut(obj({{u"ids"_s, QJsonArray::fromStringList(ids)}}));
    SW_COMPARE_STATUS(ended, 200);
    QCOMPARE(gateway(0).inUse(pool), 0);
    for (const QString& id : ids)
        QVERIFY(!gateway(1).isListed(id));
}

void TestScaleOut::eventsReachEveryGateway()
{
    if (!StoreUnderTest::onPostgres())
        QSKIP("Events cross gateways through PostgreSQL's LISTEN/NOTIFY: see TestScaleOut.postgresql.");
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    EventStream console;
    QVERIFY2(console.open(gateway(2).process().eventsUrl(), gateway(2).owner()), qPrintable(console.errorString()));
    QVERIFY(console.waitFor(u"hello"_s).has_value());

    const Seat seat = gateway(0).login(gateway(0).user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const auto isSeat = [&](const QJsonObject& m) {
        return m.value(u"session"_s).toObject().value(u"id"_s).toString() == seat.id;
    };
    QVERIFY2(console.waitFor(u"session.opened"_s, isSeat, 5000).has_value(), "no session.opened from gateway 0");
    const auto poolMoved = console.waitFor(
        u"pool.changed"_s,
        [&](const QJsonObject& m) {
            const QJsonObject p = m.value(u"pool"_s).toObject();
            return p.value(u"id"_s).toString() == pool && p.value(u"in_use"_s).toInt() == 1;
        },
        5000);
    QVERIFY2(poolMoved.has_value(), "no pool.changed with in_use 1");

    SW_COMPARE_STATUS(gateway(1).logout(seat), 204);
    QVERIFY2(console.waitFor(u"session.ended"_s, isSeat, 5000).has_value(), "no session.ended from gateway 1");
    // A gateway's own changes reach its listeners once, not echoed back by the relay.
    console.clear();
    const Seat local = gateway(2).login(gateway(2).user(u"agent"_s), pool, u"pc-2"_s);
    SW_COMPARE_STATUS(local.reply, 201);
    QVERIFY(console.waitFor(u"session.opened"_s).has_value());
    QTest::qWait(300);
    int opened = 0;
    for (const QJsonObject& m : console.messages())
        opened += m.value(u"type"_s).toString() == u"session.opened"_s ? 1 : 0;
    QCOMPARE(opened, 1);
}

QTEST_GUILESS_MAIN(TestScaleOut)
#include "TestScaleOut.moc"
