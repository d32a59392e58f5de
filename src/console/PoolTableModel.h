#pragma once

#include "client/PoolInfo.h"
#include "console/KeyedTableModel.h"

namespace seatwise {

// The pools of one gateway with their seat counts, as GET /pools lists them.
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
        IdleColumn,
        ColumnCount
    };

    explicit PoolTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString poolName(const QString& id) const;
    int totalSeats() const;
    int totalInUse() const;

private:
    QVariant rawValue(const PoolInfo& pool, int column) const;
    QString displayText(const PoolInfo& pool, int column) const;
};

} // namespace seatwise
