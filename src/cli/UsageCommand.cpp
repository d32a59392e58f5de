#include "cli/UsageCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonCells.h"
#include "cli/TablePrinter.h"
#include "client/GatewayClient.h"
#include "core/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kCsv = QStringLiteral("csv");
const QString kPool = QStringLiteral("pool");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kStep = QStringLiteral("step");
const QStringList kColumns{QStringLiteral("t"), QStringLiteral("peak"), QStringLiteral("seats"),
                           QStringLiteral("logins"), QStringLiteral("denials")};

} // namespace

UsageCommand::UsageCommand()
    : Command(QStringLiteral("usage"),
              QStringLiteral("usage [--csv] [--pool POOL] [--from TIME] [--to TIME] [--step SECONDS]"),
              tr("Usage points (peak, seats, logins, denials per step) as a table or CSV."))
{
}

QList<QCommandLineOption> UsageCommand::options() const
{
    return {{kCsv, tr("Print CSV: t,peak,seats,logins,denials.")},
            {kPool, tr("Only this pool (name or id); default: all pools summed."), kPool},
            {kFrom, tr("Start, ISO 8601 (default: 24 h ago)."), QStringLiteral("time")},
            {kTo, tr("End, ISO 8601 (default: now)."), QStringLiteral("time")},
            {kStep, tr("Seconds per point, a multiple of 60 (default 60)."), QStringLiteral("seconds")}};
}

QCoro::Task<int> UsageCommand::run(CliContext& context)
{
    QUrlQuery query;
    for (const QString& key : {kFrom, kTo}) {
        if (!context.isSet(key))
            continue;
        const std::optional<qint64> at = IsoTime::parse(context.value(key));
        if (!at)
            co_return context.out().usageError(tr("--%1 takes an ISO 8601 time, e.g. 2026-11-22T00:00:00Z").arg(key));
        query.addQueryItem(key, IsoTime::format(*at));
    }
    if (context.isSet(kStep)) {
        bool ok = false;
        const int step = context.value(kStep).toInt(&ok);
        if (!ok || step < 60 || step % 60 != 0)
            co_return context.out().usageError(tr("--step takes seconds, a multiple of 60, e.g. --step 3600"));
        query.addQueryItem(kStep, QString::number(step));
    }
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QString> poolId = co_await context.poolOption();
    if (!poolId)
        co_return context.out().fail(poolId.error());
    if (!poolId->isEmpty())
        query.addQueryItem(kPool, poolId.value());
    const QString path = QStringLiteral("/usage");
    const ClientResult<QJsonValue> usage = co_await context.getJson(path, query);
    if (!usage)
        co_return context.out().fail(usage.error());
    if (context.json()) {
        context.out().printJson(usage.value());
        co_return ExitOk;
    }
    const QJsonArray points = usage->toObject().value(QLatin1String("points")).toArray();
    if (context.isSet(kCsv)) {
        QString csv = kColumns.join(u',') + u'\n';
        for (const QJsonValue& value : points) {
            QStringList cells;
            for (const QString& column : kColumns)
                cells.append(JsonCells::cell(value.toObject(), column));
            csv += cells.join(u',') + u'\n';
        }
        context.out().print(csv);
        co_return ExitOk;
    }
    TablePrinter table({tr("TIME (UTC)"), tr("PEAK"), tr("SEATS"), tr("LOGINS"), tr("DENIALS")});
    for (const QJsonValue& value : points) {
        const QJsonObject point = value.toObject();
        QStringList cells{JsonCells::time(point, kColumns.at(0))};
        for (qsizetype c = 1; c < kColumns.size(); ++c)
            cells.append(JsonCells::cell(point, kColumns.at(c)));
        table.addRow(cells);
    }
    if (!table.isEmpty())
        context.out().print(table.render());
    context.out().line(tr("%n point(s).", nullptr, int(table.rowCount())));
    co_return ExitOk;
}

} // namespace seatwise
