#include "console/usage/UsageExport.h"

#include "core/IsoTime.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace seatwise::UsageExport {
namespace {

// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::UsageExport", text);
}

} // namespace

QByteArray csvHeader()
{
    return QByteArrayLiteral("time_utc,peak,seats,logins,denials\n");
}

bool writeCsv(QIODevice& out, std::span<const UsagePoint> points)
{
    if (out.write(csvHeader()) < 0)
        return false;
    QByteArray chunk;
    chunk.reserve(1 << 16);
    for (const UsagePoint& p : points) {
        chunk += IsoTime::format(p.atMs).toLatin1();
        chunk += ',' + QByteArray::number(p.peak) + ',' + QByteArray::number(p.seats) + ',' +
                 QByteArray::number(p.logins) + ',' + QByteArray::number(p.denials) + '\n';
        if (chunk.size() > (1 << 16) - 128) {
            if (out.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return out.write(chunk) == chunk.size();
}

QString saveCsv(const QString& path, std::span<const UsagePoint> points)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!writeCsv(file, points)) {
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString savePng(QWidget& widget, const QString& path)
{
    QImageWriter writer(path, QByteArrayLiteral("png"));
    if (!writer.write(widget.grab().toImage()))
        return tr("Cannot write %1: %2").arg(path, writer.errorString());
    return {};
}

} // namespace seatwise::UsageExport
