#pragma once

#include "client/SessionInfo.h"
#include "console/sessions/SessionIdIndex.h"

#include <QList>

#include <array>
#include <vector>

namespace seatwise {

// The open sessions a session table holds, each in a slot that keeps its number while the session
// lives, so the table's order (a vector of slot numbers) stays valid when other sessions come and
// go. A freed slot is reused by the next session added. Lookups by id are one hash probe.
class SessionSlots final {
public:
    SessionSlots() = default;
    Q_DISABLE_COPY_MOVE(SessionSlots) // the index refers to the rows

    // Replaces everything: slot i holds sessions[i].
    void assign(QList<SessionInfo> sessions);
    void clear();

    int slotCount() const { return int(m_rows.size()); }
    int liveCount() const { return slotCount() - int(m_free.size()); }
    bool isLive(int slot) const { return !m_rows.at(slot).id.isEmpty(); }
    const SessionInfo& at(int slot) const { return m_rows.at(slot); }
    int slotOf(const QString& id) const { return m_index.find(id); }
    // Kept as sessions come, change and go: the main window asks after every change, and counting
    // a million rows each time would cost more than applying the change.
    int countInState(SessionState state) const { return m_stateCounts[size_t(state)]; }

    int add(SessionInfo session);
    void set(int slot, SessionInfo session);
    void remove(int slot);

private:
    void count(const SessionInfo& session, int delta) { m_stateCounts[size_t(session.state)] += delta; }

    QList<SessionInfo> m_rows; // a free slot has an empty id
    std::array<int, size_t(SessionState::Ended) + 1> m_stateCounts{};
    std::vector<int> m_free;
    SessionIdIndex m_index{m_rows};
};

} // namespace seatwise
