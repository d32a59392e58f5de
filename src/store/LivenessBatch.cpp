#include "LivenessBatch.h"

#include "Sql.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seatwise::LivenessBatch {

Status write(const Database& database, const QHash<QString, Liveness>& beats)
{
    if (beats.isEmpty())
        return Done{};
    auto db = database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(db.value());
    if (!tx.begun())
        return tx.begun();
    QSqlQuery update(db.value());
    if (!update.prepare(QStringLiteral("UPDATE sessions SET"
                                       " last_seen_at = CASE WHEN last_seen_at < ? THEN ? ELSE last_seen_at END,"
                                       " last_active_at = CASE WHEN last_active_at < ? THEN ? ELSE last_active_at END"
                                       " WHERE id = ? AND state <> 'ended'")))
        return Sql::failure(db.value(), update.lastError(), QStringLiteral("The store refused the liveness batch"));
    for (auto beat = beats.cbegin(); beat != beats.cend(); ++beat) {
        const qint64 seen = beat->seenMs;
        const qint64 active = beat->activeMs;
        for (const QVariant& value :
             {QVariant(seen), QVariant(seen), QVariant(active), QVariant(active), QVariant(beat.key())})
            update.addBindValue(value);
        if (!update.exec())
            return Sql::failure(db.value(), update.lastError(), QStringLiteral("The store failed the liveness batch"));
    }
    return tx.commit();
}

} // namespace seatwise::LivenessBatch
