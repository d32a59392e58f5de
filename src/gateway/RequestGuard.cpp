#include "RequestGuard.h"

#include "HttpReply.h"

#include <QTcpSocket>

namespace seatwise {
namespace {

constexpr int kLingerQuietMs = 500;
constexpr int kLingerMaxMs = 5000;
const QByteArray kImportPath = QByteArrayLiteral("/api/v1/licenses/mass-config");

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
    scan(m_socket->peek(m_socket->bytesAvailable()));
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

void RequestGuard::scan(const QByteArray& bytes)
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
            m_line.append(bytes.constData() + i, (end < 0 ? bytes.size() : end) - i);
            if (m_line.size() > m_limits.maxRequestLineBytes)
                return refuse(makeError(ErrorCode::UriTooLong,
                                        QStringLiteral("The request line is longer than %1 bytes; shorten the URL "
                                                       "(send long data in the body).")
                                            .arg(m_limits.maxRequestLineBytes)));
            if (end < 0)
                return;
            i = end;
            if (!endOfRequestLine())
                return;
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
            m_line.append(bytes.constData() + i, (end < 0 ? bytes.size() : end) - i);
            if (end < 0)
                return;
            i = end;
            if (!endOfHeaderLine())
                return;
            break;
        }
        case Phase::Body:
            if (m_chunked) {
                // Chunk framing is counted with the data: the limit is on what the client makes us read.
                m_bodyBytes += bytes.size() - i;
                if (m_bodyBytes > m_bodyLimit + 64 * 1024)
                    return refuse(makeError(
                        ErrorCode::PayloadTooLarge,
                        QStringLiteral("The body is larger than %1 MiB; send less at once.").arg(mib(m_bodyLimit))));
                return;
            }
            {
                const qint64 take = qMin<qint64>(bytes.size() - i, m_contentLength - m_bodyBytes);
                m_bodyBytes += take;
                i += take - 1;
                if (m_bodyBytes >= m_contentLength)
                    m_phase = Phase::Done;
            }
            break;
        case Phase::Done: // the start of a pipelined request: looked at when Qt gets to it
        case Phase::Refused:
            return;
        }
    }
}

bool RequestGuard::endOfRequestLine()
{
    // "METHOD SP target SP HTTP/1.x". Qt would drop the connection without a word on anything else.
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    const QList<QByteArray> parts = m_line.simplified().split(' ');
    const bool wellFormed = parts.size() == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() &&
                            (parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0");
    if (!wellFormed) {
        refuse(makeError(ErrorCode::BadRequest,
                         QStringLiteral("This is not an HTTP/1.1 request line; send \"METHOD /api/v1/... HTTP/1.1\" "
                                        "followed by the headers.")));
        return false;
    }
    // The path picks the body limit.
    const QByteArray& target = parts[1];
    const QByteArray path = target.left(target.indexOf('?'));
    if (path == kImportPath || path == kImportPath + '/')
        m_bodyLimit = m_limits.maxImportBytes;
    m_line.clear();
    m_phase = Phase::Headers;
    return true;
}

bool RequestGuard::endOfHeaderLine()
{
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_line.isEmpty()) {
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
    const qsizetype colon = m_line.indexOf(':');
    const QByteArray name = m_line.left(colon).trimmed().toLower();
    const QByteArray value = m_line.mid(colon + 1).trimmed();
    m_line.clear();
    if (colon < 0)
        return true;
    if (name == "content-length") {
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
    } else if (name == "transfer-encoding") {
        m_chunked = value.toLower().contains("chunked");
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
