#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace seatwise {

// Rows of T keyed by T::id. setRows() merges a fresh listing in place: rows that went away are
// removed, rows that changed (per sameRow()) get one ranged dataChanged, new rows are appended in one
// batch, so views keep their selection and scroll position across live refreshes.
// Models fed from the cache call scheduleReload() on every change they hear of; reload() then runs
// at most once per reload delay (250 ms by default), however many changes came meanwhile.
template <typename T> class KeyedTableModel : public QAbstractTableModel {
public:
    explicit KeyedTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {
        m_reloadTimer.setSingleShot(true);
        m_reloadTimer.setInterval(250);
        QObject::connect(&m_reloadTimer, &QTimer::timeout, this, [this] { reload(); });
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows.size(); }
    const QList<T>& rows() const { return m_rows; }
    const T& rowAt(int row) const { return m_rows.at(row); }
    void setReloadDelayMs(int ms) { m_reloadTimer.setInterval(ms); }

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
        qsizetype firstChanged = -1;
        qsizetype lastChanged = -1;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            kept.insert(m_rows.at(row).id, row);
            const T& next = fresh.at(freshIndex.value(m_rows.at(row).id));
            if (sameRow(m_rows.at(row), next))
                continue;
            firstChanged = firstChanged < 0 ? row : firstChanged;
            lastChanged = row;
            m_rows[row] = next;
        }
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(int(firstChanged), 0), index(int(lastChanged), columnCount() - 1));

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

protected:
    void scheduleReload()
    {
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    }
    // Reads the rows again from wherever the model is fed from.
    virtual void reload() {}
    // Whether a row shows the same before and after a refresh; unchanged rows send no dataChanged.
    // The default counts every kept row as changed.
    virtual bool sameRow(const T& /*before*/, const T& /*after*/) const { return false; }

private:
    QList<T> m_rows;
    QTimer m_reloadTimer;
};

} // namespace seatwise
