#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <array>
#include <cerrno>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace seatwise {

namespace {

// The conditions under which Qt's poll() dispatcher activates each kind of notifier.
constexpr quint32 readEvents = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 writeEvents = EPOLLOUT | EPOLLERR;
constexpr quint32 exceptionEvents = EPOLLPRI;

constexpr std::array<quint32, 3> wanted{EPOLLIN, EPOLLOUT, EPOLLPRI}; // by QSocketNotifier::Type
constexpr std::array<quint32, 3> activating{readEvents, writeEvents, exceptionEvents};

// Enough for one pass; level triggering reports the rest on the next one.
constexpr int maxEventsPerPass = 512;

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject* parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0) {
        qErrnoWarning("EpollEventDispatcher: cannot create the epoll or eventfd descriptor");
        return;
    }
    if (control(EPOLL_CTL_ADD, m_wakeFd, EPOLLIN) != 0) {
        qErrnoWarning("EpollEventDispatcher: cannot watch the eventfd");
        close(m_wakeFd);
        m_wakeFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        close(m_wakeFd);
    if (m_epoll >= 0)
        close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    // Events posted from now on write to the eventfd, so blocking cannot miss them.
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load())
        return false;
    // Before the timeout is chosen: applying may find a regular file, which must not be waited on.
    if (includeNotifiers)
        applyDeferred();

    int timeoutMs = 0;
    if (canWait && !(includeNotifiers && m_unpollable > 0))
        timeoutMs = includeTimers ? m_timers.waitMs() : -1;
    int handled = wait(includeNotifiers, timeoutMs);
    if (canWait)
        Q_EMIT awake();
    if (includeNotifiers)
        handled += activateNotifiers();
    if (includeTimers)
        handled += m_timers.activate();
    return handled > 0;
}

// Blocks up to timeoutMs (-1: forever); queues the notifiers whose descriptors are ready. Returns 1
// when woken up, else 0.
int EpollEventDispatcher::wait(bool includeNotifiers, int timeoutMs)
{
    if (!includeNotifiers) {
        pollfd wake{m_wakeFd, POLLIN, 0};
        if (poll(&wake, 1, timeoutMs) > 0) {
            drainWakeUp();
            return 1;
        }
        return 0;
    }

    // A nested loop may find notifiers the outer pass has not delivered yet: queue each once.
    const bool nested = !m_ready.empty();
    std::array<epoll_event, maxEventsPerPass> events;
    const int count = epoll_wait(m_epoll, events.data(), maxEventsPerPass, timeoutMs);
    if (count < 0 && errno != EINTR)
        qErrnoWarning("EpollEventDispatcher: epoll_wait failed");
    int woken = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            drainWakeUp();
            woken = 1;
        } else if (const auto found = m_watches.constFind(fd); found != m_watches.cend()) {
            markReady(*found, events[i].events, nested);
        }
    }
    if (m_unpollable > 0) {
        for (const Watch& watch : std::as_const(m_watches)) {
            if (!watch.pollable)
                markReady(watch, EPOLLIN | EPOLLOUT, nested);
        }
    }
    return woken;
}

void EpollEventDispatcher::markReady(const Watch& watch, quint32 events, bool nested)
{
    for (size_t type = 0; type < watch.notifiers.size(); ++type) {
        QSocketNotifier* notifier = watch.notifiers[type];
        if (!notifier || !(events & activating[type]))
            continue;
        if (nested && std::find(m_ready.begin(), m_ready.end(), notifier) != m_ready.end())
            continue;
        m_ready.push_back(notifier);
    }
}

int EpollEventDispatcher::activateNotifiers()
{
    int activated = 0;
    // Taken one by one from the shared queue: a handler may unregister (or delete) any notifier,
    // which removes it from the queue, or run a nested loop that delivers part of it.
    while (!m_ready.empty()) {
        QSocketNotifier* notifier = m_ready.front();
        m_ready.pop_front();
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    return activated;
}

void EpollEventDispatcher::drainWakeUp()
{
    eventfd_t value = 0;
    eventfd_read(m_wakeFd, &value);
    // After reading: a wakeUp() racing with us either sees true (its event is posted already and the
    // next pass's sendPostedEvents() delivers it) or writes again.
    m_wakeUpPending.store(false, std::memory_order_release);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    const auto type = size_t(notifier->type());
    Watch& watch = m_watches[fd];
    if (watch.notifiers[type] && watch.notifiers[type] != notifier) {
        // The descriptor was closed under a live notifier (libpq drops its socket when the PostgreSQL server
        // goes away) and its number reused: closing removed it from the epoll set, so the mask we remember
        // is stale. Register again, or the new socket is never watched and its requests hang.
        qWarning("EpollEventDispatcher: several socket notifiers of type %d on descriptor %d", int(type), fd);
        watch.events = 0;
    }
    watch.notifiers[type] = notifier;
    defer(fd, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier)
{
    std::erase(m_ready, notifier);
    const int fd = int(notifier->socket());
    const auto found = m_watches.find(fd);
    if (found == m_watches.end())
        return;
    const auto type = size_t(notifier->type());
    if (found->notifiers[type] != notifier)
        return;
    found->notifiers[type] = nullptr;
    if (std::any_of(found->notifiers.cbegin(), found->notifiers.cend(), [](auto* other) { return other; })) {
        defer(fd, *found);
        return;
    }
    // The last one: leave the epoll set now, before the descriptor can be closed and its number reused.
    update(fd, *found);
    if (found->events == 0 && found->pollable)
        m_watches.erase(found); // a stale entry in m_pending finds no watch, or a new one, and does no harm
}

void EpollEventDispatcher::defer(int fd, Watch& watch)
{
    if (watch.pending)
        return;
    watch.pending = true;
    m_pending.push_back(fd);
}

void EpollEventDispatcher::applyDeferred()
{
    for (const int fd : m_pending) {
        const auto found = m_watches.find(fd);
        if (found == m_watches.end() || !found->pending)
            continue;
        found->pending = false;
        update(fd, *found);
    }
    m_pending.clear();
}

int EpollEventDispatcher::control(int op, int fd, quint32 events)
{
    ++m_epollControlCalls;
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    return epoll_ctl(m_epoll, op, fd, &event);
}

// Brings the epoll registration of fd in line with its notifiers: one registration, combined mask.
void EpollEventDispatcher::update(int fd, Watch& watch)
{
    quint32 events = 0;
    for (size_t type = 0; type < watch.notifiers.size(); ++type) {
        if (watch.notifiers[type])
            events |= wanted[type];
    }
    if (!watch.pollable) {
        if (events == 0) {
            --m_unpollable;
            watch.pollable = true; // lets unregisterSocketNotifier() drop the watch
        }
        return;
    }
    if (events == watch.events)
        return;
    if (events == 0) {
        // EBADF/ENOENT: the descriptor was closed first, which removed it from the set already.
        control(EPOLL_CTL_DEL, fd, 0);
        watch.events = 0;
        return;
    }
    int op = watch.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    int result = control(op, fd, events);
    // The descriptor number may have been closed and reused behind our back: retry the other way.
    if (result != 0 && ((op == EPOLL_CTL_ADD && errno == EEXIST) || (op == EPOLL_CTL_MOD && errno == ENOENT))) {
        op = op == EPOLL_CTL_ADD ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
        result = control(op, fd, events);
    }
    if (result == 0) {
        watch.events = events;
    } else if (errno == EPERM) {
        watch.pollable = false; // a regular file: always ready, as poll() reports it
        watch.events = 0;
        ++m_unpollable;
    } else {
        qErrnoWarning("EpollEventDispatcher: cannot watch descriptor %d", fd);
    }
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object)
{
    m_timers.add(timerId, interval, timerType, object);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject* object)
{
    return m_timers.removeAll(object);
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject* object) const
{
    return m_timers.timersOf(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return m_timers.remainingMs(timerId);
}

void EpollEventDispatcher::wakeUp()
{
    // One write per pass however many events other threads post.
    if (!m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace seatwise
