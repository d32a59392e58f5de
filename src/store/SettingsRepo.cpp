#include "SettingsRepo.h"

#include "Sql.h"

namespace seatwise {

Result<qint64> SettingsRepo::integer(const QString& key, qint64 fallback)
{
    auto value = text(key, QString::number(fallback));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Status SettingsRepo::setInteger(const QString& key, qint64 value)
{
    return setText(key, QString::number(value));
}

Result<QString> SettingsRepo::text(const QString& key, const QString& fallback)
{
    auto query = Sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : fallback;
}

Status SettingsRepo::setText(const QString& key, const QString& value)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value.isNull() ? QStringLiteral("") : value}); // the column is NOT NULL
}

} // namespace seatwise
