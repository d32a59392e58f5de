#include "HttpReply.h"

#include <QJsonDocument>

namespace seatwise {

HttpReply HttpReply::json(int status, const QJsonObject& object)
{
    return HttpReply{
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

HttpReply HttpReply::json(int status, const QJsonArray& array)
{
    return HttpReply{
        status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

HttpReply HttpReply::noContent()
{
    return HttpReply{204, {}, {}, {}};
}

int HttpReply::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
    case ErrorCode::AdminRequiresManager:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::UserExists:
    case ErrorCode::NoLicenseAvailable:
    case ErrorCode::MultipleLogin:
    case ErrorCode::InvalidState:
    case ErrorCode::LicenseUnavailable:
    case ErrorCode::LicenseAssigned:
    case ErrorCode::AddonAttached:
    case ErrorCode::DuplicateExtension:
    case ErrorCode::DuplicateNumber:
        return 409;
    case ErrorCode::InvalidRows:
        return 422;
    case ErrorCode::SessionEnded:
        return 410;
    case ErrorCode::StoreUnavailable:
        return 503;
    case ErrorCode::TooManyRequests:
        return 429;
    case ErrorCode::RequestTimeout:
        return 408;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::UriTooLong:
        return 414;
    case ErrorCode::HeadersTooLarge:
        return 431;
    }
    return 500;
}

HttpReply HttpReply::error(const Error& error)
{
    QJsonObject body = error.details;
    body.insert(QStringLiteral("error"), errorCodeName(error.code));
    body.insert(QStringLiteral("message"), error.message);
    HttpReply reply = json(statusFor(error.code), body);
    if (const QJsonValue wait = error.details.value(QLatin1String("retry_after_s")); wait.isDouble())
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait.toInt())});
    return reply;
}

} // namespace seatwise
