#include "console/planning/PlanningText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace seatwise::PlanningText {
namespace {

// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::PlanningText", text);
}

QLocale locale()
{
    const QLocale current;
    // The C locale has no currency symbol; money in it would read "123.45" with no unit.
    return current.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : current;
}

QString hourList(const QList<int>& hours)
{
    QStringList labels;
    for (int hour : hours)
        labels.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    return labels.join(QStringLiteral(", "));
}

// "in 5 minutes", "in 3 hours", "in 2 days"; "right away" for no delay.
QString fromNow(qint64 atMs, qint64 nowMs)
{
    const qint64 minutes = qMax<qint64>(0, std::llround(double(atMs - nowMs) / 60'000.0));
    if (atMs <= nowMs)
        return tr("right away");
    if (minutes == 0)
        return tr("in under a minute");
    if (minutes == 1)
        return tr("in 1 minute");
    if (minutes < 120)
        return tr("in %1 minutes").arg(minutes);
    if (minutes < 48 * 60)
        return tr("in %1 hours").arg(std::llround(double(minutes) / 60.0));
    return tr("in %1 days").arg(std::llround(double(minutes) / (24.0 * 60.0)));
}

} // namespace

QString money(qint64 cents)
{
    return locale().toCurrencyString(double(cents) / 100.0);
}

QString percent(double fraction, int decimals)
{
    const double value = fraction * 100.0;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    // Whole numbers without ".0": "15 %", not "15.0 %".
    const int shown = rounded == std::round(rounded) ? 0 : decimals;
    return tr("%1 %").arg(locale().toString(rounded, 'f', shown));
}

QString seats(double count)
{
    const bool whole = count == std::round(count);
    const QString number = locale().toString(count, 'f', whole ? 0 : 1);
    return whole && std::llround(count) == 1 ? tr("1 seat") : tr("%1 seats").arg(number);
}

QString peakName(PeakChoice peak)
{
    switch (peak) {
    case PeakChoice::Max:
        return tr("highest daily peak");
    case PeakChoice::P95:
        return tr("95th percentile of daily peaks");
    case PeakChoice::P99:
        return tr("99th percentile of daily peaks");
    }
    return {};
}

QString busiestHours(const QList<int>& hoursUtc)
{
    if (hoursUtc.isEmpty())
        return tr("no usage yet");
    const QString utc = tr("%1 UTC").arg(hourList(hoursUtc));
    const QDateTime now = QDateTime::currentDateTime();
    const int offsetS = now.offsetFromUtc();
    if (offsetS == 0)
        return utc;
    QStringList local;
    for (int hour : hoursUtc) {
        const QDateTime at = QDateTime(now.date(), QTime(hour, 0), QTimeZone::utc()).toLocalTime();
        local.append(locale().toString(at.time(), QLocale::ShortFormat));
    }
    return tr("%1 (%2 here)").arg(utc, local.join(QStringLiteral(", ")));
}

QString localMoment(qint64 atMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QString time = locale().toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return tr("today at %1").arg(time);
    if (at.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return tr("on %1 at %2").arg(locale().toString(at.date(), tr("d MMMM")), time);
}

QString signedDelta(int delta)
{
    return delta > 0 ? QStringLiteral("+%1").arg(delta) : QStringLiteral("\u2212%1").arg(-delta);
}

OrderWords orderWords(const Billing::SeatOrderTerms& terms, int delta, qint64 priceCents, qint64 nowMs,
                      const QTimeZone& billingZone)
{
    OrderWords words;
    const QLocale loc = locale();
    if (delta < 0) {
        // Removals change at midnight of the billing zone: say it in that zone, and here if it differs.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(terms.effectiveAtMs, billingZone);
        words.when = tr("Takes effect on %1 at %2 (%3).")
                         .arg(loc.toString(at.date(), tr("d MMMM")), loc.toString(at.time(), QLocale::ShortFormat),
                              QString::fromUtf8(billingZone.id()));
        const QDateTime local = at.toLocalTime();
        if (local.date() != at.date() || local.time() != at.time())
            words.when += QLatin1Char(' ') + tr("That is %1 here.").arg(localMoment(terms.effectiveAtMs, nowMs));
        words.cost = tr("No charge; running sessions are never ended.");
        words.detail = tr("Removals wait for the next billing month. Until in-use drops below the new count, "
                          "new logins wait; nobody is signed out.");
        return words;
    }
    words.when =
        tr("Takes effect %1 (%2).").arg(localMoment(terms.effectiveAtMs, nowMs), fromNow(terms.effectiveAtMs, nowMs));
    if (priceCents == 0) {
        words.cost = tr("No charge: the pool has no seat price.");
        return words;
    }
    const QDate billingDay = QDateTime::fromMSecsSinceEpoch(nowMs, billingZone).date();
    const QString month = loc.standaloneMonthName(billingDay.month());
    words.cost = terms.remainingDays == 1
                     ? tr("Charged now: %1 for the last day of %2.").arg(money(terms.proratedCents), month)
                     : tr("Charged now: %1 for %2 remaining days of %3.")
                           .arg(money(terms.proratedCents), QString::number(terms.remainingDays), month);
    words.detail = tr("%1 per seat-month \u00d7 %2 \u00d7 %3/%4 days (today included, in %5), rounded down to "
                      "the cent.")
                       .arg(money(priceCents), seats(delta), QString::number(terms.remainingDays),
                            QString::number(terms.daysInMonth), QString::fromUtf8(billingZone.id()));
    return words;
}

} // namespace seatwise::PlanningText
