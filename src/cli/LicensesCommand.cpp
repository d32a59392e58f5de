#include "cli/LicensesCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonCells.h"
#include "cli/TablePrinter.h"
#include "client/GatewayClient.h"
#include "client/LicenseFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kPool = QStringLiteral("pool");
const QString kUser = QStringLiteral("user");
const QString kStatus = QStringLiteral("status");
const QString kType = QStringLiteral("type");
const QString kExtension = QStringLiteral("extension");

} // namespace

LicensesCommand::LicensesCommand()
    : Command(
          QStringLiteral("licenses"),
          QStringLiteral("licenses [--pool POOL] [--user LOGIN] [--status STATUS] [--type TYPE] [--extension PREFIX]"),
          tr("Named licenses with their user, extension, number and add-ons."))
{
}

QList<QCommandLineOption> LicensesCommand::options() const
{
    return {{kPool, tr("Only this pool (name or id)."), kPool},
            {kUser, tr("Only licenses assigned to this login."), QStringLiteral("login")},
            {kStatus, tr("available, assigned or terminated."), kStatus},
            {kType, tr("A base type (phone_system, ...) or an add-on code."), kType},
            {kExtension, tr("Extensions starting with this."), QStringLiteral("prefix")}};
}

QCoro::Task<int> LicensesCommand::run(CliContext& context)
{
    LicenseFilter filter;
    filter.user = context.value(kUser);
    filter.type = context.value(kType);
    filter.extension = context.value(kExtension);
    if (context.isSet(kStatus)) {
        filter.status = parseWire<LicenseStatus>(context.value(kStatus));
        if (!filter.status)
            co_return context.out().usageError(tr("--status takes available, assigned or terminated"));
    }
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const ClientResult<QString> poolId = co_await context.poolOption();
    if (!poolId)
        co_return context.out().fail(poolId.error());
    filter.pool = poolId.value();
    const QString path = QStringLiteral("/licenses");
    const QUrlQuery query = filter.toUrlQuery();
    const ClientResult<QJsonValue> licenses = co_await context.getJson(path, query);
    if (!licenses)
        co_return context.out().fail(licenses.error());
    if (context.json()) {
        context.out().printJson(licenses.value());
        co_return ExitOk;
    }
    const ClientResult<QHash<QString, QString>> names = co_await context.poolNames();
    if (!names)
        co_return context.out().fail(names.error());
    const QHash<QString, QString>& poolNames = names.value();

    TablePrinter table({tr("LICENSE"), tr("POOL"), tr("STATUS"), tr("USER"), tr("EXT"), tr("NUMBER"), tr("ADDONS")});
    const QJsonArray rows = licenses->toArray();
    for (const QJsonValue& value : rows) {
        const QJsonObject license = value.toObject();
        const QString pool = license.value(QLatin1String("pool")).toString();
        table.addRow({JsonCells::cell(license, QStringLiteral("id")), poolNames.value(pool, pool),
                      JsonCells::cell(license, kStatus), JsonCells::cell(license, QStringLiteral("assigned_to")),
                      JsonCells::cell(license, QStringLiteral("extension")),
                      JsonCells::cell(license, QStringLiteral("number")),
                      JsonCells::cell(license, QStringLiteral("addons"))});
    }
    if (!table.isEmpty())
        context.out().print(table.render());
    context.out().line(tr("%n license(s).", nullptr, int(table.rowCount())));
    co_return ExitOk;
}

} // namespace seatwise
