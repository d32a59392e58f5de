#pragma once

#include <Qt>

namespace seatwise {

// Roles the console's table models answer beyond Qt's own. Proxies sort on RawValueRole (numbers
// as numbers, times as ms since the epoch) and filter on SearchRole, never on display strings.
enum TableRole {
    RawValueRole = Qt::UserRole, // the cell's value before formatting
    IdRole,                      // the row's id, in every column
    SearchRole,                  // the row's searchable words, in every column
};

} // namespace seatwise
