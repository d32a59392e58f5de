#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatwise::bench {

namespace {

QTemporaryDir& scriptDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString writeScript(const QString& name, const QString& text)
{
    const QString path = scriptDir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        fail("cannot write " + path.toUtf8());
    return path;
}

QString pgServerScript()
{
    return QStringLiteral(SEATWISE_SOURCE_DIR "/tests/support/pg-server");
}

} // namespace

void fail(const QByteArray& why)
{
    std::fprintf(stderr, "benchmark failed: %s\n", why.constData());
    std::exit(1);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

void report(const QString& what, double value, const QString& baseline, double baselineValue, double goal, Goal kind)
{
    const double ratio = baselineValue > 0 ? value / baselineValue : 0;
    const bool met = kind == Goal::AtLeast ? ratio >= goal : ratio <= goal;
    std::printf("%s: %.0f vs %s: %.0f -> ratio %.2f (goal %s %.2f: %s)\n", qPrintable(what), value,
                qPrintable(baseline), baselineValue, ratio, kind == Goal::AtLeast ? ">=" : "<=", goal,
                met ? "met" : "NOT met");
    std::fflush(stdout);
}

void printMachine()
{
    QFile cpu(u"/proc/cpuinfo"_s);
    QString model;
    if (cpu.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpu.readAll().split('\n'))
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    std::printf("machine: %s, %d cores, %s\n", qPrintable(model), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
}

const WrkResult& WrkResult::requireClean() const
{
    if (errors > 0 || rate <= 0)
        fail("wrk saw " + QByteArray::number(errors) + " failed requests:\n" + output.toUtf8());
    return *this;
}

WrkResult runWrk(const QUrl& baseUrl, const QString& scriptPath, int connections, int seconds)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QUrl root = baseUrl;
    root.setPath(u"/"_s);
    wrk.start(u"wrk"_s, {u"-t1"_s, u"-c"_s + QString::number(connections), u"-d"_s + QString::number(seconds) + u's',
                         u"--timeout"_s, u"10s"_s, u"-s"_s, scriptPath, root.toString()});
    if (!wrk.waitForStarted(5000))
        fail("cannot start wrk (apt-get install wrk)");
    wrk.waitForFinished(seconds * 1000 + 30000);
    WrkResult result;
    result.output = QString::fromUtf8(wrk.readAll());
    static const QRegularExpression rate(uR"(Requests/sec:\s+([\d.]+))"_s);
    static const QRegularExpression non2xx(uR"(Non-2xx or 3xx responses:\s+(\d+))"_s);
    static const QRegularExpression socketErrors(
        uR"(Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+))"_s);
    result.rate = rate.match(result.output).captured(1).toDouble();
    result.errors = non2xx.match(result.output).captured(1).toInt();
    if (const auto m = socketErrors.match(result.output); m.hasMatch())
        for (int i = 1; i <= 4; ++i)
            result.errors += m.captured(i).toInt();
    return result;
}

QString heartbeatScript(const QList<SessionKey>& sessions)
{
    QString table;
    for (const SessionKey& s : sessions)
        table += u"  {\""_s + s.id + u"\", \""_s + s.token + u"\"},\n"_s;
    return writeScript(u"heartbeat.lua"_s, uR"lua(-- One heartbeat per request, cycling through logged-in sessions.
local sessions = {
)lua"_s + table + uR"lua(}
local i = 0
request = function()
  i = i + 1
  local s = sessions[(i % #sessions) + 1]
  return wrk.format("POST", "/api/v1/sessions/" .. s[1] .. "/heartbeat",
    {["Authorization"] = "Bearer " .. s[2], ["Content-Type"] = "application/json"}, '{"active":true}')
end
)lua"_s);
}

QString loginLogoutScript(const QString& poolId, const QString& clientKey)
{
    return writeScript(u"login_logout.lua"_s,
                       uR"lua(-- Alternates a login of a new device with the logout of a session it got.
local pending = {}
local counter = 0
local me = tostring(math.random(1, 1000000000))
request = function()
  local p = table.remove(pending)
  if p then
    return wrk.format("DELETE", "/api/v1/sessions/" .. p[1], {["Authorization"] = "Bearer " .. p[2]})
  end
  counter = counter + 1
  return wrk.format("POST", "/api/v1/sessions", {["Content-Type"] = "application/json"},
    '{"pool":"POOL","client_key":"KEY","device":"d' .. me .. '-' .. counter .. '"}')
end
response = function(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([^"]+)"')
    local token = body:match('"token":"([^"]+)"')
    if id and token then table.insert(pending, {id, token}) end
  end
end
)lua"_s.replace(u"POOL"_s, poolId)
                           .replace(u"KEY"_s, clientKey));
}

BareServer::BareServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QCoreApplication::applicationDirPath() + u"/seatwise_bare_server"_s, {});
    if (!m_process.waitForStarted(5000))
        fail("cannot start seatwise_bare_server");
    static const QRegularExpression listening(uR"(listening on [0-9.]+:(\d+))"_s);
    QByteArray output;
    while (m_port == 0 && m_process.waitForReadyRead(5000)) {
        output += m_process.readAll();
        m_port = listening.match(QString::fromUtf8(output)).captured(1).toUShort();
    }
    if (m_port == 0)
        fail("seatwise_bare_server did not start: " + output);
}

BareServer::~BareServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl BareServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + u"/api/v1"_s);
}

PostgresServer::PostgresServer(bool enabled)
{
    if (!enabled)
        return;
    m_state = QDir::temp().filePath(u"seatwise-bench-pg/state"_s);
    if (QProcess::execute(pgServerScript(), {u"start"_s, m_state}) != 0)
        fail("cannot start a PostgreSQL server (apt-get install postgresql)");
    QFile state(m_state);
    if (!state.open(QIODevice::ReadOnly) || state.readAll().startsWith("unavailable"))
        fail("PostgreSQL is not installed (apt-get install postgresql)");
    qputenv("SEATWISE_TEST_POSTGRES", m_state.toUtf8());
}

PostgresServer::~PostgresServer()
{
    if (m_state.isEmpty())
        return;
    qunsetenv("SEATWISE_TEST_POSTGRES");
    QProcess::execute(pgServerScript(), {u"stop"_s, m_state});
}

IdleSockets::IdleSockets(quint16 port, int count)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QByteArray request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    m_fds.reserve(count);
    for (int i = 0; i < count; ++i) {
        // CLOEXEC: wrk, started beside them, sizes its event loop for its own few descriptors.
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
            fail("cannot open idle connection " + QByteArray::number(i) + ": raise the limit of open files");
        m_fds.push_back(fd);
        if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size())
            fail("cannot send on an idle connection");
    }
    // Every connection has had its answer (a 404 is as good as any) before it goes quiet.
    char buffer[4096];
    for (int fd : m_fds)
        if (::recv(fd, buffer, sizeof buffer, 0) <= 0)
            fail("an idle connection got no answer");
}

IdleSockets::~IdleSockets()
{
    // Reset rather than close: thousands of TIME_WAIT ports per round would run out of ports.
    const linger reset{1, 0};
    for (int fd : m_fds) {
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(fd);
    }
}

void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

qint64 residentBytes(qint64 pid)
{
    QFile status(u"/proc/"_s + QString::number(pid) + u"/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

} // namespace seatwise::bench
