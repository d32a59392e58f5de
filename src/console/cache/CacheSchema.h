#pragma once

#include <QString>

class QSqlDatabase;

namespace seatwise::CacheSchema {

// The schema version this console writes; PRAGMA user_version holds the file's own.
int currentVersion();

// Brings the file up to currentVersion() in one IMMEDIATE transaction: all steps or none. Answers
// an empty string, or why not (a file written by a newer console is left alone).
QString migrate(QSqlDatabase& db);

// The file's version, 0 for a new file, -1 when it cannot be read.
int versionOf(QSqlDatabase& db);

} // namespace seatwise::CacheSchema
