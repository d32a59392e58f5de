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

} // namespace seatwise::Bootstrap
