#include "Clock.h"

#include <QDateTime>

namespace seatwise {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace seatwise
