#include "TimerQueue.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <algorithm>
#include <limits>
#include <vector>

namespace seatwise {

using namespace std::chrono;

void TimerQueue::add(int id, qint64 intervalMs, Qt::TimerType type, QObject* object)
{
    remove(id);
    qint64 periodMs = std::max<qint64>(intervalMs, 0);
    if (type == Qt::VeryCoarseTimer)
        periodMs = (periodMs + 500) / 1000 * 1000;
    Timer& timer = m_timers[id];
    timer = Timer{object, intervalMs, milliseconds(periodMs), type, {}, ++m_nextSerial, false};
    schedule(id, timer, Clock::now() + timer.period);
}

bool TimerQueue::remove(int id)
{
    const auto found = m_timers.find(id);
    if (found == m_timers.end())
        return false;
    m_queue.erase({found->second.deadline, id});
    m_timers.erase(found);
    return true;
}

bool TimerQueue::removeAll(QObject* object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_queue.erase({it->second.deadline, it->first});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> TimerQueue::timersOf(QObject* object) const
{
    QList<QAbstractEventDispatcher::TimerInfo> list;
    for (const auto& [id, timer] : m_timers) {
        if (timer.object == object)
            list.append({id, int(timer.intervalMs), timer.type});
    }
    return list;
}

int TimerQueue::remainingMs(int id) const
{
    const auto found = m_timers.find(id);
    if (found == m_timers.end())
        return -1;
    const auto left = ceil<milliseconds>(found->second.deadline - Clock::now()).count();
    return int(std::max<qint64>(left, 0));
}

int TimerQueue::waitMs() const
{
    for (const auto& [deadline, id] : m_queue) {
        if (m_timers.at(id).firing)
            continue;
        // Rounded up: waking a fraction of a millisecond early would only spin the loop.
        const auto left = ceil<milliseconds>(deadline - Clock::now()).count();
        return int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max()));
    }
    return -1;
}

int TimerQueue::activate()
{
    const Clock::time_point now = Clock::now();
    // A snapshot first: handlers add, remove and re-arm timers while we send.
    std::vector<std::pair<int, quint64>> due;
    for (const auto& [deadline, id] : m_queue) {
        if (deadline > now)
            break;
        const Timer& timer = m_timers.at(id);
        if (!timer.firing)
            due.emplace_back(id, timer.serial);
    }
    int fired = 0;
    for (const auto& [id, serial] : due) {
        auto found = m_timers.find(id);
        if (found == m_timers.end() || found->second.serial != serial)
            continue;
        Timer& timer = found->second;
        // Next deadline one period after the last one; after a stall, one period from now (no burst).
        Clock::time_point next = timer.deadline + timer.period;
        if (next < now)
            next = now + timer.period;
        schedule(id, timer, next);
        timer.firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer.object, &event);
        ++fired;
        found = m_timers.find(id);
        if (found != m_timers.end() && found->second.serial == serial)
            found->second.firing = false;
    }
    return fired;
}

void TimerQueue::schedule(int id, Timer& timer, Clock::time_point deadline)
{
    m_queue.erase({timer.deadline, id});
    timer.deadline = deadline;
    m_queue.emplace(deadline, id);
}

} // namespace seatwise
