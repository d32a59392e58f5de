// The changing half of SessionTableModel: listings, live batches, sorting, filtering and the cache feed.
#include "console/SessionTableModel.h"

#include <QDateTime>

#include <algorithm>

namespace seatwise {
namespace {

bool sameUser(const std::optional<UserInfo>& a, const std::optional<UserInfo>& b)
{
    if (!a || !b)
        return !a && !b;
    return a->id == b->id && a->login == b->login && a->name == b->name;
}

bool sameRow(const SessionInfo& a, const SessionInfo& b)
{
    return a.poolId == b.poolId && a.device == b.device && a.mode == b.mode && a.state == b.state &&
           a.openedAtMs == b.openedAtMs && a.lastSeenAtMs == b.lastSeenAtMs && a.lastActiveAtMs == b.lastActiveAtMs &&
           a.overflow == b.overflow && sameUser(a.user, b.user);
}

} // namespace

void SessionTableModel::setClock(qint64 nowMs)
{
    // "3 min ago" moves with the clock on every row: one ranged signal over the time columns.
    const bool moved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    if (moved && rowCount() > 0)
        Q_EMIT dataChanged(index(0, OpenedColumn), index(rowCount() - 1, LastActiveColumn));
}

void SessionTableModel::update(QList<SessionInfo> sessions, qint64 nowMs)
{
    if (m_slots.liveCount() == 0) { // a first listing: no rows to keep, no selection to carry over
        beginResetModel();
        sessions.removeIf([](const SessionInfo& s) { return s.state == SessionState::Ended; });
        m_slots.assign(std::move(sessions));
        m_order = m_sorter.build(m_slots);
        rebuildRowOfSlot();
        m_nowMs = nowMs;
        endResetModel();
        return;
    }
    Batch batch;
    std::vector<char> listed(size_t(m_slots.slotCount()), 0);
    for (SessionInfo& session : sessions) {
        const int slot = m_slots.slotOf(session.id);
        if (slot >= 0)
            listed[size_t(slot)] = 1;
        merge(std::move(session), batch);
    }
    for (int slot = 0; slot < int(listed.size()); ++slot)
        if (!listed[size_t(slot)] && m_slots.isLive(slot))
            drop(slot, batch);
    commit(batch);
    setClock(nowMs);
}

void SessionTableModel::applyChanges(QList<SessionInfo> changed, const QStringList& gone, qint64 nowMs)
{
    Batch batch;
    for (SessionInfo& session : changed)
        merge(std::move(session), batch);
    for (const QString& id : gone)
        if (const int slot = m_slots.slotOf(id); slot >= 0)
            drop(slot, batch);
    commit(batch);
    setClock(nowMs);
}

void SessionTableModel::merge(SessionInfo session, Batch& batch)
{
    const int slot = m_slots.slotOf(session.id);
    if (slot < 0) {
        if (session.state != SessionState::Ended)
            batch.added.append(std::move(session));
        return;
    }
    if (session.state == SessionState::Ended)
        return drop(slot, batch);
    const SessionInfo& before = m_slots.at(slot);
    if (sameRow(before, session))
        return;
    if (m_sorter.moves(before, session)) {
        batch.touched.push_back(slot);
    } else if (const int row = m_rowOfSlot[size_t(slot)]; row >= 0) {
        batch.firstRow = batch.firstRow < 0 ? row : std::min(batch.firstRow, row);
        batch.lastRow = std::max(batch.lastRow, row);
    }
    m_slots.set(slot, std::move(session));
}

void SessionTableModel::drop(int slot, Batch& batch)
{
    batch.dropped.push_back(slot); // freed in commit(), once the old order's persistent ids are taken
}

void SessionTableModel::commit(Batch& batch)
{
    if (batch.touched.empty() && batch.dropped.empty() && batch.added.isEmpty()) {
        if (batch.lastRow >= 0)
            Q_EMIT dataChanged(index(batch.firstRow, 0), index(batch.lastRow, ColumnCount - 1));
        return;
    }
    relayout(
        [this, &batch] {
            for (int slot : batch.dropped) {
                if (!m_slots.isLive(slot))
                    continue; // listed as ended and as gone in one batch
                m_slots.remove(slot);
                batch.touched.push_back(slot);
            }
            for (SessionInfo& session : batch.added)
                batch.touched.push_back(m_slots.add(std::move(session)));
            m_sorter.replace(m_order, m_slots, batch.touched);
        },
        NoLayoutChangeHint);
}

void SessionTableModel::relayout(const std::function<void()>& change, LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Persistent indexes (selection, current row) follow their session by id: a slot freed by the
    // change may be taken by a new session in the same change.
    const QModelIndexList before = persistentIndexList();
    QStringList idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex& index : before)
        idsBefore.append(sessionAt(index.row()).id);
    change();
    rebuildRowOfSlot();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int slot = m_slots.slotOf(idsBefore.at(i));
        const int row = slot >= 0 ? m_rowOfSlot[size_t(slot)] : -1;
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void SessionTableModel::rebuildRowOfSlot()
{
    m_rowOfSlot.assign(size_t(m_slots.slotCount()), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOfSlot[size_t(m_order[row])] = int(row);
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sorter.sortColumn() && order == m_sorter.sortOrder())
        return;
    relayout(
        [this, column, order] {
            m_sorter.setSort(column, order);
            m_order = m_sorter.build(m_slots);
        },
        VerticalSortHint);
}

void SessionTableModel::setFilterText(const QString& text)
{
    SessionOrder::Filter filter = m_sorter.filter();
    filter.text = text.trimmed();
    setFilter(std::move(filter));
}

void SessionTableModel::setInactiveOnly(bool inactiveOnly)
{
    SessionOrder::Filter filter = m_sorter.filter();
    filter.inactiveOnly = inactiveOnly;
    setFilter(std::move(filter));
}

void SessionTableModel::setFilter(SessionOrder::Filter filter)
{
    if (filter.text == m_sorter.filter().text && filter.inactiveOnly == m_sorter.filter().inactiveOnly)
        return;
    relayout(
        [this, &filter] {
            m_sorter.setFilter(std::move(filter));
            m_order = m_sorter.build(m_slots);
        },
        NoLayoutChangeHint);
}

void SessionTableModel::setPoolNames(QHash<QString, QString> names)
{
    if (names == m_poolNames)
        return;
    const bool reorders = m_sorter.sortColumn() == PoolColumn || !m_sorter.filter().text.isEmpty();
    if (reorders) {
        relayout(
            [this, &names] {
                m_poolNames = std::move(names);
                m_order = m_sorter.build(m_slots);
            },
            NoLayoutChangeHint);
        return;
    }
    m_poolNames = std::move(names);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PoolColumn), index(rowCount() - 1, PoolColumn));
}

void SessionTableModel::setCache(ConsoleCache* cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (m_cache) {
        connect(m_cache, &ConsoleCache::changed, this, &SessionTableModel::onCacheChanged);
        connect(m_cache, &ConsoleCache::sessionsWritten, this, &SessionTableModel::onSessionsWritten);
    }
    m_fullReloadDue = true;
    reload();
}

void SessionTableModel::onCacheChanged(CacheKind kind)
{
    if (kind != CacheKind::Sessions && kind != CacheKind::Pools)
        return;
    m_fullReloadDue = true;
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void SessionTableModel::onSessionsWritten(const QList<SessionInfo>& upserted, const QStringList& removed)
{
    for (const SessionInfo& session : upserted) {
        m_pendingGone.remove(session.id);
        m_pendingChanged.insert(session.id, session);
    }
    for (const QString& id : removed) {
        m_pendingChanged.remove(id);
        m_pendingGone.insert(id);
    }
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void SessionTableModel::applyPendingNow()
{
    m_reloadTimer.stop();
    reload();
}

void SessionTableModel::reload()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SessionInfo> changed = m_pendingChanged.values();
    const QStringList gone(m_pendingGone.cbegin(), m_pendingGone.cend());
    m_pendingChanged.clear();
    m_pendingGone.clear();
    if (!m_cache) {
        update({}, now);
        return;
    }
    if (!m_fullReloadDue) {
        applyChanges(std::move(changed), gone, now);
        return;
    }
    // A full listing has everything the events said, and more.
    m_fullReloadDue = false;
    QHash<QString, QString> names;
    for (const PoolInfo& pool : m_cache->pools())
        names.insert(pool.id, pool.name);
    setPoolNames(std::move(names));
    update(m_cache->sessions(), now);
}

} // namespace seatwise
