#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "LogText.h"
#include "Router.h"
#include "core/IsoTime.h"
#include "core/Permissions.h"
#include "core/SessionRules.h"
#include "store/Credentials.h"
#include "store/Repos.h"

#include <QJsonArray>

#include <array>

namespace seatwise {
namespace {

// A session token acts for its own session; an admin session's token acts for its user elsewhere. A
// limited admin session's token acts for its user only where it signs a session out (R5: pass
// Limited::Allowed there).
Result<SessionActor> sessionActor(GatewayContext& ctx, const Request& request,
                                  Authenticator::Limited limited = Authenticator::Limited::Refused)
{
    auto principal = ctx.auth.identify(request);
    if (!principal)
        return principal.error();
    SessionActor actor;
    actor.user = principal.value().user;
    if (const auto& session = principal.value().session) {
        if (session->id == request.capture(QStringLiteral("id")) || session->mode == SessionMode::Standard)
            actor.viaSessionId = session->id;
        else if (session->mode == SessionMode::LimitedAdmin && limited == Authenticator::Limited::Refused)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("Limited admin mode may only list sessions and sign users out."));
    }
    return actor;
}

HttpReply listSessions(GatewayContext& ctx, Request& request)
{
    auto viewer = ctx.auth.requireUser(request, Authenticator::Limited::Allowed);
    if (!viewer)
        return HttpReply::error(viewer.error());
    const QString stateFilter = request.query(QStringLiteral("state"));
    if (!stateFilter.isEmpty() && !parseWire<SessionState>(stateFilter))
        return HttpReply::error(
            makeError(ErrorCode::BadRequest, QStringLiteral("Unknown state \"%1\" in ?state=.").arg(stateFilter)));
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    auto pools = repos.pools.list();
    auto open = repos.sessions.open(request.query(QStringLiteral("pool")));
    if (!pools || !open)
        return HttpReply::error(!pools ? pools.error() : open.error());
    QHash<QString, Pool> byId;
    for (const Pool& p : pools.value())
        byId.insert(p.id, p);
    const qint64 now = ctx.clock.nowMs();
    QJsonArray list;
    for (const Session& s : open.value()) {
        if (!Permissions::canView(viewer.value(), s)) // R13, R11
            continue;
        const auto pool = byId.constFind(s.poolId);
        QJsonObject json = JsonViews::session(s, pool == byId.constEnd() ? nullptr : &*pool, now);
        if (!stateFilter.isEmpty() && json.value(QStringLiteral("state")).toString() != stateFilter)
            continue;
        list.append(json);
    }
    return HttpReply::json(200, list);
}

// {"state":"..."}, what nearly every heartbeat answers: made once per state, not serialised per call.
HttpReply stateAnswer(SessionState state)
{
    constexpr SessionState states[] = {SessionState::Active, SessionState::Inactive,    SessionState::Standby,
                                       SessionState::Paused, SessionState::Terminating, SessionState::Ended};
    static const std::array<HttpReply, std::size(states)> answers = [&] {
        std::array<HttpReply, std::size(states)> made;
        for (const SessionState each : states)
            made[size_t(each)] = HttpReply::json(200, QJsonObject{{QStringLiteral("state"), toWire(each)}});
        return made;
    }();
    return answers[size_t(state)];
}

HttpReply heartbeat(GatewayContext& ctx, Request& request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty())
        return HttpReply::error(
            makeError(ErrorCode::Unauthorized, QStringLiteral("Send the session token as a Bearer token.")));
    auto body = request.jsonBody();
    if (!body)
        return HttpReply::error(body.error());
    Fields fields(body.value());
    const bool active = fields.optionalBool(QStringLiteral("active"), true);
    if (auto problem = fields.problem())
        return HttpReply::error(*problem);
    auto beat = ctx.liveness.beat(request.capture(QStringLiteral("id")), Credentials::hashToken(token), active);
    if (!beat)
        return HttpReply::error(beat.error());
    ctx.events.publish(beat->changes);
    const Session& s = beat->session;
    const std::optional<Pool>& pool = beat->pool;
    const qint64 now = ctx.clock.nowMs();
    const SessionState state = pool ? SessionRules::liveState(s, *pool, now) : s.state;
    if (s.state != SessionState::Terminating)
        return stateAnswer(state);
    // R10: the client shows the message and closes at terminate_at.
    return HttpReply::json(200, QJsonObject{{QStringLiteral("state"), toWire(state)},
                                            {QStringLiteral("terminate_at"), IsoTime::format(s.terminateAtMs)},
                                            {QStringLiteral("message"), s.message}});
}

HttpReply endSession(GatewayContext& ctx, Request& request)
{
    auto actor = sessionActor(ctx, request, Authenticator::Limited::Allowed);
    if (!actor)
        return HttpReply::error(actor.error());
    auto changes = ctx.ledger.endSession(request.capture(QStringLiteral("id")), actor.value(), ctx.clock.nowMs());
    if (!changes)
        return HttpReply::error(changes.error());
    for (const Session& s : changes->ended)
        if (s.endReason != EndReason::Logout)
            qInfo("session %s of %s ended (%s) by %s", qUtf8Printable(s.id),
                  logText(s.user ? s.user->login : s.device).constData(), qUtf8Printable(toWire(*s.endReason)),
                  logText(s.endedBy).constData());
    ctx.events.publish(changes.value());
    return HttpReply::noContent();
}

using Transition = Result<HeartbeatOutcome> (SeatLedger::*)(const QString&, const SessionActor&, qint64);

Router::Handler transitionRoute(GatewayContext& ctx, Transition transition)
{
    return [&ctx, transition](Request& request) {
        auto actor = sessionActor(ctx, request);
        if (!actor)
            return HttpReply::error(actor.error());
        const qint64 now = ctx.clock.nowMs();
        auto outcome = (ctx.ledger.*transition)(request.capture(QStringLiteral("id")), actor.value(), now);
        if (!outcome)
            return HttpReply::error(outcome.error());
        ctx.events.publish(outcome->changes);
        return HttpReply::json(200, JsonViews::session(outcome->session, nullptr, now));
    };
}

} // namespace

void registerSessionRoutes(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/sessions"), [&ctx](Request& r) { return listSessions(ctx, r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions/{id}/heartbeat"),
               [&ctx](Request& r) { return heartbeat(ctx, r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/sessions/{id}"),
               [&ctx](Request& r) { return endSession(ctx, r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions/{id}/pause"),
               transitionRoute(ctx, &SeatLedger::pause));
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions/{id}/resume"),
               transitionRoute(ctx, &SeatLedger::resume));
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions/{id}/start"),
               transitionRoute(ctx, &SeatLedger::start));
}

} // namespace seatwise
