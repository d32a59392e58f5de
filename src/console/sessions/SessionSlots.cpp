#include "console/sessions/SessionSlots.h"

namespace seatwise {

void SessionSlots::assign(QList<SessionInfo> sessions)
{
    m_rows = std::move(sessions);
    m_free.clear();
    m_index.clear(m_rows.size());
    m_stateCounts.fill(0);
    for (int slot = 0; slot < int(m_rows.size()); ++slot) {
        m_index.insert(m_rows.at(slot).id, slot);
        count(m_rows.at(slot), 1);
    }
}

void SessionSlots::clear()
{
    assign({});
}

int SessionSlots::add(SessionInfo session)
{
    int slot = 0;
    if (m_free.empty()) {
        slot = int(m_rows.size());
        m_rows.append(std::move(session));
    } else {
        slot = m_free.back();
        m_free.pop_back();
        m_rows[slot] = std::move(session);
    }
    m_index.insert(m_rows.at(slot).id, slot);
    count(m_rows.at(slot), 1);
    return slot;
}

void SessionSlots::set(int slot, SessionInfo session)
{
    count(m_rows.at(slot), -1);
    m_rows[slot] = std::move(session);
    count(m_rows.at(slot), 1);
}

void SessionSlots::remove(int slot)
{
    m_index.remove(m_rows.at(slot).id);
    count(m_rows.at(slot), -1);
    m_rows[slot] = SessionInfo{};
    m_free.push_back(slot);
}

} // namespace seatwise
