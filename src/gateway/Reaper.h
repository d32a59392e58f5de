#pragma once

#include "core/Clock.h"
#include "store/Database.h"

#include <QObject>
#include <QTimer>

namespace seatwise {

class EventHub;
class LivenessBook;

// Meets the session deadlines (idle, purge, standby expiry, grace end) on a short timer and keeps the
// per-minute usage history, telling listeners what changed.
class Reaper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reaper)

public:
    Reaper(const Database& database, const Clock& clock, EventHub& events, int intervalMs, QObject* parent = nullptr);
    // Liveness held in memory is written before each pass, so the pass sees every beat.
    void setLiveness(LivenessBook* liveness) { m_liveness = liveness; }
    void start();
    void stop();
    // One pass now; public so tests and benchmarks can drive it.
    void runOnce();

private:
    const Database& m_database;
    const Clock& m_clock;
    EventHub& m_events;
    LivenessBook* m_liveness = nullptr;
    QTimer m_timer;
    qint64 m_lastUsageMinute = -1;
    qint64 m_lastUsageAtMs = 0;
    qint64 m_lastCleanupDay = -1;
};

} // namespace seatwise
