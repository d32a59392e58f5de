#include "PoolRepo.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seatwise {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, model, seats, login_policy, idle_after_s, purge_after_s, grace_s, overflow, anonymous,"
    " features, price_cents, heartbeat_interval_s, standby_expire_s, created_at, base_type, addon_code, "
    "activation_delay_s");

// The SQL twin of SessionRules::holdsSeat: these states hold a seat unless limited admin or overflow.
QString seatHolding(const QString& t)
{
    return t + QStringLiteral("state IN ('active', 'inactive', 'standby', 'terminating') AND ") + t +
           QStringLiteral("mode <> 'limited_admin' AND ") + t + QStringLiteral("overflow = 0");
}

Pool readPool(const QSqlQuery& q)
{
    Pool p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = parseWire<PoolKind>(q.value(2).toString()).value_or(PoolKind::Standard);
    p.model = parseWire<PoolModel>(q.value(3).toString()).value_or(PoolModel::Concurrent);
    p.seats = q.value(4).toInt();
    p.loginPolicy = parseWire<LoginPolicy>(q.value(5).toString()).value_or(LoginPolicy::SingleLocation);
    p.idleAfterS = q.value(6).toInt();
    p.purgeAfterS = q.value(7).toInt();
    p.graceS = q.value(8).toInt();
    p.overflow = q.value(9).toBool();
    p.anonymous = q.value(10).toBool();
    for (const QJsonValue& f : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        p.features.append(f.toString());
    p.priceCents = q.value(12).toLongLong();
    p.heartbeatIntervalS = q.value(13).toInt();
    p.standbyExpireS = q.value(14).toInt();
    p.createdAtMs = q.value(15).toLongLong();
    if (!q.value(16).isNull())
        p.baseType = parseWire<BaseType>(q.value(16).toString());
    p.addonCode = q.value(17).toString();
    p.activationDelayS = q.value(18).toInt();
    return p;
}

} // namespace

Status PoolRepo::create(const Pool& p, const QString& clientKeyHash, qint64 nowMs)
{
    const QString features =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.features)).toJson(QJsonDocument::Compact));
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO pools (") + kColumns +
            QStringLiteral(", client_key_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id,
         p.name,
         toWire(p.kind),
         toWire(p.model),
         p.seats,
         toWire(p.loginPolicy),
         p.idleAfterS,
         p.purgeAfterS,
         p.graceS,
         int(p.overflow),
         int(p.anonymous),
         features,
         p.priceCents,
         p.heartbeatIntervalS,
         p.standbyExpireS,
         nowMs,
         p.baseType ? QVariant(toWire(*p.baseType)) : QVariant(),
         p.addonCode.isEmpty() ? QVariant() : QVariant(p.addonCode),
         p.activationDelayS,
         clientKeyHash.isEmpty() ? QVariant() : QVariant(clientKeyHash)});
}

Result<QList<Pool>> PoolRepo::select(const QString& where, const QVariantList& values)
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM pools ") + where, values);
    if (!query)
        return query.error();
    QList<Pool> pools;
    while (query.value().next())
        pools.append(readPool(query.value()));
    return pools;
}

Result<std::optional<Pool>> PoolRepo::byId(const QString& id)
{
    auto pools = select(QStringLiteral("WHERE id = ?"), {id});
    if (!pools)
        return pools.error();
    return pools.value().isEmpty() ? std::optional<Pool>() : std::optional<Pool>(pools.value().first());
}

Result<QList<Pool>> PoolRepo::list()
{
    return select(QStringLiteral("ORDER BY created_at, name"), {});
}

Result<std::optional<Pool>> PoolRepo::adminPool()
{
    auto pools =
        select(QStringLiteral("WHERE kind = 'admin' AND model = 'concurrent' ORDER BY created_at LIMIT 1"), {});
    if (!pools)
        return pools.error();
    return pools.value().isEmpty() ? std::optional<Pool>() : std::optional<Pool>(pools.value().first());
}

Result<PoolUsage> PoolRepo::usage(const Pool& pool)
{
    auto all = usageOfAll(pool.id);
    if (!all)
        return all.error();
    return all.value().value(pool.id, PoolUsage{0, 0, pool.seats});
}

Result<QHash<QString, PoolUsage>> PoolRepo::usageOfAll(const QString& onlyPoolId)
{
    const QString poolFilter = onlyPoolId.isEmpty() ? QString() : QStringLiteral(" WHERE p.id = ?");
    const QVariantList values = onlyPoolId.isEmpty() ? QVariantList() : QVariantList{onlyPoolId};
    // Concurrent pools count seat-holding sessions; named pools count assigned licenses of those not terminated.
    auto query = Sql::run(
        m_db,
        QStringLiteral("SELECT p.id, p.model, p.seats,"
                       " (SELECT COUNT(*) FROM sessions s WHERE s.pool_id = p.id AND s.state <> 'ended' AND ") +
            seatHolding(QStringLiteral("s.")) +
            QStringLiteral("), (SELECT COUNT(*) FROM sessions s WHERE s.pool_id = p.id AND"
                           " s.state <> 'ended' AND s.overflow = 1),"
                           " (SELECT COUNT(*) FROM licenses l WHERE l.pool_id = p.id AND"
                           " l.status <> 'terminated'),"
                           " (SELECT COUNT(*) FROM licenses l WHERE l.pool_id = p.id AND"
                           " l.status = 'assigned') FROM pools p") +
            poolFilter,
        values);
    if (!query)
        return query.error();
    QHash<QString, PoolUsage> all;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        const bool named = q.value(1).toString() == toWire(PoolModel::Named);
        PoolUsage usage;
        usage.effectiveSeats = named ? q.value(5).toInt() : q.value(2).toInt();
        usage.inUse = named ? q.value(6).toInt() : q.value(3).toInt();
        usage.overflow = named ? 0 : q.value(4).toInt();
        all.insert(q.value(0).toString(), usage);
    }
    return all;
}

Result<bool> PoolRepo::clientKeyMatches(const QString& poolId, const QString& clientKeyHash)
{
    auto matches = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM pools WHERE id = ? AND client_key_hash = ?"),
                               {poolId, clientKeyHash});
    if (!matches)
        return matches.error();
    return matches.value() > 0;
}

} // namespace seatwise
