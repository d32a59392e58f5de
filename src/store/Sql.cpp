#include "Sql.h"

#include "Database.h"

#include <QSqlError>

namespace seatwise::Sql {

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values, one plain round trip: PostgreSQL cannot PREPARE BEGIN, COMMIT or CREATE TABLE.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            Database::noteFailure(db, query.lastError());
            return makeError(ErrorCode::StoreUnavailable,
                             QStringLiteral("The store failed (%1): %2").arg(sql.left(40), query.lastError().text()));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        Database::noteFailure(db, query.lastError());
        return makeError(
            ErrorCode::StoreUnavailable,
            QStringLiteral("The store refused a statement (%1): %2").arg(sql.left(40), query.lastError().text()));
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        Database::noteFailure(db, query.lastError());
        return makeError(ErrorCode::StoreUnavailable,
                         QStringLiteral("The store failed (%1): %2").arg(sql.left(40), query.lastError().text()));
    }
    return query;
}

Status exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return Done{};
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

} // namespace seatwise::Sql
