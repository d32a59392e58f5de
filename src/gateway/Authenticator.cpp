#include "Authenticator.h"

#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Repos.h"

namespace seatwise {

Result<Principal> Authenticator::identify(const Request& request) const
{
    return identifyToken(request.bearerToken());
}

Result<Principal> Authenticator::identifyToken(const QString& token) const
{
    if (token.isEmpty())
        return makeError(
            ErrorCode::Unauthorized,
            QStringLiteral("Send \"Authorization: Bearer <token>\"; get a token from POST /api/v1/auth/token."));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Repos repos(db.value());
    const QString hash = Credentials::hashToken(token);
    auto user = repos.users.userForToken(hash, m_clock.nowMs());
    if (!user)
        return user.error();
    if (user.value())
        return Principal{user.value(), std::nullopt};
    auto session = repos.sessions.byToken(hash);
    if (!session)
        return session.error();
    if (session.value() && session.value()->isOpen())
        return Principal{session.value()->user, session.value()};
    return makeError(ErrorCode::Unauthorized,
                     QStringLiteral("The token is unknown, expired or revoked; sign in again."));
}

Result<User> Authenticator::requireUser(const Request& request, Limited limited) const
{
    auto principal = identify(request);
    if (!principal)
        return principal.error();
    const auto& session = principal.value().session;
    if (session) {
        const bool allowed = session->mode == SessionMode::Admin ||
                             (session->mode == SessionMode::LimitedAdmin && limited == Limited::Allowed);
        if (!allowed || !principal.value().user)
            return makeError(ErrorCode::Forbidden,
                             session->mode == SessionMode::LimitedAdmin
                                 ? QStringLiteral("Limited admin mode may only list sessions and sign users out.")
                                 : QStringLiteral("A session token cannot be used here; use a user token."));
    }
    if (!principal.value().user)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("This call needs a user token."));
    return *principal.value().user;
}

Result<User> Authenticator::requireManager(const Request& request, Limited limited) const
{
    auto user = requireUser(request, limited);
    if (user && !Permissions::isManager(user.value()))
        return makeError(ErrorCode::Forbidden, QStringLiteral("Only managers and owners may do this."));
    return user;
}

} // namespace seatwise
