#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace seatwise {

// Account-wide values (pay-per-use minutes, billing time zone) as key/value rows.
class SettingsRepo final {
public:
    explicit SettingsRepo(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<qint64> integer(const QString& key, qint64 fallback = 0);
    Status setInteger(const QString& key, qint64 value);
    Result<QString> text(const QString& key, const QString& fallback = {});
    Status setText(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

namespace SettingKeys {
inline const QString ppuMinutes = QStringLiteral("ppu_minutes");
inline const QString billingTimezone = QStringLiteral("billing_timezone");
} // namespace SettingKeys

} // namespace seatwise
