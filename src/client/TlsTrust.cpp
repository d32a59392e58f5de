#include "client/TlsTrust.h"

#include <QRegularExpression>

namespace seatwise {

bool TlsTrust::accepts(const QSslCertificate& peer) const
{
    return !pinnedSha256.isEmpty() && !peer.isNull() && fingerprint(peer) == pinnedSha256;
}

QByteArray TlsTrust::fingerprint(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsTrust::displayFingerprint(const QByteArray& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QByteArray TlsTrust::normalised(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex.toLatin1() : QByteArray();
}

} // namespace seatwise
