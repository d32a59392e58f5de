#pragma once

#include "Changes.h"
#include "Database.h"
#include "core/User.h"
#include "core/Vocabulary.h"

namespace seatwise {

struct SeatOrder {
    QString id;
    QString poolId;
    int delta = 0;
    qint64 requestedAtMs = 0;
    qint64 effectiveAtMs = 0;
    qint64 proratedCents = 0;
    OrderStatus status = OrderStatus::Pending;
    QString requestedBy;
};

// R14 seat purchases and removals: placed with their billing terms, listed, cancelled while pending,
// and applied by the reaper when due (concurrent pools change their seat count; named pools gain
// licenses or terminate available ones).
namespace SeatOrderBook {

Result<SeatOrder> place(const Database& database, const QString& poolId, int delta, const User& actor, qint64 nowMs);
Result<QList<SeatOrder>> list(const Database& database, const QString& poolId);
Result<SeatOrder> cancel(const Database& database, const QString& poolId, const QString& orderId, const User& actor,
                         qint64 nowMs);
// Applies every pending order whose time has come; returns the pools that changed.
Result<Changes> applyDue(const Database& database, qint64 nowMs);
// Pending seats per pool (+ and -), for listings.
Result<QHash<QString, int>> pendingDeltas(const Database& database);

} // namespace SeatOrderBook
} // namespace seatwise
