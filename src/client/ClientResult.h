#pragma once

#include "client/ClientError.h"
#include "core/Error.h"

namespace seatwise {

// A gateway answer or the ClientError that took its place. Default-constructible (QCoro::waitFor
// needs it), and then holds a "no_result" error.
template <typename T> class ClientResult final : public Result<T, ClientError> {
public:
    using Result<T, ClientError>::Result;
    ClientResult()
        : Result<T, ClientError>(ClientError{0, QString(ClientErrorCode::NoResult), {}, {}})
    {
    }
};

// The value of calls that answer nothing worth keeping (204, or a body nobody reads).
struct Nothing {};

} // namespace seatwise
