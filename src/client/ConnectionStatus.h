#pragma once

#include "client/ClientError.h"

#include <QDateTime>
#include <QMetaType>

namespace seatwise {

// How a GatewayClient's calls fare: Online while they get HTTP answers, Reconnecting while an
// idempotent call waits to try again after a connection failure, Offline when the last call got no
// usable answer. Keeps the last failure (words for people: console/ErrorText) and when the gateway
// last answered, so the console can say "offline since 10:42, showing the last known state".
struct ConnectionStatus {
    enum class State {
        Online,
        Reconnecting,
        Offline,
    };

    State state = State::Online;
    ClientError lastError;  // the failure behind Reconnecting/Offline; empty code while Online
    QDateTime lastAnswerAt; // UTC; invalid until the first answer

    bool isOnline() const { return state == State::Online; }
};

} // namespace seatwise

Q_DECLARE_METATYPE(seatwise::ConnectionStatus)
