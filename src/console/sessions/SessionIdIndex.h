#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace seatwise {

struct SessionInfo;

// Slots by session id, for SessionSlots: one flat open-addressing table (linear probing, deletion
// by backward shift) holding each id's hash and slot, never a copy of the id. A million ids index
// in about a tenth of what QHash<QString, int> takes here, where each insert copies a string
// reference from cold memory; growing rehashes from the stored hashes without touching the ids.
class SessionIdIndex final {
public:
    explicit SessionIdIndex(const QList<SessionInfo>& rows)
        : m_rows(rows)
    {
    }

    void clear(qsizetype expected = 0);
    int find(const QString& id) const;        // -1 when absent
    void insert(const QString& id, int slot); // the id must be absent
    void remove(const QString& id);

private:
    struct Entry {
        quint32 hash = 0;
        int slot = -1; // -1: empty
    };
    static quint32 hashOf(const QString& id);
    qsizetype position(const QString& id, quint32 hash) const; // -1 when absent
    void place(Entry entry);
    void grow();

    const QList<SessionInfo>& m_rows;
    std::vector<Entry> m_entries;
    size_t m_mask = 0;
    qsizetype m_count = 0;
};

} // namespace seatwise
