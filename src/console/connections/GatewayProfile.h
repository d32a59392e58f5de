#pragma once

#include <QString>
#include <QUrl>

namespace seatwise {

// One gateway the console knows: where it is and who signs in there. Never a password or a token:
// those live in the keychain (TokenVault), keyed by `id`.
struct GatewayProfile {
    QString id;
    QString name;
    QUrl url; // the gateway's root, e.g. http://127.0.0.1:8640
    QString login;
    bool embedded = false; // the console's own in-process gateway: always listed first, never removed
    // The self-signed HTTPS certificate the manager chose to trust (SHA-256, hex); empty: the system's CAs.
    QByteArray certificateSha256;

    // The id of the embedded gateway's profile, the default on a first start.
    static QString embeddedId() { return QStringLiteral("embedded"); }
    // The root of the API calls below `url` (…/api/v1), as GatewayClient takes it.
    QUrl apiBaseUrl() const;

    friend bool operator==(const GatewayProfile&, const GatewayProfile&) = default;
};

} // namespace seatwise
