#include "Bootstrap.h"

#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Transact.h"

#include <QUuid>

namespace seatwise::Bootstrap {

Status ensureOwner(const Database& database, const QString& token, qint64 nowMs)
{
    if (token.isEmpty())
        return Done{};
    return transact(database, [&](Repos& repos) -> Status {
        auto users = repos.users.count();
        if (!users)
            return users.error();
        if (users.value() > 0)
            return Done{};
        User owner;
        owner.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        owner.login = QStringLiteral("admin");
        owner.name = QStringLiteral("Administrator");
        owner.role = Role::Owner;
        owner.sessionsView = Permissions::defaultView(Role::Owner);
        owner.sessionsControl = Permissions::defaultControl(Role::Owner);
        if (auto made = repos.users.create(owner, QString(), nowMs); !made)
            return made.error();
        if (auto stored = repos.users.addApiToken(Credentials::hashToken(token), owner.id, nowMs); !stored)
            return stored;
        qInfo("bootstrap: created owner \"admin\" with the bootstrap token");
        return repos.audit.append(nowMs, QStringLiteral("system"), QStringLiteral("user.bootstrap"), owner.id);
    });
}

Status grantRunToken(const Database& database, const QString& token, qint64 nowMs)
{
    if (token.isEmpty())
        return Done{};
    return transact(database, [&](Repos& repos) -> Status {
        auto holder = repos.users.userForToken(Credentials::hashToken(token), nowMs);
        if (!holder)
            return holder.error();
        if (holder.value()) // the bootstrap of a new store already gave it to the owner
            return Done{};
        auto users = repos.users.all();
        if (!users)
            return users.error();
        for (const User& user : users.value()) {
            if (user.role == Role::Owner)
                return repos.users.addApiToken(Credentials::hashToken(token), user.id, nowMs);
        }
        return makeError(ErrorCode::StoreUnavailable,
                         QStringLiteral("The store has no owner to grant the run token to."));
    });
}

Status revokeRunToken(const Database& database, const QString& token)
{
    if (token.isEmpty())
        return Done{};
    return transact(database, [&](Repos& repos) { return repos.users.revokeApiToken(Credentials::hashToken(token)); });
}

} // namespace seatwise::Bootstrap
