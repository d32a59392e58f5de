#pragma once

#include "core/Vocabulary.h"

#include <QJsonObject>
#include <optional>

namespace seatwise {

// The body of POST /sessions (an agent's login). Without login/password the client's user token
// authenticates the call instead.
struct LoginRequest {
    QString login;
    QString password;
    QString pool; // may stay empty with mode admin
    QString device;
    QString clientKey; // anonymous pools (R19): the pool's key instead of login and password
    std::optional<SessionMode> mode;
    bool force = false;
    bool standby = false;

    QJsonObject toJson() const;
};

} // namespace seatwise
