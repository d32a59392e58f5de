#pragma once

#include "GatewayContext.h"
#include "Request.h"

namespace seatwise {

// What every admin route starts from: who calls (already checked) and the JSON body (an object,
// empty when none was sent).
struct AdminCall {
    User actor;
    QJsonObject body;

    // A manager or owner with a well-formed body; 401/403/400 otherwise.
    static Result<AdminCall> manager(GatewayContext& context, const Request& request);
    // Any signed-in user (R13 decides the rest) with a well-formed body.
    static Result<AdminCall> user(GatewayContext& context, const Request& request);
};

} // namespace seatwise
