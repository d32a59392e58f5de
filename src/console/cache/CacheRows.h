#pragma once

#include "client/SessionInfo.h"

#include <QJsonArray>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace seatwise::CacheRows {

// Inserts the gateway's JSON objects as rows: columns from the parsed value type plus the raw JSON.
// `orReplace` overwrites a row with the same key, else a duplicate key fails. Each answers an empty
// string, or what went wrong (a malformed element or an SQL error); the caller owns the transaction.
QString insertPools(QSqlDatabase& db, const QJsonArray& pools, bool orReplace);
QString insertSessions(QSqlDatabase& db, const QList<SessionInfo>& sessions, bool orReplace); // parsed already
QString insertLicenses(QSqlDatabase& db, const QJsonArray& licenses);
QString insertUsage(QSqlDatabase& db, const QString& poolId, const QJsonArray& points);

// "SELECT <every session column> FROM sessions", for a WHERE or ORDER BY to follow, and the
// session on the row a query so selected stands on.
QString selectSessions();
SessionInfo sessionFrom(const QSqlQuery& query);

} // namespace seatwise::CacheRows
