#pragma once

#include "RequestLimits.h"

#include <QHostAddress>
#include <QString>

namespace seatwise {

struct GatewayOptions {
    QString db; // SQLite file path or postgresql:// URL
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8640;    // 0: any free port (see Gateway::port())
    QString bootstrapToken; // on an empty store: owner "admin" with this token
    // Granted to the account's first owner for this run only and revoked at stop(): how the console
    // talks to its embedded gateway without keeping any secret on disk or in a keychain.
    QString runToken;
    int reaperIntervalMs = 250; // deadlines are met within this, well inside a second
    int listenBacklog = 1024;
    // Keep-alive connections with no request for this long are closed (Qt 6.4 never does it). Longer
    // than any heartbeat interval, so agents keep their connection; WebSocket listeners are never closed.
    int idleTimeoutMs = 120'000;
    // Tokens from POST /auth/token expire after this (0: never); DELETE /auth/token revokes one sooner.
    qint64 tokenLifetimeS = 30LL * 24 * 3600;
    // Failed sign-ins allowed per login and per address within the window before 429.
    int signInAttemptsPerLogin = 5;
    int signInAttemptsPerAddress = 50;
    int signInWindowS = 15 * 60;
    // HTTPS and WSS when both are set (PEM files); plain HTTP otherwise.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    RequestLimits limits; // sizes and times past which a request is refused before any route sees it
};

} // namespace seatwise
