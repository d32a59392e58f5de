#include "cli/StatusCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonCells.h"
#include "cli/TablePrinter.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), QStringLiteral("status"),
              tr("Pools with seats in use and free, and how many sessions are inactive."))
{
}

QCoro::Task<int> StatusCommand::run(CliContext& context)
{
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QJsonArray> pools = co_await context.client().poolsJson();
    if (!pools)
        co_return context.out().fail(pools.error());
    const std::optional<SessionState> inactiveState = SessionState::Inactive;
    const QString everyPool;
    const ClientResult<QJsonArray> inactive = co_await context.client().sessionsJson(everyPool, inactiveState);
    if (!inactive)
        co_return context.out().fail(inactive.error());

    if (context.json()) {
        context.out().printJson(QJsonObject{{QStringLiteral("gateway"), context.gatewayUrl().toString()},
                                            {QStringLiteral("pools"), pools.value()},
                                            {QStringLiteral("inactive_sessions"), inactive->size()}});
        co_return ExitOk;
    }
    TablePrinter table(
        {tr("POOL"), tr("KIND"), tr("MODEL"), tr("SEATS"), tr("IN USE"), tr("FREE"), tr("PENDING"), tr("ID")});
    int inUse = 0;
    int seats = 0;
    for (const QJsonValue& value : pools.value()) {
        const QJsonObject pool = value.toObject();
        table.addRow({JsonCells::cell(pool, QStringLiteral("name")), JsonCells::cell(pool, QStringLiteral("kind")),
                      JsonCells::cell(pool, QStringLiteral("model")), JsonCells::cell(pool, QStringLiteral("seats")),
                      JsonCells::cell(pool, QStringLiteral("in_use")),
                      JsonCells::cell(pool, QStringLiteral("available")),
                      QString::number(pool.value(QLatin1String("pending_seats")).toInt()),
                      JsonCells::cell(pool, QStringLiteral("id"))});
        inUse += pool.value(QLatin1String("in_use")).toInt();
        seats += pool.value(QLatin1String("seats")).toInt();
    }
    context.out().line(tr("Gateway %1: %n pool(s), %2 of %3 seats in use.", nullptr, int(pools->size()))
                           .arg(context.gatewayUrl().toString())
                           .arg(inUse)
                           .arg(seats));
    if (!table.isEmpty())
        context.out().print(table.render());
    if (!inactive->isEmpty())
        context.out().line(tr("%n inactive session(s) hold seats: 'seatctl sign-out --inactive' frees them.", nullptr,
                              int(inactive->size())));
    co_return ExitOk;
}

} // namespace seatwise
