#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "Router.h"
#include "core/LicenseRules.h"
#include "core/MassConfig.h"
#include "store/Credentials.h"
#include "store/SeatOrderBook.h"
#include "store/Transact.h"

#include <QJsonArray>
#include <QUuid>

namespace seatwise {
namespace {

constexpr int kDay = 86'400;

Result<Pool> readPool(const QJsonObject& body)
{
    Fields f(body);
    Pool p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = f.requiredString(QStringLiteral("name")).trimmed();
    p.kind = f.optionalWord(QStringLiteral("kind"), PoolKind::Standard);
    p.model = f.optionalWord(QStringLiteral("model"), PoolModel::Concurrent);
    if (!f.has(QStringLiteral("seats")))
        return makeError(ErrorCode::BadRequest, QStringLiteral("Field \"seats\" is required."),
                         {{QStringLiteral("field"), QStringLiteral("seats")}});
    p.seats = f.optionalInt(QStringLiteral("seats"), 0, 0, 1'000'000);
    p.loginPolicy = f.optionalWord(QStringLiteral("login_policy"), LoginPolicy::SingleLocation);
    p.idleAfterS = f.optionalInt(QStringLiteral("idle_after_s"), 600, 1, 365 * kDay);
    p.purgeAfterS = f.optionalInt(QStringLiteral("purge_after_s"), 0, 0, 365 * kDay);
    p.graceS = f.optionalInt(QStringLiteral("grace_s"), 0, 0, kDay);
    p.overflow = f.optionalBool(QStringLiteral("overflow"), false);
    p.anonymous = f.optionalBool(QStringLiteral("anonymous"), false);
    p.features = f.optionalStringList(QStringLiteral("features"));
    p.priceCents = f.optionalInt64(QStringLiteral("price_cents"), 0, 0);
    p.heartbeatIntervalS = f.optionalInt(QStringLiteral("heartbeat_interval_s"), 20, 1, kDay);
    p.standbyExpireS = f.optionalInt(QStringLiteral("standby_expire_s"), 3600, 1, 30 * kDay);
    p.activationDelayS = f.optionalInt(QStringLiteral("activation_delay_s"), 300, 0, 30 * kDay);
    if (p.kind == PoolKind::Base)
        p.baseType = f.optionalWord(QStringLiteral("base_type"), BaseType::PhoneSystem);
    if (p.kind == PoolKind::Addon)
        p.addonCode = f.requiredString(QStringLiteral("addon_code"));
    f.allow({QStringLiteral("base_type"), QStringLiteral("addon_code")}); // read for their kinds only
    if (auto problem = f.problem())
        return *problem;
    if (p.kind == PoolKind::Addon && !LicenseRules::isAddonCode(p.addonCode))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Unknown add-on code \"%1\"; use one of: %2.")
                             .arg(p.addonCode, addonCodes().join(QStringLiteral(", "))),
                         {{QStringLiteral("field"), QStringLiteral("addon_code")}});
    if ((p.kind == PoolKind::Base || p.kind == PoolKind::Addon) && p.model != PoolModel::Named)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Base and add-on pools hold named licenses: use \"model\": \"named\"."));
    if (p.model == PoolModel::Named && (p.kind == PoolKind::Standard || p.kind == PoolKind::Admin))
        return makeError(
            ErrorCode::BadRequest,
            QStringLiteral("Standard and admin pools are concurrent; named pools are of kind base or addon."));
    if (p.anonymous && p.model == PoolModel::Named)
        return makeError(ErrorCode::BadRequest, QStringLiteral("Only concurrent pools can be anonymous."));
    return p;
}

} // namespace

void registerPoolRoutes(Router& router, GatewayContext& ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/pools"), [&ctx](Request& request) {
        auto call = AdminCall::manager(ctx, request);
        if (!call)
            return HttpReply::error(call.error());
        const User& actor = call->actor;
        auto pool = readPool(call->body);
        if (!pool)
            return HttpReply::error(pool.error());
        const QString clientKey = pool->anonymous ? Credentials::newToken() : QString();
        const qint64 now = ctx.clock.nowMs();
        auto created = transact(ctx.database, [&](Repos& repos) -> Status {
            if (auto made = repos.pools.create(
                    pool.value(), clientKey.isEmpty() ? QString() : Credentials::hashToken(clientKey), now);
                !made)
                return made;
            if (pool->model == PoolModel::Named) // R15: N named licenses with their own ids
                if (auto licenses = repos.licenses.createMany(pool->id, pool->seats, now); !licenses)
                    return licenses;
            return repos.audit.append(now, actor.login, QStringLiteral("pool.create"), pool->id,
                                      {{QStringLiteral("name"), pool->name}, {QStringLiteral("seats"), pool->seats}});
        });
        if (!created)
            return HttpReply::error(created.error());
        Pool stored = pool.value();
        stored.createdAtMs = now;
        QJsonObject json = JsonViews::pool(stored, PoolUsage{0, 0, stored.seats});
        if (!clientKey.isEmpty())
            json.insert(QStringLiteral("client_key"), clientKey); // shown once, stored only as a hash (R19)
        Changes changes;
        changes.poolIds.insert(stored.id);
        ctx.events.publish(changes);
        return HttpReply::json(201, json);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/pools"), [&ctx](Request& request) {
        auto actor = ctx.auth.requireUser(request, Authenticator::Limited::Allowed);
        if (!actor)
            return HttpReply::error(actor.error());
        auto db = ctx.database.connection();
        if (!db)
            return HttpReply::error(db.error());
        PoolRepo pools(db.value());
        auto all = pools.list();
        auto usage = pools.usageOfAll();
        auto pending = SeatOrderBook::pendingDeltas(ctx.database);
        if (!all || !usage || !pending)
            return HttpReply::error(!all ? all.error() : (!usage ? usage.error() : pending.error()));
        QJsonArray list;
        for (const Pool& p : all.value())
            list.append(
                JsonViews::pool(p, usage.value().value(p.id, PoolUsage{0, 0, p.seats}), pending.value().value(p.id)));
        return HttpReply::json(200, list);
    });
}

} // namespace seatwise
