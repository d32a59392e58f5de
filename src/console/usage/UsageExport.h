#pragma once

#include "client/UsagePoint.h"

#include <QString>

#include <span>

class QIODevice;
class QWidget;

namespace seatwise::UsageExport {

// The CSV header, then one line per point: time_utc,peak,seats,logins,denials.
QByteArray csvHeader();
// Writes the CSV to `out`; false when the device refused some of it.
bool writeCsv(QIODevice& out, std::span<const UsagePoint> points);
// Writes the CSV to `path` atomically (QSaveFile); answers an error for people, or empty.
QString saveCsv(const QString& path, std::span<const UsagePoint> points);
// Renders `widget` (QWidget::grab) into a PNG at `path`; answers an error for people, or empty.
QString savePng(QWidget& widget, const QString& path);

} // namespace seatwise::UsageExport
