#pragma once

#include "RowBatch.h"

namespace seatwise {

// Many license assignments in one transaction (R16 mass configuration), written in multi-row
// statements: a 100,000-row file becomes a few hundred statements instead of 100,000.
class LicenseAssignBatch final {
public:
    LicenseAssignBatch(const QSqlDatabase& db, qint64 nowMs);

    // An available base license becomes the user's, with its extension and number.
    Status assignBase(const QString& licenseId, const QString& userId, const QString& extension, const QString& number);
    // An available add-on license is attached to a base license and follows its user.
    Status attachAddon(const QString& licenseId, const QString& userId, const QString& baseLicenseId);
    Status flush();

private:
    RowBatch m_bases;
    RowBatch m_addons;
};

} // namespace seatwise
