#include "console/reports/ReportSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace seatwise {
namespace {

const QString kLastFolder = QStringLiteral("reports/lastFolder");
const QString kLastFormat = QStringLiteral("reports/lastFormat");
const QString kCsv = QStringLiteral("csv");
const QString kPdf = QStringLiteral("pdf");

} // namespace

QString ReportSettings::lastFolder() const
{
    const QString folder = m_settings.value(kLastFolder).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ReportSettings::setLastFolder(const QString& folder)
{
    m_settings.setValue(kLastFolder, folder);
}

ReportSettings::Format ReportSettings::lastFormat() const
{
    return m_settings.value(kLastFormat, kCsv).toString() == kPdf ? Format::Pdf : Format::Csv;
}

void ReportSettings::setLastFormat(Format format)
{
    m_settings.setValue(kLastFormat, format == Format::Pdf ? kPdf : kCsv);
}

} // namespace seatwise
