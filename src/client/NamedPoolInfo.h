#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>

namespace seatwise {

// A named-license pool as GET /pools lists it (model "named"): its license type and counts (R15).
struct NamedPoolInfo {
    QString id;
    QString name;
    PoolKind kind = PoolKind::Base;
    QString type; // the base type ("phone_system") or the add-on code ("device_ip_phone")
    int total = 0;
    int assigned = 0;
    int available = 0;

    bool isAddon() const { return kind == PoolKind::Addon; }

    // Answers a pool that is not named as a "no_result" error; namedPools() skips those.
    static ClientResult<NamedPoolInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
