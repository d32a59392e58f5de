#pragma once

#include "core/Error.h"
#include "core/User.h"

#include <QString>

namespace seatwise {

struct GatewayContext;
struct Repos;

// A login and password checked the one way every route checks them (POST /auth/token and
// POST /sessions): throttled per login and address (429 with Retry-After), the same 401 whether
// the login exists or not, refusals logged with the login and address and never the password.
Result<User> signIn(GatewayContext& ctx, Repos& repos, const QString& login, const QString& password,
                    const QString& peer);

} // namespace seatwise
