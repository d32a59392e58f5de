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
    std::optional<SessionMode> mode;
    bool force = false;
    bool standby = false;
    // Last and with an initialiser: positional initialisers written before it keep their meaning and
    // raise no missing-initializer warning.
    QString clientKey = {}; // anonymous pools (R19): the pool's key instead of login and password

    QJsonObject toJson() const;
};

} // namespace seatwise
