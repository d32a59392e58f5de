#include "console/licenses/LicenseFilterProxy.h"

#include "console/TableRoles.h"
#include "console/licenses/LicenseTableModel.h"

namespace seatwise {

LicenseFilterProxy::LicenseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LicenseFilterProxy::setType(const QString& type)
{
    m_type = type;
    invalidateRowsFilter();
}

void LicenseFilterProxy::setUser(const QString& text)
{
    m_user = text.trimmed();
    invalidateRowsFilter();
}

void LicenseFilterProxy::setExtension(const QString& prefix)
{
    m_extension = prefix.trimmed();
    invalidateRowsFilter();
}

bool LicenseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto raw = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(RawValueRole).toString();
    };
    if (!m_type.isEmpty() && raw(LicenseTableModel::TypeColumn) != m_type)
        return false;
    if (!m_extension.isEmpty() && !raw(LicenseTableModel::ExtensionColumn).startsWith(m_extension))
        return false;
    if (m_user.isEmpty())
        return true;
    const QString name = model->index(sourceRow, LicenseTableModel::UserColumn, sourceParent)
                             .data(LicenseTableModel::UserNameRole)
                             .toString();
    return raw(LicenseTableModel::UserColumn).contains(m_user, Qt::CaseInsensitive) ||
           name.contains(m_user, Qt::CaseInsensitive);
}

} // namespace seatwise
