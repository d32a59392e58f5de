#include "SessionRepo.h"

#include "Sql.h"
#include "UserRows.h"

namespace seatwise {
namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.pool_id, s.device, s.mode, s.state, s.overflow, s.opened_at, s.last_seen_at, s.last_active_at,"
    " s.terminate_at, s.standby_expires_at, s.ended_at, s.end_reason, s.ended_by, s.message, s.user_id");
constexpr int kUserColumn = 16;

Session readSession(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toString();
    s.poolId = q.value(1).toString();
    s.device = q.value(2).toString();
    s.mode = parseWire<SessionMode>(q.value(3).toString()).value_or(SessionMode::Standard);
    s.state = parseWire<SessionState>(q.value(4).toString()).value_or(SessionState::Ended);
    s.overflow = q.value(5).toBool();
    s.openedAtMs = q.value(6).toLongLong();
    s.lastSeenAtMs = q.value(7).toLongLong();
    s.lastActiveAtMs = q.value(8).toLongLong();
    s.terminateAtMs = q.value(9).toLongLong();
    s.standbyExpiresAtMs = q.value(10).toLongLong();
    s.endedAtMs = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        s.endReason = parseWire<EndReason>(q.value(12).toString());
    s.endedBy = q.value(13).toString();
    s.message = q.value(14).toString();
    if (!q.value(15).isNull())
        s.user = UserRows::read(q, kUserColumn);
    return s;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<QList<Session>> SessionRepo::select(const QString& where, const QVariantList& values)
{
    auto query =
        Sql::run(m_db,
                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + UserRows::columns(QStringLiteral("u.")) +
                     QStringLiteral(" FROM sessions s LEFT JOIN users u ON u.id = s.user_id ") + where,
                 values);
    if (!query)
        return query.error();
    QList<Session> sessions;
    while (query.value().next())
        sessions.append(readSession(query.value()));
    return sessions;
}

Status SessionRepo::insert(const Session& s)
{
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO sessions (id, pool_id, user_id, device, mode, state, overflow, opened_at,"
                       " last_seen_at, last_active_at, standby_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.id, orNull(s.poolId), orNull(s.userId()), s.device, toWire(s.mode), toWire(s.state), int(s.overflow),
         s.openedAtMs, s.lastSeenAtMs, s.lastActiveAtMs, s.standbyExpiresAtMs});
}

Status SessionRepo::addToken(const QString& sessionId, const QString& tokenHash)
{
    return Sql::exec(m_db, QStringLiteral("INSERT INTO session_tokens (token_hash, session_id) VALUES (?, ?)"),
                     {tokenHash, sessionId});
}

static Result<std::optional<Session>> first(Result<QList<Session>> sessions)
{
    if (!sessions)
        return sessions.error();
    return sessions.value().isEmpty() ? std::optional<Session>() : std::optional<Session>(sessions.value().first());
}

Result<std::optional<Session>> SessionRepo::byId(const QString& id)
{
    return first(select(QStringLiteral("WHERE s.id = ?"), {id}));
}

Result<std::optional<Session>> SessionRepo::byToken(const QString& tokenHash)
{
    return first(
        select(QStringLiteral("JOIN session_tokens t ON t.session_id = s.id WHERE t.token_hash = ?"), {tokenHash}));
}

Result<QList<Session>> SessionRepo::openOf(const QString& poolId, const QString& userId, const QString& device)
{
    if (userId.isEmpty())
        return select(
            QStringLiteral("WHERE s.pool_id = ? AND s.user_id IS NULL AND s.device = ? AND s.state <> 'ended'"),
            {poolId, device});
    return select(QStringLiteral("WHERE s.pool_id = ? AND s.user_id = ? AND s.state <> 'ended' ORDER BY s.opened_at"),
                  {poolId, userId});
}

Result<QList<Session>> SessionRepo::open(const QString& poolId)
{
    if (poolId.isEmpty())
        return select(QStringLiteral("WHERE s.state <> 'ended' ORDER BY s.opened_at"), {});
    return select(QStringLiteral("WHERE s.state <> 'ended' AND s.pool_id = ? ORDER BY s.opened_at"), {poolId});
}

Result<QList<Session>> SessionRepo::openWhere(const QString& condition, const QVariantList& values)
{
    return select(QStringLiteral("WHERE s.state <> 'ended' AND ") + condition, values);
}

Status SessionRepo::update(const Session& s)
{
    return Sql::exec(
        m_db,
        QStringLiteral(
            "UPDATE sessions SET mode = ?, state = ?, last_seen_at = ?, last_active_at = ?, terminate_at = ?,"
            " standby_expires_at = ?, ended_at = ?, end_reason = ?, ended_by = ?, message = ? WHERE id = ?"),
        {toWire(s.mode), toWire(s.state), s.lastSeenAtMs, s.lastActiveAtMs, s.terminateAtMs, s.standbyExpiresAtMs,
         s.endedAtMs, s.endReason ? QVariant(toWire(*s.endReason)) : QVariant(), orNull(s.endedBy), orNull(s.message),
         s.id});
}

Status SessionRepo::touch(const QString& id, qint64 nowMs, bool active)
{
    // Guarded so a heartbeat racing an end (in this process or another) never revives an ended session.
    if (active)
        return Sql::exec(
            m_db,
            QStringLiteral("UPDATE sessions SET last_seen_at = ?, last_active_at = ?, state = CASE WHEN"
                           " state = 'inactive' THEN 'active' ELSE state END WHERE id = ? AND state <> 'ended'"),
            {nowMs, nowMs, id});
    return Sql::exec(m_db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND state <> 'ended'"),
                     {nowMs, id});
}

} // namespace seatwise
