#pragma once

#include "core/License.h"
#include "core/Pool.h"
#include "core/Session.h"
#include "store/SeatOrderBook.h"

#include <QJsonObject>

namespace seatwise::JsonViews {

// The wire shapes of SPEC section 3, built in one place for answers and events alike.
QJsonObject user(const User& user);                   // {id, login, name, role, sessions_view, sessions_control}
QJsonObject userRef(const std::optional<User>& user); // {id, login, name} or null
QJsonObject pool(const Pool& pool, const PoolUsage& usage, int pendingSeats = 0);
QJsonObject license(const License& license); // {id, pool, status, assigned_to, extension, number, addons}
QJsonObject seatOrder(const SeatOrder& order);
// A session as GET /sessions lists it; `state` is the live state (R7) at nowMs.
QJsonObject session(const Session& session, const Pool* pool, qint64 nowMs);

} // namespace seatwise::JsonViews
