#include "console/import/ImportErrorsModel.h"

#include "console/TableRoles.h"
#include "console/import/ImportRowsModel.h"

namespace seatwise {

ImportErrorsModel::ImportErrorsModel(ImportRowsModel* rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(rows)
    , m_count(int(rows->errors().size()))
{
    connect(rows, &ImportRowsModel::errorsChanged, this, [this] {
        beginResetModel();
        m_count = m_rows ? int(m_rows->errors().size()) : 0;
        endResetModel();
    });
}

ImportErrorsModel::~ImportErrorsModel() = default;

int ImportErrorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ImportErrorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_rows ||
        index.row() >= m_rows->errors().size())
        return {};
    const ImportRowsModel::RowError& error = m_rows->errors().at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case RowColumn:
            return error.row;
        case ColumnColumn:
            return error.column;
        default:
            return error.error;
        }
    }
    if (role == Qt::ToolTipRole)
        return error.message;
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return error.row == 0 ? tr("Header") : QString::number(error.row);
    case ColumnColumn:
        return error.column.isEmpty() ? tr("(whole row)") : error.column;
    default:
        return error.message;
    }
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace seatwise
