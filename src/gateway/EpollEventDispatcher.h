#pragma once

#include "TimerQueue.h"

#include <QAbstractEventDispatcher>
#include <QHash>

#include <array>
#include <atomic>
#include <deque>
#include <vector>

class QSocketNotifier;

namespace seatwise {

// A Linux event dispatcher on level-triggered epoll. Qt's own (QEventDispatcherUNIX) hands poll() the
// whole list of socket notifiers on every pass of the loop, so 10,000 idle keep-alive connections make
// every request pay for 10,000 sockets; epoll only reports the ready ones. Same contract as Qt's:
// socket activity arrives as QEvent::SockAct, timers as QTimerEvent, wakeUp() is thread-safe.
//
// Notifier changes reach epoll just before the loop waits, as one epoll_ctl per descriptor whose mask
// changed: writing an answer and flushing it switches the write notifier on and off again, which then
// costs no system call at all. A change that leaves a descriptor without notifiers is applied at once,
// because the descriptor may be closed and its number reused before the loop waits again.
class EpollEventDispatcher final : public QAbstractEventDispatcher {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject* parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when the kernel refused an epoll or eventfd descriptor: use Qt's dispatcher then.
    bool isValid() const { return m_epoll >= 0 && m_wakeFd >= 0; }

    // How many epoll_ctl calls this dispatcher has made (TestEventDispatcher counts them).
    quint64 epollControlCalls() const { return m_epollControlCalls; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;

    using QAbstractEventDispatcher::registerTimer;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    // The notifiers of one descriptor (indexed by QSocketNotifier::Type) share one epoll registration.
    struct Watch {
        std::array<QSocketNotifier*, 3> notifiers{};
        quint32 events = 0;   // as registered with epoll; 0 = not registered
        bool pollable = true; // false for regular files, which epoll refuses and poll() calls always ready
        bool pending = false; // listed in m_pending: the notifiers changed since the last update()
    };

    void defer(int fd, Watch& watch);
    void applyDeferred();
    void update(int fd, Watch& watch);
    int control(int op, int fd, quint32 events);
    int wait(bool includeNotifiers, int timeoutMs);
    void markReady(const Watch& watch, quint32 events, bool nested);
    int activateNotifiers();
    void drainWakeUp();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    QHash<int, Watch> m_watches;
    std::vector<int> m_pending; // descriptors whose epoll registration waits for applyDeferred()
    quint64 m_epollControlCalls = 0;
    int m_unpollable = 0;
    std::deque<QSocketNotifier*> m_ready; // activations not delivered yet; unregistering removes them
    TimerQueue m_timers;
};

} // namespace seatwise
