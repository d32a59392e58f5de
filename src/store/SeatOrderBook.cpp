#include "SeatOrderBook.h"

#include "Sql.h"
#include "Transact.h"
#include "core/Billing.h"

#include <QUuid>

namespace seatwise::SeatOrderBook {
namespace {

const QString kColumns =
    QStringLiteral("id, pool_id, delta, requested_at, effective_at, prorated_cents, status, requested_by");

Result<QList<SeatOrder>> select(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    auto query =
        Sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM seat_orders ") + where, values);
    if (!query)
        return query.error();
    QList<SeatOrder> orders;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        orders.append(SeatOrder{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                                parseWire<OrderStatus>(q.value(6).toString()).value_or(OrderStatus::Cancelled),
                                q.value(7).toString()});
    }
    return orders;
}

Status setStatus(const QSqlDatabase& db, const QString& id, OrderStatus status)
{
    return Sql::exec(db, QStringLiteral("UPDATE seat_orders SET status = ? WHERE id = ?"), {toWire(status), id});
}

// Makes an order real: the pool's seat count for concurrent pools, its licenses for named ones.
Status apply(Repos& repos, const QSqlDatabase& db, const SeatOrder& order, qint64 nowMs)
{
    auto pool = repos.pools.byId(order.poolId);
    if (!pool)
        return pool.error();
    if (!pool.value())
        return setStatus(db, order.id, OrderStatus::Cancelled);
    if (pool.value()->model == PoolModel::Named) {
        if (order.delta > 0) {
            if (auto made = repos.licenses.createMany(order.poolId, order.delta, nowMs); !made)
                return made;
        } else if (auto ended = repos.licenses.terminateAvailable(order.poolId, -order.delta, nowMs); !ended) {
            return ended.error();
        }
    }
    // Removals never end running sessions: seats drop and logins wait until in-use is below (R14).
    if (auto seats = Sql::exec(
            db,
            QStringLiteral("UPDATE pools SET seats = CASE WHEN seats + ? > 0 THEN seats + ? ELSE 0 END WHERE id = ?"),
            {order.delta, order.delta, order.poolId});
        !seats)
        return seats;
    if (auto done = setStatus(db, order.id, OrderStatus::Effective); !done)
        return done;
    return repos.audit.append(nowMs, QStringLiteral("system"), QStringLiteral("seat_order.effective"), order.id,
                              {{QStringLiteral("pool"), order.poolId}, {QStringLiteral("delta"), order.delta}});
}

} // namespace

Result<SeatOrder> place(const Database& database, const QString& poolId, int delta, const User& actor, qint64 nowMs)
{
    return transact(database, [&](Repos& repos) -> Result<SeatOrder> {
        auto pool = repos.pools.byId(poolId);
        if (!pool)
            return pool.error();
        if (!pool.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no pool with id %1.").arg(poolId));
        auto zoneName = repos.settings.text(SettingKeys::billingTimezone);
        if (!zoneName)
            return zoneName.error();
        auto zone = Billing::billingZone(zoneName.value());
        if (!zone)
            return zone.error();
        auto terms = Billing::seatOrderTerms(nowMs, delta, pool.value()->priceCents, pool.value()->activationDelayS,
                                             zone.value());
        if (!terms)
            return terms.error();
        SeatOrder order{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        poolId,
                        delta,
                        nowMs,
                        terms->effectiveAtMs,
                        terms->proratedCents,
                        OrderStatus::Pending,
                        actor.login};
        auto db = repos.pools.database();
        if (auto inserted = Sql::exec(db,
                                      QStringLiteral("INSERT INTO seat_orders (") + kColumns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                      {order.id, order.poolId, order.delta, order.requestedAtMs, order.effectiveAtMs,
                                       order.proratedCents, toWire(order.status), order.requestedBy});
            !inserted)
            return inserted.error();
        if (auto audited = repos.audit.append(nowMs, actor.login, QStringLiteral("seat_order.place"), order.id,
                                              {{QStringLiteral("pool"), poolId},
                                               {QStringLiteral("delta"), delta},
                                               {QStringLiteral("prorated_cents"), order.proratedCents}});
            !audited)
            return audited.error();
        return order;
    });
}

Result<QList<SeatOrder>> list(const Database& database, const QString& poolId)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return select(db.value(), QStringLiteral("WHERE pool_id = ? ORDER BY requested_at DESC, id"), {poolId});
}

Result<SeatOrder> cancel(const Database& database, const QString& poolId, const QString& orderId, const User& actor,
                         qint64 nowMs)
{
    return transact(database, [&](Repos& repos) -> Result<SeatOrder> {
        auto db = repos.pools.database();
        auto found = select(db, QStringLiteral("WHERE id = ? AND pool_id = ?"), {orderId, poolId});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("There is no seat order %1 on this pool.").arg(orderId));
        SeatOrder order = found.value().first();
        if (order.status != OrderStatus::Pending)
            return makeError(
                ErrorCode::InvalidState,
                QStringLiteral("The order is %1; only pending orders can be cancelled.").arg(toWire(order.status)));
        order.status = OrderStatus::Cancelled;
        if (auto done = setStatus(db, order.id, order.status); !done)
            return done.error();
        if (auto audited = repos.audit.append(nowMs, actor.login, QStringLiteral("seat_order.cancel"), order.id,
                                              {{QStringLiteral("pool"), poolId}});
            !audited)
            return audited.error();
        return order;
    });
}

Result<Changes> applyDue(const Database& database, qint64 nowMs)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto due = select(db.value(), QStringLiteral("WHERE status = 'pending' AND effective_at <= ?"), {nowMs});
    if (!due)
        return due.error();
    if (due.value().isEmpty())
        return Changes{};
    return transact(database, [&](Repos& repos) -> Result<Changes> {
        Changes changes;
        auto fresh =
            select(repos.pools.database(), QStringLiteral("WHERE status = 'pending' AND effective_at <= ?"), {nowMs});
        if (!fresh)
            return fresh.error();
        for (const SeatOrder& order : fresh.value()) {
            if (auto applied = apply(repos, repos.pools.database(), order, nowMs); !applied)
                return applied.error();
            changes.poolIds.insert(order.poolId);
        }
        return changes;
    });
}

Result<QHash<QString, int>> pendingDeltas(const Database& database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto query =
        Sql::run(db.value(), QStringLiteral("SELECT pool_id, SUM(delta) FROM seat_orders WHERE status = 'pending'"
                                            " GROUP BY pool_id"));
    if (!query)
        return query.error();
    QHash<QString, int> deltas;
    while (query.value().next())
        deltas.insert(query.value().value(0).toString(), query.value().value(1).toInt());
    return deltas;
}

} // namespace seatwise::SeatOrderBook
