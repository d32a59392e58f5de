#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "Router.h"
#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Transact.h"

#include <QJsonArray>
#include <QUuid>

namespace seatwise {
namespace {

Result<User> loadUser(Repos& repos, const QString& id)
{
    auto user = repos.users.byId(id);
    if (!user)
        return user.error();
    if (!user.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no user with id %1.").arg(id));
    return *user.value();
}

HttpReply createUser(GatewayContext& ctx, const User& actor, const User& user, const QString& password,
                     const QString& action)
{
    if (!Permissions::canCreateUser(actor, user.role))
        return HttpReply::error(makeError(
            ErrorCode::Forbidden, QStringLiteral("You may not create a user with role %1.").arg(toWire(user.role))));
    const qint64 now = ctx.clock.nowMs();
    const QString passwordHash = Credentials::hashPassword(password);
    auto created = transact(ctx.database, [&](Repos& repos) -> Result<User> {
        auto made = repos.users.create(user, passwordHash, now);
        if (!made)
            return made;
        if (auto audited = repos.audit.append(
                now, actor.login, action, user.id,
                {{QStringLiteral("login"), user.login}, {QStringLiteral("role"), toWire(user.role)}});
            !audited)
            return audited.error();
        return made;
    });
    if (!created)
        return HttpReply::error(created.error());
    return HttpReply::json(201, JsonViews::user(created.value()));
}

// POST /users: managers create agents, owners create anyone (R13 defaults unless overridden).
HttpReply create(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::user(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    Fields fields(call->body);
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
    return createUser(ctx, call->actor, user, password, QStringLiteral("user.create"));
}

// POST /users/{id}/clone {login, name, password}: a new login with the same role and permissions.
HttpReply clone(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    Fields fields(call->body);
    const QString login = fields.requiredString(QStringLiteral("login")).trimmed();
    const QString name = fields.optionalString(QStringLiteral("name"), login);
    const QString password = fields.requiredString(QStringLiteral("password"));
    if (auto problem = fields.problem())
        return HttpReply::error(*problem);
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    auto source = loadUser(repos, request.capture(QStringLiteral("id")));
    if (!source)
        return HttpReply::error(source.error());
    User user = source.value();
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.login = login;
    user.name = name;
    return createUser(ctx, call->actor, user, password, QStringLiteral("user.clone"));
}

HttpReply list(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    auto users = UserRepo(db.value()).all();
    if (!users)
        return HttpReply::error(users.error());
    QJsonArray array;
    for (const User& u : users.value())
        array.append(JsonViews::user(u));
    return HttpReply::json(200, array);
}

// PATCH /users/{id} {name?, role?, sessions_view?, sessions_control?}
HttpReply patch(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    const User& actor = call->actor;
    const QJsonObject& body = call->body;
    const qint64 now = ctx.clock.nowMs();
    auto updated = transact(ctx.database, [&](Repos& repos) -> Result<User> {
        auto user = loadUser(repos, request.capture(QStringLiteral("id")));
        if (!user)
            return user;
        Fields fields(body);
        User changed = user.value();
        changed.name = fields.optionalString(QStringLiteral("name"), changed.name);
        changed.role = fields.optionalWord(QStringLiteral("role"), changed.role);
        changed.sessionsView = fields.optionalWord(QStringLiteral("sessions_view"), changed.sessionsView);
        changed.sessionsControl = fields.optionalWord(QStringLiteral("sessions_control"), changed.sessionsControl);
        if (auto problem = fields.problem())
            return *problem;
        if (!Permissions::canCreateUser(actor, user->role) || !Permissions::canCreateUser(actor, changed.role))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("You may not change a user of role %1 or give role %2.")
                                 .arg(toWire(user->role), toWire(changed.role)));
        if (auto saved = repos.users.update(changed); !saved)
            return saved.error();
        if (auto audited = repos.audit.append(now, actor.login, QStringLiteral("user.update"), changed.id, body);
            !audited)
            return audited.error();
        return changed;
    });
    if (!updated)
        return HttpReply::error(updated.error());
    return HttpReply::json(200, JsonViews::user(updated.value()));
}

} // namespace

void registerUserRoutes(Router& router, GatewayContext& ctx)
{
    router.add("POST", "/users", ctx, create);
    router.add("GET", "/users", ctx, list);
    router.add("PATCH", "/users/{id}", ctx, patch);
    router.add("POST", "/users/{id}/clone", ctx, clone);
}

} // namespace seatwise
