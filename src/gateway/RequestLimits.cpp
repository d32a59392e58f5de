#include "RequestLimits.h"

#include <QCommandLineParser>

namespace seatwise {
namespace {

const QString kMaxBody = QStringLiteral("max-body-bytes");
const QString kMaxImport = QStringLiteral("max-import-bytes");
const QString kHeaderTimeout = QStringLiteral("header-timeout");

} // namespace

void RequestLimits::addOptions(QCommandLineParser& parser)
{
    const RequestLimits defaults;
    parser.addOption(QCommandLineOption(
        kMaxBody,
        QStringLiteral("Refuse request bodies over this many bytes with 413 (default %1).").arg(defaults.maxBodyBytes),
        QStringLiteral("bytes"), QString::number(defaults.maxBodyBytes)));
    parser.addOption(QCommandLineOption(
        kMaxImport,
        QStringLiteral("The same for mass configuration CSV files (default %1, room for 100,000 rows).")
            .arg(defaults.maxImportBytes),
        QStringLiteral("bytes"), QString::number(defaults.maxImportBytes)));
    parser.addOption(QCommandLineOption(
        kHeaderTimeout,
        QStringLiteral("Close a connection whose request line and headers take longer than this many seconds to "
                       "arrive, with 408 (default %1).")
            .arg(defaults.headerTimeoutMs / 1000),
        QStringLiteral("seconds"), QString::number(defaults.headerTimeoutMs / 1000)));
}

bool RequestLimits::readOptions(const QCommandLineParser& parser, QString* problem)
{
    const auto positive = [&](const QString& name, double* value) {
        bool ok = false;
        *value = parser.value(name).toDouble(&ok);
        if (ok && *value > 0 && *value < 1e15)
            return true;
        *problem = QStringLiteral("--%1 takes a number above 0; got \"%2\"").arg(name, parser.value(name));
        return false;
    };
    double body = 0, import = 0, timeout = 0;
    if (!positive(kMaxBody, &body) || !positive(kMaxImport, &import) || !positive(kHeaderTimeout, &timeout))
        return false;
    maxBodyBytes = qint64(body);
    maxImportBytes = qint64(import);
    headerTimeoutMs = int(qMin(timeout * 1000, 86'400'000.0));
    return true;
}

} // namespace seatwise
