#include "console/sessions/SessionSlots.h"

namespace seatwise {

void SessionSlots::assign(QList<SessionInfo> sessions)
{
    m_rows = std::move(sessions);
    m_free.clear();
    m_index.clear(m_rows.size());
    for (int slot = 0; slot < int(m_rows.size()); ++slot)
        m_index.insert(m_rows.at(slot).id, slot);
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
    return slot;
}

void SessionSlots::set(int slot, SessionInfo session)
{
    m_rows[slot] = std::move(session);
}

void SessionSlots::remove(int slot)
{
    m_index.remove(m_rows.at(slot).id);
    m_rows[slot] = SessionInfo{};
    m_free.push_back(slot);
}

} // namespace seatwise
