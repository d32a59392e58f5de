#pragma once

#include <QAbstractEventDispatcher>
#include <QList>

#include <chrono>
#include <set>
#include <unordered_map>
#include <utility>

namespace seatwise {

// The timers of one event dispatcher, ordered by deadline on the monotonic clock. Coarse timers are
// kept as precise ones (firing on time is within their contract); very coarse ones round their
// interval to whole seconds, as Qt documents.
class TimerQueue final {
public:
    using Clock = std::chrono::steady_clock;

    void add(int id, qint64 intervalMs, Qt::TimerType type, QObject* object);
    bool remove(int id);
    bool removeAll(QObject* object);
    QList<QAbstractEventDispatcher::TimerInfo> timersOf(QObject* object) const;
    int remainingMs(int id) const;

    // Milliseconds until the next timer is due (0 when one is due now), -1 without timers.
    int waitMs() const;

    // Sends a QTimerEvent for each timer due now, once each, in deadline order; timers removed by
    // an earlier handler of the same pass are skipped. Returns how many fired.
    int activate();

private:
    struct Timer {
        QObject* object = nullptr;
        qint64 intervalMs = 0; // as registered, for timersOf()
        Clock::duration period{};
        Qt::TimerType type = Qt::CoarseTimer;
        Clock::time_point deadline;
        quint64 serial = 0;  // tells a timer from a later one that reuses its id
        bool firing = false; // its handler runs (maybe a nested loop): never fire it again meanwhile
    };

    void schedule(int id, Timer& timer, Clock::time_point deadline);

    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<Clock::time_point, int>> m_queue;
    quint64 m_nextSerial = 0;
};

} // namespace seatwise
