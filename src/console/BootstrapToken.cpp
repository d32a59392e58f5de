#include "console/BootstrapToken.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <array>

namespace seatwise::BootstrapToken {
namespace {

QString generate()
{
    std::array<quint32, 8> words{}; // 256 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("bootstrap-token"));
}

std::optional<QString> loadOrCreate(const QString& dataDir, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<QString> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!QDir().mkpath(dataDir))
        return fail(QStringLiteral("cannot create %1").arg(dataDir));

    QFile file(filePath(dataDir));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        const QString token = QString::fromLatin1(file.readAll().trimmed());
        if (token.isEmpty())
            return fail(QStringLiteral("%1 is empty").arg(file.fileName()));
        return token;
    }

    // Restrict the file before anything secret is in it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const QString token = generate();
    if (file.write(token.toLatin1() + '\n') < 0 || !file.flush())
        return fail(file.errorString());
    return token;
}

} // namespace seatwise::BootstrapToken
