#include "console/import/ImportSettings.h"

namespace seatwise {
namespace {
// Every key the import wizard stores, in one place.
const QString kMappingPrefix = QStringLiteral("importWizard/columnMappings/");
const QString kLastFolder = QStringLiteral("importWizard/lastFolder");
} // namespace

std::optional<ColumnMapping> ImportSettings::mappingFor(const QStringList& header) const
{
    return ColumnMapping::fromVariant(m_settings.value(kMappingPrefix + ColumnMapping::signature(header)),
                                      header.size());
}

void ImportSettings::rememberMapping(const QStringList& header, const ColumnMapping& mapping)
{
    m_settings.setValue(kMappingPrefix + ColumnMapping::signature(header), mapping.toVariant());
}

QString ImportSettings::lastFolder() const
{
    return m_settings.value(kLastFolder).toString();
}

void ImportSettings::setLastFolder(const QString& folder)
{
    m_settings.setValue(kLastFolder, folder);
}

} // namespace seatwise
