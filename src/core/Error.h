#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace seatwise {

// Every way a request can fail, as the domain sees it. The gateway maps these to HTTP in one place
// (gateway/HttpReply.cpp); the console maps them to words in one place.
enum class ErrorCode {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    UserExists,
    NoLicenseAvailable,
    MultipleLogin,
    AdminRequiresManager,
    SessionEnded,
    InvalidState,
    LicenseUnavailable,
    LicenseAssigned,
    AddonAttached,
    DuplicateExtension,
    DuplicateNumber,
    InvalidRows,
    StoreUnavailable,
    TooManyRequests,
    // Refused before any route sees the request (gateway/RequestLimits.h): too big or too slow.
    PayloadTooLarge,
    UriTooLong,
    HeadersTooLarge,
    RequestTimeout,
};

// The wire name of a code, e.g. "no_license_available".
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code;
    QString message;     // for people: says what to fix
    QJsonObject details; // extra fields merged into the error body (e.g. "sessions", "reason")
};

// A value or the reason there is none; std::expected arrives only with C++23. The client layer uses it
// with its own error type (ClientResult).
template <typename T, typename E = Error> class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(E error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    const E& error() const { return std::get<E>(m_state); }

private:
    std::variant<T, E> m_state;
};

struct Done {};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, QString message, QJsonObject details = {})
{
    return Error{code, std::move(message), std::move(details)};
}

} // namespace seatwise
