#include "cli/AgentCommand.h"

#include "cli/AgentRun.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "client/GatewayClient.h"
#include "core/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

namespace seatwise {
namespace {

const QString kPool = QStringLiteral("pool");
const QString kDevice = QStringLiteral("device");
const QString kMode = QStringLiteral("mode");
const QString kForce = QStringLiteral("force");
const QString kStandby = QStringLiteral("standby");
const QString kClientKey = QStringLiteral("client-key");
const QString kSession = QStringLiteral("session");
const QString kSessionToken = QStringLiteral("session-token");
const QString kInactive = QStringLiteral("inactive");
const QString kSeconds = QStringLiteral("seconds");

QJsonObject grantJson(const SessionGrant& grant)
{
    return {{QStringLiteral("id"), grant.id},
            {QStringLiteral("token"), grant.token},
            {QStringLiteral("pool"), grant.poolId},
            {QStringLiteral("state"), toWire(grant.state)},
            {QStringLiteral("mode"), toWire(grant.mode)},
            {QStringLiteral("features"), QJsonArray::fromStringList(grant.features)},
            {QStringLiteral("heartbeat_interval_s"), grant.heartbeatIntervalS},
            {QStringLiteral("existing"), grant.existing}};
}

// --session and --session-token (or env SEATWISE_SESSION_TOKEN); empty id when they are missing.
QPair<QString, QString> sessionOf(CliContext& context)
{
    QString token = context.value(kSessionToken);
    if (token.isEmpty())
        token = qEnvironmentVariable("SEATWISE_SESSION_TOKEN");
    if (token.isEmpty())
        return {};
    return {context.value(kSession), token};
}

} // namespace

AgentCommand::AgentCommand()
    : Command(QStringLiteral("agent"),
              QStringLiteral("agent login --pool POOL_ID [--device D] [--mode admin] [--force] [--standby] "
                             "[--client-key K]\n"
                             "       seatctl agent heartbeat --session ID --session-token T [--inactive]\n"
                             "       seatctl agent logout --session ID --session-token T\n"
                             "       seatctl agent run --pool POOL_ID [--seconds N] [--inactive] [login options]"),
              tr("Be a client: log in, heartbeat, log out, or run a session for a while."))
{
}

QList<QCommandLineOption> AgentCommand::options() const
{
    return {{kPool, tr("Pool id to log in to (may be left out with --mode admin)."), QStringLiteral("id")},
            {kDevice, tr("Device id (default seatctl-HOSTNAME)."), QStringLiteral("device")},
            {kMode, tr("standard (default) or admin."), kMode},
            {kForce, tr("End the user's sessions on other devices (single_location pools).")},
            {kStandby, tr("Reserve a seat without starting (standby).")},
            {kClientKey, tr("Anonymous pool's client key instead of a user."), QStringLiteral("key")},
            {kSession, tr("Session id (heartbeat, logout)."), QStringLiteral("id")},
            {kSessionToken, tr("Session token (default: env SEATWISE_SESSION_TOKEN)."), QStringLiteral("token")},
            {kInactive, tr("Heartbeat as inactive (no window open).")},
            {kSeconds, tr("run: log out after this many seconds (default 0: at SIGINT)."), QStringLiteral("n"),
             QStringLiteral("0")}};
}

QCoro::Task<int> AgentCommand::run(CliContext& context)
{
    const QString action = context.arguments().value(0);
    // Each step awaited into a named local: GCC 12 mishandles co_await inside larger expressions.
    if (action == QLatin1String("login")) {
        const int code = co_await login(context);
        co_return code;
    }
    if (action == QLatin1String("heartbeat")) {
        const int code = co_await heartbeat(context);
        co_return code;
    }
    if (action == QLatin1String("logout")) {
        const int code = co_await logout(context);
        co_return code;
    }
    if (action == QLatin1String("run")) {
        LoginRequest request;
        if (!loginRequest(context, request))
            co_return ExitUsage;
        bool ok = false;
        const int seconds = context.value(kSeconds).toInt(&ok);
        if (!ok || seconds < 0)
            co_return context.out().usageError(tr("--seconds takes a whole number of seconds, 0 or more"));
        const bool active = !context.isSet(kInactive);
        const int code = co_await runAgent(context, request, seconds, active);
        co_return code;
    }
    co_return context.out().usageError(tr("agent takes login, heartbeat, logout or run"));
}

bool AgentCommand::loginRequest(CliContext& context, LoginRequest& request)
{
    request.pool = context.value(kPool);
    request.device = context.value(kDevice);
    if (request.device.isEmpty())
        request.device = QStringLiteral("seatctl-") + QSysInfo::machineHostName();
    request.force = context.isSet(kForce);
    request.standby = context.isSet(kStandby);
    if (context.isSet(kMode)) {
        request.mode = parseWire<SessionMode>(context.value(kMode));
        if (!request.mode || *request.mode == SessionMode::LimitedAdmin) {
            context.out().usageError(tr("--mode takes standard or admin"));
            return false;
        }
    }
    if (request.pool.isEmpty() && request.mode != SessionMode::Admin) {
        context.out().usageError(tr("agent %1 needs --pool POOL_ID").arg(context.arguments().value(0)));
        return false;
    }
    if (context.isSet(kClientKey)) {
        request.clientKey = context.value(kClientKey);
    } else if (context.isSet(QStringLiteral("login"))) {
        request.login = context.value(QStringLiteral("login"));
        request.password = context.readPassword();
    } else {
        const QString token = context.userToken();
        if (token.isEmpty()) {
            context.out().usageError(tr("no credentials: pass --client-key KEY, --login LOGIN (password on stdin) "
                                        "or a user token (--token, SEATWISE_TOKEN)"));
            return false;
        }
        context.client().setToken(token);
    }
    return true;
}

QCoro::Task<int> AgentCommand::login(CliContext& context)
{
    LoginRequest request;
    if (!loginRequest(context, request))
        co_return ExitUsage;
    const ClientResult<SessionGrant> grant = co_await context.client().login(request);
    if (!grant)
        co_return context.out().fail(grant.error());
    const SessionGrant& g = grant.value();
    if (context.json()) {
        context.out().printJson(grantJson(g));
        co_return ExitOk;
    }
    context.out().print(
        tr("session    %1\ntoken      %2\npool       %3\nstate      %4\nmode       %5\n"
           "heartbeat  every %6 s\n")
            .arg(g.id, g.token, g.poolId.isEmpty() ? QStringLiteral("-") : g.poolId, toWire(g.state), toWire(g.mode))
            .arg(g.heartbeatIntervalS));
    if (g.existing)
        context.out().note(tr("this device already had a session in the pool; it was returned (no second seat)"));
    co_return ExitOk;
}

QCoro::Task<int> AgentCommand::heartbeat(CliContext& context)
{
    const auto [id, token] = sessionOf(context);
    if (id.isEmpty())
        co_return context.out().usageError(tr("agent heartbeat needs --session ID and --session-token TOKEN"));
    const bool active = !context.isSet(kInactive);
    const ClientResult<HeartbeatAnswer> answer = co_await context.client().heartbeat(id, token, active);
    if (!answer)
        co_return context.out().fail(answer.error());
    const HeartbeatAnswer& beat = answer.value();
    if (context.json()) {
        QJsonObject json{{QStringLiteral("state"), toWire(beat.state)}};
        if (beat.terminateAtMs > 0) {
            json.insert(QStringLiteral("terminate_at"), IsoTime::format(beat.terminateAtMs));
            json.insert(QStringLiteral("message"), beat.message);
        }
        context.out().printJson(json);
        co_return ExitOk;
    }
    context.out().line(toWire(beat.state));
    if (beat.terminateAtMs > 0)
        context.out().line(tr("ends at %1: %2").arg(IsoTime::format(beat.terminateAtMs), beat.message));
    co_return ExitOk;
}

QCoro::Task<int> AgentCommand::logout(CliContext& context)
{
    const auto [id, token] = sessionOf(context);
    if (id.isEmpty())
        co_return context.out().usageError(tr("agent logout needs --session ID and --session-token TOKEN"));
    const ClientResult<Nothing> done = co_await context.client().logout(id, token);
    if (!done)
        co_return context.out().fail(done.error());
    if (context.json())
        context.out().printJson(QJsonObject{{QStringLiteral("ended"), id}});
    else
        context.out().line(tr("Logged out %1.").arg(id));
    co_return ExitOk;
}

} // namespace seatwise
