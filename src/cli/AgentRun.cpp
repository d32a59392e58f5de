#include "cli/AgentRun.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/StopSignal.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QJsonObject>

#include <chrono>

namespace seatwise {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AgentRun", text, disambiguation, n);
}

// Sleeps until `until` in short steps so that a signal is seen within a tenth of a second.
QCoro::Task<void> sleepUntil(QDeadlineTimer until)
{
    while (!until.hasExpired() && !StopSignal::requested()) {
        const std::chrono::milliseconds step(std::min<qint64>(100, until.remainingTime()));
        co_await QCoro::sleepFor(step);
    }
}

} // namespace

QCoro::Task<int> runAgent(CliContext& context, LoginRequest request, int seconds, bool active)
{
    StopSignal::install();
    GatewayClient& client = context.client();
    const ClientResult<SessionGrant> grant = co_await client.login(request);
    if (!grant)
        co_return context.out().fail(grant.error());
    const SessionGrant& session = grant.value();
    context.out().note(tr("logged in: session %1 in pool %2, heartbeat every %3 s")
                           .arg(session.id, session.poolId)
                           .arg(session.heartbeatIntervalS));

    const QDeadlineTimer end =
        seconds > 0 ? QDeadlineTimer(std::chrono::seconds(seconds)) : QDeadlineTimer(QDeadlineTimer::Forever);
    const std::chrono::seconds interval(std::max(1, session.heartbeatIntervalS));
    int beats = 0;
    QString state = toWire(session.state);
    int code = ExitOk;
    for (;;) {
        QDeadlineTimer next(interval);
        if (end.deadline() < next.deadline())
            next = end;
        co_await sleepUntil(next);
        if (end.hasExpired() || StopSignal::requested())
            break;
        const ClientResult<HeartbeatAnswer> beat = co_await client.heartbeat(session.id, session.token, active);
        if (!beat) {
            code = context.out().fail(beat.error());
            if (beat.error().httpStatus == 410)
                co_return code; // ended by the gateway (signed out, purged, superseded): nothing to log out
            continue;           // a lost beat is not the end: the gateway waits for purge_after_s
        }
        ++beats;
        const QString now = toWire(beat->state);
        if (now != state)
            context.out().note(
                tr("state: %1%2").arg(now, beat->message.isEmpty() ? QString() : QString(u' ' + beat->message)));
        state = now;
    }
    const ClientResult<Nothing> out = co_await client.logout(session.id, session.token);
    if (!out)
        co_return context.out().fail(out.error());
    if (context.json())
        context.out().printJson(QJsonObject{{QStringLiteral("session"), session.id},
                                            {QStringLiteral("heartbeats"), beats},
                                            {QStringLiteral("state"), state},
                                            {QStringLiteral("logged_out"), true}});
    else
        context.out().line(tr("Logged out session %1 after %n heartbeat(s).", nullptr, beats).arg(session.id));
    // Stopped by a signal before --seconds ran out; without --seconds a signal is the normal end.
    if (StopSignal::requested() && seconds > 0 && !end.hasExpired() && code == ExitOk)
        code = ExitInterrupted;
    co_return code;
}

} // namespace seatwise
