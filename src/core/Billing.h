#pragma once

#include "Error.h"

#include <QString>
#include <QTimeZone>

// R14: what a seat order costs and when it takes effect. Pure: the caller supplies the clock,
// the price and the account's billing zone.
namespace seatwise::Billing {

// The account's billing zone: empty = UTC, else an IANA name ("America/New_York"); BadRequest for an unknown name.
Result<QTimeZone> billingZone(const QString& ianaName);

struct SeatOrderTerms {
    qint64 effectiveAtMs = 0; // when the seat count changes
    qint64 proratedCents = 0; // charged now; 0 for removals (no refund)
    int remainingDays = 0;    // days left in the billing month, counting the day of the order
    int daysInMonth = 0;      // length of the billing month of the order
};

// delta > 0: effective after activationDelayS; proratedCents = floor(priceCents * delta * remainingDays / daysInMonth).
// delta < 0: effective at 00:00 on the 1st of the next month in the billing zone; proratedCents 0.
// delta == 0, a negative price or delay, an invalid zone or a charge beyond 64 bits: BadRequest.
Result<SeatOrderTerms> seatOrderTerms(qint64 orderedAtMs, int delta, qint64 priceCents, int activationDelayS,
                                      const QTimeZone& zone);

} // namespace seatwise::Billing
