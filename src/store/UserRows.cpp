#include "UserRows.h"

#include <QStringList>
#include <QVariant>

namespace seatwise::UserRows {

QString columns(const QString& prefix)
{
    QStringList names;
    for (const char* column : {"id", "login", "name", "role", "sessions_view", "sessions_control"})
        names.append(prefix + QString::fromLatin1(column));
    return names.join(QStringLiteral(", "));
}

User read(const QSqlQuery& query, int first)
{
    User user;
    user.id = query.value(first).toString();
    user.login = query.value(first + 1).toString();
    user.name = query.value(first + 2).toString();
    user.role = parseWire<Role>(query.value(first + 3).toString()).value_or(Role::Agent);
    user.sessionsView = parseWire<ViewScope>(query.value(first + 4).toString()).value_or(ViewScope::Own);
    user.sessionsControl = parseWire<ControlScope>(query.value(first + 5).toString()).value_or(ControlScope::None);
    return user;
}

} // namespace seatwise::UserRows
