#include "console/SessionTableModel.h"

#include "console/TableRoles.h"
#include "console/WireText.h"
#include "console/cache/ConsoleCache.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace seatwise {
namespace {
QString userText(const SessionInfo& session)
{
    if (!session.user)
        return QCoreApplication::translate("SessionTableModel", "(anonymous)");
    return session.user->name.isEmpty() ? session.user->login : session.user->name;
}
} // namespace

SessionTableModel::SessionTableModel(QObject* parent)
    : KeyedTableModel<SessionInfo>(parent)
{
}

void SessionTableModel::update(QList<SessionInfo> sessions, qint64 nowMs)
{
    const bool clockMoved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    setRows(std::move(sessions));
    // "3 min ago" moves with the clock on every row: one ranged signal over the time columns.
    if (clockMoved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, OpenedColumn), index(rowCount() - 1, LastActiveColumn));
}

void SessionTableModel::setCache(ConsoleCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (m_cache)
        connect(m_cache, &ConsoleCache::changed, this, &SessionTableModel::onCacheChanged);
    reload();
}

void SessionTableModel::onCacheChanged(CacheKind kind)
{
    if (kind == CacheKind::Sessions || kind == CacheKind::Pools)
        scheduleReload();
}

void SessionTableModel::reload()
{
    QHash<QString, QString> names;
    QList<SessionInfo> open;
    if (m_cache) {
        const QList<PoolInfo> pools = m_cache->pools();
        for (const PoolInfo& pool : pools)
            names.insert(pool.id, pool.name);
        const QList<SessionInfo> sessions = m_cache->sessions();
        for (const SessionInfo& session : sessions)
            if (session.state != SessionState::Ended)
                open.append(session);
    }
    setPoolNames(std::move(names));
    update(std::move(open), QDateTime::currentMSecsSinceEpoch());
}

bool SessionTableModel::sameRow(const SessionInfo& before, const SessionInfo& after) const
{
    const auto userOf = [](const SessionInfo& s) {
        return s.user ? QStringList{s.user->id, s.user->login, s.user->name} : QStringList();
    };
    return before.poolId == after.poolId && userOf(before) == userOf(after) && before.device == after.device &&
           before.mode == after.mode && before.state == after.state && before.openedAtMs == after.openedAtMs &&
           before.lastSeenAtMs == after.lastSeenAtMs && before.lastActiveAtMs == after.lastActiveAtMs &&
           before.overflow == after.overflow;
}

void SessionTableModel::setPoolNames(QHash<QString, QString> names)
{
    if (names == m_poolNames)
        return;
    m_poolNames = std::move(names);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PoolColumn), index(rowCount() - 1, PoolColumn));
}

int SessionTableModel::countInState(SessionState state) const
{
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [state](const SessionInfo& s) { return s.state == state; }));
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo& session = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, index.column());
    case RawValueRole:
        return rawValue(session, index.column());
    case IdRole:
        return session.id;
    case SearchRole:
        return QStringList{userText(session), session.user ? session.user->login : QString(), session.device,
                           m_poolNames.value(session.poolId), WireText::sessionState(session.state)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        return tr("Session %1").arg(session.id);
    default:
        return decoration(session, role);
    }
}

QVariant SessionTableModel::decoration(const SessionInfo& session, int role) const
{
    const bool inactive = session.state == SessionState::Inactive;
    const bool terminating = session.state == SessionState::Terminating;
    switch (role) {
    case Qt::BackgroundRole:
        if (inactive)
            return QColor(0xff, 0xec, 0xb3); // amber: a seat held by nobody at the desk
        if (terminating)
            return QColor(0xff, 0xcd, 0xd2);
        return {};
    case Qt::ForegroundRole:
        if (inactive || terminating)
            return QColor(0x21, 0x21, 0x21); // readable on the light highlight in dark themes too
        return {};
    case Qt::FontRole:
        if (inactive) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::rawValue(const SessionInfo& session, int column) const
{
    switch (column) {
    case UserColumn:
        return session.user ? session.user->login : QString();
    case PoolColumn:
        return m_poolNames.value(session.poolId, session.poolId);
    case DeviceColumn:
        return session.device;
    case ModeColumn:
        return toWire(session.mode);
    case StateColumn:
        return toWire(session.state);
    case OpenedColumn:
        return session.openedAtMs;
    case LastActiveColumn:
        return session.lastActiveAtMs;
    default:
        return {};
    }
}

QString SessionTableModel::displayText(const SessionInfo& session, int column) const
{
    switch (column) {
    case UserColumn:
        return userText(session);
    case ModeColumn:
        return WireText::sessionMode(session.mode) + (session.overflow ? tr(" (overflow)") : QString());
    case StateColumn:
        return WireText::sessionState(session.state);
    case OpenedColumn:
        return WireText::timeOfDay(session.openedAtMs, m_nowMs);
    case LastActiveColumn:
        return WireText::ago(session.lastActiveAtMs, m_nowMs);
    default:
        return rawValue(session, column).toString();
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case PoolColumn:
        return tr("Pool");
    case DeviceColumn:
        return tr("Device");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case OpenedColumn:
        return tr("Logged in");
    case LastActiveColumn:
        return tr("Last active");
    default:
        return {};
    }
}

} // namespace seatwise
