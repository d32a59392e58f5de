#include "cli/LoadGenCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/LoadGenerator.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>

namespace seatwise {
namespace {

// A pool for this run only: anonymous (no users to make), one seat per agent, a device each, and a
// purge so that agents of a run that was killed free their seats on their own (R8).
PoolSpec runPool(const LoadGenOptions& options)
{
    PoolSpec spec;
    spec.name =
        QStringLiteral("loadgen-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    spec.seats = options.agents;
    spec.loginPolicy = LoginPolicy::PerDevice;
    spec.anonymous = true;
    spec.purgeAfterS = std::max(60, 3 * options.intervalMs / 1000);
    return spec;
}

} // namespace

LoadGenCommand::LoadGenCommand()
    : Command(
          QStringLiteral("loadgen"),
          QStringLiteral("loadgen --agents N --interval S --duration D (--pool ID --client-key KEY | --create-pool) "
                         "[--connections C] [--progress S]"),
          tr("Simulated agents: log in, heartbeat every S s (spread evenly), log out; latency and errors."))
{
}

QList<QCommandLineOption> LoadGenCommand::options() const
{
    return LoadGenOptions::commandLine();
}

QCoro::Task<int> LoadGenCommand::run(CliContext& context)
{
    LoadGenOptions options;
    if (const QString problem = options.read(context); !problem.isEmpty())
        co_return context.out().usageError(problem);
    if (options.createPool) {
        const int signedIn = co_await context.signIn();
        if (signedIn != ExitOk)
            co_return signedIn;
        const PoolSpec spec = runPool(options);
        const ClientResult<PoolInfo> pool = co_await context.client().createPool(spec);
        if (!pool)
            co_return context.out().fail(pool.error());
        options.pool = pool->id;
        options.clientKey = pool->clientKey;
        context.out().note(tr("made pool %1 (%2, %3 seats)").arg(spec.name, pool->id).arg(spec.seats));
    }
    context.out().note(tr("%1 agents, a heartbeat each every %2 s (%3 req/s), for %4 s, on %5 connections to %6")
                           .arg(options.agents)
                           .arg(options.intervalMs / 1000.0)
                           .arg(options.agents * 1000.0 / options.intervalMs, 0, 'f', 1)
                           .arg(options.durationMs / 1000.0)
                           .arg(options.connections)
                           .arg(context.gatewayUrl().toString()));

    LoadGenerator generator(context.client().apiBaseUrl(), options);
    QObject::connect(&generator, &LoadGenerator::progress, &generator,
                     [&context](const QString& line) { context.out().note(line); });
    QEventLoop loop;
    QObject::connect(&generator, &LoadGenerator::finished, &loop, &QEventLoop::quit);
    generator.start();
    loop.exec();

    const LoadStats& stats = generator.stats();
    const double elapsed = generator.elapsedS();
    if (context.json()) {
        QJsonObject summary = stats.summaryJson(elapsed);
        summary.insert(QStringLiteral("agents"), options.agents);
        summary.insert(QStringLiteral("interval_s"), options.intervalMs / 1000.0);
        summary.insert(QStringLiteral("duration_s"), options.durationMs / 1000.0);
        summary.insert(QStringLiteral("pool"), options.pool);
        summary.insert(QStringLiteral("interrupted"), generator.interrupted());
        context.out().printJson(summary);
    } else {
        context.out().print(tr("pool       %1\n").arg(options.pool) + stats.summaryText(elapsed));
    }
    if (stats.errors() > 0) {
        context.out().note(tr("%n request(s) or beat(s) failed", nullptr, int(stats.errors())));
        co_return ExitLoadErrors;
    }
    co_return generator.interrupted() ? ExitInterrupted : ExitOk;
}

} // namespace seatwise
