#include "SignIn.h"

#include "GatewayContext.h"
#include "store/Credentials.h"
#include "store/Repos.h"

namespace seatwise {

Result<User> signIn(GatewayContext& ctx, Repos& repos, const QString& login, const QString& password,
                    const QString& peer)
{
    auto user = repos.users.byLogin(login);
    if (!user)
        return user.error();
    // An unknown login is not logged as typed: it is often a password typed into the wrong field.
    const QByteArray shown = user.value() ? QByteArray('"' + login.toUtf8() + '"') : QByteArray("(unknown)");
    if (const int wait = ctx.throttle.retryAfterS(login, peer); wait > 0) {
        qInfo("sign-in throttled for login %s from %s", shown.constData(), qUtf8Printable(peer));
        return makeError(ErrorCode::TooManyRequests,
                         QStringLiteral("Too many failed sign-ins; try again in %1 s.").arg(wait),
                         QJsonObject{{QStringLiteral("retry_after_s"), wait}});
    }
    auto hash = user.value() ? repos.users.passwordHash(user.value()->id) : Result<QString>(QString());
    if (!hash)
        return hash.error();
    if (!user.value() || !Credentials::verifyPassword(password, hash.value())) {
        ctx.throttle.recordFailure(login, peer);
        qInfo("sign-in refused for login %s from %s", shown.constData(), qUtf8Printable(peer));
        return makeError(ErrorCode::Unauthorized, QStringLiteral("Wrong login or password."));
    }
    ctx.throttle.recordSuccess(login);
    return *user.value();
}

} // namespace seatwise
