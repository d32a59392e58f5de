#pragma once

#include "console/import/ColumnMapping.h"

#include <QSettings>

namespace seatwise {

// What the import wizard remembers between runs, typed; keys live in one place in the .cpp.
// (To be folded into ConsoleSettings when the wizard joins the main library.)
class ImportSettings final {
public:
    ImportSettings() = default;

    // The mapping last used for a file whose header has this shape, if any still fits it.
    std::optional<ColumnMapping> mappingFor(const QStringList& header) const;
    void rememberMapping(const QStringList& header, const ColumnMapping& mapping);
    // Where the last file was opened or saved, for the next file dialog.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

private:
    QSettings m_settings;
};

} // namespace seatwise
