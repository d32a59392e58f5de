#include "Permissions.h"

namespace seatwise::Permissions {

ViewScope defaultView(Role role)
{
    return role == Role::Agent ? ViewScope::Own : ViewScope::Domain;
}

ControlScope defaultControl(Role role)
{
    return role == Role::Agent ? ControlScope::Own : ControlScope::Domain;
}

bool isManager(const User& user)
{
    return user.role == Role::Manager || user.role == Role::Owner;
}

static bool isOwnSession(const User& user, const Session& session)
{
    return session.user && session.user->id == user.id;
}

bool canView(const User& viewer, const Session& session)
{
    if (isOwnSession(viewer, session))
        return true;
    if (session.state == SessionState::Paused)
        return false;
    return viewer.sessionsView == ViewScope::Domain;
}

bool canControl(const User& actor, const Session& session)
{
    switch (actor.sessionsControl) {
    case ControlScope::None:
        return false;
    case ControlScope::Own:
        return isOwnSession(actor, session);
    case ControlScope::Domain:
        return isOwnSession(actor, session) || session.state != SessionState::Paused;
    }
    return false;
}

bool canCreateUser(const User& actor, Role newRole)
{
    if (actor.role == Role::Owner)
        return true;
    return actor.role == Role::Manager && newRole == Role::Agent;
}

} // namespace seatwise::Permissions
