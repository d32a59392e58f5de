#include "cli/SignOutCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kInactive = QStringLiteral("inactive");
const QString kIds = QStringLiteral("ids");
const QString kAll = QStringLiteral("all");
const QString kPool = QStringLiteral("pool");

} // namespace

SignOutCommand::SignOutCommand()
    : Command(QStringLiteral("sign-out"),
              QStringLiteral("sign-out --inactive | --ids ID[,ID...] | --all [--pool POOL]"),
              tr("End inactive sessions, chosen ones, or all; asks nothing, prints how many ended."))
{
}

QList<QCommandLineOption> SignOutCommand::options() const
{
    return {{kInactive, tr("Every inactive session you may control, at once (R9).")},
            {kIds, tr("These sessions (comma-separated; all or none), a forced end (R10)."), QStringLiteral("ids")},
            {kAll, tr("Every session you may control but your own admin ones, a forced end (R10).")},
            {kPool, tr("Only this pool (name or id; with --inactive or --all)."), kPool}};
}

QCoro::Task<int> SignOutCommand::run(CliContext& context)
{
    const int chosen = int(context.isSet(kInactive)) + int(context.isSet(kIds)) + int(context.isSet(kAll));
    if (chosen != 1)
        co_return context.out().usageError(tr("sign-out takes exactly one of --inactive, --ids ID,... or --all"));
    SignOutRequest request;
    if (context.isSet(kIds)) {
        QStringList ids;
        for (const QString& value : context.value(kIds).split(u',', Qt::SkipEmptyParts))
            ids.append(value.trimmed());
        ids.append(context.arguments());
        if (ids.isEmpty())
            co_return context.out().usageError(tr("--ids needs at least one session id"));
        if (context.isSet(kPool))
            co_return context.out().usageError(tr("--pool goes with --inactive or --all, not with --ids"));
        request = SignOutRequest::sessions(ids);
    } else {
        request = context.isSet(kAll) ? SignOutRequest::all() : SignOutRequest::inactive();
    }
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QString> poolId = co_await context.poolOption();
    if (!poolId)
        co_return context.out().fail(poolId.error());
    request.pool = poolId.value();
    const ClientResult<int> ended = co_await context.client().signOut(request);
    if (!ended)
        co_return context.out().fail(ended.error());
    if (context.json())
        context.out().printJson(QJsonObject{{QStringLiteral("ended"), ended.value()}});
    else
        context.out().line(tr("Ended %n session(s).", nullptr, ended.value()));
    co_return ExitOk;
}

} // namespace seatwise
