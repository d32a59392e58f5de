// The epoll event dispatcher seatwised runs on (issue: heartbeats with 10,000 idle connections): timers,
// socket notifiers, posted events and wake-ups behave as with Qt's own dispatcher. Run with
// SEATWISE_EVENT_DISPATCHER=qt to check the same expectations against Qt's (non-glib) dispatcher.
#include "gateway/EpollEventDispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using seatwise::EpollEventDispatcher;

namespace {

bool epollWanted()
{
    return qEnvironmentVariable("SEATWISE_EVENT_DISPATCHER") != u"qt"_s;
}

// Runs a fresh event loop until quit or timeoutMs; true when something quit it in time.
bool runLoop(QEventLoop& loop, int timeoutMs)
{
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

// Two connected TCP descriptors over loopback, without Qt (so no other notifier reads them).
std::pair<int, int> rawTcpPair()
{
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    bind(listener, reinterpret_cast<sockaddr*>(&address), length);
    listen(listener, 1);
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    const int client = socket(AF_INET, SOCK_STREAM, 0);
    ::connect(client, reinterpret_cast<sockaddr*>(&address), length);
    const int server = accept(listener, nullptr, nullptr);
    close(listener);
    return {client, server};
}

// A Qt client connected to a Qt server socket over loopback, both on this thread's dispatcher.
struct QtConnection {
    QTcpServer server;
    QTcpSocket client;
    std::unique_ptr<QTcpSocket> accepted;

    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor([&] { return server.hasPendingConnections(); }))
            return false;
        accepted.reset(server.nextPendingConnection());
        return QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; });
    }
};

// Counts timer events per timer id and kills the ones listed when another fires.
class TimerTarget final : public QObject {
public:
    QList<int> fired;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent* event) override
    {
        fired.append(event->timerId());
        if (onTimer)
            onTimer(event->timerId());
    }
};

} // namespace

class TestEventDispatcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dispatcherIsInstalled();
    void timersFireInOrderNeverEarly();
    void coarseTimersKeepTheirSlack();
    void zeroTimerRunsEveryPassWithoutStarving();
    void killTimerStopsTimerDueInSamePass();
    void singleShotFiresOnce();
    void timerNotReenteredFromNestedLoop();
    void remainingTimeAndRegisteredTimers();
    void tcpExchange();
    void manySocketsWithDataOnSome();
    void notifierDeletedInsideAnothersActivation();
    void notifiersOfOneDescriptorShareRegistration();
    void writtenAndFlushedAnswerCostsNoEpollControl();
    void descriptorReusedUnderStaleNotifierIsWatched();
    void regularFileIsAlwaysReady();
    void excludeSocketNotifiersWaitsForTimerOnly();
    void deleteLaterRunsFromLoop();
    void wakeUpFromAnotherThread();
    void interruptAndQuit();
    void aboutToBlockAndAwake();
    void threadWithDispatcherAndMovedTimer();
};

void TestEventDispatcher::dispatcherIsInstalled()
{
    if (!epollWanted())
        QSKIP("SEATWISE_EVENT_DISPATCHER=qt: checking Qt's own dispatcher");
    QVERIFY(qobject_cast<EpollEventDispatcher*>(QAbstractEventDispatcher::instance()));
}

void TestEventDispatcher::timersFireInOrderNeverEarly()
{
    const QList<int> intervals{50, 10, 0, 30, 20};
    QList<int> order;
    QList<qint64> lateness;
    QElapsedTimer clock;
    clock.start();
    for (const int interval : intervals) {
        QTimer::singleShot(interval, Qt::PreciseTimer, this, [&, interval] {
            order.append(interval);
            lateness.append(clock.elapsed() - interval);
        });
    }
    QTRY_COMPARE(order.size(), intervals.size());
    QCOMPARE(order, (QList<int>{0, 10, 20, 30, 50}));
    for (const qint64 late : std::as_const(lateness)) {
        QVERIFY2(late >= 0, "a precise timer fired early");
        QVERIFY2(late < 40, qPrintable(u"a precise timer fired %1 ms late"_s.arg(late)));
    }
}

void TestEventDispatcher::coarseTimersKeepTheirSlack()
{
    QElapsedTimer clock;
    clock.start();
    qint64 coarseAt = -1;
    qint64 veryCoarseAt = -1;
    QTimer::singleShot(100, Qt::CoarseTimer, this, [&] { coarseAt = clock.elapsed(); });
    // Very coarse timers count whole seconds: 1,200 ms rounds to one second.
    QTimer::singleShot(1200, Qt::VeryCoarseTimer, this, [&] { veryCoarseAt = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(veryCoarseAt >= 0, 3000);
    QVERIFY2(coarseAt >= 95 && coarseAt < 160, qPrintable(QString::number(coarseAt)));
    QVERIFY2(veryCoarseAt >= 500 && veryCoarseAt < 2000, qPrintable(QString::number(veryCoarseAt)));
}

void TestEventDispatcher::zeroTimerRunsEveryPassWithoutStarving()
{
    int passes = 0;
    QTimer zero;
    zero.setInterval(0);
    connect(&zero, &QTimer::timeout, this, [&] { ++passes; });
    zero.start();
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    // The 0 ms timer must neither block the loop nor keep a posted call or a real timer from running.
    bool posted = false;
    QMetaObject::invokeMethod(
        this, [&] { posted = true; }, Qt::QueuedConnection);
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    QVERIFY(runLoop(loop, 2000));
    QVERIFY(posted);
    QVERIFY2(clock.elapsed() < 500, "the 50 ms timer was starved");
    QVERIFY2(passes > 20, qPrintable(QString::number(passes)));
}

void TestEventDispatcher::killTimerStopsTimerDueInSamePass()
{
    TimerTarget target;
    const int first = target.startTimer(20ms, Qt::PreciseTimer);
    const int second = target.startTimer(20ms, Qt::PreciseTimer); // due in the same pass as the first
    const int repeating = target.startTimer(5ms, Qt::PreciseTimer);
    target.onTimer = [&](int id) {
        if (id == first) {
            target.killTimer(first);
            target.killTimer(second);
        } else if (id == repeating && target.fired.count(repeating) == 3) {
            target.killTimer(repeating);
        }
    };
    QTest::qWait(150);
    QCOMPARE(target.fired.count(first), 1);
    QCOMPARE(target.fired.count(second), 0);
    QCOMPARE(target.fired.count(repeating), 3);
}

void TestEventDispatcher::singleShotFiresOnce()
{
    int calls = 0;
    QTimer::singleShot(20ms, this, [&] { ++calls; });
    QTRY_COMPARE(calls, 1);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestEventDispatcher::timerNotReenteredFromNestedLoop()
{
    QTimer repeating;
    repeating.setTimerType(Qt::PreciseTimer);
    int depth = 0;
    int deepest = 0;
    int calls = 0;
    int otherTicks = 0;
    QTimer other;
    connect(&other, &QTimer::timeout, this, [&] { ++otherTicks; });
    connect(&repeating, &QTimer::timeout, this, [&] {
        ++calls;
        deepest = std::max(deepest, ++depth);
        if (calls == 1) { // a handler that spins a nested loop, as a modal wait would
            QEventLoop nested;
            QTimer::singleShot(60, &nested, &QEventLoop::quit);
            nested.exec();
        }
        --depth;
    });
    other.start(5);
    repeating.start(5);
    QTRY_VERIFY(calls >= 3);
    QCOMPARE(deepest, 1);
    QVERIFY2(otherTicks > 3, "other timers must keep running inside the nested loop");
}

void TestEventDispatcher::remainingTimeAndRegisteredTimers()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.start(500);
    const int left = timer.remainingTime();
    QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
    auto* dispatcher = QAbstractEventDispatcher::instance();
    QCOMPARE(dispatcher->remainingTime(timer.timerId()), left);
    const auto timers = dispatcher->registeredTimers(&timer);
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers.first().timerId, timer.timerId());
    QCOMPARE(timers.first().interval, 500);
    QCOMPARE(timers.first().timerType, Qt::PreciseTimer);
    const int id = timer.timerId();
    timer.stop();
    QCOMPARE(dispatcher->remainingTime(id), -1);
    QVERIFY(dispatcher->registeredTimers(&timer).isEmpty());
}

void TestEventDispatcher::tcpExchange()
{
    QtConnection connection;
    QVERIFY(connection.open());
    QTcpSocket& client = connection.client;
    QTcpSocket* accepted = connection.accepted.get();
    connect(accepted, &QTcpSocket::readyRead, this, [&] { accepted->write(accepted->readAll().toUpper()); });
    // Larger than the socket buffers: the writer waits on its write notifier between chunks.
    const QByteArray payload(4 * 1024 * 1024, 'x');
    client.write(payload);
    QByteArray echoed;
    connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), 10000);
    QCOMPARE(echoed, payload.toUpper());
    accepted->close();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestEventDispatcher::manySocketsWithDataOnSome()
{
    constexpr int connections = 2000;
    constexpr int talking = 50;
    QTcpServer server;
    server.setListenBacklogSize(connections);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<std::unique_ptr<QTcpSocket>> accepted;
    int received = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            accepted.emplace_back(socket);
            // The server echoes whatever arrives, on whichever connection.
            connect(socket, &QTcpSocket::readyRead, this, [socket] { socket->write(socket->readAll()); });
        }
    });
    for (int i = 0; i < connections; ++i) {
        auto& client = clients.emplace_back(std::make_unique<QTcpSocket>());
        client->connectToHost(QHostAddress::LocalHost, server.serverPort());
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(accepted.size()), connections, 20000);
    for (int i = 0; i < connections; i += connections / talking) {
        QTcpSocket* client = clients[size_t(i)].get();
        connect(client, &QTcpSocket::readyRead, this, [&, client, i] {
            if (client->readAll() == QByteArray::number(i))
                ++received;
        });
        client->write(QByteArray::number(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, talking, 10000);
    for (const auto& client : clients)
        QCOMPARE(client->bytesAvailable(), 0);
}

void TestEventDispatcher::notifierDeletedInsideAnothersActivation()
{
    int fds[2][2];
    QCOMPARE(pipe(fds[0]), 0);
    QCOMPARE(pipe(fds[1]), 0);
    // Both readable before the loop runs: both are reported by the same wait.
    QCOMPARE(write(fds[0][1], "a", 1), 1);
    QCOMPARE(write(fds[1][1], "b", 1), 1);
    std::array<QPointer<QSocketNotifier>, 2> notifiers{new QSocketNotifier(fds[0][0], QSocketNotifier::Read),
                                                       new QSocketNotifier(fds[1][0], QSocketNotifier::Read)};
    std::array<int, 2> activations{};
    for (int i = 0; i < 2; ++i) {
        connect(notifiers[size_t(i)], &QSocketNotifier::activated, this, [&, i] {
            ++activations[size_t(i)];
            delete notifiers[size_t(1 - i)];
        });
    }
    QTRY_VERIFY(activations[0] + activations[1] > 0);
    QTest::qWait(50);
    // The survivor stays readable (level-triggered) and keeps firing; the deleted one never fired.
    QVERIFY2((activations[0] == 0) != (activations[1] == 0),
             qPrintable(u"%1 and %2"_s.arg(activations[0]).arg(activations[1])));
    QVERIFY(activations[0] + activations[1] > 1);
    for (auto& notifier : notifiers)
        delete notifier;
    for (auto& pair : fds) {
        close(pair[0]);
        close(pair[1]);
    }
}

void TestEventDispatcher::notifiersOfOneDescriptorShareRegistration()
{
    const auto [client, server] = rawTcpPair();
    QSocketNotifier read(server, QSocketNotifier::Read);
    QSocketNotifier write(server, QSocketNotifier::Write);
    QSocketNotifier exception(server, QSocketNotifier::Exception);
    QSignalSpy reads(&read, &QSocketNotifier::activated);
    QSignalSpy writes(&write, &QSocketNotifier::activated);
    QSignalSpy exceptions(&exception, &QSocketNotifier::activated);
    QTRY_VERIFY(writes.size() > 0); // an idle connected socket is writable
    QCOMPARE(reads.size(), 0);
    write.setEnabled(false);                      // the shared registration drops EPOLLOUT, keeps the others
    QCOMPARE(::send(client, "!", 1, MSG_OOB), 1); // urgent data: EPOLLPRI on the server side
    QTRY_VERIFY(exceptions.size() > 0);
    exception.setEnabled(false);
    QCOMPARE(::send(client, "data", 4, 0), 4);
    QTRY_VERIFY(reads.size() > 0);
    read.setEnabled(false); // nothing left: the descriptor leaves the epoll set
    writes.clear();
    reads.clear();
    QTest::qWait(30);
    QCOMPARE(writes.size() + reads.size(), 0);
    write.setEnabled(true); // and comes back
    QTRY_VERIFY(writes.size() > 0);
    write.setEnabled(false);
    close(client);
    close(server);
}

void TestEventDispatcher::writtenAndFlushedAnswerCostsNoEpollControl()
{
    // What the gateway does with every answer: write() switches the write notifier on, flush() sends the
    // bytes and switches it off again, all before the loop waits. epoll is told nothing.
    QtConnection connection;
    QVERIFY(connection.open());
    QTcpSocket& client = connection.client;
    QTcpSocket* accepted = connection.accepted.get();
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    connect(accepted, &QTcpSocket::readyRead, this, [&] {
        accepted->write("answer to " + accepted->readAll());
        accepted->flush();
    });
    client.write("ping");
    QTRY_COMPARE(received, QByteArrayLiteral("answer to ping")); // both sockets are registered by now

    auto* epoll = qobject_cast<EpollEventDispatcher*>(QAbstractEventDispatcher::instance());
    const quint64 before = epoll ? epoll->epollControlCalls() : 0;
    for (int i = 0; i < 20; ++i) {
        received.clear();
        client.write("ping");
        QTRY_COMPARE(received, QByteArrayLiteral("answer to ping"));
    }
    // The client's own write()s are sent by its write notifier on the next pass: two calls each.
    if (epoll)
        QCOMPARE(epoll->epollControlCalls() - before, quint64(2 * 20));

    // Switched on and off in one pass: nothing to deliver, nothing to tell epoll.
    QSocketNotifier write(accepted->socketDescriptor(), QSocketNotifier::Write);
    QSignalSpy writes(&write, &QSocketNotifier::activated);
    QTRY_VERIFY(writes.size() > 0);
    write.setEnabled(false);
    QCoreApplication::processEvents();
    const quint64 quiet = epoll ? epoll->epollControlCalls() : 0;
    writes.clear();
    write.setEnabled(true);
    write.setEnabled(false);
    QTest::qWait(30);
    QCOMPARE(writes.size(), 0);
    if (epoll)
        QCOMPARE(epoll->epollControlCalls(), quiet);
}

void TestEventDispatcher::descriptorReusedUnderStaleNotifierIsWatched()
{
    // As libpq does when the PostgreSQL server goes away: the descriptor is closed while its notifier lives.
    auto [oldClient, oldServer] = rawTcpPair();
    auto stale = std::make_unique<QSocketNotifier>(oldServer, QSocketNotifier::Read);
    QCoreApplication::processEvents();
    close(oldServer);
    close(oldClient);
    // The next socket gets the same number (the lowest free one), as an accepted HTTP connection did.
    const auto [client, server] = rawTcpPair();
    QCOMPARE(server == oldServer || client == oldServer, true);
    const int reused = oldServer;
    const int peer = reused == server ? client : server;
    QSocketNotifier fresh(reused, QSocketNotifier::Read);
    QSignalSpy reads(&fresh, &QSocketNotifier::activated);
    QCOMPARE(::send(peer, "data", 4, 0), 4);
    QTRY_VERIFY_WITH_TIMEOUT(reads.size() > 0, 2000);
    stale.reset(); // the owner cleans up late; the new registration stays
    char buffer[4];
    QCOMPARE(::recv(reused, buffer, sizeof buffer, 0), 4);
    QCOMPARE(::send(peer, "more", 4, 0), 4);
    reads.clear();
    QTRY_VERIFY_WITH_TIMEOUT(reads.size() > 0, 2000);
    close(client);
    close(server);
}

void TestEventDispatcher::regularFileIsAlwaysReady()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QSocketNotifier notifier(file.handle(), QSocketNotifier::Read); // epoll refuses files; poll() says ready
    QSignalSpy activations(&notifier, &QSocketNotifier::activated);
    QTRY_VERIFY(activations.size() > 0);
}

void TestEventDispatcher::excludeSocketNotifiersWaitsForTimerOnly()
{
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    QCOMPARE(write(fds[1], "x", 1), 1);
    QSocketNotifier notifier(fds[0], QSocketNotifier::Read);
    QSignalSpy activations(&notifier, &QSocketNotifier::activated);
    bool fired = false;
    QTimer::singleShot(60, this, [&] { fired = true; });
    QElapsedTimer clock;
    clock.start();
    auto* dispatcher = QAbstractEventDispatcher::instance();
    // Blocks despite the readable pipe, until the timer (a busy loop would take many passes).
    int passes = 0;
    while (!fired && clock.elapsed() < 2000) {
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeSocketNotifiers);
        ++passes;
    }
    QVERIFY(fired);
    QVERIFY2(passes < 10, qPrintable(QString::number(passes)));
    QCOMPARE(activations.size(), 0);
    dispatcher->processEvents(QEventLoop::AllEvents);
    QCOMPARE(activations.size(), 1);
    close(fds[0]);
    close(fds[1]);
}

void TestEventDispatcher::deleteLaterRunsFromLoop()
{
    QPointer<QObject> doomed = new QObject;
    QEventLoop loop;
    connect(doomed, &QObject::destroyed, &loop, &QEventLoop::quit);
    doomed->deleteLater();
    QVERIFY(runLoop(loop, 2000));
    QVERIFY(doomed.isNull());
}

void TestEventDispatcher::wakeUpFromAnotherThread()
{
    auto* dispatcher = QAbstractEventDispatcher::instance();
    std::atomic<bool> ran = false;
    QElapsedTimer clock;
    clock.start();
    QTimer safety; // should the wake-up be lost, fail instead of blocking forever
    safety.start(3000);
    std::thread poster([&] {
        std::this_thread::sleep_for(100ms);
        QMetaObject::invokeMethod(
            this, [&] { ran = true; }, Qt::QueuedConnection);
    });
    // With nothing else to do this blocks until the post wakes it (or, lost, the safety timer).
    do {
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    } while (clock.elapsed() < 90);
    const qint64 woken = clock.elapsed();
    poster.join();
    QVERIFY2(woken < 1000, qPrintable(QString::number(woken)));
    dispatcher->processEvents(QEventLoop::AllEvents); // delivers the posted call
    QVERIFY(ran);
}

void TestEventDispatcher::interruptAndQuit()
{
    auto* dispatcher = QAbstractEventDispatcher::instance();
    QElapsedTimer clock;
    clock.start();
    QTimer safety;
    safety.start(3000);
    std::thread interrupter([&] {
        std::this_thread::sleep_for(100ms);
        dispatcher->interrupt();
    });
    dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    interrupter.join();
    QVERIFY2(clock.elapsed() >= 90 && clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

    QEventLoop loop;
    QTimer::singleShot(20, &loop, &QEventLoop::quit);
    QVERIFY(runLoop(loop, 2000));
}

void TestEventDispatcher::aboutToBlockAndAwake()
{
    auto* dispatcher = QAbstractEventDispatcher::instance();
    QSignalSpy blocking(dispatcher, &QAbstractEventDispatcher::aboutToBlock);
    QSignalSpy awake(dispatcher, &QAbstractEventDispatcher::awake);
    bool fired = false;
    QTimer::singleShot(30, this, [&] { fired = true; });
    while (!fired)
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    QVERIFY(blocking.size() >= 1);
    QVERIFY(awake.size() >= 1);
}

void TestEventDispatcher::threadWithDispatcherAndMovedTimer()
{
    QThread thread;
    if (epollWanted())
        thread.setEventDispatcher(new EpollEventDispatcher);
    thread.start();
    std::atomic<int> ticks = 0;
    std::atomic<QThread*> tickedIn = nullptr;
    auto timer = std::make_unique<QTimer>();
    connect(timer.get(), &QTimer::timeout, timer.get(), [&] {
        tickedIn = QThread::currentThread();
        ++ticks;
    });
    timer->start(10);
    // Moving re-registers the running timer with the thread's dispatcher (registeredTimers, unregisterTimers).
    timer->moveToThread(&thread);
    QTRY_VERIFY(ticks > 3);
    QCOMPARE(tickedIn.load(), &thread);
    if (epollWanted())
        QVERIFY(qobject_cast<EpollEventDispatcher*>(thread.eventDispatcher()));
    QMetaObject::invokeMethod(timer.get(), &QTimer::stop, Qt::BlockingQueuedConnection);
    thread.quit(); // interrupt() from this thread ends the other thread's blocking wait
    QVERIFY(thread.wait(2000));
}

int main(int argc, char* argv[])
{
    if (epollWanted())
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    else
        qputenv("QT_NO_GLIB", "1"); // the Qt dispatcher seatwised falls back to (glib's spins on excluded sockets)
    QCoreApplication app(argc, argv);
    TestEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestEventDispatcher.moc"
