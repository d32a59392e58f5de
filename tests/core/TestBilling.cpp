#include "core/Billing.h"
#include "core/IsoTime.h"

#include <QTest>

#include <limits>

using namespace seatwise;

namespace {

qint64 at(const char* iso)
{
    const auto ms = IsoTime::parse(QLatin1String(iso));
    if (!ms)
        qFatal("bad time in test: %s", iso);
    return *ms;
}

constexpr int kDelayS = 300; // R14's default activation_delay_s

} // namespace

class TestBilling final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Adding seats: charged for the rest of the month, counting the order day, in the billing zone.
    void prorationOnDates_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("orderedAt");
        QTest::addColumn<int>("delta");
        QTest::addColumn<qint64>("priceCents");
        QTest::addColumn<int>("remainingDays");
        QTest::addColumn<int>("daysInMonth");
        QTest::addColumn<qint64>("proratedCents");

        const QString utc;
        // 2 seats x 3000 cents = 6000 for a whole month.
        // April 2026 has 30 days.
        QTest::newRow("30-day month, 1st") << utc << QStringLiteral("2026-04-01T00:00:00Z") << 2 << qint64(3000) << 30
                                           << 30 << qint64(6000); // 6000 x 30 / 30
        QTest::newRow("30-day month, 15th") << utc << QStringLiteral("2026-04-15T10:00:00Z") << 2 << qint64(3000) << 16
                                            << 30 << qint64(3200); // 6000 x 16 / 30 = 3200
        QTest::newRow("30-day month, last day") << utc << QStringLiteral("2026-04-30T23:59:59Z") << 2 << qint64(3000)
                                                << 1 << 30 << qint64(200); // 6000 / 30
        // January 2026 has 31 days.
        QTest::newRow("31-day month, 1st")
            << utc << QStringLiteral("2026-01-01T08:00:00Z") << 2 << qint64(3000) << 31 << 31 << qint64(6000);
        QTest::newRow("31-day month, 15th") << utc << QStringLiteral("2026-01-15T08:00:00Z") << 2 << qint64(3000) << 17
                                            << 31 << qint64(3290); // 102000 / 31 = 3290.32
        QTest::newRow("31-day month, last day") << utc << QStringLiteral("2026-01-31T08:00:00Z") << 2 << qint64(3000)
                                                << 1 << 31 << qint64(193); // 6000 / 31 = 193.55
        // February: 29 days in 2024 (leap), 28 in 2025.
        QTest::newRow("leap February, 15th") << utc << QStringLiteral("2024-02-15T12:00:00Z") << 2 << qint64(3000) << 15
                                             << 29 << qint64(3103); // 90000 / 29 = 3103.45
        QTest::newRow("leap February, 29th") << utc << QStringLiteral("2024-02-29T12:00:00Z") << 2 << qint64(3000) << 1
                                             << 29 << qint64(206); // 6000 / 29 = 206.90
        QTest::newRow("February 2025, 15th") << utc << QStringLiteral("2025-02-15T12:00:00Z") << 2 << qint64(3000) << 14
                                             << 28 << qint64(3000); // 6000 x 14 / 28
        QTest::newRow("February 2025, 28th") << utc << QStringLiteral("2025-02-28T12:00:00Z") << 2 << qint64(3000) << 1
                                             << 28 << qint64(214); // 6000 / 28 = 214.29
        // 23:30Z on 31 March is already 1 April 01:30 in Berlin: a whole April, not one day of March.
        QTest::newRow("Berlin is a day ahead")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-31T23:30:00Z") << 1 << qint64(3000) << 30
            << 30 << qint64(3000);
        // 02:00Z on 1 May is still 30 April 22:00 in New York: the last day of April.
        QTest::newRow("New York is a day behind")
            << QStringLiteral("America/New_York") << QStringLiteral("2026-05-01T02:00:00Z") << 1 << qint64(3000) << 1
            << 30 << qint64(100);
        // 29 March 2026 01:30 CET, half an hour before Berlin's clocks spring forward: day 29 of 31.
        QTest::newRow("DST day, Berlin") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00Z")
                                         << 1 << qint64(3100) << 3 << 31 << qint64(300); // 3100 x 3 / 31
        // 8 March 2026 03:30 EDT, just after New York's clocks spring forward: 24 of 31 days.
        QTest::newRow("DST day, New York")
            << QStringLiteral("America/New_York") << QStringLiteral("2026-03-08T07:30:00Z") << 1 << qint64(3100) << 24
            << 31 << qint64(2400); // 3100 x 24 / 31
    }

    void prorationOnDates()
    {
        QFETCH(QString, zoneName);
        QFETCH(QString, orderedAt);
        QFETCH(int, delta);
        QFETCH(qint64, priceCents);
        QFETCH(int, remainingDays);
        QFETCH(int, daysInMonth);
        QFETCH(qint64, proratedCents);

        const auto z = Billing::billingZone(zoneName);
        QVERIFY(z.ok());
        const qint64 orderedAtMs = *IsoTime::parse(orderedAt);
        const auto terms = Billing::seatOrderTerms(orderedAtMs, delta, priceCents, kDelayS, z.value());
        QVERIFY(terms.ok());
        QCOMPARE(terms->remainingDays, remainingDays);
        QCOMPARE(terms->daysInMonth, daysInMonth);
        QCOMPARE(terms->proratedCents, proratedCents);
        QCOMPARE(terms->effectiveAtMs, orderedAtMs + kDelayS * 1000);
    }

    void addedSeatsWaitForTheActivationDelay()
    {
        const qint64 ordered = at("2026-06-10T09:00:00Z");
        const auto terms = Billing::seatOrderTerms(ordered, 1, 1000, 600, QTimeZone::utc());
        QVERIFY(terms.ok());
        QCOMPARE(terms->effectiveAtMs, at("2026-06-10T09:10:00Z"));
        const auto immediate = Billing::seatOrderTerms(ordered, 1, 1000, 0, QTimeZone::utc());
        QCOMPARE(immediate->effectiveAtMs, ordered);
    }

    // Removing seats: the seats stay paid for until the next billing cycle, nothing is refunded.
    void removalWaitsForTheNextMonth_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("orderedAt");
        QTest::addColumn<QString>("effectiveAt");

        QTest::newRow("mid-month, UTC") << QString() << QStringLiteral("2026-04-15T10:00:00Z")
                                        << QStringLiteral("2026-05-01T00:00:00Z");
        QTest::newRow("last second of the month")
            << QString() << QStringLiteral("2026-04-30T23:59:59Z") << QStringLiteral("2026-05-01T00:00:00Z");
        QTest::newRow("December into January")
            << QString() << QStringLiteral("2026-12-10T12:00:00Z") << QStringLiteral("2027-01-01T00:00:00Z");
        QTest::newRow("leap February") << QString() << QStringLiteral("2024-02-29T12:00:00Z")
                                       << QStringLiteral("2024-03-01T00:00:00Z");
        // Already 1 April in Berlin, so the cycle ends on 1 May 00:00 CEST.
        QTest::newRow("Berlin is a day ahead")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-31T23:30:00Z")
            << QStringLiteral("2026-04-30T22:00:00Z");
        // The same instant in UTC is still March.
        QTest::newRow("same instant in UTC")
            << QString() << QStringLiteral("2026-03-31T23:30:00Z") << QStringLiteral("2026-04-01T00:00:00Z");
        // Ordered in CET (+1), effective at midnight CEST (+2): the offset of the 1st counts, not the order's.
        QTest::newRow("across spring DST, Berlin")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-10T12:00:00Z")
            << QStringLiteral("2026-03-31T22:00:00Z");
        // Ordered in CEST (+2), effective at midnight CET (+1).
        QTest::newRow("across autumn DST, Berlin")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-10-15T12:00:00Z")
            << QStringLiteral("2026-10-31T23:00:00Z");
        QTest::newRow("December in New York")
            << QStringLiteral("America/New_York") << QStringLiteral("2026-12-31T23:00:00Z")
            << QStringLiteral("2027-01-01T05:00:00Z");
        // Paraguay sprang forward at midnight on 1 October 2023: 00:00 did not exist, the day began at 01:00 -03.
        QTest::newRow("midnight that does not exist")
            << QStringLiteral("America/Asuncion") << QStringLiteral("2023-09-15T12:00:00Z")
            << QStringLiteral("2023-10-01T04:00:00Z");
    }

    void removalWaitsForTheNextMonth()
    {
        QFETCH(QString, zoneName);
        QFETCH(QString, orderedAt);
        QFETCH(QString, effectiveAt);

        const auto z = Billing::billingZone(zoneName);
        QVERIFY(z.ok());
        const auto terms = Billing::seatOrderTerms(*IsoTime::parse(orderedAt), -3, 3000, kDelayS, z.value());
        QVERIFY(terms.ok());
        QCOMPARE(IsoTime::format(terms->effectiveAtMs), effectiveAt);
        QCOMPARE(terms->proratedCents, qint64(0));
    }

    void removalStillReportsTheMonth()
    {
        const auto terms = Billing::seatOrderTerms(at("2026-12-10T12:00:00Z"), -1, 3000, kDelayS, QTimeZone::utc());
        QVERIFY(terms.ok());
        QCOMPARE(terms->remainingDays, 22);
        QCOMPARE(terms->daysInMonth, 31);
    }

    void emptyZoneIsUtc()
    {
        const auto z = Billing::billingZone(QString());
        QVERIFY(z.ok());
        QCOMPARE(z.value(), QTimeZone::utc());
        QVERIFY(Billing::billingZone(QStringLiteral("America/New_York")).ok());
    }

    void unknownZoneIsRejected()
    {
        const auto z = Billing::billingZone(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!z.ok());
        QCOMPARE(z.error().code, ErrorCode::BadRequest);
        QVERIFY(z.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));
    }

    void zeroDeltaIsRejected()
    {
        const auto terms = Billing::seatOrderTerms(at("2026-04-15T10:00:00Z"), 0, 3000, kDelayS, QTimeZone::utc());
        QVERIFY(!terms.ok());
        QCOMPARE(terms.error().code, ErrorCode::BadRequest);
    }

    void negativeInputsAreRejected()
    {
        const qint64 ordered = at("2026-04-15T10:00:00Z");
        QVERIFY(!Billing::seatOrderTerms(ordered, 1, -1, kDelayS, QTimeZone::utc()).ok());
        QVERIFY(!Billing::seatOrderTerms(ordered, 1, 3000, -1, QTimeZone::utc()).ok());
        QVERIFY(!Billing::seatOrderTerms(ordered, 1, 3000, kDelayS, QTimeZone()).ok());
    }

    // price x delta x remaining overflows 64 bits here although the charge itself fits.
    void bigPricesDoNotOverflow()
    {
        const qint64 price = 1'000'000'000'000'000'000LL; // 10^18 cents
        const auto terms = Billing::seatOrderTerms(at("2026-04-15T10:00:00Z"), 3, price, kDelayS, QTimeZone::utc());
        QVERIFY(terms.ok());
        QCOMPARE(terms->proratedCents, qint64(1'600'000'000'000'000'000LL)); // 3 x 10^18 x 16 / 30

        // 10^18 + 7 = 33333333333333333 x 30 + 17, so the charge is 33333333333333333 x 48 + floor(17 x 48 / 30)
        // = 1599999999999999984 + 27.
        const auto odd = Billing::seatOrderTerms(at("2026-04-15T10:00:00Z"), 3, price + 7, kDelayS, QTimeZone::utc());
        QCOMPARE(odd->proratedCents, qint64(1'600'000'000'000'000'011LL));
    }

    void chargesBeyond64BitsAreRejected()
    {
        const auto terms = Billing::seatOrderTerms(at("2026-04-01T10:00:00Z"), 10, std::numeric_limits<qint64>::max(),
                                                   kDelayS, QTimeZone::utc());
        QVERIFY(!terms.ok());
        QCOMPARE(terms.error().code, ErrorCode::BadRequest);
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "TestBilling.moc"
