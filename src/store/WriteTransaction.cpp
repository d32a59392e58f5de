#include "WriteTransaction.h"

#include "Sql.h"

namespace seatwise {

static Status toStatus(const Result<QSqlQuery>& result)
{
    if (!result)
        return result.error();
    return Done{};
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_begun(toStatus(Sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"))))
    , m_open(m_begun.ok())
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        Sql::run(m_db, QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok()
                   ? Status(makeError(ErrorCode::StoreUnavailable, QStringLiteral("Transaction already ended.")))
                   : m_begun;
    Status committed = toStatus(Sql::run(m_db, QStringLiteral("COMMIT")));
    m_open = !committed.ok();
    return committed;
}

} // namespace seatwise
