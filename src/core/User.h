#pragma once

#include "Vocabulary.h"

namespace seatwise {

struct User {
    QString id;
    QString login;
    QString name;
    Role role = Role::Agent;
    ViewScope sessionsView = ViewScope::Own;
    ControlScope sessionsControl = ControlScope::Own;
};

} // namespace seatwise
