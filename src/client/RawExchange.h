#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace seatwise {

// The answer to one request of a KeepAliveConnection: status 0 means no HTTP answer came
// (`networkError` says why: refused, closed, timeout).
struct RawAnswer {
    int status = 0;
    QByteArray body;
    QString networkError;
    bool timedOut = false;
};

// One request for a KeepAliveConnection: a path below the connection's base path and a JSON body.
struct RawExchange {
    QByteArray verb;
    QByteArray path; // e.g. "/sessions/<id>/heartbeat", appended to the base path
    QByteArray body; // JSON, or empty for none
    QByteArray bearer;
    std::function<void(const RawAnswer&)> done;
};

} // namespace seatwise
