#include "UserRepo.h"

#include "Sql.h"
#include "UserRows.h"

namespace seatwise {

Result<User> UserRepo::create(const User& user, const QString& passwordHash, qint64 nowMs)
{
    auto existing = byLogin(user.login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::UserExists,
                         QStringLiteral("The login \"%1\" is taken; choose another.").arg(user.login));
    auto inserted = Sql::exec(m_db,
                              QStringLiteral("INSERT INTO users (id, login, name, role, password_hash, sessions_view,"
                                             " sessions_control, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {user.id, user.login, user.name, toWire(user.role),
                               passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash), toWire(user.sessionsView),
                               toWire(user.sessionsControl), nowMs});
    if (!inserted)
        return inserted.error();
    return user;
}

Result<std::optional<User>> UserRepo::one(const QString& where, const QVariant& value)
{
    auto query = Sql::run(
        m_db, QStringLiteral("SELECT ") + UserRows::columns(QString()) + QStringLiteral(" FROM users WHERE ") + where,
        {value});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<User>();
    return std::optional<User>(UserRows::read(query.value(), 0));
}

Result<std::optional<User>> UserRepo::byLogin(const QString& login)
{
    return one(QStringLiteral("login = ?"), login);
}

Result<std::optional<User>> UserRepo::byId(const QString& id)
{
    return one(QStringLiteral("id = ?"), id);
}

Result<QString> UserRepo::passwordHash(const QString& userId)
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

Result<QList<User>> UserRepo::all()
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT ") + UserRows::columns(QString()) +
                                    QStringLiteral(" FROM users ORDER BY login"));
    if (!query)
        return query.error();
    QList<User> users;
    while (query.value().next())
        users.append(UserRows::read(query.value(), 0));
    return users;
}

Status UserRepo::update(const User& user)
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE users SET name = ?, role = ?, sessions_view = ?, sessions_control = ?"
                                    " WHERE id = ?"),
                     {user.name, toWire(user.role), toWire(user.sessionsView), toWire(user.sessionsControl), user.id});
}

Result<qint64> UserRepo::count()
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
}

Status UserRepo::addApiToken(const QString& tokenHash, const QString& userId, qint64 nowMs, qint64 expiresAtMs)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET"
                                    " user_id = excluded.user_id, expires_at = excluded.expires_at, revoked = 0"),
                     {tokenHash, userId, nowMs, expiresAtMs});
}

Status UserRepo::revokeApiToken(const QString& tokenHash)
{
    return Sql::exec(m_db, QStringLiteral("UPDATE api_tokens SET revoked = 1 WHERE token_hash = ?"), {tokenHash});
}

Result<qint64> UserRepo::revokeAllApiTokens(const QString& userId)
{
    auto query =
        Sql::run(m_db, QStringLiteral("UPDATE api_tokens SET revoked = 1 WHERE user_id = ? AND revoked = 0"), {userId});
    if (!query)
        return query.error();
    return qint64(query.value().numRowsAffected());
}

Result<std::optional<User>> UserRepo::userForToken(const QString& tokenHash, qint64 nowMs)
{
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT ") + UserRows::columns(QStringLiteral("u.")) +
                              QStringLiteral(" FROM api_tokens t JOIN users u ON u.id = t.user_id"
                                             " WHERE t.token_hash = ? AND t.revoked = 0"
                                             " AND (t.expires_at = 0 OR t.expires_at > ?)"),
                          {tokenHash, nowMs});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<User>();
    return std::optional<User>(UserRows::read(query.value(), 0));
}

} // namespace seatwise
