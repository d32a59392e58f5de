#pragma once

#include <QSettings>
#include <QString>

namespace seatwise {

// What the report dialog remembers between runs, typed: the last folder and format.
class ReportSettings final {
public:
    enum class Format { Csv, Pdf };

    ReportSettings() = default;

    // The folder of the last report, or the documents folder.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);
    Format lastFormat() const;
    void setLastFormat(Format format);

private:
    QSettings m_settings;
};

} // namespace seatwise
