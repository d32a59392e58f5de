#include "console/alerts/AlertThresholdModel.h"

#include "console/TableRoles.h"
#include "console/alerts/AlertThresholds.h"

namespace seatwise {

AlertThresholdModel::AlertThresholdModel(QList<PoolInfo> pools, QHash<QString, int> percents, QObject* parent)
    : QAbstractTableModel(parent)
    , m_pools(std::move(pools))
    , m_percents(std::move(percents))
{
}

AlertThresholdModel::~AlertThresholdModel() = default;

int AlertThresholdModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pools.size());
}

int AlertThresholdModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertThresholdModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolInfo& pool = m_pools.at(index.row());
    if (role == IdRole)
        return pool.id;
    const int percent = m_percents.value(pool.id, AlertThresholds::DefaultPercent);
    if (role == RawValueRole || role == Qt::EditRole) {
        switch (index.column()) {
        case PoolColumn:
            return pool.name;
        case SeatsColumn:
            return pool.seats;
        case InUseColumn:
            return pool.inUse;
        case ThresholdColumn:
            return percent;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PoolColumn:
            return pool.name;
        case SeatsColumn:
            return pool.seats;
        case InUseColumn:
            return pool.inUse;
        case ThresholdColumn:
            return tr("%1 %").arg(percent);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != PoolColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ThresholdColumn) {
        const int seatsAtThreshold = (percent * pool.seats + 99) / 100;
        return tr("Alert when %1 of %2 seats are in use (double-click or F2 to change)")
            .arg(seatsAtThreshold)
            .arg(pool.seats);
    }
    return {};
}

QVariant AlertThresholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PoolColumn:
        return tr("Pool");
    case SeatsColumn:
        return tr("Seats");
    case InUseColumn:
        return tr("In use");
    case ThresholdColumn:
        return tr("Alert at");
    default:
        return {};
    }
}

Qt::ItemFlags AlertThresholdModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ThresholdColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AlertThresholdModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ThresholdColumn)
        return false;
    bool ok = false;
    const int percent = value.toInt(&ok);
    if (!ok || percent < AlertThresholds::MinPercent || percent > AlertThresholds::MaxPercent)
        return false;
    m_percents.insert(m_pools.at(index.row()).id, percent);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, RawValueRole, Qt::ToolTipRole});
    return true;
}

void AlertThresholdModel::setAllPercents(int percent)
{
    for (const PoolInfo& pool : std::as_const(m_pools))
        m_percents.insert(pool.id, percent);
    if (!m_pools.isEmpty())
        Q_EMIT dataChanged(index(0, ThresholdColumn), index(rowCount() - 1, ThresholdColumn));
}

int AlertThresholdModel::rowOf(const QString& poolId) const
{
    for (int row = 0; row < m_pools.size(); ++row)
        if (m_pools.at(row).id == poolId)
            return row;
    return -1;
}

} // namespace seatwise
