#pragma once

#include "Database.h"
#include "core/Error.h"

#include <QHash>
#include <QString>

namespace seatwise {

// The latest heartbeat of one session that the store has not seen yet.
struct Liveness {
    qint64 seenMs = 0;
    qint64 activeMs = 0; // 0: no active beat since the last write
};

namespace LivenessBatch {

// Writes many sessions' liveness in one transaction with one prepared statement. Never moves a time
// backwards and never touches an ended session or a session's state: state changes are seat decisions
// and go through SeatLedger at once.
Status write(const Database& database, const QHash<QString, Liveness>& beats);

} // namespace LivenessBatch
} // namespace seatwise
