#pragma once

#include "Session.h"
#include "User.h"

namespace seatwise::Permissions {

// R13 defaults: agents see and end their own sessions; managers and owners the whole domain.
ViewScope defaultView(Role role);
ControlScope defaultControl(Role role);

bool isManager(const User& user);
// R11: a paused session is listed only to its own user.
bool canView(const User& viewer, const Session& session);
bool canControl(const User& actor, const Session& session);
// Managers create agents; owners create anyone.
bool canCreateUser(const User& actor, Role newRole);

} // namespace seatwise::Permissions
