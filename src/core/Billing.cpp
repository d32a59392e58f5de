#include "Billing.h"

#include <QDateTime>
#include <QtNumeric>

#include <optional>

namespace seatwise::Billing {

namespace {

// floor(price x delta x remaining / days) without a wide type: with D = delta x remaining (< 2^36) and
// price = q x days + r, the charge is q x D + floor(r x D / days), where r x D cannot overflow and q x D
// is checked. nullopt when the charge does not fit in 64 bits.
std::optional<qint64> prorate(qint64 priceCents, int delta, int remainingDays, int daysInMonth)
{
    const qint64 units = qint64(delta) * remainingDays;
    const qint64 whole = priceCents / daysInMonth;
    const qint64 rest = priceCents % daysInMonth;
    qint64 cents = 0;
    if (qMulOverflow(whole, units, &cents) || qAddOverflow(cents, rest * units / daysInMonth, &cents))
        return std::nullopt;
    return cents;
}

// startOfDay, not QDateTime(date, 00:00): where a DST jump starts at midnight, 00:00 does not exist
// and the day begins at the first instant that does.
qint64 startOfNextMonth(QDate orderDay, const QTimeZone& zone)
{
    const QDate first = QDate(orderDay.year(), orderDay.month(), 1).addMonths(1);
    return first.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

Result<QTimeZone> billingZone(const QString& ianaName)
{
    if (ianaName.isEmpty())
        return QTimeZone::utc();
    const QTimeZone zone(ianaName.toUtf8());
    if (!zone.isValid())
        return makeError(
            ErrorCode::BadRequest,
            QStringLiteral("Unknown billing time zone \"%1\"; use an IANA name such as Europe/Berlin.").arg(ianaName));
    return zone;
}

Result<SeatOrderTerms> seatOrderTerms(qint64 orderedAtMs, int delta, qint64 priceCents, int activationDelayS,
                                      const QTimeZone& zone)
{
    if (delta == 0)
        return makeError(ErrorCode::BadRequest, QStringLiteral("A seat order must add or remove at least one seat."));
    if (priceCents < 0)
        return makeError(ErrorCode::BadRequest, QStringLiteral("The seat price cannot be negative."));
    if (activationDelayS < 0)
        return makeError(ErrorCode::BadRequest, QStringLiteral("The activation delay cannot be negative."));
    if (!zone.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("The billing time zone is not valid."));

    // The billing month is the zone's calendar month, which can differ from the UTC date near midnight.
    const QDate orderDay = QDateTime::fromMSecsSinceEpoch(orderedAtMs, zone).date();
    SeatOrderTerms terms;
    terms.daysInMonth = orderDay.daysInMonth();
    terms.remainingDays = terms.daysInMonth - orderDay.day() + 1;

    if (delta < 0) {
        // Removals wait for the next billing cycle so paid-for seats stay usable; nothing is refunded.
        terms.effectiveAtMs = startOfNextMonth(orderDay, zone);
        return terms;
    }

    const auto cents = prorate(priceCents, delta, terms.remainingDays, terms.daysInMonth);
    if (!cents)
        return makeError(ErrorCode::BadRequest, QStringLiteral("The order's charge is too large to bill."));
    terms.proratedCents = *cents;
    terms.effectiveAtMs = orderedAtMs + qint64(activationDelayS) * 1000;
    return terms;
}

} // namespace seatwise::Billing
