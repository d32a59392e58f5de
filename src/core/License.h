#pragma once

#include "User.h"
#include "Vocabulary.h"

#include <QList>
#include <optional>

namespace seatwise {

struct AttachedAddon {
    QString licenseId;
    QString code;
};

// A named license (R15): a base license assigned to a user with an extension and a number (DID), or an
// add-on license attached to a base license.
struct License {
    QString id;
    QString poolId;
    LicenseStatus status = LicenseStatus::Available;
    std::optional<User> assignedTo;
    QString extension;
    QString number;
    QString baseLicenseId;       // add-ons: the base license they are attached to
    QList<AttachedAddon> addons; // base licenses: what is attached
};

// Counts of a named pool, as listed.
struct LicenseCounts {
    int total = 0; // not terminated
    int assigned = 0;
    int available() const { return total - assigned; }
};

} // namespace seatwise
