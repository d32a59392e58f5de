#include "ReapPass.h"

#include "SessionEnding.h"
#include "Sql.h"
#include "Transact.h"
#include "core/SessionRules.h"

namespace seatwise::ReapPass {
namespace {

// Everything possibly due, in SQL; the core rules decide again per session under the write lock.
const QString kDue = QStringLiteral(
    "((s.state = 'active' AND s.last_active_at <= CAST(? AS BIGINT) - 1000 * (SELECT p.idle_after_s FROM pools p WHERE "
    "p.id = "
    "s.pool_id))"
    " OR (s.state IN ('active', 'inactive', 'paused') AND s.last_seen_at <= CAST(? AS BIGINT) - 1000 *"
    " (SELECT CASE WHEN p.purge_after_s > 0 THEN p.purge_after_s ELSE 1e12 END FROM pools p WHERE p.id = s.pool_id))"
    " OR (s.state = 'standby' AND s.standby_expires_at <= ?)"
    " OR (s.state = 'terminating' AND s.terminate_at <= ?))");

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
    auto due = SessionRepo(db.value()).openWhere(kDue, {nowMs, nowMs, nowMs, nowMs});
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
