#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>

namespace seatwise {

// The answer to a heartbeat; terminateAtMs and message are set while the session is terminating.
struct HeartbeatAnswer {
    SessionState state = SessionState::Active;
    qint64 terminateAtMs = 0;
    QString message;

    static ClientResult<HeartbeatAnswer> fromJson(const QJsonValue& value);
};

} // namespace seatwise
