#pragma once

#include "core/Clock.h"
#include "core/Pool.h"
#include "core/Session.h"
#include "store/Changes.h"
#include "store/Database.h"
#include "store/LivenessBatch.h"
#include "store/SeatLedger.h"

#include <QHash>

namespace seatwise {

// Heartbeats, the hottest path, answered from memory. The book keeps each heartbeating session (found
// by its token's hash) and its pool as the store last showed them, and the newest liveness not yet
// written; flush() writes that in one transaction (the reaper calls it before each pass, so its
// decisions see every beat). A crash loses at most one flush interval of liveness and never a seat
// decision: a beat that changes a session's state (inactive -> active) goes through SeatLedger at once.
// Entries are dropped when the session or its pool changes (here, or in another gateway through the
// relay) and reread from the store after MaxEntryAgeMs whatever happens.
class LivenessBook final {
public:
    static constexpr qint64 MaxEntryAgeMs = 60'000;

    LivenessBook(const Database& database, const Clock& clock, SeatLedger& ledger);

    struct Beat {
        Session session; // as it stands after the beat
        std::optional<Pool> pool;
        Changes changes; // to publish: non-empty only when the beat changed the session's state
    };
    Result<Beat> beat(const QString& sessionId, const QString& tokenHash, bool active);
    // Writes the pending liveness; kept for the next try when the store fails.
    Status flush();
    // Forgets what these changes touched, so the next beat rereads it.
    void forget(const Changes& changes);

    int cachedSessions() const { return int(m_entries.size()); }
    int pendingWrites() const { return int(m_pending.size()); }

private:
    struct Entry {
        Session session;
        qint64 loadedAtMs = 0;
    };
    Result<Entry*> entryFor(const QString& tokenHash, qint64 nowMs);
    std::optional<Pool> poolOf(const QString& poolId);

    const Database& m_database;
    const Clock& m_clock;
    SeatLedger& m_ledger;
    QHash<QString, Entry> m_entries;          // by token hash
    QHash<QString, QString> m_tokenOfSession; // session id -> token hash, to forget by session
    QHash<QString, std::optional<Pool>> m_pools;
    QHash<QString, Liveness> m_pending; // by session id
};

} // namespace seatwise
