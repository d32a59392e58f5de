#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace seatwise {

// Writes many rows with few statements: `head`, then one `tuple` per row joined by commas, then `tail`
// (e.g. an UPDATE ... FROM (VALUES (?, ?), (?, ?), ...)). The statement for a full batch is prepared
// once and reused, so a large write costs one round trip per `rowsPerStatement` rows on PostgreSQL,
// where every statement is one, and one statement compilation per batch on SQLite. `shared` values
// bind to the placeholders of `head`, before each batch's rows.
class RowBatch final {
public:
    RowBatch(QSqlDatabase db, QString head, QString tuple, QString tail, QVariantList shared, int rowsPerStatement);
    RowBatch(const RowBatch&) = delete;
    RowBatch& operator=(const RowBatch&) = delete;

    // Queues one row (as many values as `tuple` has placeholders); runs the batch when it is full.
    Status add(const QVariantList& row);
    // Runs what is queued. Call it before relying on the rows being written.
    Status flush();

private:
    QString statement(int rows) const;
    Status run(QSqlQuery& query, int rows);

    QSqlDatabase m_db;
    QString m_head;
    QString m_tuple;
    QString m_tail;
    QVariantList m_shared;
    int m_rowsPerStatement;
    QVariantList m_pending;
    int m_pendingRows = 0;
    std::optional<QSqlQuery> m_full; // prepared on first use
};

} // namespace seatwise
