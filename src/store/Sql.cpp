#include "Sql.h"

#include "Database.h"

#include <QSqlError>

namespace seatwise::Sql {

Error failure(const QSqlDatabase& db, const QSqlError& error, const QString& what)
{
    Database::noteFailure(db, error);
    return makeError(ErrorCode::StoreUnavailable, what + QStringLiteral(": ") + error.text());
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Made only when a statement fails: this runs for every statement the store sends.
    const auto failed = [&] { return QStringLiteral("The store failed (%1)").arg(sql.left(40)); };
    // Without values, one plain round trip: PostgreSQL cannot PREPARE BEGIN, COMMIT or CREATE TABLE.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return failure(db, query.lastError(), failed());
        return query;
    }
    if (!query.prepare(sql))
        return failure(db, query.lastError(), QStringLiteral("The store refused a statement (%1)").arg(sql.left(40)));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(db, query.lastError(), failed());
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
