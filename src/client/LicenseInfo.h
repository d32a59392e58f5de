#pragma once

#include "client/ClientResult.h"
#include "client/LicenseAddon.h"
#include "client/UserInfo.h"
#include "core/Vocabulary.h"

#include <QJsonValue>
#include <QList>
#include <optional>

namespace seatwise {

// A named license as GET /licenses lists it (R15). Extension and number are empty when unset.
struct LicenseInfo {
    QString id;
    QString poolId;
    LicenseStatus status = LicenseStatus::Available;
    std::optional<UserInfo> assignedTo;
    QString extension;
    QString number;
    QString baseLicenseId; // for an add-on license: the base it is attached to
    QList<LicenseAddon> addons;

    bool hasAddon(const QString& code) const;

    static ClientResult<LicenseInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
