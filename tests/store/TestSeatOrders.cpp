#include "core/IsoTime.h"
#include "store/Credentials.h"
#include "store/SeatLedger.h"
#include "store/SeatOrderBook.h"
#include "store/Transact.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace seatwise;

// R14 with an injected clock: what the reaper does at the order's time, across a month end.
class TestSeatOrders final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Pool m_pool;
    QList<User> m_agents;
    User m_manager{QStringLiteral("m"), QStringLiteral("maria"), QStringLiteral("Maria"),
                   Role::Manager,       ViewScope::Domain,       ControlScope::Domain};

    static qint64 at(const char* iso) { return IsoTime::parse(QString::fromLatin1(iso)).value(); }

    Result<LoginOutcome> login(int agent, qint64 nowMs)
    {
        LoginRequest request;
        request.user = m_agents.at(agent);
        request.device = QStringLiteral("pc-%1").arg(agent);
        return SeatLedger(*m_db).login(request, m_pool.id, nowMs);
    }
    int seats()
    {
        auto pool = PoolRepo(m_db->connection().value()).byId(m_pool.id);
        return pool.value()->seats;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(StoreLocation{m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128))});
        QVERIFY(m_db->migrate().ok());
        m_pool = Pool{};
        m_pool.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_pool.name = QStringLiteral("Agents");
        m_pool.seats = 3;
        m_pool.priceCents = 3100;
        m_pool.activationDelayS = 300;
        m_agents.clear();
        auto made = transact(*m_db, [&](Repos& r) -> Status {
            if (auto p = r.pools.create(m_pool, QString(), 0); !p)
                return p;
            for (int i = 0; i < 4; ++i) {
                User u{QUuid::createUuid().toString(QUuid::WithoutBraces),
                       QStringLiteral("agent%1").arg(i),
                       QStringLiteral("Agent %1").arg(i),
                       Role::Agent,
                       ViewScope::Own,
                       ControlScope::Own};
                if (auto created = r.users.create(u, QString(), 0); !created)
                    return created.error();
                m_agents.append(u);
            }
            return Done{};
        });
        QVERIFY(made.ok());
    }
    void cleanup()
    {
        m_db->closeThreadConnection();
        m_db.reset();
    }

    void additionCountsOnlyAfterTheActivationDelay()
    {
        const qint64 ordered = at("2026-01-31T12:00:00Z"); // last day of a 31-day month: 1 remaining day
        auto order = SeatOrderBook::place(*m_db, m_pool.id, 2, m_manager, ordered);
        QVERIFY(order.ok());
        QCOMPARE(order->proratedCents, qint64(3100 * 2 * 1 / 31));
        QCOMPARE(order->effectiveAtMs, ordered + 300'000);
        QVERIFY(SeatOrderBook::applyDue(*m_db, ordered + 299'000).ok());
        QCOMPARE(seats(), 3);
        auto applied = SeatOrderBook::applyDue(*m_db, ordered + 300'000);
        QVERIFY(applied.ok());
        QVERIFY(applied->poolIds.contains(m_pool.id));
        QCOMPARE(seats(), 5);
        QVERIFY(SeatOrderBook::applyDue(*m_db, ordered + 900'000).ok()); // applied once only
        QCOMPARE(seats(), 5);
    }

    void removalWaitsForTheMonthAndNeverEndsSessions()
    {
        const qint64 t0 = at("2028-02-10T09:00:00Z"); // leap year: removal lands on 1 March
        for (int i = 0; i < 3; ++i)
            QVERIFY(login(i, t0).ok());
        auto order = SeatOrderBook::place(*m_db, m_pool.id, -2, m_manager, t0);
        QVERIFY(order.ok());
        QCOMPARE(IsoTime::format(order->effectiveAtMs), QStringLiteral("2028-03-01T00:00:00Z"));
        QCOMPARE(order->proratedCents, qint64(0));

        QVERIFY(SeatOrderBook::applyDue(*m_db, at("2028-02-29T23:59:59Z")).ok());
        QCOMPARE(seats(), 3); // still February: the seats are still ours
        QVERIFY(SeatOrderBook::applyDue(*m_db, at("2028-03-01T00:00:00Z")).ok());
        QCOMPARE(seats(), 1);

        auto open = SessionRepo(m_db->connection().value()).open(m_pool.id);
        QCOMPARE(open.value().size(), 3); // nobody was signed out
        const qint64 t1 = at("2028-03-01T08:00:00Z");
        QCOMPARE(login(3, t1).error().code, ErrorCode::NoLicenseAvailable); // in use 3 > seats 1: logins wait
        SessionActor self;
        self.viaSessionId = open.value().at(0).id;
        QVERIFY(SeatLedger(*m_db).endSession(self.viaSessionId, self, t1).ok());
        self.viaSessionId = open.value().at(1).id;
        QVERIFY(SeatLedger(*m_db).endSession(self.viaSessionId, self, t1).ok());
        QCOMPARE(login(3, t1).error().code, ErrorCode::NoLicenseAvailable); // 1 in use of 1
        self.viaSessionId = open.value().at(2).id;
        QVERIFY(SeatLedger(*m_db).endSession(self.viaSessionId, self, t1).ok());
        QVERIFY(login(3, t1).ok()); // below the new count at last
    }

    void billingZoneDecidesTheMonth()
    {
        QVERIFY(transact(*m_db, [](Repos& r) {
                    return r.settings.setText(SettingKeys::billingTimezone, QStringLiteral("Europe/Berlin"));
                }).ok());
        const qint64 ordered = at("2026-03-31T23:30:00Z"); // already 1 April in Berlin
        auto removal = SeatOrderBook::place(*m_db, m_pool.id, -1, m_manager, ordered);
        QCOMPARE(IsoTime::format(removal->effectiveAtMs), QStringLiteral("2026-04-30T22:00:00Z"));
        auto addition = SeatOrderBook::place(*m_db, m_pool.id, 1, m_manager, ordered);
        QCOMPARE(addition->proratedCents, qint64(3100)); // 30 of 30 days left in April
    }

    void pendingOrdersCancel()
    {
        const qint64 t0 = at("2026-06-15T10:00:00Z");
        auto order = SeatOrderBook::place(*m_db, m_pool.id, 4, m_manager, t0);
        QCOMPARE(SeatOrderBook::pendingDeltas(*m_db).value().value(m_pool.id), 4);
        auto cancelled = SeatOrderBook::cancel(*m_db, m_pool.id, order->id, m_manager, t0 + 1000);
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        QVERIFY(SeatOrderBook::applyDue(*m_db, t0 + 3'600'000).ok());
        QCOMPARE(seats(), 3);
        QCOMPARE(SeatOrderBook::cancel(*m_db, m_pool.id, order->id, m_manager, t0).error().code,
                 ErrorCode::InvalidState);
        QVERIFY(!SeatOrderBook::place(*m_db, m_pool.id, 0, m_manager, t0).ok());
    }
};

QTEST_GUILESS_MAIN(TestSeatOrders)
#include "TestSeatOrders.moc"
