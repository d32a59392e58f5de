#include "client/SessionInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<SessionInfo> SessionInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    SessionInfo session;
    session.id = in.string(QLatin1String("id"));
    session.poolId = in.optionalString(QLatin1String("pool")); // null for a limited admin with no admin pool
    session.device = in.optionalString(QLatin1String("device"));
    session.mode = in.word<SessionMode>(QLatin1String("mode"), SessionMode::Standard);
    session.state = in.word<SessionState>(QLatin1String("state"), SessionState::Active);
    session.openedAtMs = in.time(QLatin1String("opened_at"));
    session.lastSeenAtMs = in.optionalTime(QLatin1String("last_seen_at"));
    session.lastActiveAtMs = in.optionalTime(QLatin1String("last_active_at"));
    session.overflow = in.optionalBool(QLatin1String("overflow"), false);
    if (!in.ok())
        return badAnswer(QStringLiteral("session: ") + in.problem());

    const QJsonValue user = in.object().value(QLatin1String("user"));
    if (user.isObject()) {
        ClientResult<UserInfo> parsed = UserInfo::fromJson(user);
        if (!parsed)
            return parsed.error();
        session.user = std::move(parsed).value();
    }
    return session;
}

} // namespace seatwise
