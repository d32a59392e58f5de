#include "SeatLedger.h"

#include "Credentials.h"
#include "Repos.h"
#include "SessionEnding.h"
#include "Transact.h"
#include "core/Permissions.h"
#include "core/SessionRules.h"

#include <QUuid>

namespace seatwise {
namespace {

QString actorName(const SessionActor& actor)
{
    return actor.user ? actor.user->login : QStringLiteral("session");
}

bool isOwn(const SessionActor& actor, const Session& session)
{
    if (!actor.viaSessionId.isEmpty())
        return actor.viaSessionId == session.id;
    return actor.user && session.user && actor.user->id == session.user->id;
}

Result<std::optional<Pool>> poolForLogin(Repos& repos, const LoginRequest& request, const QString& poolId)
{
    if (request.mode == SessionMode::Admin) { // R5: admin seats come from the account's admin pool
        if (!poolId.isEmpty()) {
            auto named = repos.pools.byId(poolId);
            if (!named)
                return named.error();
            if (named.value() && named.value()->kind == PoolKind::Admin)
                return named;
        }
        return repos.pools.adminPool();
    }
    if (poolId.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("Name the pool to log in to (\"pool\": id)."));
    auto pool = repos.pools.byId(poolId);
    if (!pool)
        return pool.error();
    if (!pool.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no pool with id %1.").arg(poolId));
    if (pool.value()->model == PoolModel::Named)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Pool %1 holds named licenses; sessions are opened in concurrent pools.")
                             .arg(pool.value()->name));
    return pool;
}

// A session looked up for an operation by its own user (pause, resume, start).
Result<Session> ownOpenSession(Repos& repos, const QString& sessionId, const SessionActor& actor)
{
    auto found = repos.sessions.byId(sessionId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no session with id %1.").arg(sessionId));
    const Session& session = *found.value();
    if (!isOwn(actor, session))
        return makeError(ErrorCode::Forbidden, QStringLiteral("Only the session's own user may do this."));
    if (session.state == SessionState::Ended)
        return makeError(ErrorCode::SessionEnded, QStringLiteral("The session has ended."),
                         {{QStringLiteral("reason"), session.endReason ? toWire(*session.endReason) : QString()}});
    return session;
}

Error wrongState(const Session& session, const char* wanted)
{
    return makeError(ErrorCode::InvalidState, QStringLiteral("The session is %1; this needs a %2 session.")
                                                  .arg(toWire(session.state), QString::fromLatin1(wanted)));
}

} // namespace

Result<LoginOutcome> SeatLedger::login(const LoginRequest& request, const QString& poolId, qint64 nowMs)
{
    auto outcome = transact(m_database, [&](Repos& repos) { return loginLocked(repos, request, poolId, nowMs); });
    if (!outcome && outcome.error().code == ErrorCode::NoLicenseAvailable)
        recordDenial(outcome.error(), nowMs);
    return outcome;
}

void SeatLedger::recordDenial(const Error& denial, qint64 nowMs)
{
    // R2/R17: a refused login is a denial in the usage history; its own small write after the rollback.
    const QString poolId = denial.details.value(QStringLiteral("pool")).toString();
    if (poolId.isEmpty())
        return;
    transact(m_database, [&](Repos& repos) -> Status {
        auto pool = repos.pools.byId(poolId);
        if (!pool || !pool.value())
            return Done{};
        auto usage = repos.pools.usage(*pool.value());
        if (!usage)
            return usage.error();
        return repos.usage.record(poolId, nowMs, usage->inUse, usage->effectiveSeats, 0, 1);
    });
}

Result<LoginOutcome> SeatLedger::loginLocked(Repos& repos, const LoginRequest& request, const QString& poolId,
                                             qint64 nowMs)
{
    auto pool = poolForLogin(repos, request, poolId);
    if (!pool)
        return pool.error();
    LoginContext context;
    context.pool = pool.value();
    auto present = context.pool ? repos.sessions.openOf(context.pool->id, request.user ? request.user->id : QString(),
                                                        request.device)
                                : repos.sessions.openWhere(QStringLiteral("s.pool_id IS NULL AND s.user_id = ?"),
                                                           {request.user ? request.user->id : QString()});
    if (!present)
        return present.error();
    context.presentSessions = present.value();
    if (context.pool) {
        auto usage = repos.pools.usage(*context.pool);
        if (!usage)
            return usage.error();
        context.seatsInUse = usage->inUse;
        context.effectiveSeats = usage->effectiveSeats;
    }
    auto ppu = repos.settings.integer(SettingKeys::ppuMinutes);
    if (!ppu)
        return ppu.error();
    context.ppuMinutes = ppu.value();

    auto decision = decideLogin(request, context);
    if (!decision) {
        Error refused = decision.error();
        if (context.pool && refused.code == ErrorCode::NoLicenseAvailable)
            refused.details.insert(QStringLiteral("pool"), context.pool->id);
        return refused;
    }

    LoginOutcome outcome;
    outcome.pool = context.pool;
    outcome.token = Credentials::newToken();
    const QString endedBy = request.user ? request.user->login : QStringLiteral("device ") + request.device;
    for (const QString& id : decision->supersededIds) {
        auto old = repos.sessions.byId(id);
        if (!old)
            return old.error();
        if (old.value()) {
            if (auto ended =
                    SessionEnding::end(repos, *old.value(), EndReason::Superseded, endedBy, nowMs, outcome.changes);
                !ended)
                return ended.error();
        }
    }

    Session session;
    if (decision->kind == LoginDecision::Kind::ReturnExisting) { // R3: same device, same session
        auto existing = repos.sessions.byId(decision->existingSessionId);
        if (!existing)
            return existing.error();
        session = *existing.value();
    } else {
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.poolId = context.pool ? context.pool->id : QString();
        session.user = request.user;
        session.device = request.device;
        session.mode = decision->mode;
        session.state = decision->state;
        session.overflow = decision->overflow;
        session.openedAtMs = session.lastSeenAtMs = session.lastActiveAtMs = nowMs;
        if (session.state == SessionState::Standby && context.pool)
            session.standbyExpiresAtMs = nowMs + qint64(context.pool->standbyExpireS) * 1000;
        if (auto inserted = repos.sessions.insert(session); !inserted)
            return inserted.error();
        outcome.created = true;
    }
    if (auto stored = repos.sessions.addToken(session.id, Credentials::hashToken(outcome.token)); !stored)
        return stored.error();
    if (context.pool && outcome.created) {
        auto usage = repos.pools.usage(*context.pool);
        if (!usage)
            return usage.error();
        if (auto recorded = repos.usage.record(context.pool->id, nowMs, usage->inUse, usage->effectiveSeats, 1, 0);
            !recorded)
            return recorded.error();
    }
    if (outcome.created)
        outcome.changes.sessionOpened(session);
    outcome.session = session;
    return outcome;
}

Result<HeartbeatOutcome> SeatLedger::heartbeat(const QString& sessionId, const QString& tokenHash, bool active,
                                               qint64 nowMs)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Repos repos(db.value());
    auto found = repos.sessions.byToken(tokenHash);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::Unauthorized, QStringLiteral("Unknown session token: log in again."));
    const Session before = *found.value();
    if (before.id != sessionId)
        return makeError(ErrorCode::Forbidden, QStringLiteral("This token belongs to another session."));
    if (before.state == SessionState::Ended)
        return makeError(ErrorCode::SessionEnded, QStringLiteral("The session has ended; log in again."),
                         {{QStringLiteral("reason"), before.endReason ? toWire(*before.endReason) : QString()}});
    if (auto touched = repos.sessions.touch(sessionId, nowMs, active); !touched)
        return touched.error();
    HeartbeatOutcome outcome;
    outcome.session = before;
    outcome.session.lastSeenAtMs = nowMs;
    if (active) {
        outcome.session.lastActiveAtMs = nowMs;
        if (before.state == SessionState::Inactive) {
            outcome.session.state = SessionState::Active;
            outcome.changes.sessionChanged(outcome.session);
        }
    }
    return outcome;
}

Result<Changes> SeatLedger::endSession(const QString& sessionId, const SessionActor& actor, qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<Changes> {
        auto found = repos.sessions.byId(sessionId);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no session with id %1.").arg(sessionId));
        const Session& session = *found.value();
        Changes changes;
        if (session.state == SessionState::Ended)
            return changes; // ending twice is not an error: the seat is free either way

        const bool viaOwnToken = !actor.viaSessionId.isEmpty();
        if (viaOwnToken && actor.viaSessionId != session.id)
            return makeError(ErrorCode::Forbidden, QStringLiteral("This token belongs to another session."));
        if (!viaOwnToken && (!actor.user || !Permissions::canControl(*actor.user, session)))
            return makeError(ErrorCode::Forbidden, QStringLiteral("You may not end this session (sessions_control)."));

        Status done = Done{};
        if (isOwn(actor, session) && session.state == SessionState::Terminating) // R10: logout completes it
            done = SessionEnding::end(repos, session, EndReason::Forced, session.endedBy, nowMs, changes);
        else if (isOwn(actor, session))
            done = SessionEnding::end(repos, session, EndReason::Logout, actorName(actor), nowMs, changes);
        else {
            auto pool = repos.pools.byId(session.poolId);
            if (!pool)
                return pool.error();
            done = SessionEnding::forceEnd(repos, session, pool.value() ? &*pool.value() : nullptr, actorName(actor),
                                           nowMs, changes);
        }
        if (!done)
            return done.error();
        return changes;
    });
}

Result<HeartbeatOutcome> SeatLedger::transition(const QString& sessionId, const SessionActor& actor, qint64 nowMs,
                                                const std::function<Status(Repos&, Session&)>& change)
{
    return transact(m_database, [&](Repos& repos) -> Result<HeartbeatOutcome> {
        auto session = ownOpenSession(repos, sessionId, actor);
        if (!session)
            return session.error();
        HeartbeatOutcome outcome{session.value(), {}};
        if (auto allowed = change(repos, outcome.session); !allowed)
            return allowed.error();
        outcome.session.lastSeenAtMs = nowMs;
        if (auto updated = repos.sessions.update(outcome.session); !updated)
            return updated.error();
        outcome.changes.sessionChanged(outcome.session);
        return outcome;
    });
}

Result<HeartbeatOutcome> SeatLedger::pause(const QString& sessionId, const SessionActor& actor, qint64 nowMs)
{
    return transition(sessionId, actor, nowMs, [](Repos&, Session& session) -> Status {
        if (session.state != SessionState::Active && session.state != SessionState::Inactive)
            return wrongState(session, "running");
        session.state = SessionState::Paused; // R11: frees the seat
        return Done{};
    });
}

Result<HeartbeatOutcome> SeatLedger::resume(const QString& sessionId, const SessionActor& actor, qint64 nowMs)
{
    auto outcome = transition(sessionId, actor, nowMs, [nowMs](Repos& repos, Session& session) -> Status {
        if (session.state != SessionState::Paused)
            return wrongState(session, "paused");
        auto pool = repos.pools.byId(session.poolId);
        if (!pool)
            return pool.error();
        if (pool.value() && !session.overflow) { // R11: resuming needs a free seat (R2)
            auto usage = repos.pools.usage(*pool.value());
            if (!usage)
                return usage.error();
            if (usage->available() == 0)
                return makeError(ErrorCode::NoLicenseAvailable,
                                 QStringLiteral("All %1 licenses are in use; resume when a seat is free.")
                                     .arg(usage->effectiveSeats),
                                 {{QStringLiteral("pool"), session.poolId}});
        }
        session.state = SessionState::Active;
        session.lastActiveAtMs = nowMs;
        return Done{};
    });
    if (!outcome && outcome.error().code == ErrorCode::NoLicenseAvailable)
        recordDenial(outcome.error(), nowMs);
    return outcome;
}

Result<HeartbeatOutcome> SeatLedger::start(const QString& sessionId, const SessionActor& actor, qint64 nowMs)
{
    return transition(sessionId, actor, nowMs, [nowMs](Repos&, Session& session) -> Status {
        if (session.state != SessionState::Standby)
            return wrongState(session, "standby");
        session.state = SessionState::Active; // R12: the reserved seat becomes a running session
        session.standbyExpiresAtMs = 0;
        session.lastActiveAtMs = nowMs;
        return Done{};
    });
}

} // namespace seatwise
