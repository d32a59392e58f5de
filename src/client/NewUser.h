#pragma once

#include "core/Vocabulary.h"

#include <QJsonObject>

namespace seatwise {

// The body of POST /users.
struct NewUser {
    QString login;
    QString name;
    Role role = Role::Agent;
    QString password;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("login"), login},
                {QStringLiteral("name"), name},
                {QStringLiteral("role"), toWire(role)},
                {QStringLiteral("password"), password}};
    }
};

} // namespace seatwise
