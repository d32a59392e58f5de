#include "cli/ErrorMessage.h"

#include "cli/ExitCode.h"

#include <QCoreApplication>

namespace seatwise::ErrorMessage {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ErrorMessage", text, disambiguation, n);
}

// "409 no_license_available"
QString statusWords(const ClientError& error)
{
    return QString::number(error.httpStatus) + u' ' + error.code;
}

} // namespace

QString describe(const ClientError& error, const QUrl& gateway)
{
    const QString where = gateway.toString(QUrl::RemoveUserInfo);
    if (error.code == ClientErrorCode::Offline)
        return tr("cannot reach the gateway at %1 (%2): is seatwised running? Check --gateway or SEATWISE_GATEWAY.")
            .arg(where, error.message);
    if (error.code == ClientErrorCode::Timeout)
        return tr("the gateway at %1 did not answer in time: try again, or raise --timeout.").arg(where);
    if (error.code == ClientErrorCode::UntrustedCertificate)
        return tr("the gateway's certificate at %1 is not trusted (%2). If it is self-signed and that fingerprint is "
                  "the one its operator gives you, pass --pin-sha256 %3")
            .arg(where, error.message, error.body.value(QLatin1String("fingerprint")).toString());
    if (error.code == ClientErrorCode::BadAnswer)
        return tr("the gateway at %1 sent an answer seatctl does not understand (%2): are seatctl and seatwised "
                  "the same version?")
            .arg(where, error.message);
    if (error.httpStatus == 401)
        return tr("the gateway refused the credentials (%1: %2): check --token or SEATWISE_TOKEN, or sign in "
                  "with --login.")
            .arg(statusWords(error), error.message);
    if (error.httpStatus == 403)
        return tr("not permitted (%1: %2): use the token of a user who may do this (a manager or owner).")
            .arg(statusWords(error), error.message);
    if (error.httpStatus >= 500)
        return tr("the gateway failed (%1: %2): see its log, and try again.").arg(statusWords(error), error.message);
    if (error.httpStatus > 0)
        return tr("refused (%1): %2").arg(statusWords(error), error.message);
    return error.message; // seatctl's own findings, e.g. an unknown pool name
}

int exitCode(const ClientError& error)
{
    if (error.code == ClientErrorCode::Offline || error.code == ClientErrorCode::Timeout ||
        error.code == ClientErrorCode::UntrustedCertificate)
        return ExitUnreachable;
    if (error.code == ClientErrorCode::BadAnswer || error.httpStatus >= 500)
        return ExitServerError;
    return ExitRefused;
}

} // namespace seatwise::ErrorMessage
