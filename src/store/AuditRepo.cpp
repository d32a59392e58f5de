#include "AuditRepo.h"

#include "AuditOrigin.h"
#include "Sql.h"

#include <QJsonDocument>

namespace seatwise {

Status AuditRepo::append(qint64 atMs, const QString& actor, const QString& action, const QString& target,
                         const QJsonObject& details)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO audit_events (at, actor, action, target, details, address)"
                                    " VALUES (?, ?, ?, ?, ?, ?)"),
                     {atMs, actor, action, target,
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                      AuditOrigin::current()});
}

Result<QList<AuditEvent>> AuditRepo::between(qint64 fromMs, qint64 toMs, int limit)
{
    auto query = Sql::run(m_db,
                          QStringLiteral("SELECT id, at, actor, action, target, details, address FROM audit_events"
                                         " WHERE at >= ? AND at < ? ORDER BY id LIMIT ?"),
                          {fromMs, toMs, limit});
    if (!query)
        return query.error();
    QList<AuditEvent> events;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        events.append(AuditEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(),
                                 QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                                 q.value(6).toString()});
    }
    return events;
}

} // namespace seatwise
