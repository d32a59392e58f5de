#pragma once

#include <QString>

namespace seatwise {

// An add-on license attached to a base license: its own id (for terminating it) and its code.
struct LicenseAddon {
    QString id;
    QString code;

    friend bool operator==(const LicenseAddon&, const LicenseAddon&) = default;
};

} // namespace seatwise
