#include "console/SessionFilterProxy.h"

#include "console/SessionTableModel.h"
#include "console/TableRoles.h"

namespace seatwise {

SessionFilterProxy::SessionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SessionFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void SessionFilterProxy::setInactiveOnly(bool inactiveOnly)
{
    m_inactiveOnly = inactiveOnly;
    invalidateRowsFilter();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_inactiveOnly) {
        const QModelIndex state = model->index(sourceRow, SessionTableModel::StateColumn, sourceParent);
        if (state.data(RawValueRole).toString() != toWire(SessionState::Inactive))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QString words = model->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    return words.contains(m_text, Qt::CaseInsensitive);
}

} // namespace seatwise
