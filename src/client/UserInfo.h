#pragma once

#include "client/ClientResult.h"
#include "core/Vocabulary.h"

#include <QJsonValue>
#include <optional>

namespace seatwise {

// A user as answers name one: {id, login, name} in sessions, plus role where the gateway gives it.
struct UserInfo {
    QString id;
    QString login;
    QString name;
    std::optional<Role> role;

    static ClientResult<UserInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
