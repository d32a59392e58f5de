#pragma once

#include "core/Error.h"
#include "core/User.h"

#include <QSqlDatabase>
#include <optional>

namespace seatwise {

// Users and their API tokens. Stateless: every call runs on the connection it is given.
class UserRepo final {
public:
    explicit UserRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Fails with user_exists when the login is taken.
    Result<User> create(const User& user, const QString& passwordHash, qint64 nowMs);
    Result<std::optional<User>> byLogin(const QString& login);
    Result<std::optional<User>> byId(const QString& id);
    Result<QString> passwordHash(const QString& userId);
    Result<qint64> count();
    Result<QList<User>> all();
    // Writes name, role and permissions back.
    Status update(const User& user);

    // Adds a token, or gives a known (e.g. revoked) one back to `userId`.
    Status addApiToken(const QString& tokenHash, const QString& userId, qint64 nowMs, qint64 expiresAtMs = 0);
    Status revokeApiToken(const QString& tokenHash);
    Result<qint64> revokeAllApiTokens(const QString& userId); // how many were still live
    // The user a token belongs to, unless it is unknown, revoked or expired.
    Result<std::optional<User>> userForToken(const QString& tokenHash, qint64 nowMs);

private:
    Result<std::optional<User>> one(const QString& where, const QVariant& value);

    QSqlDatabase m_db;
};

} // namespace seatwise
