#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "LogText.h"
#include "Router.h"
#include "store/SignOut.h"

namespace seatwise {

// POST /sessions/sign-out: "Sign Out Inactive Users" (R9) and forced ends of chosen or all sessions (R10).
void registerSignOutRoutes(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions/sign-out"), [&ctx](Request& request) {
        auto actor = ctx.auth.requireUser(request, Authenticator::Limited::Allowed);
        if (!actor)
            return HttpReply::error(actor.error());
        auto body = request.jsonBody();
        if (!body)
            return HttpReply::error(body.error());
        Fields fields(body.value());
        SignOutRequest signOut;
        signOut.poolId = fields.optionalString(QStringLiteral("pool"));
        const bool inactive = fields.optionalBool(QStringLiteral("inactive"), false);
        const bool all = fields.optionalBool(QStringLiteral("all"), false);
        const bool byIds = fields.has(QStringLiteral("ids"));
        signOut.ids = fields.optionalStringList(QStringLiteral("ids"));
        if (auto problem = fields.problem())
            return HttpReply::error(*problem);
        if (int(inactive) + int(all) + int(byIds) != 1)
            return HttpReply::error(makeError(
                ErrorCode::BadRequest, QStringLiteral("Send exactly one of {\"inactive\": true}, {\"ids\": [...]} "
                                                      "or {\"all\": true}.")));
        signOut.kind =
            inactive ? SignOutRequest::Kind::Inactive : (all ? SignOutRequest::Kind::All : SignOutRequest::Kind::Ids);
        auto outcome = seatwise::signOut(ctx.database, actor.value(), signOut, ctx.clock.nowMs());
        if (!outcome)
            return HttpReply::error(outcome.error());
        qInfo("%s signed out %d session(s) (%s)", logText(actor->login).constData(), outcome->ended,
              inactive ? "inactive" : (all ? "all" : "chosen"));
        ctx.events.publish(outcome->changes);
        return HttpReply::json(200, QJsonObject{{QStringLiteral("ended"), outcome->ended}});
    });
}

} // namespace seatwise
