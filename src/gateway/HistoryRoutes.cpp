#include "Fields.h"
#include "GatewayContext.h"
#include "Router.h"
#include "core/IsoTime.h"
#include "store/Repos.h"

#include <QJsonArray>

namespace seatwise {
namespace {

constexpr qint64 kDayMs = 86'400'000;

// ?from=&to= as ISO times, defaulting to the last `defaultSpanMs` before now.
Result<QPair<qint64, qint64>> timeRange(const Request& request, qint64 nowMs, qint64 defaultSpanMs)
{
    const QString fromText = request.query(QStringLiteral("from"));
    const QString toText = request.query(QStringLiteral("to"));
    const auto to = toText.isEmpty() ? std::optional<qint64>(nowMs) : IsoTime::parse(toText);
    const auto from =
        fromText.isEmpty() ? std::optional<qint64>(to.value_or(nowMs) - defaultSpanMs) : IsoTime::parse(fromText);
    if (!from || !to)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("from and to are ISO 8601 times such as 2026-11-23T08:50:21Z."));
    if (*from > *to)
        return makeError(ErrorCode::BadRequest, QStringLiteral("from must not be after to."));
    return qMakePair(*from, *to);
}

HttpReply usage(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto range = timeRange(request, ctx.clock.nowMs(), kDayMs);
    if (!range)
        return HttpReply::error(range.error());
    bool stepOk = true;
    const QString stepText = request.query(QStringLiteral("step"));
    const int step = stepText.isEmpty() ? 60 : stepText.toInt(&stepOk);
    if (!stepOk || step < 60 || step % 60 != 0)
        return HttpReply::error(
            makeError(ErrorCode::BadRequest,
                      QStringLiteral("step is a whole number of minutes in seconds (60, 300, 3600 ...).")));
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    auto points = UsageRepo(db.value()).range(request.query(QStringLiteral("pool")), range->first, range->second, step);
    if (!points)
        return HttpReply::error(points.error());
    QJsonArray list;
    for (const UsageBucket& p : points.value())
        list.append(QJsonObject{{QStringLiteral("t"), IsoTime::format(p.atMs)},
                                {QStringLiteral("peak"), p.peak},
                                {QStringLiteral("seats"), p.seats},
                                {QStringLiteral("logins"), p.logins},
                                {QStringLiteral("denials"), p.denials}});
    return HttpReply::json(200, QJsonObject{{QStringLiteral("points"), list}});
}

HttpReply audit(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto range = timeRange(request, ctx.clock.nowMs() + 1, 30 * kDayMs);
    if (!range)
        return HttpReply::error(range.error());
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    auto events = AuditRepo(db.value()).between(range->first, range->second, 10'000);
    if (!events)
        return HttpReply::error(events.error());
    QJsonArray list;
    for (const AuditEvent& e : events.value())
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(e.id)},
                                {QStringLiteral("at"), IsoTime::format(e.atMs)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("target"), e.target},
                                {QStringLiteral("details"), e.details},
                                {QStringLiteral("address"), e.address}});
    return HttpReply::json(200, list);
}

} // namespace

void registerHistoryRoutes(Router& router, GatewayContext& ctx)
{
    router.add("GET", "/usage", ctx, usage);
    router.add("GET", "/audit", ctx, audit);
}

} // namespace seatwise
