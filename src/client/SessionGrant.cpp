#include "client/SessionGrant.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

#include <QJsonArray>

namespace seatwise {

ClientResult<SessionGrant> SessionGrant::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    SessionGrant grant;
    grant.id = in.string(QLatin1String("id"));
    grant.token = in.string(QLatin1String("token"));
    grant.poolId = in.optionalString(QLatin1String("pool"));
    grant.state = in.word<SessionState>(QLatin1String("state"), SessionState::Active);
    grant.mode = in.word<SessionMode>(QLatin1String("mode"), SessionMode::Standard);
    grant.heartbeatIntervalS = in.optionalInteger(QLatin1String("heartbeat_interval_s"), 20);
    const QJsonArray features = in.object().value(QLatin1String("features")).toArray();
    for (const QJsonValue& feature : features)
        grant.features.append(feature.toString());
    if (!in.ok())
        return badAnswer(QStringLiteral("login: ") + in.problem());
    return grant;
}

} // namespace seatwise
