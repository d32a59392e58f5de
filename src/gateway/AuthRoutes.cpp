#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "LogText.h"
#include "Router.h"
#include "SignIn.h"
#include "core/IsoTime.h"
#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Repos.h"
#include "store/Transact.h"

namespace seatwise {
namespace {

// POST /auth/token {login, password} -> a user token that expires after the gateway's token lifetime.
// Both failures answer the same 401 so the answer does not tell which logins exist (SignIn).
HttpReply issueToken(GatewayContext& ctx, Request& request)
{
    auto body = request.jsonBody();
    if (!body)
        return HttpReply::error(body.error());
    Fields fields(body.value());
    const QString login = fields.requiredString(QStringLiteral("login"));
    const QString password = fields.requiredString(QStringLiteral("password"));
    if (auto problem = fields.problem())
        return HttpReply::error(*problem);
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    auto user = signIn(ctx, repos, login, password, request.peerText());
    if (!user)
        return HttpReply::error(user.error());
    const qint64 now = ctx.clock.nowMs();
    const qint64 expiresAt = ctx.tokenLifetimeMs > 0 ? now + ctx.tokenLifetimeMs : 0;
    const QString token = Credentials::newToken();
    if (auto stored = repos.users.addApiToken(Credentials::hashToken(token), user->id, now, expiresAt); !stored)
        return HttpReply::error(stored.error());
    QJsonObject answer{{QStringLiteral("token"), token},
                       {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user->id},
                                                            {QStringLiteral("login"), user->login},
                                                            {QStringLiteral("role"), toWire(user->role)}}}};
    if (expiresAt > 0)
        answer.insert(QStringLiteral("expires_at"), IsoTime::format(expiresAt));
    return HttpReply::json(200, answer);
}

// DELETE /auth/token: the calling user token stops working at once (signing out of a script).
HttpReply revokeOwnToken(GatewayContext& ctx, Request& request)
{
    auto principal = ctx.auth.identify(request);
    if (!principal)
        return HttpReply::error(principal.error());
    if (principal->session)
        return HttpReply::error(
            makeError(ErrorCode::BadRequest, QStringLiteral("This is a session token; end the session instead.")));
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    if (auto revoked = repos.users.revokeApiToken(Credentials::hashToken(request.bearerToken())); !revoked)
        return HttpReply::error(revoked.error());
    return HttpReply::noContent();
}

// DELETE /users/{id}/tokens: every token of that user stops working (a lost laptop, a leaver).
// Managers may do it for agents, owners for anyone (as for creating users); audited.
HttpReply revokeUserTokens(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    const QString id = request.capture(QStringLiteral("id"));
    const qint64 now = ctx.clock.nowMs();
    auto revoked = transact(ctx.database, [&](Repos& repos) -> Result<qint64> {
        auto user = repos.users.byId(id);
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no user with id %1.").arg(id));
        if (!Permissions::canCreateUser(call->actor, user.value()->role))
            return makeError(
                ErrorCode::Forbidden,
                QStringLiteral("You may not revoke the tokens of a user of role %1.").arg(toWire(user.value()->role)));
        auto count = repos.users.revokeAllApiTokens(id);
        if (!count)
            return count;
        if (auto audited = repos.audit.append(now, call->actor.login, QStringLiteral("user.revoke_tokens"), id,
                                              {{QStringLiteral("revoked"), count.value()}});
            !audited)
            return audited.error();
        return count;
    });
    if (!revoked)
        return HttpReply::error(revoked.error());
    return HttpReply::json(200, QJsonObject{{QStringLiteral("revoked"), revoked.value()}});
}

} // namespace

void registerAuthRoutes(Router& router, GatewayContext& ctx)
{
    router.add("POST", "/auth/token", ctx, issueToken);
    router.add("DELETE", "/auth/token", ctx, revokeOwnToken);
    router.add("DELETE", "/users/{id}/tokens", ctx, revokeUserTokens);
}

} // namespace seatwise
