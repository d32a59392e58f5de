#include "console/PoolTableModel.h"

#include "console/TableRoles.h"
#include "console/WireText.h"
#include "console/cache/ConsoleCache.h"

#include <QColor>
#include <QFont>

namespace seatwise {

PoolTableModel::PoolTableModel(QObject* parent)
    : KeyedTableModel<PoolInfo>(parent)
{
}

void PoolTableModel::setCache(ConsoleCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (m_cache)
        connect(m_cache, &ConsoleCache::changed, this, &PoolTableModel::onCacheChanged);
    reload();
}

void PoolTableModel::onCacheChanged(CacheKind kind)
{
    if (kind == CacheKind::Pools)
        scheduleReload();
}

void PoolTableModel::reload()
{
    setRows(m_cache ? m_cache->pools() : QList<PoolInfo>());
}

bool PoolTableModel::sameRow(const PoolInfo& before, const PoolInfo& after) const
{
    return before.name == after.name && before.kind == after.kind && before.model == after.model &&
           before.seats == after.seats && before.inUse == after.inUse && before.available == after.available &&
           before.pendingSeats == after.pendingSeats && before.idleAfterS == after.idleAfterS &&
           before.purgeAfterS == after.purgeAfterS;
}

QVariant PoolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolInfo& pool = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(pool, index.column());
    case RawValueRole:
        return rawValue(pool, index.column());
    case IdRole:
        return pool.id;
    case SearchRole:
        return pool.name;
    case Qt::TextAlignmentRole:
        if (index.column() >= SeatsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AvailableColumn && pool.available == 0 && pool.seats > 0)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn || (index.column() == AvailableColumn && pool.available == 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == InUseColumn)
            return tr("%1 of %2 seats in use").arg(pool.inUse).arg(pool.seats);
        if (index.column() == PendingColumn && pool.pendingSeats != 0)
            return tr("Seat orders placed but not yet in effect: %1").arg(pool.pendingSeats);
        return {};
    default:
        return {};
    }
}

QVariant PoolTableModel::rawValue(const PoolInfo& pool, int column) const
{
    switch (column) {
    case NameColumn:
        return pool.name;
    case KindColumn:
        return toWire(pool.kind);
    case ModelColumn:
        return toWire(pool.model);
    case SeatsColumn:
        return pool.seats;
    case InUseColumn:
        return pool.inUse;
    case AvailableColumn:
        return pool.available;
    case PendingColumn:
        return pool.pendingSeats;
    case IdleColumn:
        return pool.idleAfterS;
    default:
        return {};
    }
}

QString PoolTableModel::displayText(const PoolInfo& pool, int column) const
{
    switch (column) {
    case KindColumn:
        return WireText::poolKind(pool.kind);
    case ModelColumn:
        return WireText::poolModel(pool.model);
    case IdleColumn:
        return WireText::duration(pool.idleAfterS);
    case PendingColumn: // seat orders not yet in effect (R14): "+5", "−2" or nothing
        return pool.pendingSeats == 0 ? QString()
                                      : (pool.pendingSeats > 0 ? QStringLiteral("+%1").arg(pool.pendingSeats)
                                                               : QString::number(pool.pendingSeats));
    default:
        return rawValue(pool, column).toString();
    }
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section >= SeatsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter); // over right-aligned numbers
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Pool");
    case KindColumn:
        return tr("Kind");
    case ModelColumn:
        return tr("Model");
    case SeatsColumn:
        return tr("Seats");
    case InUseColumn:
        return tr("In use");
    case AvailableColumn:
        return tr("Available");
    case PendingColumn:
        return tr("Pending orders");
    case IdleColumn:
        return tr("Idle after");
    default:
        return {};
    }
}

QString PoolTableModel::poolName(const QString& id) const
{
    for (const PoolInfo& pool : rows())
        if (pool.id == id)
            return pool.name;
    return {};
}

int PoolTableModel::totalSeats() const
{
    int total = 0;
    for (const PoolInfo& pool : rows())
        total += pool.seats;
    return total;
}

int PoolTableModel::totalInUse() const
{
    int total = 0;
    for (const PoolInfo& pool : rows())
        total += pool.inUse;
    return total;
}

} // namespace seatwise
