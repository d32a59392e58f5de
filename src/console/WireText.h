#pragma once

#include "core/Vocabulary.h"

#include <QString>

namespace seatwise::WireText {

// Words for people for the contract's vocabulary and times, in one place for every view.
QString poolKind(PoolKind kind);
QString poolModel(PoolModel model);
QString sessionMode(SessionMode mode);
QString sessionState(SessionState state);
QString duration(qint64 seconds);                     // "2 min", "1 h 5 min", "45 s"
QString timeOfDay(qint64 msSinceEpoch, qint64 nowMs); // local "08:50" today, else "23 Nov 08:50"
QString ago(qint64 msSinceEpoch, qint64 nowMs);       // "just now", "3 min ago"

} // namespace seatwise::WireText
