#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>
#include <QStringList>

namespace seatwise {

// The answer to a login: the session and the token its heartbeats carry.
struct SessionGrant {
    QString id;
    QString token;
    QString poolId;
    SessionState state = SessionState::Active;
    SessionMode mode = SessionMode::Standard;
    QStringList features;
    int heartbeatIntervalS = 20;
    bool existing = false; // 200: the user's open session on this device was returned (R3)

    static ClientResult<SessionGrant> fromJson(const QJsonValue& value);
};

} // namespace seatwise
