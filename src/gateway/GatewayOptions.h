#pragma once

#include <QHostAddress>
#include <QString>

namespace seatwise {

struct GatewayOptions {
    QString db;                                   // SQLite file path (PostgreSQL URLs later)
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8640;                          // 0: any free port (see Gateway::port())
    QString bootstrapToken;                       // on an empty store: owner "admin" with this token
    int reaperIntervalMs = 250;                   // deadlines are met within this, well inside a second
    int listenBacklog = 1024;
};

} // namespace seatwise
