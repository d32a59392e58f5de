#include "Error.h"

namespace seatwise {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::UserExists:
        return QStringLiteral("user_exists");
    case ErrorCode::NoLicenseAvailable:
        return QStringLiteral("no_license_available");
    case ErrorCode::MultipleLogin:
        return QStringLiteral("multiple_login");
    case ErrorCode::AdminRequiresManager:
        return QStringLiteral("admin_requires_manager");
    case ErrorCode::SessionEnded:
        return QStringLiteral("session_ended");
    case ErrorCode::InvalidState:
        return QStringLiteral("invalid_state");
    case ErrorCode::LicenseUnavailable:
        return QStringLiteral("license_unavailable");
    case ErrorCode::LicenseAssigned:
        return QStringLiteral("license_assigned");
    case ErrorCode::AddonAttached:
        return QStringLiteral("addon_attached");
    case ErrorCode::DuplicateExtension:
        return QStringLiteral("duplicate_extension");
    case ErrorCode::DuplicateNumber:
        return QStringLiteral("duplicate_number");
    case ErrorCode::InvalidRows:
        return QStringLiteral("invalid_rows");
    case ErrorCode::StoreUnavailable:
        return QStringLiteral("store_unavailable");
    case ErrorCode::TooManyRequests:
        return QStringLiteral("too_many_requests");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::UriTooLong:
        return QStringLiteral("uri_too_long");
    case ErrorCode::HeadersTooLarge:
        return QStringLiteral("headers_too_large");
    case ErrorCode::RequestTimeout:
        return QStringLiteral("request_timeout");
    }
    return QStringLiteral("internal");
}

} // namespace seatwise
