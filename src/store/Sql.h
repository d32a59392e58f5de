#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace seatwise::Sql {

// Prepares `sql`, binds `values` to its ? placeholders in order and runs it. Failures become
// store_unavailable errors that name the statement's first words, never the bound values.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// The store_unavailable error for a statement that failed: "<what>: <the driver's text>". Every failed
// statement goes through here, so a failure of the disk under the store reaches Database::noteFailure.
Error failure(const QSqlDatabase& db, const QSqlError& error, const QString& what);

// Runs a statement for its effect only.
Status exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// Runs a statement expected to return one integer (COUNT, MAX ...); 0 when no row.
Result<qint64> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

} // namespace seatwise::Sql
