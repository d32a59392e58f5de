#include "TlsSetup.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace seatwise::TlsSetup {
namespace {

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Cannot read the TLS %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<QSslConfiguration> fromFiles(const QString& certificateFile, const QString& keyFile)
{
    auto certificates = readFile(certificateFile, QStringLiteral("certificate"));
    if (!certificates)
        return certificates.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return makeError(
            ErrorCode::BadRequest,
            QStringLiteral("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").").arg(certificateFile));
    auto keyData = readFile(keyFile, QStringLiteral("key"));
    if (!keyData)
        return keyData.error();
    QSslKey key(keyData.value(), QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData.value(), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove who they are with tokens
    return configuration;
}

} // namespace seatwise::TlsSetup
