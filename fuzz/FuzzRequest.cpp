// libFuzzer target: the gateway's HTTP handling end to end, in process. A real Gateway (routes, auth,
// RequestGuard, Qt HttpServer) on a temporary SQLite store listens on a loopback port; each input is sent
// to it as one request and the answer is read back. Any 5xx answer, a hang or a crash is a finding:
// abort() makes libFuzzer keep the input.
//
// Input format (see fuzz/corpus/fuzz_request/):
//   METHOD /path?query\n          first line
//   Header: value\n ...           headers until an empty line (Content-Length is computed, never taken)
//   \n
//   body                          the rest, sent as it is
// The owner's token is added unless the input has its own Authorization header. An input that starts
// with "RAW\n" is sent byte for byte instead (the HTTP parser and RequestGuard get it as it is), in two
// halves the gateway reads one after the other, so that lines cut across reads are fuzzed too.
#include "gateway/Gateway.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>

using namespace seatwise;

namespace {

const QByteArray kToken = QByteArrayLiteral("fuzz-owner-token");
// Generous: a sanitized gateway on a loaded two-core machine once took over 5 s for a 7 KB answer.
constexpr int kAnswerTimeoutMs = 15000;

struct World {
    QCoreApplication* app = nullptr;
    QTemporaryDir* dir = nullptr;
    Gateway* gateway = nullptr;
};

World& world()
{
    static World w;
    return w;
}

// Builds the request from the structured form.
QByteArray structured(const QByteArray& input)
{
    const qsizetype lineEnd = input.indexOf('\n');
    QByteArray line = input.left(lineEnd < 0 ? input.size() : lineEnd).trimmed();
    QByteArray rest = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    QList<QByteArray> headers;
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArray header = rest.left(end < 0 ? rest.size() : end);
        rest = end < 0 ? QByteArray() : rest.mid(end + 1);
        if (header.trimmed().isEmpty())
            break;
        const QByteArray name = header.left(header.indexOf(':')).trimmed().toLower();
        if (name != "content-length" && name != "transfer-encoding" && name != "expect")
            headers.append(header);
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray method = space < 0 ? QByteArrayLiteral("GET") : line.left(space);
    QByteArray path = space < 0 ? line : line.mid(space + 1).trimmed();
    if (!path.startsWith('/'))
        path.prepend("/api/v1/");
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasAuth = false;
    for (const QByteArray& header : std::as_const(headers)) {
        hasAuth = hasAuth || header.trimmed().toLower().startsWith("authorization:");
        bytes += header + "\r\n";
    }
    if (!hasAuth)
        bytes += "Authorization: Bearer " + kToken + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(rest.size()) + "\r\n\r\n" + rest;
    return bytes;
}

struct Answer {
    int status = 0;
    QByteArray text;
    bool timedOut = false;
};

// Sends the bytes on a new connection and reads until a complete answer or the connection closes.
Answer exchange(const QByteArray& bytes, bool raw)
{
    Answer answer;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        answer.timedOut = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        const qsizetype half = raw ? bytes.size() / 2 : 0;
        if (half > 0) {
            socket.write(bytes.left(half));
            socket.flush();
            QCoreApplication::processEvents(); // the gateway reads the first half on its own
        }
        socket.write(bytes.mid(half));
        socket.flush();
        // A raw input may stop anywhere: closing our side makes the gateway see the end of it.
        if (raw)
            ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer.text += socket.readAll();
        // Skip interim answers (100 Continue); a complete final answer ends the wait.
        while (answer.text.startsWith("HTTP/1.1 1") && answer.text.indexOf("\r\n\r\n") >= 0 &&
               !answer.text.startsWith("HTTP/1.1 101"))
            answer.text.remove(0, answer.text.indexOf("\r\n\r\n") + 4);
        const qsizetype headEnd = answer.text.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = answer.text.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (answer.text.size() >= headEnd + 4 + length)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), world().gateway->port());
    timeout.start(kAnswerTimeoutMs);
    loop.exec();
    if (answer.text.startsWith("HTTP/1."))
        answer.status = answer.text.mid(9, 3).toInt();
    socket.abort();
    // Let the gateway see the close before the next input.
    QCoreApplication::processEvents();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_NO_GLIB", "1");
    World& w = world();
    // Never destroyed: libFuzzer may exit from anywhere, and the gateway must not be torn down under it.
    w.app = new QCoreApplication(*argc, *argv);
    qSetMessagePattern(QStringLiteral("%{if-warning}%{message}%{endif}%{if-critical}%{message}%{endif}"));
    w.dir = new QTemporaryDir;
    GatewayOptions options;
    options.db = w.dir->filePath(QStringLiteral("fuzz.db"));
    options.port = 0;
    options.bootstrapToken = QString::fromLatin1(kToken);
    options.limits.maxBodyBytes = 256 * 1024; // inputs are small; keep the guard's limits in reach
    options.limits.maxImportBytes = 512 * 1024;
    options.limits.maxHeaderBytes = 8 * 1024;
    options.limits.maxRequestLineBytes = 2048;
    options.limits.maxHeaderCount = 40;
    w.gateway = new Gateway(options);
    if (auto started = w.gateway->start(); !started) {
        std::fprintf(stderr, "fuzz_request: cannot start the gateway: %s\n", qUtf8Printable(started.error().message));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool raw = input.startsWith("RAW\n");
    const Answer answer = exchange(raw ? input.mid(4) : structured(input), raw);
    if (answer.status >= 500 || (!raw && answer.timedOut)) {
        std::fprintf(stderr, "fuzz_request: %s\n--- answer (status %d) ---\n%s\n",
                     answer.timedOut ? "no answer in time" : "server error", answer.status,
                     answer.text.left(2000).constData());
        std::abort();
    }
    return 0;
}
