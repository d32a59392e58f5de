#include "SignOut.h"

#include "SessionEnding.h"
#include "Transact.h"
#include "core/Permissions.h"
#include "core/SessionRules.h"

#include <QJsonArray>

namespace seatwise {
namespace {

QString kindName(SignOutRequest::Kind kind)
{
    switch (kind) {
    case SignOutRequest::Kind::Inactive:
        return QStringLiteral("inactive");
    case SignOutRequest::Kind::Ids:
        return QStringLiteral("ids");
    case SignOutRequest::Kind::All:
        return QStringLiteral("all");
    }
    return {};
}

bool isOwnAdminSession(const User& actor, const Session& s)
{
    return s.user && s.user->id == actor.id && s.mode != SessionMode::Standard;
}

// The sessions the request names, checked against the actor's permissions.
Result<QList<Session>> targets(Repos& repos, const User& actor, const SignOutRequest& request,
                               const QHash<QString, Pool>& pools, qint64 nowMs)
{
    QList<Session> chosen;
    if (request.kind == SignOutRequest::Kind::Ids) {
        for (const QString& id : request.ids) {
            auto found = repos.sessions.byId(id);
            if (!found)
                return found.error();
            if (!found.value())
                return makeError(ErrorCode::NotFound, QStringLiteral("There is no session with id %1.").arg(id));
            if (!Permissions::canControl(actor, *found.value()))
                return makeError(ErrorCode::Forbidden, QStringLiteral("You may not end session %1.").arg(id));
            if (found.value()->isOpen() && found.value()->state != SessionState::Terminating)
                chosen.append(*found.value());
        }
        return chosen;
    }
    auto open = repos.sessions.open(request.poolId);
    if (!open)
        return open.error();
    for (const Session& s : open.value()) {
        if (!Permissions::canControl(actor, s) || s.state == SessionState::Terminating)
            continue;
        if (request.kind == SignOutRequest::Kind::Inactive) {
            const auto pool = pools.constFind(s.poolId);
            if (pool != pools.constEnd() && SessionRules::liveState(s, *pool, nowMs) == SessionState::Inactive)
                chosen.append(s);
        } else if (!isOwnAdminSession(actor, s)) {
            chosen.append(s);
        }
    }
    return chosen;
}

} // namespace

Result<SignOutOutcome> signOut(const Database& database, const User& actor, const SignOutRequest& request, qint64 nowMs)
{
    if (actor.sessionsControl == ControlScope::None)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("You may not sign sessions out (sessions_control is none)."));
    return transact(database, [&](Repos& repos) -> Result<SignOutOutcome> {
        auto poolList = repos.pools.list();
        if (!poolList)
            return poolList.error();
        QHash<QString, Pool> pools;
        for (const Pool& p : poolList.value())
            pools.insert(p.id, p);
        if (!request.poolId.isEmpty() && !pools.contains(request.poolId))
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no pool with id %1.").arg(request.poolId));

        auto chosen = targets(repos, actor, request, pools, nowMs);
        if (!chosen)
            return chosen.error();
        SignOutOutcome outcome;
        for (const Session& s : chosen.value()) {
            const auto pool = pools.constFind(s.poolId);
            Status done =
                request.kind == SignOutRequest::Kind::Inactive
                    ? SessionEnding::end(repos, s, EndReason::SignedOutInactive, actor.login, nowMs, outcome.changes)
                    : SessionEnding::forceEnd(repos, s, pool == pools.constEnd() ? nullptr : &*pool, actor.login, nowMs,
                                              outcome.changes);
            if (!done)
                return done.error();
            ++outcome.ended;
        }
        if (auto audited = repos.audit.append(
                nowMs, actor.login, QStringLiteral("sessions.sign_out"),
                request.poolId.isEmpty() ? QStringLiteral("*") : request.poolId,
                {{QStringLiteral("selector"), kindName(request.kind)}, {QStringLiteral("ended"), outcome.ended}});
            !audited)
            return audited.error();
        return outcome;
    });
}

} // namespace seatwise
