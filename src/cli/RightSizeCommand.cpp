#include "cli/RightSizeCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "client/GatewayClient.h"
#include "client/RightSizingInfo.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kPool = QStringLiteral("pool");
// seatctl option -> gateway query parameter; unset ones take the gateway's defaults.
const QList<QPair<QString, QString>> kParameters{{QStringLiteral("window-days"), QStringLiteral("window_days")},
                                                 {QStringLiteral("peak"), QStringLiteral("peak")},
                                                 {QStringLiteral("buffer"), QStringLiteral("buffer")},
                                                 {QStringLiteral("growth-months"), QStringLiteral("growth_months")}};

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

QString report(const RightSizingInfo& r)
{
    QStringList hours;
    for (int hour : r.busiestHoursUtc)
        hours.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    QString text =
        RightSizeCommand::tr("Recommended seats: %1 (now %2).\n").arg(r.recommendedSeats).arg(r.currentSeats);
    const QList<QPair<QString, QString>> evidence{
        {RightSizeCommand::tr("peak"), QString::number(r.peak, 'g', 6)},
        {RightSizeCommand::tr("buffer"), percent(r.buffer)},
        {RightSizeCommand::tr("growth"), percent(r.growth)},
        {RightSizeCommand::tr("denials"), QString::number(r.denials)},
        {RightSizeCommand::tr("utilisation"), percent(r.utilisation)},
        {RightSizeCommand::tr("idle seat-hours"), QString::number(r.idleSeatHours, 'f', 1)},
        {RightSizeCommand::tr("busiest hours"),
         hours.isEmpty() ? QStringLiteral("-") : hours.join(QStringLiteral(", ")) + RightSizeCommand::tr(" UTC")},
        {RightSizeCommand::tr("days with data"),
         RightSizeCommand::tr("%1 of %2").arg(r.daysWithData).arg(r.windowDays)}};
    for (const auto& [label, value] : evidence)
        text += QStringLiteral("  ") + QString(label + u':').leftJustified(17) + value + u'\n';
    if (!r.explanation.isEmpty())
        text += r.explanation + u'\n';
    return text;
}

} // namespace

RightSizeCommand::RightSizeCommand()
    : Command(QStringLiteral("right-size"),
              QStringLiteral("right-size --pool POOL [--peak max|p95|p99] [--buffer 0.10-0.20] [--growth-months 6|12] "
                             "[--window-days N]"),
              tr("The recommended seat count of a pool with its evidence."))
{
}

QList<QCommandLineOption> RightSizeCommand::options() const
{
    return {{kPool, tr("The pool (name or id)."), kPool},
            {QStringLiteral("peak"), tr("Which daily peak: max, p95 or p99 (default max)."), QStringLiteral("peak")},
            {QStringLiteral("buffer"), tr("Headroom, 0.10-0.20 (default 0.15)."), QStringLiteral("fraction")},
            {QStringLiteral("growth-months"), tr("Project the trend 6 or 12 months (default 6)."),
             QStringLiteral("months")},
            {QStringLiteral("window-days"), tr("Days of history to look at (default 90)."), QStringLiteral("days")}};
}

QCoro::Task<int> RightSizeCommand::run(CliContext& context)
{
    if (!context.isSet(kPool))
        co_return context.out().usageError(tr("right-size needs --pool POOL"));
    QUrlQuery query;
    for (const auto& [option, parameter] : kParameters) {
        if (context.isSet(option))
            query.addQueryItem(parameter, context.value(option)); // the gateway checks the ranges
    }
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QString> poolId = co_await context.poolOption();
    if (!poolId)
        co_return context.out().fail(poolId.error());
    const QString path = QStringLiteral("/pools/") + QString::fromLatin1(QUrl::toPercentEncoding(poolId.value())) +
                         QStringLiteral("/right-sizing");
    const ClientResult<QJsonValue> answer = co_await context.getJson(path, query);
    if (!answer)
        co_return context.out().fail(answer.error());
    if (context.json()) {
        context.out().printJson(answer.value());
        co_return ExitOk;
    }
    const ClientResult<RightSizingInfo> info = RightSizingInfo::fromJson(answer.value());
    if (!info)
        co_return context.out().fail(info.error());
    context.out().print(tr("Pool %1\n").arg(context.value(QStringLiteral("pool"))) + report(info.value()));
    co_return ExitOk;
}

} // namespace seatwise
