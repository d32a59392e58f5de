#pragma once

#include "Vocabulary.h"

#include <QStringList>
#include <optional>

namespace seatwise {

// A pool of licenses of one kind, with the settings every rule reads.
struct Pool {
    QString id;
    QString name;
    PoolKind kind = PoolKind::Standard;
    PoolModel model = PoolModel::Concurrent;
    int seats = 0;
    LoginPolicy loginPolicy = LoginPolicy::SingleLocation;
    int idleAfterS = 600;
    int purgeAfterS = 0; // 0: never purge
    int graceS = 0;      // 0: forced ends are immediate
    bool overflow = false;
    bool anonymous = false;
    QStringList features;
    qint64 priceCents = 0;
    int heartbeatIntervalS = 20;
    int standbyExpireS = 3600;
    int activationDelayS = 300;       // R14: added seats count after this
    std::optional<BaseType> baseType; // named base pools
    QString addonCode;                // named add-on pools
    qint64 createdAtMs = 0;
};

// Seat counts of a pool at one instant, as listed by GET /pools.
struct PoolUsage {
    int inUse = 0;    // seat-holding sessions (overflow counted apart)
    int overflow = 0; // open overflow sessions
    int effectiveSeats = 0;
    int available() const { return inUse >= effectiveSeats ? 0 : effectiveSeats - inUse; }
};

} // namespace seatwise
