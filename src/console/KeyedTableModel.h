#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>

namespace seatwise {

// Rows of T keyed by T::id. setRows() merges a fresh listing in place: rows that went away are
// removed, rows still there are updated with one ranged dataChanged, new rows are appended in one
// batch, so views keep their selection and scroll position across live refreshes.
template <typename T> class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows.size(); }
    const QList<T>& rows() const { return m_rows; }
    const T& rowAt(int row) const { return m_rows.at(row); }

    void setRows(QList<T> fresh)
    {
        QHash<QString, qsizetype> freshIndex;
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshIndex.insert(fresh.at(i).id, i);

        for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
            if (freshIndex.contains(m_rows.at(row).id))
                continue;
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }

        QHash<QString, qsizetype> kept;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            kept.insert(m_rows.at(row).id, row);
            m_rows[row] = fresh.at(freshIndex.value(m_rows.at(row).id));
        }
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));

        QList<T> added;
        for (T& item : fresh)
            if (!kept.contains(item.id))
                added.append(std::move(item));
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
    }

private:
    QList<T> m_rows;
};

} // namespace seatwise
