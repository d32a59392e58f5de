#include "WriteTransaction.h"

#include "Database.h"
#include "Sql.h"

namespace seatwise {

static Status toStatus(const Result<QSqlQuery>& result)
{
    if (!result)
        return result.error();
    return Done{};
}

namespace {

// PostgreSQL: any key for pg_advisory_xact_lock, the same in every gateway sharing the database.
constexpr qint64 WriterLockKey = 0x5ea7'5e47;

// One writer at a time, in every process on the store, as SQLite's BEGIN IMMEDIATE gives: seat decisions
// read then write, and must not interleave. On PostgreSQL the transaction takes a lock that every
// gateway's writers share, released by COMMIT or ROLLBACK.
Status begin(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return toStatus(Sql::run(db, QStringLiteral("BEGIN IMMEDIATE")));
    if (Status begun = toStatus(Sql::run(db, QStringLiteral("BEGIN"))); !begun)
        return begun;
    Status locked = toStatus(Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {WriterLockKey}));
    if (!locked)
        Sql::run(db, QStringLiteral("ROLLBACK"));
    return locked;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_begun(begin(m_db))
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
    if (committed)
        Database::noteCommitted(m_db);
    return committed;
}

} // namespace seatwise
