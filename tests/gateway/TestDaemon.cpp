// seatwised as a program: --help, --version, logging, SIGTERM/SIGINT, bad arguments.
#include "support/Checks.h"
#include "support/GatewayProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run run(const QStringList& arguments)
{
    QProcess process;
    process.start(GatewayProcess::binary(), arguments);
    Run r;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        r.err = u"did not exit within 15 s"_s;
        return r;
    }
    r.exitCode = process.exitCode();
    r.status = process.exitStatus();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
} // namespace

class TestDaemon final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!GatewayProcess::binary().isEmpty(), "SEATWISED_BIN is not set"); }
    void init()
    {
        if (const QString reason = StoreUnderTest::skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void helpExplainsOptions();
    void versionPrintsVersion();
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();
    void logLinesCarryTimestamps();
    void badListenIsRefused_data();
    void badListenIsRefused();
    void busyPortIsRefused();
};

void TestDaemon::helpExplainsOptions()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    const QString text = r.out + r.err;
    QVERIFY2(text.contains(u"--db"_s), qPrintable(text));
    QVERIFY2(text.contains(u"--listen"_s), qPrintable(text));
}

void TestDaemon::versionPrintsVersion()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.all().contains(QLatin1String(SEATWISE_VERSION)), qPrintable(r.out + r.err));
}

void TestDaemon::stopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestDaemon::stopsCleanlyOnSignal()
{
    QFETCH(int, signal);
    GatewayProcess gateway;
    QVERIFY2(gateway.start(), qPrintable(gateway.lastError()));
    // "listening on" means ready, and a supervisor may stop it at once.
    const QString before = gateway.stderrText();
    QVERIFY(::kill(pid_t(gateway.process()->processId()), signal) == 0);
    QVERIFY(gateway.process()->waitForFinished(10000));
    gateway.drainOutput();
    QCOMPARE(gateway.process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(gateway.process()->exitCode(), 0);
    // It said it stopped.
    const QString after = gateway.stderrText().mid(before.size()).trimmed();
    QVERIFY2(!after.isEmpty(), qPrintable(gateway.stderrText()));
}

void TestDaemon::logLinesCarryTimestamps()
{
    GatewayProcess gateway;
    QVERIFY2(gateway.start(), qPrintable(gateway.lastError()));
    Http http(gateway.baseUrl());
    SW_COMPARE_STATUS(http.get(u"/pools"_s, gateway.ownerToken()), 200);
    QTest::qWait(300); // stopping right after "listening on" is stopsCleanlyOnSignal's concern
    QCOMPARE(gateway.terminate(), 0);
    static const QRegularExpression stamp(uR"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})"_s);
    const QStringList lines = gateway.stderrText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    for (const QString& line : lines)
        QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line));
}

void TestDaemon::badListenIsRefused_data()
{
    QTest::addColumn<QString>("listen");
    QTest::newRow("no port") << u"127.0.0.1"_s;
    QTest::newRow("port out of range") << u"127.0.0.1:99999"_s;
    QTest::newRow("not a port") << u"127.0.0.1:http"_s;
    QTest::newRow("not a host") << u"not a host:8080"_s;
    QTest::newRow("empty") << QString();
}

void TestDaemon::badListenIsRefused()
{
    QFETCH(QString, listen);
    QTemporaryDir dir;
    const Run r = run({u"--db"_s, dir.filePath(u"store.db"_s), u"--listen"_s, listen});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.all().contains(u"listening on"_s), qPrintable(r.err));
    QVERIFY2(r.all().contains(u"listen"_s, Qt::CaseInsensitive), qPrintable(r.out + r.err));
}

void TestDaemon::busyPortIsRefused()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    const Run r = run({u"--db"_s, dir.filePath(u"store.db"_s), u"--listen"_s,
                       u"127.0.0.1:"_s + QString::number(occupant.serverPort())});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(u"listening on"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(occupant.serverPort())), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "TestDaemon.moc"
