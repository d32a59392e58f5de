#pragma once

#include <QJsonArray>
#include <QString>

class QSqlDatabase;

namespace seatwise::CacheRows {

// Inserts the gateway's JSON objects as rows: columns from the parsed value type plus the raw JSON.
// `orReplace` overwrites a row with the same key, else a duplicate key fails. Each answers an empty
// string, or what went wrong (a malformed element or an SQL error); the caller owns the transaction.
QString insertPools(QSqlDatabase& db, const QJsonArray& pools, bool orReplace);
QString insertSessions(QSqlDatabase& db, const QJsonArray& sessions, bool orReplace);
QString insertLicenses(QSqlDatabase& db, const QJsonArray& licenses);
QString insertUsage(QSqlDatabase& db, const QString& poolId, const QJsonArray& points);

} // namespace seatwise::CacheRows
