// Faults: kill -9 of the gateway in the middle of a storm of logins, heartbeats and sign-outs; the SQLite
// store's disk full or read-only under a running gateway; the PostgreSQL server restarted under load. After
// each, the store holds exactly what the clients were told (R1), and the gateway recovers on its own.
#include "support/Checks.h"
#include "support/EventStream.h"
#include "support/Seatwise.h"
#include "support/Storm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {

constexpr int AgentsPerPool = 6;

// A small tmpfs for a SQLite store, unmounted again whatever the test did (the gateway must be gone first:
// declare it before the Seatwise that uses it).
class SmallDisk final {
public:
    explicit SmallDisk(const QString& sizeOption)
        : m_options(sizeOption.toLatin1())
    {
        if (geteuid() != 0) {
            m_error = u"mounting a small tmpfs for the store needs root"_s;
            return;
        }
        if (!m_dir.isValid()) {
            m_error = u"cannot make a temporary folder"_s;
            return;
        }
        if (::mount("tmpfs", qPrintable(m_dir.path()), "tmpfs", 0, m_options.constData()) != 0) {
            m_error = u"cannot mount a tmpfs here: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted && ::umount2(qPrintable(m_dir.path()), 0) != 0)
            ::umount2(qPrintable(m_dir.path()), MNT_DETACH); // never leave it behind, even if something holds it
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // errno of a failed remount, 0 when it worked.
    int remount(bool readOnly)
    {
        const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
        return ::mount("tmpfs", qPrintable(m_dir.path()), "tmpfs", flags, m_options.constData()) == 0 ? 0 : errno;
    }
    // Writes a filler file until the disk is full; returns the bytes written.
    qint64 fill()
    {
        QFile filler(filePath(u"filler"_s));
        if (!filler.open(QIODevice::WriteOnly))
            return 0;
        const QByteArray block(64 * 1024, 'x');
        qint64 written = 0;
        for (;;) {
            const qint64 n = filler.write(block);
            if (n <= 0 || !filler.flush())
                break;
            written += n;
        }
        // The last partial block may sit in the buffer; a 4 KiB step fills what is left to the byte page.
        const QByteArray page(4096, 'x');
        while (filler.write(page) > 0 && filler.flush())
            written += page.size();
        return written;
    }
    void removeFiller() { QFile::remove(filePath(u"filler"_s)); }

private:
    QTemporaryDir m_dir;
    QByteArray m_options;
    QString m_error;
    bool m_mounted = false;
};

// An ext4 image on a loop device (no journal, errors=remount-ro), for the read-only switch the kernel itself
// makes after disk errors (triggered through sysfs). Unlike a remount, it hits files already open for writing.
class LoopDisk final {
public:
    LoopDisk()
    {
        if (geteuid() != 0) {
            m_error = u"an ext4 image on a loop device needs root"_s;
            return;
        }
        QFile image(m_dir.filePath(u"disk.img"_s));
        if (!m_dir.isValid() || !image.open(QIODevice::WriteOnly) || !image.resize(16 * 1024 * 1024)) {
            m_error = u"cannot make the disk image"_s;
            return;
        }
        image.close();
        QDir(m_dir.path()).mkdir(u"mnt"_s);
        if (!run(u"mkfs.ext4"_s, {u"-q"_s, u"-O"_s, u"^has_journal"_s, u"-E"_s, u"nodiscard"_s, image.fileName()}) ||
            !mount()) {
            m_error = u"cannot make or mount an ext4 image on a loop device here: "_s + m_output;
            return;
        }
        const QString device = QFileInfo(m_device).fileName();
        m_trigger = u"/sys/fs/ext4/"_s + device + u"/trigger_fs_error"_s;
        if (!QFile::exists(m_trigger))
            m_error = u"this kernel has no "_s + m_trigger;
    }
    ~LoopDisk()
    {
        if (m_mounted && !unmount())
            run(u"umount"_s, {u"-l"_s, path()}); // never leave it behind
    }
    LoopDisk(const LoopDisk&) = delete;
    LoopDisk& operator=(const LoopDisk&) = delete;

    bool isUsable() const { return m_mounted && m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_dir.filePath(u"mnt"_s); }
    bool mount()
    {
        m_mounted = run(u"mount"_s, {u"-o"_s, u"loop,errors=remount-ro"_s, m_dir.filePath(u"disk.img"_s), path()}) &&
                    run(u"findmnt"_s, {u"-n"_s, u"-o"_s, u"SOURCE"_s, path()});
        m_device = m_output.trimmed();
        return m_mounted;
    }
    bool unmount()
    {
        m_mounted = !run(u"umount"_s, {path()});
        return !m_mounted;
    }
    // As an administrator would: unmount, and when a process still has a file open there (EBUSY), wait a
    // little and try again, for up to five seconds.
    bool unmountWhenFree()
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (unmount())
                return true;
            QTest::qWait(100);
        }
        qWarning("umount kept failing: %s", qPrintable(m_output));
        return false;
    }
    // An ext4 error: the kernel turns the filesystem read-only at once, open files and all, until unmounted.
    bool forceReadOnly()
    {
        ::sync(); // what the clients were told is on the disk, as after any commit that had time to reach it
        QFile trigger(m_trigger);
        return trigger.open(QIODevice::WriteOnly) && trigger.write("seatwise TestFaults") > 0;
    }

private:
    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool done = process.waitForFinished(20000);
        m_output = QString::fromUtf8(process.readAll());
        return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_device;
    QString m_trigger;
    QString m_output;
    QString m_error;
    bool m_mounted = false;
};

// A PostgreSQL server of this test's own (tests/support/pg-server), so restarting it cannot disturb the other
// tests that share the fixture's server when CTest runs them in parallel.
class OwnPostgres final {
public:
    OwnPostgres() = default;
    ~OwnPostgres()
    {
        if (!m_url.isEmpty())
            script(u"stop"_s);
    }
    OwnPostgres(const OwnPostgres&) = delete;
    OwnPostgres& operator=(const OwnPostgres&) = delete;

    bool start()
    {
        if (!m_dir.isValid() || !script(u"start"_s))
            return false;
        QFile state(m_dir.filePath(u"state"_s));
        if (!state.open(QIODevice::ReadOnly))
            return false;
        m_url = QString::fromUtf8(state.readAll()).trimmed();
        return m_url.startsWith(u"postgresql://"_s);
    }
    QString url() const { return m_url; }
    QString output() const { return m_output; }
    // Runs `pg-server halt|resume` while the event loop keeps serving the storm; true when it succeeded.
    bool halt() { return script(u"halt"_s); }
    bool resume() { return script(u"resume"_s); }

private:
    bool script(const QString& command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SEATWISE_PG_SERVER), {command, m_dir.filePath(u"state"_s)});
        QElapsedTimer clock;
        clock.start();
        // The storm's replies keep arriving meanwhile: waitForFinished() alone would hold them back.
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            process.waitForFinished(20);
        }
        m_output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_url;
    QString m_output;
};

} // namespace

class TestFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_sw.reset(); }

    void kill9DuringStorm_data();
    void kill9DuringStorm();
    void fullDiskGives503AndRecovers();
    void readOnlyDiskGives503AndRecovers();
    void kernelReadOnlyGives503AndRemountRecovers();
    void postgresRestartUnderLoadRecovers();

private:
    // Anonymous pools: the storm's logins then cost no password hashing, only seat decisions.
    QList<Storm::Pool> makePools(Seatwise& gateway, const QList<int>& seats);
    // A gateway with its store on that disk, and one roomy pool; fails the test when it cannot start.
    Storm::Pool startOnDisk(const SmallDisk& disk, Seatwise& gateway);
    static Seat loginTo(Seatwise& gateway, const Storm::Pool& pool, const QString& device);
    // Logs in on new devices until the answer is something else than 503 store_unavailable, or time is up.
    static Seat loginOnceBack(Seatwise& gateway, const Storm::Pool& pool, const QString& prefix, int timeoutMs);
    // Breaks the store under a running gateway, checks clean 503s and reads, repairs it, checks recovery.
    void refusedThenRecovered(Seatwise& gateway, const Storm::Pool& pool, const std::function<bool()>& breakStore,
                              const std::function<bool()>& repairStore);
    static QByteArray joined(const QStringList& failures) { return failures.join(u"\n  "_s).toUtf8(); }

    std::unique_ptr<Seatwise> m_sw;
};

QList<Storm::Pool> TestFaults::makePools(Seatwise& gateway, const QList<int>& seats)
{
    QList<Storm::Pool> pools;
    for (const int count : seats) {
        const QJsonObject made = gateway.pool(obj({{u"seats"_s, count}, {u"anonymous"_s, true}}));
        pools.append(Storm::Pool{made.value(u"id"_s).toString(), made.value(u"client_key"_s).toString(), count});
    }
    return pools;
}

void TestFaults::kill9DuringStorm_data()
{
    QTest::addColumn<int>("answersBeforeKill");
    QTest::newRow("first logins in flight") << 3;
    QTest::newRow("pools just filled") << 40;
    QTest::newRow("sessions coming and going") << 250;
}

void TestFaults::kill9DuringStorm()
{
    QFETCH(int, answersBeforeKill);
    SW_START_GATEWAY();
    const QList<Storm::Pool> pools = makePools(*m_sw, {2, 3, 4});
    QVERIFY(!QTest::currentTestFailed());
    Storm storm(pools, AgentsPerPool, m_sw->owner());
    storm.setBaseUrl(m_sw->process().baseUrl());

    QElapsedTimer clock;
    clock.start();
    storm.resume();
    QVERIFY2(storm.runFor(answersBeforeKill), "the storm did not get its answers before the kill");
    m_sw->process().kill9();
    QVERIFY(!m_sw->process().isRunning());
    QVERIFY2(storm.settle(), "requests to the killed gateway still pending");
    const int lost = storm.lostAnswers();
    qInfo("killed after %d answers (%lld ms); %d requests went unanswered", storm.answers(), clock.elapsed(), lost);

    QVERIFY2(m_sw->process().restart(), qPrintable(m_sw->process().lastError()));
    m_sw->http().setBaseUrl(m_sw->process().baseUrl());
    storm.setBaseUrl(m_sw->process().baseUrl());
    storm.verify(*m_sw, u"after kill -9 and restart"_s);
    QVERIFY2(storm.failures().isEmpty(), joined(storm.failures()).constData());

    // The storm goes on against the restarted gateway: the sessions from before beat on, and new logins
    // still find exactly the seats nobody holds.
    storm.resume();
    QVERIFY2(storm.runFor(150), "the restarted gateway did not answer the storm");
    QVERIFY2(storm.settle(), "the storm did not settle");
    QCOMPARE(storm.lostAnswers(), lost);
    storm.verify(*m_sw, u"after the storm went on"_s);
    QVERIFY2(storm.failures().isEmpty(), joined(storm.failures()).constData());
    qInfo("%d answers in all, %lld ms", storm.answers(), clock.elapsed());
}

Seat TestFaults::loginTo(Seatwise& gateway, const Storm::Pool& pool, const QString& device)
{
    return gateway.loginBody(obj({{u"pool"_s, pool.id}, {u"device"_s, device}, {u"client_key"_s, pool.clientKey}}));
}

Seat TestFaults::loginOnceBack(Seatwise& gateway, const Storm::Pool& pool, const QString& prefix, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    Seat seat;
    for (int attempt = 0;; ++attempt) {
        seat = loginTo(gateway, pool, prefix + QString::number(attempt));
        // Anything but "still unavailable" ends the wait; the caller checks what it was.
        if (seat.status() != 503 || seat.reply.error() != u"store_unavailable"_s || clock.elapsed() > timeoutMs)
            return seat;
        QTest::qWait(100);
    }
}

void TestFaults::refusedThenRecovered(Seatwise& gateway, const Storm::Pool& pool,
                                      const std::function<bool()>& breakStore, const std::function<bool()>& repairStore)
{
    QSet<QString> granted; // sessions whose login was answered 201
    const Seat held = loginTo(gateway, pool, u"before"_s);
    SW_COMPARE_STATUS(held.reply, 201);
    granted.insert(held.id);
    QVERIFY(breakStore());

    // Writes fail: each login is granted (while SQLite still finds room in pages it already has) or refused
    // with 503 store_unavailable and a message, never a 500, and the gateway stays up.
    int refused = 0;
    for (int i = 0; i < 400 && refused < 3; ++i) {
        const Seat seat = loginTo(gateway, pool, u"broken-"_s + QString::number(i));
        if (seat.status() == 201) {
            granted.insert(seat.id);
            continue;
        }
        SW_COMPARE_ERROR(seat.reply, 503, "store_unavailable");
        ++refused;
    }
    QVERIFY2(refused > 0, "logins kept succeeding on the broken store");
    QVERIFY(gateway.process().isRunning());
    // Reads still work, and they show no half-made session.
    QCOMPARE(gateway.inUse(pool.id), int(granted.size()));
    QCOMPARE(gateway.sessions(gateway.owner(), u"?pool="_s + pool.id).size(), granted.size());
    // A heartbeat is answered from memory and written later; it must never fail for the wrong reason.
    const Reply beat = gateway.heartbeat(held);
    QVERIFY2(beat.status == 200 || (beat.status == 503 && beat.error() == u"store_unavailable"_s),
             beat.describe().constData());
    const Reply logout = gateway.logout(held);
    QVERIFY2(logout.status == 204 || (logout.status == 503 && logout.error() == u"store_unavailable"_s),
             logout.describe().constData());
    if (logout.status == 204)
        granted.remove(held.id);

    // Repaired, the gateway serves logins again.
    QVERIFY(repairStore());
    QElapsedTimer clock;
    clock.start();
    const Seat back = loginOnceBack(gateway, pool, u"repaired-"_s, 5000);
    SW_COMPARE_STATUS(back.reply, 201);
    qInfo("%d logins refused while the store was broken; a login succeeded %lld ms after the repair", refused,
          clock.elapsed());
    granted.insert(back.id);
    QSet<QString> listed;
    for (const QJsonValue& value : gateway.sessions(gateway.owner(), u"?pool="_s + pool.id))
        listed.insert(value.toObject().value(u"id"_s).toString());
    if (logout.status == 503) // its outcome is the store's to tell: either way is consistent
        granted.remove(held.id), listed.remove(held.id);
    QCOMPARE(listed, granted);
    QCOMPARE(gateway.inUse(pool.id), int(gateway.sessions(gateway.owner(), u"?pool="_s + pool.id).size()));
    // The heartbeats kept in memory reach the store again: the session still beats after a reaper pass.
    QTest::qWait(600);
    QCOMPARE(gateway.heartbeatOutcome(back), u"active"_s);
}

Storm::Pool TestFaults::startOnDisk(const SmallDisk& disk, Seatwise& gateway)
{
    if (!gateway.startOn(disk.filePath(u"store.db"_s))) {
        QTest::qFail(qPrintable(gateway.lastError()), __FILE__, __LINE__);
        return {};
    }
    return makePools(gateway, {1000}).value(0);
}

void TestFaults::fullDiskGives503AndRecovers()
{
    if (StoreUnderTest::onPostgres())
        QSKIP("A full disk under the SQLite file: the PostgreSQL server owns its own disk (see TestFaults).");
    SmallDisk disk(u"size=8m"_s); // before the gateway: unmounted after it is gone
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    Seatwise gateway;
    const Storm::Pool pool = startOnDisk(disk, gateway);
    QVERIFY(!QTest::currentTestFailed());
    qint64 filled = 0;
    const qint64 pid = gateway.process().process()->processId();
    refusedThenRecovered(
        gateway, pool, [&] { return (filled = disk.fill()) > 0; },
        [&] {
            disk.removeFiller();
            return true;
        });
    qInfo("the filler took %lld KiB", filled / 1024);
    QVERIFY2(gateway.process().isRunning(), qPrintable(gateway.process().stderrText()));
    QCOMPARE(gateway.process().process()->processId(), pid); // recovered without a restart
}

void TestFaults::readOnlyDiskGives503AndRecovers()
{
    if (StoreUnderTest::onPostgres())
        QSKIP("A read-only disk under the SQLite file: the PostgreSQL server owns its own disk (see TestFaults).");
    SmallDisk disk(u"size=8m"_s);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    Seatwise gateway;
    const Storm::Pool pool = startOnDisk(disk, gateway);
    QVERIFY(!QTest::currentTestFailed());
    // Linux refuses to remount a filesystem read-only while a process holds one of its files open for writing
    // (EBUSY), and a running gateway holds its SQLite file and WAL so: try, and say so when refused.
    if (const int refused = disk.remount(true); refused != 0) {
        QVERIFY2(refused == EBUSY, std::strerror(refused));
        QVERIFY2(gateway.process().isRunning(), qPrintable(gateway.process().stderrText()));
        SW_COMPARE_STATUS(loginTo(gateway, pool, u"still-writable"_s).reply, 201);
        QSKIP("The kernel refuses to make the store's filesystem read-only under a running gateway (EBUSY: "
              "files open for writing); the gateway went on unharmed.");
    }
    QCOMPARE(disk.remount(false), 0);
    refusedThenRecovered(
        gateway, pool, [&] { return disk.remount(true) == 0; }, [&] { return disk.remount(false) == 0; });
    QVERIFY2(gateway.process().isRunning(), qPrintable(gateway.process().stderrText()));
}

void TestFaults::kernelReadOnlyGives503AndRemountRecovers()
{
    if (StoreUnderTest::onPostgres())
        QSKIP("A read-only disk under the SQLite file: the PostgreSQL server owns its own disk (see TestFaults).");
    LoopDisk disk; // before the gateway: unmounted after it is gone
    if (!disk.isUsable())
        QSKIP(qPrintable(disk.error()));
    Seatwise gateway;
    if (!gateway.startOn(disk.path() + u"/store.db"_s))
        QFAIL(qPrintable(gateway.lastError()));
    const Storm::Pool pool = makePools(gateway, {1000}).value(0);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 pid = gateway.process().process()->processId();
    // The kernel's read-only switch lasts until the filesystem is unmounted. Once the store failed, the
    // gateway keeps none of its files open between requests, so the administrator's repair is an unmount
    // and a mount under the running gateway; a request that comes between the two finds no store file
    // (and must not create an empty one on the bare mount point).
    refusedThenRecovered(
        gateway, pool, [&] { return disk.forceReadOnly(); },
        [&] {
            if (!disk.unmountWhenFree())
                return false;
            const Seat between = loginTo(gateway, pool, u"unmounted"_s);
            if (between.status() != 503 || between.reply.error() != u"store_unavailable"_s) {
                qWarning("with the disk unmounted: %s", between.reply.describe().constData());
                return false;
            }
            if (QFile::exists(disk.path() + u"/store.db"_s)) {
                qWarning("the gateway made a new store on the bare mount point");
                return false;
            }
            return disk.mount();
        });
    QVERIFY2(gateway.process().isRunning(), qPrintable(gateway.process().stderrText()));
    QCOMPARE(gateway.process().process()->processId(), pid); // recovered without a restart
}

void TestFaults::postgresRestartUnderLoadRecovers()
{
    if (!StoreUnderTest::onPostgres())
        QSKIP("Restarting the PostgreSQL server under load: see TestFaults.postgresql.");
    if (const QString skip = StoreUnderTest::skipReason(); !skip.isEmpty())
        QSKIP(qPrintable(skip));
    OwnPostgres server; // before the gateways: stopped after they are gone
    QVERIFY2(server.start(), qPrintable(server.output()));
    const QString store = server.url() + u"/postgres"_s;
    Seatwise first;
    QVERIFY2(first.startOn(store), qPrintable(first.lastError()));
    Seatwise second; // a console on it must hear what the first one does, across the restart
    QVERIFY2(second.startShared(first), qPrintable(second.lastError()));
    const QList<Storm::Pool> pools = makePools(first, {3, 4, 200});
    QVERIFY(!QTest::currentTestFailed());
    const Storm::Pool& roomy = pools.last();
    EventStream console;
    QVERIFY2(console.open(second.process().eventsUrl(), second.owner()), qPrintable(console.errorString()));
    QVERIFY(console.waitFor(u"hello"_s).has_value());
    const Seat steady = loginTo(first, roomy, u"steady"_s);
    SW_COMPARE_STATUS(steady.reply, 201);

    Storm storm(pools.mid(0, 2), 5, first.owner());
    storm.setBaseUrl(first.process().baseUrl());
    storm.resume();
    QVERIFY2(storm.runFor(60), "the storm did not start");

    // The server goes down (fast shutdown: clients are cut off) while the storm runs.
    storm.setOutageAllowed(true);
    QVERIFY2(server.halt(), qPrintable(server.output()));
    QElapsedTimer answered;
    answered.start();
    for (Seatwise* gateway : {&first, &second}) {
        const Seat refused = loginTo(*gateway, roomy, gateway == &first ? u"outage-a"_s : u"outage-b"_s);
        SW_COMPARE_ERROR(refused.reply, 503, "store_unavailable");
    }
    QVERIFY2(answered.elapsed() < 5000, "the gateways took too long to say the store is unavailable");
    const Reply beat = first.heartbeat(steady); // from memory, or refused cleanly
    QVERIFY2(beat.status == 200 || (beat.status == 503 && beat.error() == u"store_unavailable"_s),
             beat.describe().constData());
    QVERIFY2(storm.runFor(30, 15000), "the storm got no answers during the outage");
    QVERIFY(first.process().isRunning() && second.process().isRunning());

    // Back up: both gateways serve again on their own, without a restart.
    QVERIFY2(server.resume(), qPrintable(server.output()));
    QElapsedTimer recovery;
    recovery.start();
    for (Seatwise* gateway : {&first, &second}) {
        const Seat back = loginOnceBack(*gateway, roomy, gateway == &first ? u"back-a"_s : u"back-b"_s, 10000);
        SW_COMPARE_STATUS(back.reply, 201);
    }
    qInfo("logins on both gateways again %lld ms after the server was back; %d answers 503 during the outage",
          recovery.elapsed(), storm.unavailable());
    QCOMPARE(first.heartbeatOutcome(steady), u"active"_s);
    QCOMPARE(second.heartbeatOutcome(steady), u"active"_s);

    // Events cross the gateways again: the relay listens on the new connection.
    console.clear();
    Seat seen;
    std::optional<QJsonObject> heard;
    for (int i = 0; i < 10 && !heard; ++i) {
        seen = loginTo(first, roomy, u"heard-"_s + QString::number(i));
        SW_COMPARE_STATUS(seen.reply, 201);
        heard = console.waitFor(u"session.opened"_s, sessionIs(seen.id), 1000);
    }
    QVERIFY2(heard.has_value(), "the second gateway no longer hears the first one's changes");

    storm.setOutageAllowed(false); // from here on a 503 is a failure again
    QVERIFY2(storm.runFor(100), "the storm did not go on after the restart");
    QVERIFY2(storm.settle(), "the storm did not settle");
    storm.verify(first, u"after the PostgreSQL restart, first gateway"_s);
    storm.verify(second, u"after the PostgreSQL restart, second gateway"_s);
    QVERIFY2(storm.failures().isEmpty(), joined(storm.failures()).constData());
    QCOMPARE(storm.lostAnswers(), 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "TestFaults.moc"
