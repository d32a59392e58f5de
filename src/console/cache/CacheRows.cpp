#include "console/cache/CacheRows.h"

#include "client/LicenseInfo.h"
#include "client/PoolInfo.h"
#include "client/SessionInfo.h"
#include "client/UsagePoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace seatwise::CacheRows {
namespace {

QString rawText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Never empty for a failed statement: an empty answer means success to the callers.
QString problemOf(const QSqlQuery& query)
{
    const QString text = query.lastError().text();
    return text.trimmed().isEmpty() ? QStringLiteral("SQL statement failed: ") + query.lastQuery() : text;
}

// One prepared statement for the whole list, values bound per element by bind(element, query),
// which answers what is wrong with the element, or nothing.
template <typename List, typename Bind>
QString insertEach(QSqlDatabase& db, const QString& sql, const List& elements, const Bind& bind)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return problemOf(query);
    for (const auto& element : elements) {
        const QString problem = bind(element, query);
        if (!problem.isEmpty())
            return problem;
        if (!query.exec())
            return problemOf(query);
    }
    return {};
}

QString verb(bool orReplace)
{
    return orReplace ? QStringLiteral("INSERT OR REPLACE INTO ") : QStringLiteral("INSERT INTO ");
}

} // namespace

QString insertPools(QSqlDatabase& db, const QJsonArray& pools, bool orReplace)
{
    const QString sql = verb(orReplace) % QStringLiteral("pools (id, name, kind, model, seats, in_use, available, raw) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    return insertEach(db, sql, pools, [](const QJsonValue& element, QSqlQuery& query) {
        const ClientResult<PoolInfo> pool = PoolInfo::fromJson(element);
        if (!pool)
            return pool.error().message;
        query.addBindValue(pool->id);
        query.addBindValue(pool->name);
        query.addBindValue(toWire(pool->kind));
        query.addBindValue(toWire(pool->model));
        query.addBindValue(pool->seats);
        query.addBindValue(pool->inUse);
        query.addBindValue(pool->available);
        query.addBindValue(rawText(element));
        return QString();
    });
}

QString insertSessions(QSqlDatabase& db, const QList<SessionInfo>& sessions, bool orReplace)
{
    const QString sql =
        verb(orReplace) % QStringLiteral("sessions (id, pool_id, user_id, user_login, user_name, device, mode, state, "
                                         "opened_at_ms, last_seen_at_ms, last_active_at_ms, overflow) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return insertEach(db, sql, sessions, [](const SessionInfo& session, QSqlQuery& query) {
        const UserInfo* user = session.user ? &*session.user : nullptr;
        query.addBindValue(session.id);
        query.addBindValue(session.poolId.isNull() ? QStringLiteral("") : session.poolId); // "" = no pool
        query.addBindValue(textOrNull(user ? user->id : QString()));
        query.addBindValue(textOrNull(user ? user->login : QString()));
        query.addBindValue(textOrNull(user ? user->name : QString()));
        query.addBindValue(session.device);
        query.addBindValue(toWire(session.mode));
        query.addBindValue(toWire(session.state));
        query.addBindValue(session.openedAtMs);
        query.addBindValue(session.lastSeenAtMs);
        query.addBindValue(session.lastActiveAtMs);
        query.addBindValue(session.overflow ? 1 : 0);
        return QString();
    });
}

QString insertLicenses(QSqlDatabase& db, const QJsonArray& licenses)
{
    const QString sql = QStringLiteral("INSERT INTO licenses (id, pool_id, status, user_login, user_name, extension, "
                                       "number, addon_codes, raw) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?)");
    return insertEach(db, sql, licenses, [](const QJsonValue& element, QSqlQuery& query) {
        const ClientResult<LicenseInfo> license = LicenseInfo::fromJson(element);
        if (!license)
            return license.error().message;
        QStringList codes;
        for (const LicenseAddon& addon : license->addons)
            codes.append(addon.code);
        query.addBindValue(license->id);
        query.addBindValue(license->poolId);
        query.addBindValue(toWire(license->status));
        query.addBindValue(textOrNull(license->assignedTo ? license->assignedTo->login : QString()));
        query.addBindValue(textOrNull(license->assignedTo ? license->assignedTo->name : QString()));
        query.addBindValue(license->extension);
        query.addBindValue(license->number);
        query.addBindValue(codes.join(QLatin1Char(',')));
        query.addBindValue(rawText(element));
        return QString();
    });
}

QString insertUsage(QSqlDatabase& db, const QString& poolId, const QJsonArray& points)
{
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO usage_points (pool_id, t_ms, peak, seats, logins, "
                                       "denials, raw) VALUES (coalesce(?, ''), ?, ?, ?, ?, ?, ?)");
    return insertEach(db, sql, points, [&poolId](const QJsonValue& element, QSqlQuery& query) {
        const ClientResult<UsagePoint> point = UsagePoint::fromJson(element);
        if (!point)
            return point.error().message;
        query.addBindValue(poolId);
        query.addBindValue(point->atMs);
        query.addBindValue(point->peak);
        query.addBindValue(point->seats);
        query.addBindValue(point->logins);
        query.addBindValue(point->denials);
        query.addBindValue(rawText(element));
        return QString();
    });
}

QString selectSessions()
{
    return QStringLiteral("SELECT id, pool_id, user_id, user_login, user_name, device, mode, state, opened_at_ms, "
                          "last_seen_at_ms, last_active_at_ms, overflow FROM sessions");
}

SessionInfo sessionFrom(const QSqlQuery& query)
{
    SessionInfo session;
    session.id = query.value(0).toString();
    session.poolId = query.value(1).toString();
    if (session.poolId.isEmpty())
        session.poolId = QString(); // stored as "": a limited admin with no pool
    if (!query.isNull(3))
        session.user = UserInfo{query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), {}};
    session.device = query.value(5).toString();
    session.mode = parseWire<SessionMode>(query.value(6).toString()).value_or(SessionMode::Standard);
    session.state = parseWire<SessionState>(query.value(7).toString()).value_or(SessionState::Active);
    session.openedAtMs = query.value(8).toLongLong();
    session.lastSeenAtMs = query.value(9).toLongLong();
    session.lastActiveAtMs = query.value(10).toLongLong();
    session.overflow = query.value(11).toInt() != 0;
    return session;
}

} // namespace seatwise::CacheRows
