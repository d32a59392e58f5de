#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace seatwise::CsvText {

// RFC 4180 CSV in UTF-8 with CRLF line ends: fields with a comma, quote or line break are quoted and
// their quotes doubled. Reading stays with core's parseCsv().
QByteArray write(const QList<QStringList>& rows);

} // namespace seatwise::CsvText
