#include "client/HeartbeatAnswer.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<HeartbeatAnswer> HeartbeatAnswer::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    HeartbeatAnswer answer;
    answer.state = in.word<SessionState>(QLatin1String("state"), SessionState::Active);
    answer.terminateAtMs = in.optionalTime(QLatin1String("terminate_at"));
    answer.message = in.optionalString(QLatin1String("message"));
    if (!in.ok())
        return badAnswer(QStringLiteral("heartbeat: ") + in.problem());
    return answer;
}

} // namespace seatwise
