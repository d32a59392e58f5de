#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>

namespace seatwise {

// A pool as GET /pools lists it: settings plus the seat counts of the moment.
struct PoolInfo {
    QString id;
    QString name;
    PoolKind kind = PoolKind::Standard;
    PoolModel model = PoolModel::Concurrent;
    int seats = 0;
    int inUse = 0;
    int available = 0;
    int pendingSeats = 0; // seat orders not yet in effect (R14)
    int idleAfterS = 600;
    int purgeAfterS = 0;
    bool overflow = false; // pay-per-use sessions past the seats (R2)
    QString clientKey;     // anonymous pools, only in the answer that made the pool

    static ClientResult<PoolInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
