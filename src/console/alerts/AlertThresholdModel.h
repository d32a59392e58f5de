#pragma once

#include "client/PoolInfo.h"

#include <QAbstractTableModel>
#include <QHash>

namespace seatwise {

// The pools of the alert settings dialog with their alert threshold, the one editable column.
// Roles: Qt::DisplayRole/EditRole, RawValueRole (numbers as numbers) and IdRole (the pool id).
class AlertThresholdModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertThresholdModel)

public:
    enum Column { PoolColumn, SeatsColumn, InUseColumn, ThresholdColumn, ColumnCount };

    AlertThresholdModel(QList<PoolInfo> pools, QHash<QString, int> percents, QObject* parent = nullptr);
    ~AlertThresholdModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Every pool's percent as edited, by pool id.
    QHash<QString, int> percents() const { return m_percents; }
    void setAllPercents(int percent);
    int rowOf(const QString& poolId) const;

private:
    QList<PoolInfo> m_pools;
    QHash<QString, int> m_percents;
};

} // namespace seatwise
