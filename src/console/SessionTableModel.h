#pragma once

#include "client/SessionInfo.h"
#include "console/cache/ConsoleCache.h"
#include "console/sessions/SessionOrder.h"
#include "console/sessions/SessionSlots.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace seatwise {

// The open sessions of one gateway, as GET /sessions lists them. Inactive rows are highlighted:
// they hold a seat nobody uses (R7), the first thing a manager looks for. Sorts and filters itself
// (SessionOrder) so a million rows stay quick, and takes live changes in batches: rows that keep
// their place get one ranged dataChanged, rows that move one layout change, selection kept.
// Fed from a ConsoleCache once setCache() is called: a full listing reloads everything, sessions
// the cache stored from events are taken as it announces them; both applied in one pass per
// reload delay.
class SessionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column {
        UserColumn,
        PoolColumn,
        DeviceColumn,
        ModeColumn,
        StateColumn,
        OpenedColumn,
        LastActiveColumn,
        ColumnCount
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the listing; nowMs is the instant relative times ("3 min ago") are shown against.
    void update(QList<SessionInfo> sessions, qint64 nowMs);
    // Live changes: new or changed sessions (ended ones leave) and ids that are gone.
    void applyChanges(QList<SessionInfo> changed, const QStringList& gone, qint64 nowMs);
    void setPoolNames(QHash<QString, QString> names);
    void setFilterText(const QString& text);
    void setInactiveOnly(bool inactiveOnly);

    const SessionInfo& sessionAt(int row) const { return m_slots.at(m_order.at(size_t(row))); }
    int openCount() const { return m_slots.liveCount(); } // filter aside
    int countInState(SessionState state) const { return m_slots.countInState(state); }

    void setCache(ConsoleCache* cache);
    void setReloadDelayMs(int ms) { m_reloadTimer.setInterval(ms); }
    // Applies what the cache said since the last pass now instead of at the end of the delay.
    void applyPendingNow();

private:
    // What one batch of changes does to the order.
    struct Batch {
        std::vector<int> touched; // slots to take out of the order and merge back (moved, new, gone)
        std::vector<int> dropped; // slots whose sessions ended or were not listed again
        QList<SessionInfo> added;
        int firstRow = -1; // visible rows changed in place
        int lastRow = -1;
    };
    void merge(SessionInfo session, Batch& batch);
    void drop(int slot, Batch& batch);
    void commit(Batch& batch);
    void relayout(const std::function<void()>& change, LayoutChangeHint hint);
    void rebuildRowOfSlot();
    void setFilter(SessionOrder::Filter filter);
    void setClock(qint64 nowMs);

    void onCacheChanged(CacheKind kind);
    void onSessionsWritten(const QList<SessionInfo>& upserted, const QStringList& removed);
    void reload();

    QVariant rawValue(const SessionInfo& session, int column) const;
    QString displayText(const SessionInfo& session, int column) const;
    QVariant decoration(const SessionInfo& session, int role) const;

    SessionSlots m_slots;
    SessionOrder m_sorter;
    std::vector<int> m_order;     // visible row -> slot
    std::vector<int> m_rowOfSlot; // slot -> visible row, -1 when hidden or free
    QHash<QString, QString> m_poolNames;
    qint64 m_nowMs = 0;

    QPointer<ConsoleCache> m_cache;
    QTimer m_reloadTimer;
    bool m_fullReloadDue = false;
    QHash<QString, SessionInfo> m_pendingChanged; // from events since the last pass, the latest of each
    QSet<QString> m_pendingGone;
};

} // namespace seatwise
