#include "Fields.h"
#include "GatewayContext.h"
#include "Router.h"
#include "core/Billing.h"
#include "store/Transact.h"

namespace seatwise {
namespace {

// GET/POST /account/ppu: pay-per-use minutes for overflow sessions (R2).
HttpReply ppu(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    qint64 add = 0;
    if (request.method() == QLatin1String("POST")) {
        auto body = request.jsonBody();
        if (!body)
            return HttpReply::error(body.error());
        Fields fields(body.value());
        add = fields.optionalInt64(QStringLiteral("add_minutes"), -1, 1);
        if (auto problem = fields.problem(); problem || add < 1)
            return HttpReply::error(problem.value_or(
                makeError(ErrorCode::BadRequest, QStringLiteral("Field \"add_minutes\" is required."))));
    }
    const qint64 now = ctx.clock.nowMs();
    auto minutes = transact(ctx.database, [&](Repos& repos) -> Result<qint64> {
        auto current = repos.settings.integer(SettingKeys::ppuMinutes);
        if (!current || add == 0)
            return current;
        if (auto set = repos.settings.setInteger(SettingKeys::ppuMinutes, current.value() + add); !set)
            return set.error();
        if (auto audited = repos.audit.append(now, actor->login, QStringLiteral("account.ppu_add"),
                                              QStringLiteral("account"), {{QStringLiteral("add_minutes"), add}});
            !audited)
            return audited.error();
        return current.value() + add;
    });
    if (!minutes)
        return HttpReply::error(minutes.error());
    return HttpReply::json(200, QJsonObject{{QStringLiteral("minutes"), minutes.value()}});
}

HttpReply account(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    QString zoneName;
    bool settingZone = false;
    if (request.method() == QLatin1String("PATCH")) {
        auto body = request.jsonBody();
        if (!body)
            return HttpReply::error(body.error());
        Fields fields(body.value());
        // A PATCH without the field changes nothing; an empty name sets the zone back to UTC.
        settingZone = fields.has(QStringLiteral("billing_timezone"));
        zoneName = fields.optionalString(QStringLiteral("billing_timezone"));
        if (auto problem = fields.problem())
            return HttpReply::error(*problem);
        if (auto zone = Billing::billingZone(zoneName); !zone)
            return HttpReply::error(zone.error());
    }
    const qint64 now = ctx.clock.nowMs();
    auto settings = transact(ctx.database, [&](Repos& repos) -> Result<QJsonObject> {
        if (settingZone) {
            if (auto set = repos.settings.setText(SettingKeys::billingTimezone, zoneName); !set)
                return set.error();
            if (auto audited =
                    repos.audit.append(now, actor->login, QStringLiteral("account.update"), QStringLiteral("account"),
                                       {{QStringLiteral("billing_timezone"), zoneName}});
                !audited)
                return audited.error();
        }
        auto zone = repos.settings.text(SettingKeys::billingTimezone);
        auto minutes = repos.settings.integer(SettingKeys::ppuMinutes);
        if (!zone || !minutes)
            return !zone ? zone.error() : minutes.error();
        return QJsonObject{
            {QStringLiteral("billing_timezone"), zone.value().isEmpty() ? QStringLiteral("UTC") : zone.value()},
            {QStringLiteral("ppu_minutes"), minutes.value()}};
    });
    if (!settings)
        return HttpReply::error(settings.error());
    return HttpReply::json(200, settings.value());
}

} // namespace

void registerAccountRoutes(Router& router, GatewayContext& ctx)
{
    router.add("GET", "/account", ctx, account);
    router.add("PATCH", "/account", ctx, account);
    router.add("GET", "/account/ppu", ctx, ppu);
    router.add("POST", "/account/ppu", ctx, ppu);
}

} // namespace seatwise
