#pragma once

#include "core/Vocabulary.h"

#include <QList>
#include <QString>

namespace seatwise {

// One simulated person of the demo.
struct DemoPerson {
    QString login;
    QString name;
    Role role = Role::Agent;
    bool awayFromDesk = false; // heartbeats with active:false, so the session turns inactive (R7)
    bool startsLoggedIn = true;
};

// What the demo seeding made: the pools the simulated people log in to, and the people.
struct DemoPlan {
    QString agentsPoolId;
    QString adminPoolId;
    QString password;
    QList<DemoPerson> people;
};

} // namespace seatwise
