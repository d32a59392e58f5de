// The alert rules on their own: thresholds with hysteresis and per-pool overrides, refused logins
// counted once, pay-per-use minutes.
#include "console/alerts/AlertRules.h"

#include <QTest>

using namespace seatwise;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;

PoolInfo pool(const QString& id, int seats, int inUse)
{
    PoolInfo info;
    info.id = id;
    info.name = QStringLiteral("Pool ") + id;
    info.seats = seats;
    info.inUse = inUse;
    info.available = seats - inUse;
    return info;
}

UsagePoint minute(qint64 atMs, int denials)
{
    UsagePoint point;
    point.atMs = atMs;
    point.denials = denials;
    return point;
}

} // namespace

class TestAlertRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminPoolsNeverAlert()
    {
        // The consoles' own seats fill admin pools by design (R5).
        AlertRules rules;
        PoolInfo admin = pool(QStringLiteral("admin"), 1, 1);
        admin.kind = PoolKind::Admin;
        QVERIFY(rules.checkPools({admin}, kNow).isEmpty());
        QVERIFY(!rules.isActive(AlertKeys::poolThreshold(QStringLiteral("admin"))));
        QCOMPARE(rules.checkPools({pool(QStringLiteral("agents"), 1, 1)}, kNow).raised.size(), 1);
    }

    void raisesAtTheDefaultThresholdOnce()
    {
        AlertRules rules;
        QVERIFY(rules.checkPools({pool(QStringLiteral("a"), 10, 8)}, kNow).isEmpty());
        const auto raised = rules.checkPools({pool(QStringLiteral("a"), 10, 9)}, kNow);
        QCOMPARE(raised.raised.size(), 1);
        const Alert& alert = raised.raised.first();
        QCOMPARE(alert.kind, AlertKind::PoolThreshold);
        QCOMPARE(alert.key, AlertKeys::poolThreshold(QStringLiteral("a")));
        QCOMPARE(alert.poolId, QStringLiteral("a"));
        QCOMPARE(alert.value, 90);
        QVERIFY2(alert.text.contains(QStringLiteral("Pool a: 9 of 10 seats in use (90 %)")), qPrintable(alert.text));
        QVERIFY(!alert.critical());
        // The same condition is not raised again; a fuller pool updates the text only.
        QVERIFY(rules.checkPools({pool(QStringLiteral("a"), 10, 9)}, kNow + kMinute).isEmpty());
        const auto fuller = rules.checkPools({pool(QStringLiteral("a"), 10, 10)}, kNow + 2 * kMinute);
        QVERIFY(fuller.raised.isEmpty());
        QCOMPARE(fuller.updated.size(), 1);
        QCOMPARE(fuller.updated.first().value, 100);
        QCOMPARE(fuller.updated.first().atMs, kNow); // still the time it was first raised
        QVERIFY(rules.isActive(AlertKeys::poolThreshold(QStringLiteral("a"))));
    }

    void clearsOnlyFivePointsBelow()
    {
        AlertRules rules;
        const QString key = AlertKeys::poolThreshold(QStringLiteral("h"));
        QCOMPARE(rules.checkPools({pool(QStringLiteral("h"), 100, 90)}, kNow).raised.size(), 1);
        // 89..85 % stay inside the band: neither cleared nor raised again.
        for (int inUse : {89, 86, 85, 90, 85}) {
            const auto outcome = rules.checkPools({pool(QStringLiteral("h"), 100, inUse)}, kNow);
            QVERIFY2(outcome.raised.isEmpty() && outcome.cleared.isEmpty(), qPrintable(QString::number(inUse)));
        }
        const auto cleared = rules.checkPools({pool(QStringLiteral("h"), 100, 84)}, kNow);
        QCOMPARE(cleared.cleared, QStringList{key});
        QVERIFY(!rules.isActive(key));
        // Re-armed: below the threshold nothing, at it a new alert.
        QVERIFY(rules.checkPools({pool(QStringLiteral("h"), 100, 89)}, kNow).isEmpty());
        QCOMPARE(rules.checkPools({pool(QStringLiteral("h"), 100, 90)}, kNow).raised.size(), 1);
    }

    void perPoolThresholdOverridesTheDefault()
    {
        AlertRules rules;
        AlertThresholds thresholds;
        thresholds.poolPercent.insert(QStringLiteral("big"), 100);
        thresholds.poolPercent.insert(QStringLiteral("early"), 50);
        rules.setThresholds(thresholds);
        const auto outcome = rules.checkPools({pool(QStringLiteral("big"), 10, 9), pool(QStringLiteral("std"), 10, 9),
                                               pool(QStringLiteral("early"), 4, 2)},
                                              kNow);
        QStringList keys;
        for (const Alert& alert : outcome.raised)
            keys.append(alert.poolId);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("early"), QStringLiteral("std")}));
        const auto full = rules.checkPools({pool(QStringLiteral("big"), 10, 10), pool(QStringLiteral("std"), 10, 9),
                                            pool(QStringLiteral("early"), 4, 2)},
                                           kNow);
        QCOMPARE(full.raised.size(), 1);
        QCOMPARE(full.raised.first().poolId, QStringLiteral("big"));

        // Raising a threshold above the usage clears an active alert (below the new band).
        thresholds.poolPercent.insert(QStringLiteral("std"), 100);
        rules.setThresholds(thresholds);
        const auto after = rules.checkPools({pool(QStringLiteral("std"), 10, 9)}, kNow);
        QVERIFY(after.cleared.contains(AlertKeys::poolThreshold(QStringLiteral("std"))));
    }

    void poolsWithoutSeatsOrGoneClear()
    {
        AlertRules rules;
        QVERIFY(rules.checkPools({pool(QStringLiteral("zero"), 0, 0)}, kNow).isEmpty());
        QCOMPARE(rules.checkPools({pool(QStringLiteral("x"), 2, 2)}, kNow).raised.size(), 1);
        const auto gone = rules.checkPools({pool(QStringLiteral("y"), 2, 0)}, kNow);
        QCOMPARE(gone.cleared, QStringList{AlertKeys::poolThreshold(QStringLiteral("x"))});
        QVERIFY(rules.active().isEmpty());
    }

    void countsEachDenialOnce()
    {
        AlertRules rules;
        rules.setDenialHoldMs(5 * kMinute);
        const QString key = AlertKeys::loginsDenied(QStringLiteral("p"));
        const qint64 m0 = kNow - 2 * kMinute;
        const qint64 m1 = kNow - kMinute;
        QVERIFY(rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"), {minute(m0, 0)}, kNow).isEmpty());
        const auto first =
            rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"), {minute(m0, 0), minute(m1, 2)}, kNow);
        QCOMPARE(first.raised.size(), 1);
        QCOMPARE(first.raised.first().kind, AlertKind::LoginsDenied);
        QCOMPARE(first.raised.first().key, key);
        QCOMPARE(first.raised.first().value, 2);
        QVERIFY(first.raised.first().critical());
        QVERIFY2(first.raised.first().text.startsWith(
                     QStringLiteral("Sales: logins refused for want of a free seat, 2 since")),
                 qPrintable(first.raised.first().text));
        // The same minute seen again with the same count: nothing new.
        QVERIFY(
            rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"), {minute(m1, 2)}, kNow + 1000).isEmpty());
        // One more in the same minute and two in the next: three new, five in all, still one alert.
        const auto more = rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"),
                                             {minute(m1, 3), minute(kNow, 2)}, kNow + 2000);
        QVERIFY(more.raised.isEmpty());
        QCOMPARE(more.updated.size(), 1);
        QCOMPARE(more.updated.first().value, 5);
        // Quiet for less than the hold time: still active; then it clears.
        QVERIFY(rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"), {minute(kNow, 2)}, kNow + kMinute)
                    .isEmpty());
        const auto quiet = rules.checkDenials(QStringLiteral("p"), QStringLiteral("Sales"), {minute(kNow, 2)},
                                              kNow + 2000 + 5 * kMinute);
        QCOMPARE(quiet.cleared, QStringList{key});
        // A pool that disappears forgets its counts.
        QCOMPARE(rules.checkDenials(QStringLiteral("q"), QStringLiteral("Q"), {minute(kNow, 1)}, kNow).raised.size(),
                 1);
        QCOMPARE(rules.forgetPoolsExcept({QStringLiteral("p")}).cleared,
                 QStringList{AlertKeys::loginsDenied(QStringLiteral("q"))});
    }

    void payPerUseBelowTheMinimum()
    {
        AlertRules rules;
        const QString key = AlertKeys::payPerUseLow();
        QVERIFY(rules.checkPayPerUse(60, true, kNow).isEmpty()); // default minimum 60: not below
        const auto low = rules.checkPayPerUse(59, true, kNow);
        QCOMPARE(low.raised.size(), 1);
        QCOMPARE(low.raised.first().kind, AlertKind::PayPerUseLow);
        QCOMPARE(low.raised.first().value, 59);
        QVERIFY(low.raised.first().text.contains(QStringLiteral("59 left")));
        QCOMPARE(rules.checkPayPerUse(10, true, kNow).updated.size(), 1);
        QVERIFY(rules.checkPayPerUse(0, true, kNow).updated.first().text.startsWith(QStringLiteral("No pay-per-use")));
        QCOMPARE(rules.checkPayPerUse(600, true, kNow).cleared, QStringList{key});

        AlertThresholds off;
        off.ppuMinimum = 0;
        rules.setThresholds(off);
        QVERIFY(rules.checkPayPerUse(0, true, kNow).isEmpty());
        AlertThresholds high;
        high.ppuMinimum = 1000;
        rules.setThresholds(high);
        QCOMPARE(rules.checkPayPerUse(600, true, kNow).raised.size(), 1);
        // No pool lets overflow logins in: the minutes left do not matter, and the alert clears.
        QCOMPARE(rules.checkPayPerUse(0, false, kNow).cleared, QStringList{key});
        QVERIFY(rules.checkPayPerUse(0, false, kNow).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "TestAlertRules.moc"
