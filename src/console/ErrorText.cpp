#include "console/ErrorText.h"

#include <QCoreApplication>

namespace seatwise::ErrorText {
namespace {
// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::ErrorText", text);
}
} // namespace

QString describe(const ClientError& error)
{
    const QString& code = error.code;
    if (code == ClientErrorCode::Offline)
        return tr("The gateway cannot be reached (%1).").arg(error.message);
    if (code == ClientErrorCode::Timeout)
        return tr("The gateway did not answer in time.");
    if (code == ClientErrorCode::UntrustedCertificate)
        return tr("The gateway's certificate is not trusted. Open Gateways… and test the connection to check "
                  "and trust it.");
    if (code == ClientErrorCode::BadAnswer)
        return tr("The gateway sent an answer the console does not understand: %1").arg(error.message);
    if (code == QLatin1String("unauthorized"))
        return tr("The gateway refused the console's token. Sign in again.");
    if (code == QLatin1String("forbidden"))
        return tr("You are not allowed to do that on this gateway.");
    if (code == QLatin1String("no_license_available"))
        return tr("No seat is free in that pool.");
    // The gateway's own message is written for people; use it for everything else.
    if (!error.message.isEmpty())
        return error.message;
    return tr("The gateway answered with error %1 (%2).").arg(code).arg(error.httpStatus);
}

} // namespace seatwise::ErrorText
