#include "cli/SessionsCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonCells.h"
#include "cli/TablePrinter.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kInactive = QStringLiteral("inactive");

} // namespace

SessionsCommand::SessionsCommand()
    : Command(QStringLiteral("sessions"), QStringLiteral("sessions [--inactive | --state STATE] [--pool POOL]"),
              tr("Open sessions; inactive ones (seats held by someone away) are marked with !."))
{
}

QList<QCommandLineOption> SessionsCommand::options() const
{
    return {{kInactive, tr("Only inactive sessions.")},
            {QStringLiteral("state"), tr("Only sessions in this state (active, inactive, standby, terminating)."),
             QStringLiteral("state")},
            {QStringLiteral("pool"), tr("Only this pool (name or id)."), QStringLiteral("pool")}};
}

QCoro::Task<int> SessionsCommand::run(CliContext& context)
{
    std::optional<SessionState> state;
    if (context.isSet(kInactive))
        state = SessionState::Inactive;
    if (context.isSet(QStringLiteral("state"))) {
        state = parseWire<SessionState>(context.value(QStringLiteral("state")));
        if (!state || context.isSet(kInactive))
            co_return context.out().usageError(
                tr("--state takes one of active, inactive, standby, terminating (and not with --inactive)"));
    }
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QString> poolId = co_await context.poolOption();
    if (!poolId)
        co_return context.out().fail(poolId.error());
    const QString onlyPool = poolId.value();
    const ClientResult<QJsonArray> sessions = co_await context.client().sessionsJson(onlyPool, state);
    if (!sessions)
        co_return context.out().fail(sessions.error());
    if (context.json()) {
        context.out().printJson(sessions.value());
        co_return ExitOk;
    }
    const ClientResult<QHash<QString, QString>> names = co_await context.poolNames();
    if (!names)
        co_return context.out().fail(names.error());
    const QHash<QString, QString>& poolNames = names.value();

    TablePrinter table({QStringLiteral(" "), tr("SESSION"), tr("POOL"), tr("USER"), tr("DEVICE"), tr("MODE"),
                        tr("STATE"), tr("OPENED"), tr("LAST ACTIVE")});
    int inactive = 0;
    for (const QJsonValue& value : sessions.value()) {
        const QJsonObject session = value.toObject();
        const QString sessionState = session.value(QLatin1String("state")).toString();
        const bool away = sessionState == kInactive;
        inactive += away ? 1 : 0;
        const QString pool = session.value(QLatin1String("pool")).toString();
        table.addRow({away ? QStringLiteral("!") : QString(), JsonCells::cell(session, QStringLiteral("id")),
                      pool.isEmpty() ? QStringLiteral("-") : poolNames.value(pool, pool),
                      session.value(QLatin1String("user")).isObject() ? JsonCells::cell(session, QStringLiteral("user"))
                                                                      : tr("(anonymous)"),
                      JsonCells::cell(session, QStringLiteral("device")),
                      JsonCells::cell(session, QStringLiteral("mode")), sessionState,
                      JsonCells::time(session, QStringLiteral("opened_at")),
                      JsonCells::time(session, QStringLiteral("last_active_at"))});
    }
    if (!table.isEmpty())
        context.out().print(table.render());
    QString footer = tr("%n session(s)", nullptr, int(table.rowCount()));
    if (inactive > 0)
        footer += tr("; ! marks %n inactive: 'seatctl sign-out --inactive' frees their seats", nullptr, inactive);
    context.out().line(footer + u'.');
    co_return ExitOk;
}

} // namespace seatwise
