#include "AdminCall.h"

namespace seatwise {

static Result<AdminCall> withBody(Result<User> actor, const Request& request)
{
    if (!actor)
        return actor.error();
    auto body = request.jsonBody();
    if (!body)
        return body.error();
    return AdminCall{actor.value(), body.value()};
}

Result<AdminCall> AdminCall::manager(GatewayContext& context, const Request& request)
{
    return withBody(context.auth.requireManager(request), request);
}

Result<AdminCall> AdminCall::user(GatewayContext& context, const Request& request)
{
    return withBody(context.auth.requireUser(request), request);
}

} // namespace seatwise
