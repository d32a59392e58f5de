#include "Fields.h"
#include "GatewayContext.h"
#include "LogText.h"
#include "Router.h"
#include "SignIn.h"
#include "core/SessionRules.h"
#include "store/Credentials.h"
#include "store/Repos.h"

#include <QJsonArray>

namespace seatwise {
namespace {

// Who logs in: a login and password, a user token, or an anonymous pool's client key (R19).
Result<std::optional<User>> loginIdentity(GatewayContext& ctx, const Request& request, Fields& fields,
                                          const QString& poolId)
{
    auto db = ctx.database.connection();
    if (!db)
        return db.error();
    Repos repos(db.value());
    if (fields.has(QStringLiteral("client_key"))) {
        const QString key = fields.requiredString(QStringLiteral("client_key"));
        auto pool = repos.pools.byId(poolId);
        if (!pool)
            return pool.error();
        if (!pool.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no pool with id %1.").arg(poolId));
        auto matches = repos.pools.clientKeyMatches(poolId, Credentials::hashToken(key));
        if (!matches)
            return matches.error();
        if (!pool.value()->anonymous || !matches.value())
            return makeError(ErrorCode::Unauthorized, QStringLiteral("Wrong client key for this pool."));
        return std::optional<User>();
    }
    if (fields.has(QStringLiteral("login"))) {
        const QString login = fields.requiredString(QStringLiteral("login"));
        const QString password = fields.requiredString(QStringLiteral("password"));
        if (auto problem = fields.problem())
            return *problem;
        auto user = signIn(ctx, repos, login, password, request.peerText());
        if (!user)
            return user.error();
        return std::optional<User>(std::move(user).value());
    }
    // A bearer token logs in as its user, as in every call that needs a user token: an admin session's
    // token acts for its user (R5); a standard or limited admin session's token is known but not enough (403).
    auto user = ctx.auth.requireUser(request);
    if (!user)
        return user.error();
    return std::optional<User>(std::move(user).value());
}

} // namespace

// POST /sessions: a login takes a seat (R2-R5, R12, R19).
void registerLoginRoute(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/sessions"), [&ctx](Request& request) {
        auto body = request.jsonBody();
        if (!body)
            return HttpReply::error(body.error());
        Fields fields(body.value());
        const QString poolId = fields.optionalString(QStringLiteral("pool"));
        LoginRequest login;
        login.device = fields.requiredString(QStringLiteral("device"));
        login.mode = fields.optionalWord(QStringLiteral("mode"), SessionMode::Standard);
        login.force = fields.optionalBool(QStringLiteral("force"), false);
        login.standby = fields.optionalBool(QStringLiteral("standby"), false);
        if (login.mode == SessionMode::LimitedAdmin)
            return HttpReply::error(
                makeError(ErrorCode::BadRequest, QStringLiteral("Field \"mode\" is standard or admin; limited admin "
                                                                "mode is given, not asked for.")));
        fields.allow({QStringLiteral("login"), QStringLiteral("password"), QStringLiteral("client_key")});
        if (auto problem = fields.problem())
            return HttpReply::error(*problem);
        auto user = loginIdentity(ctx, request, fields, poolId);
        if (!user)
            return HttpReply::error(user.error());
        login.user = user.value();

        auto outcome = ctx.ledger.login(login, poolId, ctx.clock.nowMs());
        if (!outcome) {
            qInfo("login refused (%s) for %s on device \"%s\" in pool %s",
                  qUtf8Printable(errorCodeName(outcome.error().code)),
                  logText(login.user ? login.user->login : QStringLiteral("anonymous")).constData(),
                  logText(login.device).constData(), logText(poolId).constData());
            return HttpReply::error(outcome.error());
        }
        ctx.events.publish(outcome->changes);
        const Session& s = outcome->session;
        const Pool* pool = outcome->pool ? &*outcome->pool : nullptr;
        QJsonObject answer{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("token"), outcome->token},
            {QStringLiteral("pool"), s.poolId.isEmpty() ? QJsonValue() : QJsonValue(s.poolId)},
            {QStringLiteral("state"), toWire(s.state)},
            {QStringLiteral("mode"), toWire(s.mode)},
            {QStringLiteral("overflow"), s.overflow},
            {QStringLiteral("features"),
             QJsonArray::fromStringList(pool ? SessionRules::featuresFor(*pool, s.mode) : QStringList())},
            {QStringLiteral("heartbeat_interval_s"), pool ? pool->heartbeatIntervalS : 20}};
        return HttpReply::json(outcome->created ? 201 : 200, answer);
    });
}

} // namespace seatwise
