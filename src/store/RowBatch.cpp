#include "RowBatch.h"

#include "Sql.h"

#include <QSqlError>
#include <QStringList>

#include <utility>

namespace seatwise {

RowBatch::RowBatch(QSqlDatabase db, QString head, QString tuple, QString tail, QVariantList shared,
                   int rowsPerStatement)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_tuple(std::move(tuple))
    , m_tail(std::move(tail))
    , m_shared(std::move(shared))
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{
}

QString RowBatch::statement(int rows) const
{
    return m_head + QStringList(rows, m_tuple).join(QStringLiteral(", ")) + m_tail;
}

Status RowBatch::add(const QVariantList& row)
{
    m_pending += row;
    if (++m_pendingRows < m_rowsPerStatement)
        return Done{};
    if (!m_full) {
        m_full.emplace(m_db);
        m_full->setForwardOnly(true);
        if (!m_full->prepare(statement(m_rowsPerStatement)))
            return Sql::failure(m_db, m_full->lastError(),
                                QStringLiteral("The store refused a statement (%1)").arg(m_head.left(40)));
    }
    return run(*m_full, m_rowsPerStatement);
}

Status RowBatch::flush()
{
    if (m_pendingRows == 0)
        return Done{};
    // The last, shorter batch is prepared once for its own size.
    QSqlQuery rest(m_db);
    rest.setForwardOnly(true);
    if (!rest.prepare(statement(m_pendingRows)))
        return Sql::failure(m_db, rest.lastError(),
                            QStringLiteral("The store refused a statement (%1)").arg(m_head.left(40)));
    return run(rest, m_pendingRows);
}

Status RowBatch::run(QSqlQuery& query, int rows)
{
    int at = 0;
    for (const QVariant& value : std::as_const(m_shared))
        query.bindValue(at++, value);
    for (const QVariant& value : std::as_const(m_pending))
        query.bindValue(at++, value);
    const bool done = query.exec();
    m_pending.clear();
    m_pendingRows = 0;
    if (!done)
        return Sql::failure(m_db, query.lastError(),
                            QStringLiteral("The store failed (%1, %2 rows)").arg(m_head.left(40)).arg(rows));
    return Done{};
}

} // namespace seatwise
