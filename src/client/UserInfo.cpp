#include "client/UserInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<UserInfo> UserInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    UserInfo user;
    user.id = in.string(QLatin1String("id"));
    user.login = in.string(QLatin1String("login"));
    user.name = in.optionalString(QLatin1String("name"));
    if (in.object().contains(QLatin1String("role")))
        user.role = in.word<Role>(QLatin1String("role"), Role::Agent);
    if (!in.ok())
        return badAnswer(QStringLiteral("user: ") + in.problem());
    return user;
}

} // namespace seatwise
