#pragma once

#include "core/Error.h"
#include "core/Session.h"

#include <QSqlDatabase>
#include <optional>

namespace seatwise {

// Rows of the sessions table and the tokens that open them. Stateless.
class SessionRepo final {
public:
    explicit SessionRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Status insert(const Session& session);
    Status addToken(const QString& sessionId, const QString& tokenHash);
    Result<std::optional<Session>> byId(const QString& id);
    // The session a session token opens (ended sessions included, so clients learn why).
    Result<std::optional<Session>> byToken(const QString& tokenHash);
    // Open sessions in a pool of one user, or of one device when userId is empty (anonymous pools).
    Result<QList<Session>> openOf(const QString& poolId, const QString& userId, const QString& device);
    // Open sessions, optionally of one pool, oldest first.
    Result<QList<Session>> open(const QString& poolId = QString());
    Result<QList<Session>> openWhere(const QString& condition, const QVariantList& values);

    // Writes every mutable field of a session back (state, times, end).
    Status update(const Session& session);
    // The heartbeat's write (R6): one statement; an active beat wakes an inactive session.
    Status touch(const QString& id, qint64 nowMs, bool active);

private:
    Result<QList<Session>> select(const QString& where, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace seatwise
