#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>

namespace seatwise {

// A seat order (R14) as the gateway answers it: placed, listed or cancelled.
struct SeatOrderInfo {
    QString id;
    QString poolId;
    int delta = 0; // +N adds seats, -N removes them
    qint64 requestedAtMs = 0;
    qint64 effectiveAtMs = 0;
    qint64 proratedCents = 0; // charged when placed; 0 for removals
    OrderStatus status = OrderStatus::Pending;
    QString requestedBy;

    bool isPending() const { return status == OrderStatus::Pending; }

    static ClientResult<SeatOrderInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
