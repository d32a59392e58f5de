#pragma once

#include "core/Vocabulary.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace seatwise {

// The body of POST /pools. Unset optionals are left out so the gateway's defaults apply.
struct PoolSpec {
    QString name;
    PoolKind kind = PoolKind::Standard;
    PoolModel model = PoolModel::Concurrent;
    int seats = 0;
    std::optional<LoginPolicy> loginPolicy;
    std::optional<int> idleAfterS;
    std::optional<int> purgeAfterS;
    std::optional<int> graceS;
    std::optional<bool> overflow;
    std::optional<bool> anonymous;
    QStringList features;
    std::optional<qint64> priceCents;

    QJsonObject toJson() const;
};

} // namespace seatwise
