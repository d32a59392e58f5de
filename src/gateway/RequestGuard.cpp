#include "RequestGuard.h"

#include "HttpReply.h"

#include <QTcpSocket>

#include <array>

namespace seatwise {
namespace {

constexpr int kLingerQuietMs = 500;
constexpr int kLingerMaxMs = 5000;
constexpr QByteArrayView kImportPath("/api/v1/licenses/mass-config");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

// The bytes that arrived and nobody read yet, copied into one buffer that every connection reuses
// (it keeps the size of the largest read).
QByteArrayView peekAll(QTcpSocket* socket, qint64 available)
{
    thread_local QByteArray buffer;
    buffer.resize(available);
    const qint64 peeked = socket->peek(buffer.data(), available);
    return QByteArrayView(buffer.constData(), qMax<qint64>(peeked, 0));
}

// Splits at runs of whitespace (as QByteArray::simplified() sees it) into at most N words; N when there
// are N or more.
template <size_t N> qsizetype splitWords(QByteArrayView line, std::array<QByteArrayView, N>& words)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    qsizetype count = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !isSpace(line.at(i)))
            ++i;
        if (i == start)
            break;
        words[size_t(qMin<qsizetype>(count, N - 1))] = line.sliced(start, i - start);
        if (++count >= qsizetype(N))
            return qsizetype(N);
    }
    return count;
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket* socket, const RequestLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_headerDeadline.setSingleShot(true);
    m_headerDeadline.setInterval(m_limits.headerTimeoutMs);
    connect(&m_headerDeadline, &QTimer::timeout, this, [this] {
        refuse(makeError(ErrorCode::RequestTimeout,
                         QStringLiteral("The request line and headers did not arrive within %1 s; send the whole "
                                        "request at once.")
                             .arg(m_limits.headerTimeoutMs / 1000.0)));
    });
    m_lingerQuiet.setSingleShot(true);
    m_lingerQuiet.setInterval(kLingerQuietMs);
    connect(&m_lingerQuiet, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
}

QByteArray RequestGuard::rawAnswer(const Error& error)
{
    const HttpReply reply = HttpReply::error(error);
    return "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
           "\r\nContent-Type: " + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
           "\r\nConnection: close\r\n\r\n" + reply.body;
}

void RequestGuard::inspect()
{
    if (m_phase == Phase::Refused) {
        drain();
        return;
    }
    if (!m_socket->isTransactionStarted())
        beginRequest();
    const qint64 available = m_socket->bytesAvailable();
    if (m_phase == Phase::Body)
        countBody(available); // a body is counted, never copied
    else
        scan(peekAll(m_socket, available));
    // The deadline runs only for a request line and headers that did not come in one read: a
    // heartbeat arrives whole and costs no timer.
    const bool partial = (m_phase == Phase::RequestLine && !m_line.isEmpty()) || m_phase == Phase::Headers;
    if (partial && !m_headerDeadline.isActive())
        m_headerDeadline.start();
}

void RequestGuard::beginRequest()
{
    m_phase = Phase::RequestLine;
    m_line.clear();
    m_headerBytes = 0;
    m_headerCount = 0;
    m_bodyLimit = m_limits.maxBodyBytes;
    m_contentLength = 0;
    m_chunked = false;
    m_bodyBytes = 0;
    m_headerDeadline.stop();
}

void RequestGuard::scan(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        switch (m_phase) {
        // Whole slices up to the next line end, not byte by byte: this runs on every request.
        case Phase::RequestLine: {
            // Qt skips blank lines and whitespace left over from a previous request; so do we.
            while (m_line.isEmpty() && i < bytes.size() &&
                   (bytes.at(i) == '\r' || bytes.at(i) == '\n' || bytes.at(i) == ' ' || bytes.at(i) == '\t' ||
                    bytes.at(i) == '\v'))
                ++i;
            if (i >= bytes.size())
                return;
            const qsizetype end = bytes.indexOf('\n', i);
            if (m_line.size() + ((end < 0 ? bytes.size() : end) - i) > m_limits.maxRequestLineBytes)
                return refuse(makeError(ErrorCode::UriTooLong,
                                        QStringLiteral("The request line is longer than %1 bytes; shorten the URL "
                                                       "(send long data in the body).")
                                            .arg(m_limits.maxRequestLineBytes)));
            if (end < 0) {
                m_line.append(bytes.sliced(i));
                return;
            }
            const bool ok = endOfRequestLine(completeLine(bytes.sliced(i, end - i)));
            m_line.clear();
            if (!ok)
                return;
            i = end;
            break;
        }
        case Phase::Headers: {
            const qsizetype end = bytes.indexOf('\n', i);
            m_headerBytes += (end < 0 ? bytes.size() : end + 1) - i; // the line end counts too
            if (m_headerBytes > m_limits.maxHeaderBytes)
                return refuse(makeError(ErrorCode::HeadersTooLarge,
                                        QStringLiteral("The request headers are larger than %1 bytes in all; send "
                                                       "fewer or shorter headers.")
                                            .arg(m_limits.maxHeaderBytes)));
            if (end < 0) {
                m_line.append(bytes.sliced(i));
                return;
            }
            const bool ok = endOfHeaderLine(completeLine(bytes.sliced(i, end - i)));
            m_line.clear();
            if (!ok)
                return;
            i = end;
            break;
        }
        case Phase::Body:
            i += countBody(bytes.size() - i) - 1;
            break;
        case Phase::Done: // the start of a pipelined request: looked at when Qt gets to it
        case Phase::Refused:
            return;
        }
    }
}

QByteArrayView RequestGuard::completeLine(QByteArrayView rest)
{
    // A line that came whole is looked at where it lies; only one split across reads is put together.
    if (m_line.isEmpty())
        return rest;
    m_line.append(rest);
    return m_line;
}

qint64 RequestGuard::countBody(qint64 bytes)
{
    if (m_chunked) {
        // Chunk framing is counted with the data: the limit is on what the client makes us read.
        m_bodyBytes += bytes;
        if (m_bodyBytes > m_bodyLimit + 64 * 1024)
            refuse(
                makeError(ErrorCode::PayloadTooLarge,
                          QStringLiteral("The body is larger than %1 MiB; send less at once.").arg(mib(m_bodyLimit))));
        return bytes;
    }
    const qint64 taken = qMin(bytes, m_contentLength - m_bodyBytes);
    m_bodyBytes += taken;
    if (m_bodyBytes >= m_contentLength)
        m_phase = Phase::Done;
    return taken;
}

bool RequestGuard::endOfRequestLine(QByteArrayView line)
{
    // "METHOD SP target SP HTTP/1.x". Qt would drop the connection without a word on anything else.
    std::array<QByteArrayView, 4> words;
    const qsizetype count = splitWords(line, words);
    const bool wellFormed = count == 3 && (words[2] == "HTTP/1.1" || words[2] == "HTTP/1.0");
    if (!wellFormed) {
        refuse(makeError(ErrorCode::BadRequest,
                         QStringLiteral("This is not an HTTP/1.1 request line; send \"METHOD /api/v1/... HTTP/1.1\" "
                                        "followed by the headers.")));
        return false;
    }
    // The path picks the body limit.
    const QByteArrayView target = words[1];
    const qsizetype query = target.indexOf('?');
    QByteArrayView path = query < 0 ? target : target.first(query);
    if (path.endsWith('/'))
        path.chop(1);
    if (path == kImportPath)
        m_bodyLimit = m_limits.maxImportBytes;
    m_phase = Phase::Headers;
    return true;
}

bool RequestGuard::endOfHeaderLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        m_headerDeadline.stop();
        m_phase = m_chunked || m_contentLength > 0 ? Phase::Body : Phase::Done;
        return true;
    }
    if (++m_headerCount > m_limits.maxHeaderCount) {
        refuse(makeError(
            ErrorCode::HeadersTooLarge,
            QStringLiteral("The request has more than %1 headers; send fewer.").arg(m_limits.maxHeaderCount)));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return true;
    const QByteArrayView name = line.first(colon).trimmed();
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qulonglong length = value.toULongLong(&ok); // read as Qt reads it
        if (ok && length > qulonglong(m_bodyLimit)) {
            refuse(makeError(ErrorCode::PayloadTooLarge,
                             QStringLiteral("The body is %1 MiB but this call takes at most %2 MiB; send less at "
                                            "once (split a CSV file into several).")
                                 .arg(mib(qint64(qMin<qulonglong>(length, 1ULL << 62))), mib(m_bodyLimit)),
                             {{QStringLiteral("limit_bytes"), m_bodyLimit}}));
            return false;
        }
        if (ok)
            m_contentLength = qint64(length);
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        m_chunked = value.toByteArray().toLower().contains("chunked");
    }
    return true;
}

void RequestGuard::refuse(const Error& error)
{
    m_phase = Phase::Refused;
    m_headerDeadline.stop();
    qInfo("refused a request from %s: %s", qUtf8Printable(m_socket->peerAddress().toString()),
          qUtf8Printable(error.message));
    // Qt's parser (and anyone else) stops reading this connection; only drain() reads it from now on.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->write(rawAnswer(error));
    m_socket->flush();
    m_lingering.start();
    drain();
}

void RequestGuard::drain()
{
    m_socket->skip(m_socket->bytesAvailable());
    if (m_lingering.elapsed() >= kLingerMaxMs)
        m_socket->disconnectFromHost();
    else
        m_lingerQuiet.start();
}

} // namespace seatwise
