#pragma once

#include "client/LicenseInfo.h"
#include "client/NamedPoolInfo.h"
#include "console/KeyedTableModel.h"

#include <QHash>

namespace seatwise {

// The base licenses of the named pools and who holds them (R15): one row per license.
class LicenseTableModel final : public KeyedTableModel<LicenseInfo> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseTableModel)

public:
    enum Column { TypeColumn, StatusColumn, UserColumn, ExtensionColumn, NumberColumn, AddonsColumn, ColumnCount };
    // Beyond TableRoles: the holder's display name, in every column (the user search matches it
    // as well as the login, the raw value of UserColumn).
    enum Role { UserNameRole = Qt::UserRole + 32 };

    explicit LicenseTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the listing; `pools` name each license's type.
    void update(QList<LicenseInfo> licenses, const QList<NamedPoolInfo>& pools);
    QString typeOf(const LicenseInfo& license) const { return m_poolTypes.value(license.poolId); }

protected:
    bool sameRow(const LicenseInfo& before, const LicenseInfo& after) const override;

private:
    QVariant rawValue(const LicenseInfo& license, int column) const;
    QString displayText(const LicenseInfo& license, int column) const;

    QHash<QString, QString> m_poolTypes; // pool id -> base type or add-on code
};

} // namespace seatwise
