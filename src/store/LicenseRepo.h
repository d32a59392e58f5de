#pragma once

#include "core/Error.h"
#include "core/License.h"

#include <QSqlDatabase>
#include <optional>

namespace seatwise {

struct LicenseFilter {
    QString poolId;
    QString userId;
    QString extension;
    std::optional<LicenseStatus> status;
    QString type; // base type ("phone_system") or add-on code of the license's pool
};

// Rows of the licenses table (R15), with their assigned user and attached add-ons.
class LicenseRepo final {
public:
    explicit LicenseRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Status createMany(const QString& poolId, int count, qint64 nowMs);
    Result<std::optional<License>> byId(const QString& id);
    Result<QList<License>> search(const LicenseFilter& filter);
    // Writes status, user, extension, number and base link back.
    Status update(const License& license, qint64 nowMs);
    // An available add-on license of this code, if any.
    Result<std::optional<License>> freeAddon(const QString& code);
    // Ids of available base licenses of a type, oldest first.
    Result<QStringList> freeBaseIds(BaseType type, int limit);
    // Ids of every available add-on license by code, oldest first, as freeAddon() would hand them out.
    Result<QHash<QString, QStringList>> freeAddonIds();
    Result<bool> extensionTaken(const QString& extension, const QString& exceptLicenseId = QString());
    Result<bool> numberTaken(const QString& number, const QString& exceptLicenseId = QString());
    // Terminates up to `count` available licenses of a pool (seat removal on named pools).
    Result<int> terminateAvailable(const QString& poolId, int count, qint64 nowMs);

private:
    Result<QList<License>> select(const QString& where, const QVariantList& values);
    Status loadAddons(QList<License>& licenses);

    QSqlDatabase m_db;
};

} // namespace seatwise
