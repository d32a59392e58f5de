#pragma once

#include "client/ClientResult.h"
#include "client/UserInfo.h"
#include "core/Vocabulary.h"

#include <QJsonValue>
#include <optional>

namespace seatwise {

// A session as GET /sessions and the event stream list it. Times are ms since the epoch, 0 if unset.
struct SessionInfo {
    QString id;
    QString poolId;
    std::optional<UserInfo> user; // empty in anonymous pools
    QString device;
    SessionMode mode = SessionMode::Standard;
    SessionState state = SessionState::Active;
    qint64 openedAtMs = 0;
    qint64 lastSeenAtMs = 0;
    qint64 lastActiveAtMs = 0;
    bool overflow = false;

    static ClientResult<SessionInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
