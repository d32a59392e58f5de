#include "cli/LoadGenOptions.h"

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace seatwise {
namespace {

// A number option within [low, high], scaled (seconds to ms); false when it is not.
bool readNumber(const CliContext& context, const QString& name, double low, double high, double scale, int& out)
{
    if (!context.isSet(name))
        return true;
    bool ok = false;
    const double value = context.value(name).toDouble(&ok);
    if (!ok || value < low || value > high)
        return false;
    out = int(value * scale);
    return true;
}

} // namespace

QList<QCommandLineOption> LoadGenOptions::commandLine()
{
    return {
        {QStringLiteral("agents"), tr("Simulated agents, 1-50000 (default 100)."), QStringLiteral("n")},
        {QStringLiteral("interval"), tr("Seconds between one agent's heartbeats, 0.1-3600 (default 20)."),
         QStringLiteral("s")},
        {QStringLiteral("duration"), tr("Seconds to run before logging out, 1-86400 (default 60)."),
         QStringLiteral("s")},
        {QStringLiteral("ramp"), tr("Seconds over which the logins are spread (default: one interval)."),
         QStringLiteral("s")},
        {QStringLiteral("connections"), tr("Keep-alive connections to share, 1-1024 (default 64)."),
         QStringLiteral("n")},
        {QStringLiteral("progress"), tr("Seconds between progress lines on stderr (default 5)."), QStringLiteral("s")},
        {QStringLiteral("pool"), tr("An anonymous pool's id (with --client-key)."), QStringLiteral("id")},
        {QStringLiteral("client-key"), tr("The anonymous pool's client key."), QStringLiteral("key")},
        {QStringLiteral("create-pool"),
         tr("Make a fresh anonymous per_device pool with one seat per agent (needs an admin token).")},
        {QStringLiteral("inactive"), tr("Heartbeat as inactive (no window open).")},
        {QStringLiteral("allow-remote"), tr("Allow a gateway that is not on this machine (loopback).")},
    };
}

QString LoadGenOptions::read(const CliContext& context)
{
    if (!readNumber(context, QStringLiteral("agents"), 1, 50000, 1, agents))
        return tr("--agents takes 1-50000");
    if (!readNumber(context, QStringLiteral("interval"), 0.1, 3600, 1000, intervalMs))
        return tr("--interval takes 0.1-3600 seconds");
    if (!readNumber(context, QStringLiteral("duration"), 1, 86400, 1000, durationMs))
        return tr("--duration takes 1-86400 seconds");
    if (!readNumber(context, QStringLiteral("ramp"), 0, 86400, 1000, rampMs))
        return tr("--ramp takes 0-86400 seconds");
    if (rampMs < 0)
        rampMs = intervalMs;
    if (!readNumber(context, QStringLiteral("connections"), 1, 1024, 1, connections))
        return tr("--connections takes 1-1024");
    if (!readNumber(context, QStringLiteral("progress"), 0.5, 3600, 1000, progressMs))
        return tr("--progress takes 0.5-3600 seconds");
    connections = std::min(connections, agents);
    timeoutMs = context.timeoutMs();
    pool = context.value(QStringLiteral("pool"));
    clientKey = context.value(QStringLiteral("client-key"));
    createPool = context.isSet(QStringLiteral("create-pool"));
    active = !context.isSet(QStringLiteral("inactive"));
    const bool givenPool = !pool.isEmpty() && !clientKey.isEmpty();
    const bool partOfAPool = !pool.isEmpty() || !clientKey.isEmpty();
    if (createPool ? partOfAPool : !givenPool)
        return tr("loadgen takes --pool ID with --client-key KEY (an anonymous pool), or --create-pool");

    const QUrl gateway = context.gatewayUrl();
    if (gateway.scheme() != QLatin1String("http"))
        return tr("loadgen speaks plain http:// only; point --gateway at the gateway itself, not a TLS proxy");
    const QHostAddress host(gateway.host());
    const bool loopback = gateway.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (!loopback && !context.isSet(QStringLiteral("allow-remote")))
        return tr("loadgen targets only this machine unless --allow-remote is given (gateway %1)")
            .arg(gateway.toString());
    return {};
}

} // namespace seatwise
