#include "cli/AssignCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonCells.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

const QString kPool = QStringLiteral("pool");
const QString kUser = QStringLiteral("user");
const QString kExtension = QStringLiteral("extension");
const QString kNumber = QStringLiteral("number");

} // namespace

AssignCommand::AssignCommand()
    : Command(QStringLiteral("assign"),
              QStringLiteral("assign (LICENSE | --pool POOL) --user LOGIN [--extension EXT] [--number DID]"),
              tr("Assign a named license (or the first free one of a pool) to a user."))
{
}

QList<QCommandLineOption> AssignCommand::options() const
{
    return {{kUser, tr("The user's login."), QStringLiteral("login")},
            {kPool, tr("Take the first available license of this pool (name or id)."), kPool},
            {kExtension, tr("Extension, 1-8 digits."), QStringLiteral("ext")},
            {kNumber, tr("Phone number (DID), 7-15 digits."), QStringLiteral("did")}};
}

QCoro::Task<int> AssignCommand::run(CliContext& context)
{
    QString licenseId = context.arguments().value(0);
    if (!context.isSet(kUser) || licenseId.isEmpty() == !context.isSet(kPool) || context.arguments().size() > 1)
        co_return context.out().usageError(tr("assign takes a LICENSE id or --pool POOL, and --user LOGIN"));
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    if (licenseId.isEmpty()) {
        const ClientResult<QString> poolId = co_await context.poolOption();
        if (!poolId)
            co_return context.out().fail(poolId.error());
        const QString path = QStringLiteral("/licenses");
        const QUrlQuery query({{kPool, poolId.value()}, {QStringLiteral("status"), QStringLiteral("available")}});
        const ClientResult<QJsonValue> free = co_await context.getJson(path, query);
        if (!free)
            co_return context.out().fail(free.error());
        const QJsonArray available = free->toArray();
        if (!available.isEmpty())
            licenseId = available.first().toObject().value(QLatin1String("id")).toString();
        if (licenseId.isEmpty())
            co_return context.out().fail(
                ClientError{409,
                            QStringLiteral("license_unavailable"),
                            tr("pool %1 has no available license").arg(context.value(QStringLiteral("pool"))),
                            {}});
    }

    QJsonObject body{{kUser, context.value(kUser)}};
    if (context.isSet(kExtension))
        body.insert(kExtension, context.value(kExtension));
    if (context.isSet(kNumber))
        body.insert(kNumber, context.value(kNumber));
    GatewayClient::HttpCall request{QByteArrayLiteral("POST"),
                                    QStringLiteral("/licenses/") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(licenseId)) +
                                        QStringLiteral("/assign"),
                                    {},
                                    body,
                                    {}};
    const ClientResult<JsonAnswer> assigned = co_await context.client().call(std::move(request));
    if (!assigned)
        co_return context.out().fail(assigned.error());
    const QJsonObject license = assigned->json.toObject();
    if (context.json()) {
        context.out().printJson(license);
        co_return ExitOk;
    }
    context.out().line(tr("Assigned license %1 to %2 (extension %3, number %4).")
                           .arg(licenseId, JsonCells::cell(license, QStringLiteral("assigned_to")),
                                JsonCells::cell(license, kExtension), JsonCells::cell(license, kNumber)));
    co_return ExitOk;
}

} // namespace seatwise
