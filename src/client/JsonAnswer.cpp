#include "client/JsonAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>

namespace seatwise {
namespace {

ClientError networkError(const QNetworkReply& reply)
{
    // setTransferTimeout() aborts with OperationCanceledError; nothing else here cancels replies.
    const bool timedOut =
        reply.error() == QNetworkReply::OperationCanceledError || reply.error() == QNetworkReply::TimeoutError;
    return ClientError{
        0, QString(timedOut ? ClientErrorCode::Timeout : ClientErrorCode::Offline), reply.errorString(), {}};
}

ClientError httpError(int status, const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString code = object.value(QLatin1String("error")).toString();
    if (code.isEmpty())
        code = QStringLiteral("http_%1").arg(status);
    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200));
    return ClientError{status, code, message, object};
}

} // namespace

ClientResult<JsonAnswer> JsonAnswer::fromReply(QNetworkReply& reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return networkError(reply);

    const QByteArray body = reply.readAll();
    if (status >= 400)
        return httpError(status, body);
    if (body.trimmed().isEmpty())
        return JsonAnswer{status, QJsonValue()};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ClientError{status,
                           QString(ClientErrorCode::BadAnswer),
                           QStringLiteral("the gateway answered invalid JSON: ") + parseError.errorString(),
                           {}};
    return JsonAnswer{status, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object())};
}

} // namespace seatwise
