#include "LivenessBook.h"

#include "store/PoolRepo.h"
#include "store/SessionRepo.h"

namespace seatwise {

LivenessBook::LivenessBook(const Database& database, const Clock& clock, SeatLedger& ledger)
    : m_database(database)
    , m_clock(clock)
    , m_ledger(ledger)
{
}

Result<LivenessBook::Entry*> LivenessBook::entryFor(const QString& tokenHash, qint64 nowMs)
{
    auto cached = m_entries.find(tokenHash);
    if (cached != m_entries.end() && nowMs - cached->loadedAtMs < MaxEntryAgeMs)
        return &*cached;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = SessionRepo(db.value()).byToken(tokenHash);
    if (!found)
        return found.error();
    if (!found.value()) {
        m_entries.remove(tokenHash);
        return makeError(ErrorCode::Unauthorized, QStringLiteral("Unknown session token: log in again."));
    }
    Session session = *found.value();
    // Beats this gateway has not written yet are newer than the store's times.
    if (const auto pending = m_pending.constFind(session.id); pending != m_pending.constEnd()) {
        session.lastSeenAtMs = qMax(session.lastSeenAtMs, pending->seenMs);
        session.lastActiveAtMs = qMax(session.lastActiveAtMs, pending->activeMs);
    }
    m_tokenOfSession.insert(session.id, tokenHash);
    return &*m_entries.insert(tokenHash, Entry{std::move(session), nowMs});
}

std::optional<Pool> LivenessBook::poolOf(const QString& poolId)
{
    if (const auto cached = m_pools.constFind(poolId); cached != m_pools.constEnd())
        return *cached;
    auto db = m_database.connection();
    if (!db)
        return std::nullopt;
    auto found = PoolRepo(db.value()).byId(poolId);
    if (!found)
        return std::nullopt; // not cached: asked again next time
    m_pools.insert(poolId, found.value());
    return found.value();
}

Result<LivenessBook::Beat> LivenessBook::beat(const QString& sessionId, const QString& tokenHash, bool active)
{
    const qint64 now = m_clock.nowMs();
    auto entry = entryFor(tokenHash, now);
    if (!entry)
        return entry.error();
    Session& session = entry.value()->session;
    if (session.id != sessionId)
        return makeError(ErrorCode::Forbidden, QStringLiteral("This token belongs to another session."));
    if (session.state == SessionState::Ended)
        return makeError(ErrorCode::SessionEnded, QStringLiteral("The session has ended; log in again."),
                         {{QStringLiteral("reason"), session.endReason ? toWire(*session.endReason) : QString()}});
    if (active && session.state == SessionState::Inactive) {
        // A state change is a seat decision: written now, and told to the listeners.
        auto decided = m_ledger.heartbeat(sessionId, tokenHash, active, now);
        if (!decided)
            return decided.error();
        m_pending.remove(sessionId);
        session = decided->session;
        return Beat{session, poolOf(session.poolId), decided->changes};
    }
    session.lastSeenAtMs = now;
    Liveness& pending = m_pending[sessionId];
    pending.seenMs = now;
    if (active) {
        session.lastActiveAtMs = now;
        pending.activeMs = now;
    }
    return Beat{session, poolOf(session.poolId), {}};
}

Status LivenessBook::flush()
{
    if (m_pending.isEmpty())
        return Done{};
    Status written = LivenessBatch::write(m_database, m_pending);
    if (written)
        m_pending.clear();
    return written;
}

void LivenessBook::forget(const Changes& changes)
{
    const auto forgetSessions = [this](const QList<Session>& sessions) {
        for (const Session& s : sessions)
            if (const QString token = m_tokenOfSession.take(s.id); !token.isEmpty())
                m_entries.remove(token);
    };
    forgetSessions(changes.opened);
    forgetSessions(changes.changed);
    forgetSessions(changes.ended);
    for (const Session& s : changes.ended)
        m_pending.remove(s.id);
    for (const QString& poolId : changes.poolIds)
        m_pools.remove(poolId);
}

} // namespace seatwise
