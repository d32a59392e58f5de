#pragma once

#include <QHostAddress>
#include <QString>

namespace seatwise {

struct GatewayOptions {
    QString db; // SQLite file path (PostgreSQL URLs later)
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8640;    // 0: any free port (see Gateway::port())
    QString bootstrapToken; // on an empty store: owner "admin" with this token
    // Granted to the account's first owner for this run only and revoked at stop(): how the console
    // talks to its embedded gateway without keeping any secret on disk or in a keychain.
    QString runToken;
    int reaperIntervalMs = 250; // deadlines are met within this, well inside a second
    int listenBacklog = 1024;
};

} // namespace seatwise
