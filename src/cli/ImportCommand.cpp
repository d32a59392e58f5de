#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "client/GatewayClient.h"
#include "client/MassConfigCalls.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kDryRun = QStringLiteral("dry-run");

// The documented JSON shape, the same fields the gateway answers.
QJsonObject toJson(const MassConfigAnswer& answer)
{
    QJsonArray errors;
    for (const MassConfigAnswer::RowError& e : answer.errors)
        errors.append(QJsonObject{{QStringLiteral("row"), e.row},
                                  {QStringLiteral("column"), e.column},
                                  {QStringLiteral("error"), e.error},
                                  {QStringLiteral("message"), e.message}});
    return {{QStringLiteral("rows"), answer.rows},
            {QStringLiteral("applied"), answer.applied},
            {QStringLiteral("errors"), errors}};
}

// "row 3, column User: unknown_user: There is no user bob."
QString describe(const MassConfigAnswer::RowError& e)
{
    const QString where = e.row == 0 ? ImportCommand::tr("header") : ImportCommand::tr("row %1").arg(e.row);
    const QString column = e.column.isEmpty() ? QString() : ImportCommand::tr(", column %1").arg(e.column);
    return where + column + QStringLiteral(": ") + e.error + QStringLiteral(": ") + e.message;
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("import FILE [--dry-run]"),
              tr("CSV mass configuration of Phone System licenses; all rows or none; every bad row printed."))
{
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {{kDryRun, tr("Check every row and write nothing.")}};
}

QCoro::Task<int> ImportCommand::run(CliContext& context)
{
    if (context.arguments().size() != 1)
        co_return context.out().usageError(tr("import takes one FILE (- for stdin)"));
    const QString path = context.arguments().constFirst();
    if (path == QLatin1String("-") && context.isSet(QStringLiteral("login")))
        co_return context.out().usageError(tr("import - reads the file from stdin, so the password cannot come there "
                                              "too: pass --token or SEATWISE_TOKEN"));
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        co_return context.out().usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray csv = file.readAll();
    file.close();

    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const bool dryRun = context.isSet(kDryRun);
    ClientResult<MassConfigAnswer> answer;
    if (dryRun) {
        ClientResult<MassConfigAnswer> checked = co_await MassConfigCalls::dryRun(context.client(), csv);
        answer = std::move(checked);
    } else {
        ClientResult<MassConfigAnswer> applied = co_await MassConfigCalls::apply(context.client(), csv);
        answer = std::move(applied);
    }
    if (!answer)
        co_return context.out().fail(answer.error());

    const MassConfigAnswer& verdict = answer.value();
    if (context.json())
        context.out().printJson(toJson(verdict));
    else
        for (const MassConfigAnswer::RowError& e : verdict.errors)
            context.out().line(describe(e));
    if (!verdict.errors.isEmpty()) {
        context.out().note(tr("%1: %n bad row(s) of %2; nothing was written.", nullptr, int(verdict.errors.size()))
                               .arg(path)
                               .arg(verdict.rows));
        co_return ExitInvalidRows;
    }
    if (!context.json())
        context.out().line(
            dryRun ? tr("%1: %n row(s), all valid (dry run: nothing written).", nullptr, verdict.rows).arg(path)
                   : tr("%1: applied %n row(s).", nullptr, verdict.rows).arg(path));
    co_return ExitOk;
}

} // namespace seatwise
