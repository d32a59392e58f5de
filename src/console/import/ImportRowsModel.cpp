#include "console/import/ImportRowsModel.h"

#include "console/TableRoles.h"
#include "console/import/ColumnMapping.h"
#include "console/import/CsvText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace seatwise {
namespace {
const QColor kErrorCell(255, 205, 210);
const QColor kErrorRow(255, 235, 238);
const QColor kChangedCell(255, 249, 196);
} // namespace

ImportRowsModel::ImportRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ImportRowsModel::~ImportRowsModel() = default;

void ImportRowsModel::setRows(const QList<QStringList>& rows, int addonColumns)
{
    beginResetModel();
    m_rows = rows;
    m_addonColumns = std::max(0, addonColumns);
    m_columns = FirstAddonColumn + m_addonColumns;
    for (const QStringList& row : rows)
        m_columns = std::max(m_columns, int(row.size()));
    m_errors.clear();
    m_cellErrors.clear();
    m_changed.clear();
    m_edited = false;
    ++m_revision;
    endResetModel();
    Q_EMIT errorsChanged();
}

QByteArray ImportRowsModel::toCsv() const
{
    QList<QStringList> lines{ColumnMapping::expectedHeader(m_addonColumns)};
    for (const QStringList& row : m_rows) {
        QStringList cells = row;
        while (cells.size() > FirstAddonColumn && cells.last().trimmed().isEmpty())
            cells.removeLast();
        lines.append(cells);
    }
    return CsvText::write(lines);
}

void ImportRowsModel::setErrors(const QList<RowError>& errors)
{
    m_errors = errors;
    m_cellErrors.clear();
    for (int i = 0; i < m_errors.size(); ++i) {
        const RowError& error = m_errors.at(i);
        m_cellErrors[{error.row - 1, columnFor(error.column)}].append(i);
    }
    m_changed.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
    Q_EMIT errorsChanged();
}

QModelIndex ImportRowsModel::indexFor(const RowError& error) const
{
    const int column = columnFor(error.column);
    return index(error.row - 1, column < 0 ? 0 : column);
}

int ImportRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString ImportRowsModel::cell(int row, int column) const
{
    const QStringList& cells = m_rows.at(row);
    return column < cells.size() ? cells.at(column) : QString();
}

QVariant ImportRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QList<int> cellErrors = m_cellErrors.value({row, column});
    const QList<int> rowErrors = m_cellErrors.value({row, -1});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return cell(row, column);
    case Qt::BackgroundRole:
        if (m_changed.contains({row, column}))
            return QBrush(kChangedCell);
        if (!cellErrors.isEmpty())
            return QBrush(kErrorCell);
        if (!rowErrors.isEmpty())
            return QBrush(kErrorRow);
        return {};
    case Qt::ToolTipRole: {
        if (m_changed.contains({row, column}))
            return tr("Changed: press Validate again to check it.");
        QStringList messages;
        for (const int i : cellErrors + rowErrors)
            messages.append(m_errors.at(i).message);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    }
    case ErrorCodesRole: {
        QStringList codes;
        for (const int i : cellErrors + rowErrors)
            codes.append(m_errors.at(i).error);
        return codes;
    }
    case ChangedRole:
        return m_changed.contains({row, column});
    default:
        return {};
    }
}

QString ImportRowsModel::columnName(int column) const
{
    if (column < FirstAddonColumn + m_addonColumns)
        return ColumnMapping::expectedHeader(m_addonColumns).at(column);
    return tr("Extra %1").arg(column - FirstAddonColumn - m_addonColumns + 1);
}

int ImportRowsModel::columnFor(const QString& name) const
{
    if (name.isEmpty())
        return -1;
    const QStringList header = ColumnMapping::expectedHeader(m_addonColumns);
    for (int column = 0; column < header.size(); ++column) {
        if (header.at(column).compare(name, Qt::CaseInsensitive) == 0)
            return column;
    }
    return -1;
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        if (role == Qt::DisplayRole)
            return columnName(section);
        if (role == Qt::ToolTipRole && section >= FirstAddonColumn + m_addonColumns)
            return tr("The file has more values in this row than columns in its header; clear them or "
                      "remove the row.");
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return section + 1; // the gateway's row number
    if (role == Qt::ToolTipRole)
        return tr("Row %1 of the file's data").arg(section + 1);
    return {};
}

Qt::ItemFlags ImportRowsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ImportRowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString();
    if (text == cell(index.row(), index.column()))
        return true;
    QStringList& cells = m_rows[index.row()];
    while (cells.size() <= index.column())
        cells.append(QString());
    cells[index.column()] = text;
    m_changed.insert({index.row(), index.column()});
    Q_EMIT dataChanged(index, index);
    noteEdit();
    return true;
}

bool ImportRowsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    // Row numbers below have moved: the old errors no longer point at the right rows.
    m_errors.clear();
    m_cellErrors.clear();
    m_changed.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT errorsChanged();
    noteEdit();
    return true;
}

void ImportRowsModel::noteEdit()
{
    m_edited = true;
    ++m_revision;
    Q_EMIT edited();
}

} // namespace seatwise
