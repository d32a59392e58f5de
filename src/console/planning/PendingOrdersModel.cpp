#include "console/planning/PendingOrdersModel.h"

#include "console/TableRoles.h"
#include "console/planning/PlanningText.h"

#include <QDateTime>
#include <QLocale>

namespace seatwise {

PendingOrdersModel::PendingOrdersModel(QObject* parent)
    : KeyedTableModel<SeatOrderInfo>(parent)
{
}

const SeatOrderInfo* PendingOrdersModel::order(const QString& id) const
{
    for (const SeatOrderInfo& row : rows())
        if (row.id == id)
            return &row;
    return nullptr;
}

bool PendingOrdersModel::sameRow(const SeatOrderInfo& before, const SeatOrderInfo& after) const
{
    return before.status == after.status && before.effectiveAtMs == after.effectiveAtMs &&
           before.delta == after.delta && before.proratedCents == after.proratedCents;
}

QVariant PendingOrdersModel::rawValue(const SeatOrderInfo& order, int column) const
{
    switch (column) {
    case RequestedColumn:
        return order.requestedAtMs;
    case DeltaColumn:
        return order.delta;
    case EffectiveColumn:
        return order.effectiveAtMs;
    case CostColumn:
        return order.proratedCents;
    case ByColumn:
        return order.requestedBy;
    case StatusColumn:
        return toWire(order.status);
    }
    return {};
}

QString PendingOrdersModel::displayText(const SeatOrderInfo& order, int column) const
{
    const QLocale locale;
    const auto when = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    switch (column) {
    case RequestedColumn:
        return when(order.requestedAtMs);
    case DeltaColumn:
        return order.delta > 0 ? tr("Add %1").arg(order.delta) : tr("Remove %1").arg(-order.delta);
    case EffectiveColumn:
        return when(order.effectiveAtMs);
    case CostColumn:
        return order.delta < 0 ? tr("No charge") : PlanningText::money(order.proratedCents);
    case ByColumn:
        return order.requestedBy;
    case StatusColumn:
        switch (order.status) {
        case OrderStatus::Pending:
            return tr("Pending");
        case OrderStatus::Effective:
            return tr("In effect");
        case OrderStatus::Cancelled:
            return tr("Cancelled");
        }
    }
    return {};
}

QVariant PendingOrdersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const SeatOrderInfo& order = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(order, index.column());
    case RawValueRole:
        return rawValue(order, index.column());
    case IdRole:
        return order.id;
    case Qt::TextAlignmentRole:
        if (index.column() == DeltaColumn || index.column() == CostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CostColumn && order.delta > 0)
            return tr("Charged when the order was placed, prorated to the rest of the billing month.");
        if (index.column() == EffectiveColumn && order.delta < 0)
            return tr("Removals take effect at the start of the next billing month.");
        return {};
    }
    return {};
}

QVariant PendingOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestedColumn:
        return tr("Requested");
    case DeltaColumn:
        return tr("Change");
    case EffectiveColumn:
        return tr("Effective at");
    case CostColumn:
        return tr("Cost");
    case ByColumn:
        return tr("By");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace seatwise
