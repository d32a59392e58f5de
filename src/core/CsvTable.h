#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seatwise {

// Where and why a CSV file could not be read; rows after it cannot be trusted.
struct CsvProblem {
    int row = 0;     // 0-based record index; the header is row 0, blank lines do not count
    QString message; // for people: says what is wrong and how to fix it
    int field = -1;  // 0-based field index within the row, -1 when unknown
};

// The records of a CSV file, as read up to the first problem.
struct CsvTable {
    QList<QStringList> rows; // each row keeps its own field count
    std::optional<CsvProblem> problem;
};

// Reads RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF). Quoted fields keep their text verbatim;
// unquoted fields lose leading and trailing spaces and tabs; blank lines are skipped. Malformed
// quoting stops the read and is reported rather than guessed at.
CsvTable parseCsv(const QByteArray& utf8);

} // namespace seatwise
