#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace seatwise {

struct AuditEvent {
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;  // login, or "system"
    QString action; // e.g. "session.force_end"
    QString target; // id of what was acted on
    QJsonObject details;
    QString address; // where the call came from; empty for the gateway's own actions
};

// R20: every admin action and every forced end, append only.
class AuditRepo final {
public:
    explicit AuditRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Status append(qint64 atMs, const QString& actor, const QString& action, const QString& target,
                  const QJsonObject& details = {});
    Result<QList<AuditEvent>> between(qint64 fromMs, qint64 toMs, int limit = 1000);

private:
    QSqlDatabase m_db;
};

} // namespace seatwise
