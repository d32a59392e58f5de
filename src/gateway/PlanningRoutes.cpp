#include "AdminCall.h"
#include "Fields.h"
#include "GatewayContext.h"
#include "JsonViews.h"
#include "Router.h"
#include "core/RightSizing.h"
#include "store/Repos.h"
#include "store/SeatOrderBook.h"

#include <QJsonArray>

#include <cmath>

namespace seatwise {
namespace {

constexpr qint64 kDayMs = 86'400'000;

HttpReply placeOrder(GatewayContext& ctx, Request& request)
{
    auto call = AdminCall::manager(ctx, request);
    if (!call)
        return HttpReply::error(call.error());
    Fields fields(call->body);
    if (!fields.has(QStringLiteral("delta")))
        return HttpReply::error(makeError(ErrorCode::BadRequest,
                                          QStringLiteral("Field \"delta\" is required (+N adds, -N removes)."),
                                          {{QStringLiteral("field"), QStringLiteral("delta")}}));
    const int delta = fields.optionalInt(QStringLiteral("delta"), 0, -1'000'000, 1'000'000);
    if (auto problem = fields.problem())
        return HttpReply::error(*problem);
    auto order = SeatOrderBook::place(ctx.database, request.capture(QStringLiteral("id")), delta, call->actor,
                                      ctx.clock.nowMs());
    if (!order)
        return HttpReply::error(order.error());
    Changes changes;
    changes.poolIds.insert(order->poolId);
    ctx.events.publish(changes);
    return HttpReply::json(201, JsonViews::seatOrder(order.value()));
}

HttpReply listOrders(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto orders = SeatOrderBook::list(ctx.database, request.capture(QStringLiteral("id")));
    if (!orders)
        return HttpReply::error(orders.error());
    QJsonArray list;
    for (const SeatOrder& o : orders.value())
        list.append(JsonViews::seatOrder(o));
    return HttpReply::json(200, list);
}

HttpReply cancelOrder(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto order = SeatOrderBook::cancel(ctx.database, request.capture(QStringLiteral("id")),
                                       request.capture(QStringLiteral("order")), actor.value(), ctx.clock.nowMs());
    if (!order)
        return HttpReply::error(order.error());
    return HttpReply::json(200, JsonViews::seatOrder(order.value()));
}

Result<SizingInput> sizingRequest(const Request& request)
{
    SizingInput input;
    bool ok = true;
    const auto number = [&](const QString& key, double fallback) {
        const QString text = request.query(key);
        if (text.isEmpty())
            return fallback;
        bool parsed = false;
        const double value = text.toDouble(&parsed);
        ok = ok && parsed && std::isfinite(value); // "nan" and "inf" parse as numbers
        return value;
    };
    input.buffer = number(QStringLiteral("buffer"), 0.15);
    // Read as a whole number: int(1e300) from toDouble() would be undefined behaviour.
    const QString growthText = request.query(QStringLiteral("growth_months"));
    bool growthOk = true;
    input.growthMonths = growthText.isEmpty() ? 6 : growthText.toInt(&growthOk);
    ok = ok && growthOk;
    const QString peak = request.query(QStringLiteral("peak"));
    if (peak.isEmpty() || peak == QLatin1String("max"))
        input.peakChoice = PeakChoice::Max;
    else if (peak == QLatin1String("p95"))
        input.peakChoice = PeakChoice::P95;
    else if (peak == QLatin1String("p99"))
        input.peakChoice = PeakChoice::P99;
    else
        ok = false;
    if (!ok)
        return makeError(
            ErrorCode::BadRequest,
            QStringLiteral("Use window_days=1-400, peak=max|p95|p99, buffer=0.10-0.20, growth_months=6|12."));
    return input;
}

// GET /pools/{id}/right-sizing (R18): the recommendation with its evidence.
HttpReply rightSizing(GatewayContext& ctx, Request& request)
{
    auto actor = ctx.auth.requireManager(request);
    if (!actor)
        return HttpReply::error(actor.error());
    auto asked = sizingRequest(request);
    if (!asked)
        return HttpReply::error(asked.error());
    bool windowOk = true;
    const QString windowText = request.query(QStringLiteral("window_days"));
    const int windowDays = windowText.isEmpty() ? 90 : windowText.toInt(&windowOk);
    if (!windowOk || windowDays < 1 || windowDays > 400)
        return HttpReply::error(makeError(ErrorCode::BadRequest, QStringLiteral("window_days is 1 to 400.")));
    auto db = ctx.database.connection();
    if (!db)
        return HttpReply::error(db.error());
    Repos repos(db.value());
    auto pool = repos.pools.byId(request.capture(QStringLiteral("id")));
    if (!pool)
        return HttpReply::error(pool.error());
    if (!pool.value())
        return HttpReply::error(makeError(ErrorCode::NotFound, QStringLiteral("There is no such pool.")));
    const qint64 now = ctx.clock.nowMs();
    auto evidence = repos.usage.sizingEvidence(pool.value()->id, now - windowDays * kDayMs, now);
    if (!evidence)
        return HttpReply::error(evidence.error());
    SizingInput input = evidence.value();
    input.currentSeats = pool.value()->seats;
    input.peakChoice = asked->peakChoice;
    input.buffer = asked->buffer;
    input.growthMonths = asked->growthMonths;
    auto advice = recommendSeats(input);
    if (!advice)
        return HttpReply::error(advice.error());
    const SizingAdvice& a = advice.value();
    QJsonArray hours;
    for (int h : a.busiestHoursUtc)
        hours.append(h);
    return HttpReply::json(200, QJsonObject{{QStringLiteral("recommended_seats"), a.recommendedSeats},
                                            {QStringLiteral("current_seats"), a.currentSeats},
                                            {QStringLiteral("peak"), a.peak},
                                            {QStringLiteral("buffer"), a.buffer},
                                            {QStringLiteral("growth"), a.growth},
                                            {QStringLiteral("denials"), a.denials},
                                            {QStringLiteral("utilisation"), a.utilisation},
                                            {QStringLiteral("idle_seat_hours"), a.idleSeatHours},
                                            {QStringLiteral("busiest_hours_utc"), hours},
                                            {QStringLiteral("window_days"), windowDays},
                                            {QStringLiteral("days_with_data"), int(input.dailyPeaks.size())},
                                            {QStringLiteral("explanation"), a.explanation}});
}

} // namespace

void registerPlanningRoutes(Router& router, GatewayContext& ctx)
{
    router.add("POST", "/pools/{id}/seat-orders", ctx, placeOrder);
    router.add("GET", "/pools/{id}/seat-orders", ctx, listOrders);
    router.add("DELETE", "/pools/{id}/seat-orders/{order}", ctx, cancelOrder);
    router.add("GET", "/pools/{id}/right-sizing", ctx, rightSizing);
}

} // namespace seatwise
