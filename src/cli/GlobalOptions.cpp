#include "cli/GlobalOptions.h"

#include <QCoreApplication>

namespace seatwise::GlobalOptions {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("GlobalOptions", text, disambiguation, n);
}

} // namespace

QString defaultGateway()
{
    return QStringLiteral("http://127.0.0.1:8640");
}

QList<QCommandLineOption> all()
{
    return {
        {QStringLiteral("gateway"), tr("Gateway URL (default: env SEATWISE_GATEWAY, else %1).").arg(defaultGateway()),
         QStringLiteral("url")},
        {QStringLiteral("token"), tr("User token (default: env SEATWISE_TOKEN)."), QStringLiteral("token")},
        {QStringLiteral("login"), tr("Sign in as this user; the password is read from stdin."),
         QStringLiteral("login")},
        {QStringLiteral("password-stdin"), tr("Read the password from stdin without a prompt (with --login).")},
        {QStringLiteral("json"), tr("Print JSON on stdout (the gateway's, or the shape docs/cli.md gives).")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 10)."), QStringLiteral("seconds"),
         QStringLiteral("10")},
        {QStringLiteral("pin-sha256"),
         tr("Trust the gateway's self-signed HTTPS certificate with this SHA-256 fingerprint (default: env "
            "SEATWISE_PIN_SHA256); without it the system's certificate authorities decide."),
         QStringLiteral("fingerprint")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help (with a command: that command's).")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")},
    };
}

QStringList withValues()
{
    return {QStringLiteral("gateway"), QStringLiteral("token"), QStringLiteral("login"), QStringLiteral("timeout"),
            QStringLiteral("pin-sha256")};
}

} // namespace seatwise::GlobalOptions
