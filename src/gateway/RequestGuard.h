#pragma once

#include "RequestLimits.h"
#include "core/Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace seatwise {

// Watches the bytes of one connection as they arrive and refuses a request that breaks RequestLimits
// before Qt HttpServer buffers it: 414 for a long request line, 431 for big or many headers, 413 when
// Content-Length (or a chunked body so far) is over the limit, 408 when the headers dribble in too slowly.
//
// It must see each chunk before Qt's parser does, so it connects to readyRead before the server does
// (GuardedTcpServer) and only peeks. Qt 6.4 reads a request inside a socket transaction and consumes all
// available bytes until the request is complete, so: with a transaction open the unread bytes are new
// ones of the current request; without one they start a new request.
//
// A refused request is answered here with Connection: close; Qt never sees the rest. The connection then
// reads and drops what the client still sends for a moment (as nginx's lingering close does), so the
// client reads the answer instead of a reset.
class RequestGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGuard)

public:
    RequestGuard(QTcpSocket* socket, const RequestLimits& limits);

    // The raw HTTP/1.1 answer for an error, for when there is no QHttpServerRequest to answer through.
    static QByteArray rawAnswer(const Error& error);

private:
    enum class Phase { RequestLine, Headers, Body, Done, Refused };

    void inspect();
    void beginRequest();
    void scan(QByteArrayView bytes);
    QByteArrayView completeLine(QByteArrayView rest);
    qint64 countBody(qint64 bytes);
    bool endOfRequestLine(QByteArrayView line);
    bool endOfHeaderLine(QByteArrayView line);
    void refuse(const Error& error);
    void drain();

    QTcpSocket* m_socket;
    RequestLimits m_limits;
    Phase m_phase = Phase::RequestLine;
    QByteArray m_line; // a line split across reads, kept only up to the limits
    qint64 m_headerBytes = 0;
    int m_headerCount = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    qint64 m_bodyBytes = 0;
    QTimer m_headerDeadline;
    QTimer m_lingerQuiet;      // closes once the client has been quiet for a moment
    QElapsedTimer m_lingering; // ... or after a few seconds whatever it sends
};

} // namespace seatwise
