#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "Router.h"
#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Transact.h"

#include <QUuid>

namespace seatwise {

// POST /users: managers create agents, owners create anyone (R13 defaults unless overridden).
void registerUserRoutes(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/users"), [&ctx](Request& request) {
        auto actor = ctx.auth.requireUser(request);
        if (!actor)
            return HttpReply::error(actor.error());
        auto body = request.jsonBody();
        if (!body)
            return HttpReply::error(body.error());
        Fields fields(body.value());
        User user;
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.login = fields.requiredString(QStringLiteral("login")).trimmed();
        user.name = fields.optionalString(QStringLiteral("name"), user.login);
        user.role = fields.optionalWord(QStringLiteral("role"), Role::Agent);
        user.sessionsView = fields.optionalWord(QStringLiteral("sessions_view"), Permissions::defaultView(user.role));
        user.sessionsControl =
            fields.optionalWord(QStringLiteral("sessions_control"), Permissions::defaultControl(user.role));
        const QString password = fields.requiredString(QStringLiteral("password"));
        if (auto problem = fields.problem())
            return HttpReply::error(*problem);
        if (!Permissions::canCreateUser(actor.value(), user.role))
            return HttpReply::error(makeError(ErrorCode::Forbidden,
                                              QStringLiteral("You may not create a user with role %1.").arg(toWire(user.role))));
        const qint64 now = ctx.clock.nowMs();
        const QString passwordHash = Credentials::hashPassword(password);
        auto created = transact(ctx.database, [&](Repos& repos) -> Result<User> {
            auto made = repos.users.create(user, passwordHash, now);
            if (!made)
                return made;
            if (auto audited = repos.audit.append(now, actor->login, QStringLiteral("user.create"), user.id,
                                                  {{QStringLiteral("login"), user.login},
                                                   {QStringLiteral("role"), toWire(user.role)}});
                !audited)
                return audited.error();
            return made;
        });
        if (!created)
            return HttpReply::error(created.error());
        return HttpReply::json(201, JsonViews::user(created.value()));
    });
}

} // namespace seatwise
