#pragma once

#include "core/User.h"

#include <QSqlQuery>

namespace seatwise::UserRows {

// The user columns every query selects, with an optional table prefix ("u.").
QString columns(const QString& prefix);
// Reads a user from `query` starting at column `first`, in the order of columns().
User read(const QSqlQuery& query, int first);
constexpr int kColumnCount = 6;

} // namespace seatwise::UserRows
