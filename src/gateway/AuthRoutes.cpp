#include "Fields.h"
#include "GatewayContext.h"
#include "LogText.h"
#include "Router.h"
#include "store/Credentials.h"
#include "store/Repos.h"

#include <QLoggingCategory>

namespace seatwise {

// POST /auth/token {login, password} -> a user token. Both failures answer the same 401 so the answer
// does not tell which logins exist.
void registerAuthRoutes(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/auth/token"), [&ctx](Request& request) {
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
        auto user = repos.users.byLogin(login);
        if (!user)
            return HttpReply::error(user.error());
        auto hash = user.value() ? repos.users.passwordHash(user.value()->id) : Result<QString>(QString());
        if (!hash)
            return HttpReply::error(hash.error());
        if (!user.value() || !Credentials::verifyPassword(password, hash.value())) {
            qInfo("sign-in refused for login \"%s\" from %s", logText(login).constData(),
                  qUtf8Printable(request.peer().toString()));
            return HttpReply::error(makeError(ErrorCode::Unauthorized, QStringLiteral("Wrong login or password.")));
        }
        const QString token = Credentials::newToken();
        if (auto stored = repos.users.addApiToken(Credentials::hashToken(token), user.value()->id, ctx.clock.nowMs());
            !stored)
            return HttpReply::error(stored.error());
        const User& u = *user.value();
        return HttpReply::json(
            200, QJsonObject{{QStringLiteral("token"), token},
                             {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), u.id},
                                                                  {QStringLiteral("login"), u.login},
                                                                  {QStringLiteral("role"), toWire(u.role)}}}});
    });
}

} // namespace seatwise
