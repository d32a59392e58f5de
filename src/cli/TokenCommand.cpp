#include "cli/TokenCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seatwise {

TokenCommand::TokenCommand()
    : Command(QStringLiteral("token"), QStringLiteral("token --login LOGIN [--password-stdin]"),
              tr("Sign in and print a user token (for SEATWISE_TOKEN)."))
{
}

QCoro::Task<int> TokenCommand::run(CliContext& context)
{
    if (!context.isSet(QStringLiteral("login")))
        co_return context.out().usageError(tr("token needs --login LOGIN (the password comes on stdin)"));
    const int signedIn = co_await context.signIn();
    if (signedIn != ExitOk)
        co_return signedIn;
    const QString token = context.client().token();
    if (context.json())
        context.out().printJson(QJsonObject{{QStringLiteral("token"), token}});
    else
        context.out().line(token);
    co_return ExitOk;
}

} // namespace seatwise
