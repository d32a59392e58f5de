#include "console/licenses/LicenseTableModel.h"

#include "console/TableRoles.h"
#include "console/licenses/LicenseText.h"

#include <QBrush>
#include <QPalette>

namespace seatwise {
namespace {

QString userName(const LicenseInfo& license)
{
    if (!license.assignedTo)
        return {};
    return license.assignedTo->name.isEmpty() ? license.assignedTo->login : license.assignedTo->name;
}

QStringList addonCodes(const LicenseInfo& license)
{
    QStringList codes;
    for (const LicenseAddon& addon : license.addons)
        codes.append(addon.code);
    return codes;
}

} // namespace

LicenseTableModel::LicenseTableModel(QObject* parent)
    : KeyedTableModel<LicenseInfo>(parent)
{
}

void LicenseTableModel::update(QList<LicenseInfo> licenses, const QList<NamedPoolInfo>& pools)
{
    QHash<QString, QString> types;
    for (const NamedPoolInfo& pool : pools)
        types.insert(pool.id, pool.type);
    const bool typesChanged = types != m_poolTypes;
    m_poolTypes = std::move(types);
    setRows(std::move(licenses));
    if (typesChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
}

bool LicenseTableModel::sameRow(const LicenseInfo& before, const LicenseInfo& after) const
{
    const auto holder = [](const LicenseInfo& l) {
        return l.assignedTo ? l.assignedTo->login + QLatin1Char('\n') + l.assignedTo->name : QString();
    };
    return before.poolId == after.poolId && before.status == after.status && before.extension == after.extension &&
           before.number == after.number && before.addons == after.addons && holder(before) == holder(after);
}

QVariant LicenseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LicenseInfo& license = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(license, index.column());
    case RawValueRole:
        return rawValue(license, index.column());
    case IdRole:
        return license.id;
    case UserNameRole:
        return userName(license);
    case SearchRole:
        return QStringList{LicenseText::typeName(typeOf(license)), userName(license),
                           license.assignedTo ? license.assignedTo->login : QString(), license.extension,
                           license.number}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() == UserColumn && license.assignedTo)
            return tr("Login: %1").arg(license.assignedTo->login);
        return tr("License %1").arg(license.id);
    case Qt::ForegroundRole:
        if (license.status != LicenseStatus::Assigned)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant LicenseTableModel::rawValue(const LicenseInfo& license, int column) const
{
    switch (column) {
    case TypeColumn:
        return typeOf(license);
    case StatusColumn:
        return toWire(license.status);
    case UserColumn:
        return license.assignedTo ? license.assignedTo->login : QString();
    case ExtensionColumn:
        return license.extension;
    case NumberColumn:
        return license.number;
    case AddonsColumn:
        return addonCodes(license);
    default:
        return {};
    }
}

QString LicenseTableModel::displayText(const LicenseInfo& license, int column) const
{
    switch (column) {
    case TypeColumn:
        return LicenseText::typeName(typeOf(license));
    case StatusColumn:
        return LicenseText::status(license.status);
    case UserColumn:
        return userName(license);
    case ExtensionColumn:
        return license.extension;
    case NumberColumn:
        return license.number;
    case AddonsColumn: {
        QStringList names;
        for (const LicenseAddon& addon : license.addons)
            names.append(LicenseText::typeName(addon.code));
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("License type");
    case StatusColumn:
        return tr("Status");
    case UserColumn:
        return tr("User");
    case ExtensionColumn:
        return tr("Extension");
    case NumberColumn:
        return tr("Number");
    case AddonsColumn:
        return tr("Add-ons");
    default:
        return {};
    }
}

} // namespace seatwise
