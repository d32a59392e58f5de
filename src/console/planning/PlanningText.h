#pragma once

#include "core/Billing.h"
#include "core/RightSizing.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace seatwise::PlanningText {

// Money from cents in the user's currency format ("$1,234.56"); the C locale falls back to US English.
QString money(qint64 cents);
// "15 %", "33.6 %": a fraction as a percentage with at most `decimals` decimals.
QString percent(double fraction, int decimals = 1);
// "1 seat", "25 seats"; fractional peaks keep one decimal.
QString seats(double count);
// "95th percentile of daily peaks", ...
QString peakName(PeakChoice peak);
// "14:00, 09:00 UTC (15:00, 10:00 here)": hours of the day in UTC, with the local hours when they differ.
QString busiestHours(const QList<int>& hoursUtc);

// A seat order's terms in words (R14), for the preview before placing and the answer after.
struct OrderWords {
    QString when;   // "Takes effect today at 14:35 (in 5 minutes)."
    QString cost;   // "Charged now: $123.45 for 12 remaining days of November."
    QString detail; // "$45.00 per seat-month × 6 seats × 12/30 days, rounded down to the cent."
};
OrderWords orderWords(const Billing::SeatOrderTerms& terms, int delta, qint64 priceCents, qint64 nowMs,
                      const QTimeZone& billingZone);
// "today at 14:35", "tomorrow at 09:00", "on 3 December at 10:00", in local time.
QString localMoment(qint64 atMs, qint64 nowMs);
// "+6", "−3"
QString signedDelta(int delta);

} // namespace seatwise::PlanningText
