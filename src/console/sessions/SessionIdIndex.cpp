#include "console/sessions/SessionIdIndex.h"

#include "client/SessionInfo.h"

#include <QHashFunctions>

#include <bit>

namespace seatwise {

quint32 SessionIdIndex::hashOf(const QString& id)
{
    const size_t h = qHash(QStringView(id), 0);
    return quint32(h ^ (quint64(h) >> 32));
}

void SessionIdIndex::clear(qsizetype expected)
{
    // At most half full: short probe runs.
    const size_t capacity = std::bit_ceil(size_t(std::max<qsizetype>(expected, 8)) * 2);
    m_entries.assign(capacity, Entry{});
    m_mask = capacity - 1;
    m_count = 0;
}

qsizetype SessionIdIndex::position(const QString& id, quint32 hash) const
{
    if (m_entries.empty())
        return -1;
    for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Entry& entry = m_entries[i];
        if (entry.slot < 0)
            return -1;
        if (entry.hash == hash && m_rows.at(entry.slot).id == id)
            return qsizetype(i);
    }
}

int SessionIdIndex::find(const QString& id) const
{
    const qsizetype at = position(id, hashOf(id));
    return at < 0 ? -1 : m_entries[size_t(at)].slot;
}

void SessionIdIndex::place(Entry entry)
{
    size_t i = entry.hash & m_mask;
    while (m_entries[i].slot >= 0)
        i = (i + 1) & m_mask;
    m_entries[i] = entry;
}

void SessionIdIndex::grow()
{
    std::vector<Entry> old;
    old.swap(m_entries);
    m_entries.assign(old.size() * 2, Entry{});
    m_mask = m_entries.size() - 1;
    for (const Entry& entry : old)
        if (entry.slot >= 0)
            place(entry);
}

void SessionIdIndex::insert(const QString& id, int slot)
{
    if (m_entries.empty())
        clear();
    if (size_t(m_count + 1) * 2 > m_entries.size())
        grow();
    place(Entry{hashOf(id), slot});
    ++m_count;
}

void SessionIdIndex::remove(const QString& id)
{
    qsizetype at = position(id, hashOf(id));
    if (at < 0)
        return;
    size_t hole = size_t(at);
    m_entries[hole] = Entry{};
    --m_count;
    // Pull later entries of the run back over the hole when their home is at or before it, so no
    // probe run is ever broken by an empty entry.
    for (size_t i = (hole + 1) & m_mask; m_entries[i].slot >= 0; i = (i + 1) & m_mask) {
        const size_t home = m_entries[i].hash & m_mask;
        if (((i - home) & m_mask) >= ((i - hole) & m_mask)) {
            m_entries[hole] = m_entries[i];
            m_entries[i] = Entry{};
            hole = i;
        }
    }
}

} // namespace seatwise
