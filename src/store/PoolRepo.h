#pragma once

#include "core/Error.h"
#include "core/Pool.h"

#include <QSqlDatabase>
#include <optional>

namespace seatwise {

class PoolRepo final {
public:
    explicit PoolRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Status create(const Pool& pool, const QString& clientKeyHash, qint64 nowMs);
    Result<std::optional<Pool>> byId(const QString& id);
    Result<QList<Pool>> list();
    // The account's admin pool (R5): the oldest pool of kind admin, if any.
    Result<std::optional<Pool>> adminPool();
    Result<PoolUsage> usage(const Pool& pool);
    // In-use counts for every pool (or one) in one query, by pool id.
    Result<QHash<QString, PoolUsage>> usageOfAll(const QString& onlyPoolId = QString());
    Result<bool> clientKeyMatches(const QString& poolId, const QString& clientKeyHash);
    const QSqlDatabase& database() const { return m_db; }

private:
    Result<QList<Pool>> select(const QString& where, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace seatwise
