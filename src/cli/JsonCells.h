#pragma once

#include <QJsonObject>
#include <QString>

namespace seatwise::JsonCells {

// A field of a gateway answer as a table cell: strings as they are, numbers without ".0", booleans as
// yes/no, a user object as its login, arrays comma-joined, and "-" for null or missing.
QString cell(const QJsonObject& object, const QString& key);
// An ISO time field shortened for a table ("2026-11-23 08:50:21"), "-" when unset.
QString time(const QJsonObject& object, const QString& key);

} // namespace seatwise::JsonCells
