#include "console/sessions/SessionOrder.h"

#include "console/SessionTableModel.h"
#include "console/WireText.h"

#include <algorithm>

namespace seatwise {
namespace {

const QString& loginOf(const SessionInfo& session)
{
    static const QString none;
    return session.user ? session.user->login : none;
}

template <typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool containsText(const SessionInfo& session, const QString& poolName, const QString& text)
{
    const auto has = [&text](const QString& field) { return field.contains(text, Qt::CaseInsensitive); };
    return (session.user && (has(session.user->login) || has(session.user->name))) || has(session.device) ||
           has(poolName) || has(WireText::sessionState(session.state));
}

} // namespace

void SessionOrder::setSort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

void SessionOrder::setFilter(Filter filter)
{
    filter.text = filter.text.trimmed();
    m_filter = std::move(filter);
}

bool SessionOrder::accepts(const SessionInfo& session) const
{
    if (m_filter.inactiveOnly && session.state != SessionState::Inactive)
        return false;
    if (m_filter.text.isEmpty())
        return true;
    const QString poolName = m_poolNames ? m_poolNames->value(session.poolId) : QString();
    return containsText(session, poolName, m_filter.text);
}

bool SessionOrder::moves(const SessionInfo& before, const SessionInfo& after) const
{
    if (accepts(before) != accepts(after))
        return true;
    if (sortsOnText())
        return textKey(before) != textKey(after);
    switch (m_column) {
    case SessionTableModel::ModeColumn:
        return before.mode != after.mode;
    case SessionTableModel::StateColumn:
        return before.state != after.state;
    case SessionTableModel::OpenedColumn:
        return before.openedAtMs != after.openedAtMs;
    case SessionTableModel::LastActiveColumn:
        return before.lastActiveAtMs != after.lastActiveAtMs;
    default:
        return false;
    }
}

// Three-way key comparison on slots, then the slot number: a strict total order either way round.
template <typename Key> auto SessionOrder::lessBy(Key key, bool descending)
{
    return [key = std::move(key), descending](int a, int b) {
        const int c = key(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a < b;
    };
}

bool SessionOrder::sortsOnText() const
{
    return m_column == SessionTableModel::UserColumn || m_column == SessionTableModel::PoolColumn ||
           m_column == SessionTableModel::DeviceColumn;
}

QString SessionOrder::textKey(const SessionInfo& session) const
{
    switch (m_column) {
    case SessionTableModel::UserColumn:
        return loginOf(session).toCaseFolded();
    case SessionTableModel::PoolColumn:
        return (m_poolNames ? m_poolNames->value(session.poolId, session.poolId) : session.poolId).toCaseFolded();
    default:
        return session.device.toCaseFolded();
    }
}

template <typename Use> void SessionOrder::withLess(const SessionSlots& slots, Use&& use) const
{
    const bool down = m_order == Qt::DescendingOrder;
    const auto field = [&slots](auto get) {
        return [&slots, get](int a, int b) { return threeWay(get(slots.at(a)), get(slots.at(b))); };
    };
    if (sortsOnText()) {
        const std::vector<QString>& keys = m_textKeys;
        return use(lessBy([&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]); }, down));
    }
    switch (m_column) {
    case SessionTableModel::ModeColumn:
        return use(lessBy(field([](const SessionInfo& s) { return int(s.mode); }), down));
    case SessionTableModel::StateColumn:
        return use(lessBy(field([](const SessionInfo& s) { return int(s.state); }), down));
    case SessionTableModel::OpenedColumn:
        return use(lessBy(field([](const SessionInfo& s) { return s.openedAtMs; }), down));
    case SessionTableModel::LastActiveColumn:
        return use(lessBy(field([](const SessionInfo& s) { return s.lastActiveAtMs; }), down));
    default:
        return use([](int a, int b) { return a < b; }); // unsorted: the order sessions came in
    }
}

std::vector<int> SessionOrder::build(const SessionSlots& slots)
{
    m_textKeys.clear();
    if (sortsOnText()) {
        m_textKeys.resize(size_t(slots.slotCount()));
        for (int slot = 0; slot < slots.slotCount(); ++slot)
            if (slots.isLive(slot))
                m_textKeys[size_t(slot)] = textKey(slots.at(slot));
    }
    std::vector<int> order;
    order.reserve(size_t(slots.liveCount()));
    for (int slot = 0; slot < slots.slotCount(); ++slot)
        if (slots.isLive(slot) && accepts(slots.at(slot)))
            order.push_back(slot);
    withLess(slots, [&order](auto less) { std::sort(order.begin(), order.end(), less); });
    return order;
}

void SessionOrder::replace(std::vector<int>& order, const SessionSlots& slots, const std::vector<int>& touched)
{
    if (sortsOnText()) {
        m_textKeys.resize(size_t(slots.slotCount()));
        for (int slot : touched)
            m_textKeys[size_t(slot)] = slots.isLive(slot) ? textKey(slots.at(slot)) : QString();
    }
    std::vector<char> marked(size_t(slots.slotCount()), 0);
    std::vector<int> back;
    for (int slot : touched) {
        if (slot >= slots.slotCount() || marked[size_t(slot)])
            continue;
        marked[size_t(slot)] = 1;
        if (slots.isLive(slot) && accepts(slots.at(slot)))
            back.push_back(slot);
    }
    std::erase_if(order, [&marked](int slot) { return slot < int(marked.size()) && marked[size_t(slot)]; });
    if (back.empty())
        return;
    withLess(slots, [&](auto less) {
        std::sort(back.begin(), back.end(), less);
        std::vector<int> merged;
        merged.reserve(order.size() + back.size());
        std::merge(order.begin(), order.end(), back.begin(), back.end(), std::back_inserter(merged), less);
        order.swap(merged);
    });
}

} // namespace seatwise
