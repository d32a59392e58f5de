#pragma once

#include "core/Error.h"

#include <QSslConfiguration>

namespace seatwise::TlsSetup {

// The server side of HTTPS and WSS: the certificate chain (PEM, the server's first) and its private
// key (PEM, RSA or EC, unencrypted) read from files, TLS 1.2 or later. Clear errors for a missing
// file or a file that holds no certificate or key.
Result<QSslConfiguration> fromFiles(const QString& certificateFile, const QString& keyFile);

} // namespace seatwise::TlsSetup
