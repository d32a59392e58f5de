#pragma once

#include "client/SeatOrderInfo.h"
#include "console/KeyedTableModel.h"

namespace seatwise {

// A pool's seat orders (R14), one row per order; the dialog's proxy shows the pending ones first.
class PendingOrdersModel final : public KeyedTableModel<SeatOrderInfo> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingOrdersModel)

public:
    enum Column { RequestedColumn, DeltaColumn, EffectiveColumn, CostColumn, ByColumn, StatusColumn, ColumnCount };

    explicit PendingOrdersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of order `id`, or nullptr.
    const SeatOrderInfo* order(const QString& id) const;

protected:
    bool sameRow(const SeatOrderInfo& before, const SeatOrderInfo& after) const override;

private:
    QVariant rawValue(const SeatOrderInfo& order, int column) const;
    QString displayText(const SeatOrderInfo& order, int column) const;
};

} // namespace seatwise
