#pragma once

#include "client/PoolInfo.h"
#include "console/KeyedTableModel.h"
#include "console/cache/ConsoleCache.h"

#include <QPointer>

namespace seatwise {

// The pools of one gateway with their seat counts, as GET /pools lists them. Fed from a
// ConsoleCache once setCache() is called: it reads the cache at once (the last known state, before
// any network answer) and again, coalesced, whenever the cache's pools change.
class PoolTableModel final : public KeyedTableModel<PoolInfo> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolTableModel)

public:
    enum Column {
        NameColumn,
        KindColumn,
        ModelColumn,
        SeatsColumn,
        InUseColumn,
        AvailableColumn,
        PendingColumn,
        IdleColumn,
        ColumnCount
    };

    explicit PoolTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCache(ConsoleCache* cache);

    QString poolName(const QString& id) const;
    int totalSeats() const;
    int totalInUse() const;

protected:
    void reload() override;
    bool sameRow(const PoolInfo& before, const PoolInfo& after) const override;

private:
    void onCacheChanged(CacheKind kind);
    QVariant rawValue(const PoolInfo& pool, int column) const;
    QString displayText(const PoolInfo& pool, int column) const;

    QPointer<ConsoleCache> m_cache;
};

} // namespace seatwise
