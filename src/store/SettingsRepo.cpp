#include "SettingsRepo.h"

#include "Sql.h"

namespace seatwise {

Result<qint64> SettingsRepo::integer(const QString& key, qint64 fallback)
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : fallback;
}

Status SettingsRepo::setInteger(const QString& key, qint64 value)
{
    return Sql::exec(m_db,
                             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {key, QString::number(value)});
}

} // namespace seatwise
