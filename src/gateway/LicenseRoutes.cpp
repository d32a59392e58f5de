#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "Router.h"
#include "store/LicenseLedger.h"
#include "store/MassConfigRun.h"
#include "store/Repos.h"

#include <QJsonArray>

namespace seatwise {
namespace {

HttpReply licenseReply(const Result<License>& license)
{
    if (!license)
        return HttpReply::error(license.error());
    return HttpReply::json(200, JsonViews::license(license.value()));
}

HttpReply listLicenses(GatewayContext& ctx, Request& request)
{
    auto viewer = ctx.auth.requireManager(request);
    if (!viewer)
        return HttpReply::error(viewer.error());
    LicenseFilter filter;
    filter.poolId = request.query(QStringLiteral("pool"));
    filter.extension = request.query(QStringLiteral("extension"));
    filter.type = request.query(QStringLiteral("type"));
    const QString status = request.query(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = parseWire<LicenseStatus>(status);
        if (!filter.status)
            return HttpReply::error(
                makeError(ErrorCode::BadRequest, QStringLiteral("status is available, assigned or terminated.")));
    }
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    const QString login = request.query(QStringLiteral("user"));
    if (!login.isEmpty()) {
        auto user = repos.users.byLogin(login);
        if (!user)
            return HttpReply::error(user.error());
        if (!user.value())
            return HttpReply::json(200, QJsonArray());
        filter.userId = user.value()->id;
    }
    auto licenses = repos.licenses.search(filter);
    if (!licenses)
        return HttpReply::error(licenses.error());
    QJsonArray list;
    for (const License& l : licenses.value())
        list.append(JsonViews::license(l));
    return HttpReply::json(200, list);
}

HttpReply assign(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    Fields fields(call->body);
    Assignment assignment;
    assignment.userLogin = fields.requiredString(QStringLiteral("user"));
    assignment.extension = fields.optionalString(QStringLiteral("extension"));
    assignment.number = fields.optionalString(QStringLiteral("number"));
    if (auto problem = fields.problem())
        return HttpReply::error(*problem);
    return licenseReply(LicenseLedger(ctx.database)
                            .assign(request.capture(QStringLiteral("id")), assignment, call->actor, ctx.clock.nowMs()));
}

using NamedOperation = Result<License> (LicenseLedger::*)(const QString&, const QString&, const User&, qint64);

// An operation on license {id} with one more name: from the body's `field`, or from the path capture of that name.
HttpReply licenseOperation(GatewayContext& ctx, Request& request, const QString& field, NamedOperation operation)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    QString name = request.capture(field);
    if (name.isEmpty()) {
        Fields fields(call->body);
        name = fields.requiredString(field);
        if (auto problem = fields.problem())
            return HttpReply::error(*problem);
    }
    return licenseReply((LicenseLedger(ctx.database).*operation)(request.capture(QStringLiteral("id")), name,
                                                                 call->actor, ctx.clock.nowMs()));
}

HttpReply reassign(GatewayContext& ctx, Request& request)
{
    return licenseOperation(ctx, request, QStringLiteral("user"), &LicenseLedger::reassign);
}

HttpReply attachAddon(GatewayContext& ctx, Request& request)
{
    return licenseOperation(ctx, request, QStringLiteral("code"), &LicenseLedger::attachAddon);
}

HttpReply detachAddon(GatewayContext& ctx, Request& request)
{
    return licenseOperation(ctx, request, QStringLiteral("code"), &LicenseLedger::detachAddon);
}

HttpReply unassign(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    return licenseReply(
        LicenseLedger(ctx.database).unassign(request.capture(QStringLiteral("id")), actor.value(), ctx.clock.nowMs()));
}

HttpReply terminate(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto done =
        LicenseLedger(ctx.database).terminate(request.capture(QStringLiteral("id")), actor.value(), ctx.clock.nowMs());
    return done ? HttpReply::noContent() : HttpReply::error(done.error());
}

QJsonArray errorList(const QList<MassConfigError>& errors)
{
    QJsonArray list;
    for (const MassConfigError& e : errors)
        list.append(QJsonObject{{QStringLiteral("row"), e.row},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("error"), e.error},
                                {QStringLiteral("message"), e.message}});
    return list;
}

// POST /licenses/mass-config[?dry_run=1], text/csv body (R16).
HttpReply massConfig(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    const QString dryRunText = request.query(QStringLiteral("dry_run"));
    const bool dryRun = dryRunText == QLatin1String("1") || dryRunText == QLatin1String("true");
    auto outcome = runMassConfig(ctx.database, request.raw().body(), dryRun, actor.value(), ctx.clock.nowMs());
    if (!outcome)
        return HttpReply::error(outcome.error());
    const MassConfigReport& report = outcome->report;
    if (!dryRun && !report.ok()) {
        Error invalid =
            makeError(ErrorCode::InvalidRows,
                      QStringLiteral("%1 problem(s) in the file; nothing was written. Fix the rows and upload again.")
                          .arg(report.errors.size()),
                      {{QStringLiteral("rows"), report.rows}, {QStringLiteral("errors"), errorList(report.errors)}});
        return HttpReply::error(invalid);
    }
    QJsonObject answer{{QStringLiteral("rows"), report.rows}, {QStringLiteral("applied"), outcome->applied}};
    if (dryRun)
        answer.insert(QStringLiteral("errors"), errorList(report.errors));
    return HttpReply::json(200, answer);
}

} // namespace

void registerLicenseRoutes(Router& router, GatewayContext& ctx)
{
    router.add("GET", "/licenses", ctx, listLicenses);
    router.add("POST", "/licenses/mass-config", ctx, massConfig);
    router.add("POST", "/licenses/{id}/assign", ctx, assign);
    router.add("POST", "/licenses/{id}/reassign", ctx, reassign);
    router.add("POST", "/licenses/{id}/unassign", ctx, unassign);
    router.add("POST", "/licenses/{id}/addons", ctx, attachAddon);
    router.add("DELETE", "/licenses/{id}/addons/{code}", ctx, detachAddon);
    router.add("DELETE", "/licenses/{id}", ctx, terminate);
}

} // namespace seatwise
