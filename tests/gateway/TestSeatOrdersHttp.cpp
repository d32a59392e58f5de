// R14 seat orders: additions take effect after activation_delay_s and are prorated; removals wait for
// 00:00 on the 1st of next month in the billing zone and end no session; pending orders can be cancelled.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestSeatOrdersHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void additionTakesEffectAfterDelay();
    void defaultActivationDelayIs300s();
    void removalWaitsForNextMonthAndKeepsSessions();
    void billingZoneMovesTheDates();
    void pendingOrderCanBeCancelled();
    void invalidOrdersAreRefused();

private:
    Reply order(const QString& pool, int delta) { return order(pool, obj({{u"delta"_s, delta}})); }
    Reply order(const QString& pool, const QJsonObject& body, const QString& token = {});
    // floor(price x delta x remaining_days / days_in_month), remaining days counting the order's day.
    static qint64 prorated(qint64 price, int delta, const QDate& day);
    // 00:00 on the 1st of the month after day, in zone, as an ISO UTC string.
    static QString nextCycle(const QDate& day, const QTimeZone& zone);
    static QDateTime at(const QJsonObject& order, const QString& key);

    std::unique_ptr<Seatwise> m_sw;
};

Reply TestSeatOrdersHttp::order(const QString& pool, const QJsonObject& body, const QString& token)
{
    return m_sw->http().post(u"/pools/"_s + pool + u"/seat-orders"_s, body, token.isEmpty() ? m_sw->owner() : token);
}

qint64 TestSeatOrdersHttp::prorated(qint64 price, int delta, const QDate& day)
{
    const qint64 remaining = day.daysInMonth() - day.day() + 1;
    return price * delta * remaining / day.daysInMonth();
}

QString TestSeatOrdersHttp::nextCycle(const QDate& day, const QTimeZone& zone)
{
    const QDate first = QDate(day.year(), day.month(), 1).addMonths(1);
    return Seatwise::iso(QDateTime(first, QTime(0, 0), zone));
}

QDateTime TestSeatOrdersHttp::at(const QJsonObject& order, const QString& key)
{
    return QDateTime::fromString(order.value(key).toString(), Qt::ISODate).toUTC();
}

void TestSeatOrdersHttp::additionTakesEffectAfterDelay()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}, {u"price_cents"_s, 3000}, {u"activation_delay_s"_s, 1}}))
                             .value(u"id"_s)
                             .toString();
    const Reply placed = order(pool, 3);
    SW_COMPARE_STATUS(placed, 201);
    const QJsonObject o = placed.json;
    QVERIFY(!o.value(u"id"_s).toString().isEmpty());
    QCOMPARE(o.value(u"pool"_s).toString(), pool);
    QCOMPARE(o.value(u"delta"_s).toInt(), 3);
    QCOMPARE(o.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY2(!o.value(u"requested_by"_s).toString().isEmpty(), placed.raw.constData());
    QVERIFY(o.value(u"requested_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(at(o, u"requested_at"_s).secsTo(at(o, u"effective_at"_s)), 1);
    const QDate today = at(o, u"requested_at"_s).date(); // UTC billing zone by default
    QCOMPARE(o.value(u"prorated_cents"_s).toInteger(-1), prorated(3000, 3, today));

    // Not yet: 2 seats, 3 pending; the third agent is refused.
    QCOMPARE(m_sw->poolListed(pool).value(u"seats"_s).toInt(), 2);
    QCOMPARE(m_sw->poolListed(pool).value(u"pending_seats"_s).toInt(), 3);
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s).reply, 201);
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s).reply, 201);
    const User third = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->login(third, pool, u"c"_s).reply, 409, "no_license_available");

    QTRY_COMPARE_WITH_TIMEOUT(m_sw->poolListed(pool).value(u"seats"_s).toInt(), 5, 5000);
    QCOMPARE(m_sw->poolListed(pool).value(u"pending_seats"_s).toInt(-1), 0);
    QCOMPARE(m_sw->poolListed(pool).value(u"available"_s).toInt(), 3);
    SW_COMPARE_STATUS(m_sw->login(third, pool, u"c"_s).reply, 201);
    const Reply listed = m_sw->http().get(u"/pools/"_s + pool + u"/seat-orders"_s, m_sw->owner());
    SW_COMPARE_STATUS(listed, 200);
    QCOMPARE(listed.array.size(), 1);
    QCOMPARE(listed.array.at(0).toObject().value(u"status"_s).toString(), u"effective"_s);
    QCOMPARE(listed.array.at(0).toObject().value(u"id"_s).toString(), o.value(u"id"_s).toString());
    const Reply audit = m_sw->http().get(u"/audit"_s, m_sw->owner());
    QVERIFY2(audit.raw.contains("\"seat_order.place\""), audit.raw.constData());
    QVERIFY2(audit.raw.contains("\"seat_order.effective\""), audit.raw.constData());
}

void TestSeatOrdersHttp::defaultActivationDelayIs300s()
{
    const QJsonObject made = m_sw->pool(obj({{u"price_cents"_s, 1000}}));
    QCOMPARE(made.value(u"activation_delay_s"_s).toInt(), 300);
    const Reply placed = order(made.value(u"id"_s).toString(), 1);
    SW_COMPARE_STATUS(placed, 201);
    QCOMPARE(at(placed.json, u"requested_at"_s).secsTo(at(placed.json, u"effective_at"_s)), 300);
}

void TestSeatOrdersHttp::removalWaitsForNextMonthAndKeepsSessions()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}, {u"price_cents"_s, 3000}, {u"activation_delay_s"_s, 1}}))
                             .value(u"id"_s)
                             .toString();
    QList<Seat> seats;
    for (int i = 0; i < 3; ++i)
        seats.append(m_sw->login(m_sw->user(u"agent"_s), pool, u"d"_s + QString::number(i)));
    const Reply placed = order(pool, -2);
    SW_COMPARE_STATUS(placed, 201);
    QCOMPARE(placed.json.value(u"prorated_cents"_s).toInteger(-1), 0);
    QCOMPARE(placed.json.value(u"status"_s).toString(), u"pending"_s);
    const QDate today = at(placed.json, u"requested_at"_s).date();
    QCOMPARE(placed.json.value(u"effective_at"_s).toString(), nextCycle(today, QTimeZone::utc()));
    QCOMPARE(m_sw->poolListed(pool).value(u"pending_seats"_s).toInt(), -2);

    QTest::qWait(1500); // several reaper passes, longer than the pool's activation delay
    QCOMPARE(m_sw->poolListed(pool).value(u"seats"_s).toInt(), 3);
    QCOMPARE(m_sw->inUse(pool), 3);
    for (const Seat& seat : std::as_const(seats))
        QCOMPARE(m_sw->heartbeatOutcome(seat), u"active"_s);
    const Reply listed = m_sw->http().get(u"/pools/"_s + pool + u"/seat-orders"_s, m_sw->owner());
    QCOMPARE(listed.array.at(0).toObject().value(u"status"_s).toString(), u"pending"_s);
}

void TestSeatOrdersHttp::billingZoneMovesTheDates()
{
    const Reply account = m_sw->http().get(u"/account"_s, m_sw->owner());
    SW_COMPARE_STATUS(account, 200);
    QCOMPARE(account.json.value(u"billing_timezone"_s).toString(), u"UTC"_s);
    SW_COMPARE_ERROR(
        m_sw->http().send("PATCH", u"/account"_s, R"({"billing_timezone":"Mars/Olympus_Mons"})", m_sw->owner()), 400,
        "bad_request");
    // UTC+14 all year: local midnight is 10:00 UTC the day before, and the local date runs ahead of UTC.
    const QString zoneName = u"Pacific/Kiritimati"_s;
    const Reply patched =
        m_sw->http().send("PATCH", u"/account"_s, R"({"billing_timezone":"Pacific/Kiritimati"})", m_sw->owner());
    SW_COMPARE_STATUS(patched, 200);
    QCOMPARE(patched.json.value(u"billing_timezone"_s).toString(), zoneName);
    // A PATCH that names no field keeps the zone (found by fuzz_request: it once wrote NULL and answered 503).
    for (const QByteArray& body :
         {QByteArray(), QByteArrayLiteral("{}"), QByteArrayLiteral(R"({"billing_timezone":null})")}) {
        const Reply unchanged = m_sw->http().send("PATCH", u"/account"_s, body, m_sw->owner());
        SW_COMPARE_STATUS(unchanged, 200);
        QCOMPARE(unchanged.json.value(u"billing_timezone"_s).toString(), zoneName);
    }
    const QTimeZone zone(zoneName.toUtf8());
    QVERIFY(zone.isValid());

    const QString pool = m_sw->pool(obj({{u"seats"_s, 4}, {u"price_cents"_s, 4999}})).value(u"id"_s).toString();
    const Reply removal = order(pool, -1);
    SW_COMPARE_STATUS(removal, 201);
    const QDateTime requested = at(removal.json, u"requested_at"_s);
    const QString expected = nextCycle(requested.toTimeZone(zone).date(), zone);
    QCOMPARE(removal.json.value(u"effective_at"_s).toString(), expected);
    QVERIFY(expected.endsWith(u"T10:00:00Z"_s));

    const Reply addition = order(pool, 2);
    SW_COMPARE_STATUS(addition, 201);
    const QDate localDay = at(addition.json, u"requested_at"_s).toTimeZone(zone).date();
    QCOMPARE(addition.json.value(u"prorated_cents"_s).toInteger(-1), prorated(4999, 2, localDay));
}

void TestSeatOrdersHttp::pendingOrderCanBeCancelled()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}, {u"price_cents"_s, 1000}})).value(u"id"_s).toString();
    const Reply placed = order(pool, 4);
    SW_COMPARE_STATUS(placed, 201);
    const QString path = u"/pools/"_s + pool + u"/seat-orders/"_s + placed.json.value(u"id"_s).toString();
    const Reply cancelled = m_sw->http().del(path, m_sw->owner());
    SW_COMPARE_STATUS(cancelled, 200);
    QCOMPARE(cancelled.json.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(cancelled.json.value(u"id"_s).toString(), placed.json.value(u"id"_s).toString());
    QCOMPARE(m_sw->poolListed(pool).value(u"pending_seats"_s).toInt(-1), 0);
    QCOMPARE(m_sw->poolListed(pool).value(u"seats"_s).toInt(), 2);
    SW_COMPARE_ERROR(m_sw->http().del(path, m_sw->owner()), 409, "invalid_state");
    SW_COMPARE_ERROR(m_sw->http().del(u"/pools/"_s + pool + u"/seat-orders/no-such-order"_s, m_sw->owner()), 404,
                     "not_found");
    const Reply listed = m_sw->http().get(u"/pools/"_s + pool + u"/seat-orders"_s, m_sw->owner());
    SW_COMPARE_STATUS(listed, 200);
    QCOMPARE(listed.array.size(), 1);
    QCOMPARE(listed.array.at(0).toObject().value(u"status"_s).toString(), u"cancelled"_s);
}

void TestSeatOrdersHttp::invalidOrdersAreRefused()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    SW_COMPARE_ERROR(order(pool, 0), 400, "bad_request");
    SW_COMPARE_ERROR(order(pool, QJsonObject{}), 400, "bad_request");
    SW_COMPARE_ERROR(order(pool, obj({{u"delta"_s, u"two"_s}})), 400, "bad_request");
    SW_COMPARE_ERROR(order(u"no-such-pool"_s, 1), 404, "not_found");
    const User agent = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(order(pool, obj({{u"delta"_s, 1}}), agent.token), 403, "forbidden");
    const Reply listed = m_sw->http().get(u"/pools/"_s + pool + u"/seat-orders"_s, m_sw->owner());
    SW_COMPARE_STATUS(listed, 200);
    QVERIFY2(listed.array.isEmpty(), listed.raw.constData());
    QCOMPARE(m_sw->poolListed(pool).value(u"pending_seats"_s).toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestSeatOrdersHttp)
#include "TestSeatOrdersHttp.moc"
