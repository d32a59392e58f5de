#pragma once

#include "console/reports/UsageReport.h"
#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace seatwise {

// What a report says about itself besides the numbers.
struct ReportMeta {
    QString gatewayUrl;
    qint64 generatedAtMs = 0;
    QString periodLabel; // for people, in local time (ReportPeriod::label())
};

// Turns a usage report into files: CSV for spreadsheets and PDF for people. The write functions
// replace the file atomically (QSaveFile) and answer a sentence for people on failure.
namespace ReportWriters {

// The CSV header, in this order.
QString csvHeader();
// RFC 4180: CRLF line ends, fields with a comma, quote or line break in double quotes (quotes
// doubled), UTF-8 without BOM. One row per pool, then "Total". Period bounds in ISO 8601 UTC;
// average with 2 decimals and utilisation with 1, always with a '.' whatever the locale.
QByteArray csv(const UsageReportData& data);
// One field, quoted when it must be.
QString csvField(const QString& text);
// The report as HTML for QTextDocument: title, period, gateway, generation time and one table.
QString html(const UsageReportData& data, const ReportMeta& meta);
// The PDF bytes (A4, QPdfWriter + QTextDocument).
QByteArray pdf(const UsageReportData& data, const ReportMeta& meta);

Result<Done, QString> writeCsv(const QString& path, const UsageReportData& data);
Result<Done, QString> writePdf(const QString& path, const UsageReportData& data, const ReportMeta& meta);

} // namespace ReportWriters
} // namespace seatwise
