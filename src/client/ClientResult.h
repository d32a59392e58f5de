#pragma once

#include "client/ClientError.h"

#include <utility>
#include <variant>

namespace seatwise {

// A gateway answer or the ClientError that took its place. Default-constructible (QCoro::waitFor
// needs it), and then holds a "no_result" error.
template <typename T> class ClientResult {
public:
    ClientResult()
        : m_state(ClientError{0, QString(ClientErrorCode::NoResult), {}, {}})
    {
    }
    ClientResult(T value)
        : m_state(std::move(value))
    {
    }
    ClientResult(ClientError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    const ClientError& error() const { return std::get<ClientError>(m_state); }

private:
    std::variant<T, ClientError> m_state;
};

// The value of calls that answer nothing worth keeping (204, or a body nobody reads).
struct Nothing {};

} // namespace seatwise
