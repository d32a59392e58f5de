#include "ReapPass.h"

#include "PoolRepo.h"
#include "SessionEnding.h"
#include "SessionRepo.h"
#include "Sql.h"
#include "Transact.h"
#include "core/SessionRules.h"

namespace seatwise::ReapPass {
namespace {

// Everything possibly due, found through indexes (pool, state, time): a pass costs what is due, not what
// is open. The core rules decide again per session under the write lock.
Result<QList<Session>> possiblyDue(const QSqlDatabase& db, qint64 nowMs)
{
    SessionRepo sessions(db);
    auto pools = PoolRepo(db).list();
    if (!pools)
        return pools.error();
    QList<Session> due;
    QSet<QString> seen;
    const auto collect = [&](const QString& condition, const QVariantList& values) -> Status {
        auto found = sessions.openWhere(condition, values);
        if (!found)
            return found.error();
        for (const Session& s : found.value())
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                due.append(s);
            }
        return Done{};
    };
    for (const Pool& pool : pools.value()) {
        const qint64 idleCutoff = nowMs - qint64(pool.idleAfterS) * 1000;
        if (auto idle = collect(QStringLiteral("s.pool_id = ? AND s.state = 'active' AND s.last_active_at <= ?"),
                                {pool.id, idleCutoff});
            !idle)
            return idle.error();
        if (pool.purgeAfterS <= 0)
            continue;
        const qint64 purgeCutoff = nowMs - qint64(pool.purgeAfterS) * 1000;
        if (auto unseen = collect(QStringLiteral("s.pool_id = ? AND s.state IN ('active', 'inactive', 'paused')"
                                                 " AND s.last_seen_at <= ?"),
                                  {pool.id, purgeCutoff});
            !unseen)
            return unseen.error();
    }
    if (auto expired = collect(QStringLiteral("s.state = 'standby' AND s.standby_expires_at <= ?"), {nowMs}); !expired)
        return expired.error();
    if (auto ending = collect(QStringLiteral("s.state = 'terminating' AND s.terminate_at <= ?"), {nowMs}); !ending)
        return ending.error();
    return due;
}

Status settle(Repos& repos, Session session, const Pool& pool, qint64 nowMs, Changes& changes)
{
    if (session.state == SessionState::Terminating && session.terminateAtMs <= nowMs)
        return SessionEnding::end(repos, session, EndReason::Forced, session.endedBy, nowMs, changes);
    if (session.state == SessionState::Standby && session.standbyExpiresAtMs <= nowMs)
        return SessionEnding::end(repos, session, EndReason::Expired, QStringLiteral("system"), nowMs, changes);
    if (session.state != SessionState::Standby && SessionRules::isPurgeDue(session, pool, nowMs))
        return SessionEnding::end(repos, session, EndReason::Purged, QStringLiteral("system"), nowMs, changes);
    if (SessionRules::liveState(session, pool, nowMs) == SessionState::Inactive &&
        session.state == SessionState::Active) {
        session.state = SessionState::Inactive;
        if (auto updated = repos.sessions.update(session); !updated)
            return updated;
        changes.sessionChanged(session);
    }
    return Done{};
}

} // namespace

Result<Changes> run(const Database& database, qint64 nowMs)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto due = possiblyDue(db.value(), nowMs);
    if (!due)
        return due.error();
    if (due.value().isEmpty())
        return Changes{};
    return transact(database, [&](Repos& repos) -> Result<Changes> {
        Changes changes;
        QHash<QString, std::optional<Pool>> pools;
        for (const Session& candidate : due.value()) {
            auto fresh = repos.sessions.byId(candidate.id); // another gateway may have moved it meanwhile
            if (!fresh)
                return fresh.error();
            if (!fresh.value() || !fresh.value()->isOpen())
                continue;
            if (!pools.contains(candidate.poolId)) {
                auto pool = repos.pools.byId(candidate.poolId);
                if (!pool)
                    return pool.error();
                pools.insert(candidate.poolId, pool.value());
            }
            const std::optional<Pool>& pool = pools.value(candidate.poolId);
            if (!pool)
                continue;
            if (auto settled = settle(repos, *fresh.value(), *pool, nowMs, changes); !settled)
                return settled.error();
        }
        return changes;
    });
}

Status recordUsage(const Database& database, qint64 nowMs)
{
    return transact(database, [&](Repos& repos) -> Status {
        auto usage = repos.pools.usageOfAll();
        if (!usage)
            return usage.error();
        // Inactive seat holders by pool (R7 computed live), for the idle seat-hours of R18.
        auto idle =
            Sql::run(repos.pools.database(),
                     QStringLiteral("SELECT s.pool_id, COUNT(*) FROM sessions s JOIN pools p ON p.id = s.pool_id"
                                    " WHERE s.state = 'inactive' OR (s.state = 'active' AND s.last_active_at <="
                                    " CAST(? AS BIGINT) - 1000 * p.idle_after_s) GROUP BY s.pool_id"),
                     {nowMs});
        if (!idle)
            return idle.error();
        QHash<QString, int> idleByPool;
        while (idle.value().next())
            idleByPool.insert(idle.value().value(0).toString(), idle.value().value(1).toInt());
        for (auto it = usage.value().cbegin(); it != usage.value().cend(); ++it) {
            if (auto recorded = repos.usage.record(it.key(), nowMs, it->inUse, it->effectiveSeats, 0, 0,
                                                   idleByPool.value(it.key()));
                !recorded)
                return recorded;
        }
        return Done{};
    });
}

} // namespace seatwise::ReapPass
