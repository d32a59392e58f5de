#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace seatwise {

// How a client trusts a gateway's HTTPS certificate: by the system's certificate authorities (and
// the host name), as any browser does; or, for a self-signed certificate the manager chose to trust
// ("trust this certificate"), by that exact certificate, pinned by its SHA-256 fingerprint. A pin
// accepts that certificate only: a different one, even a valid one, is refused until trusted anew.
struct TlsTrust {
    QByteArray pinnedSha256; // lower-case hex of the DER certificate's SHA-256; empty: no pin

    // True when the errors of this handshake may be ignored: the peer's certificate is the pinned one.
    bool accepts(const QSslCertificate& peer) const;
    // "ab:cd:..." as people compare it, and the bare hex form the pin keeps.
    static QByteArray fingerprint(const QSslCertificate& certificate);
    static QString displayFingerprint(const QByteArray& hex);
    // Takes "AB:CD…" or "abcd…" (64 hex digits); empty when it is neither.
    static QByteArray normalised(const QString& text);
};

} // namespace seatwise
