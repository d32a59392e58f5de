#include "client/KeepAliveConnection.h"

#include <QList>

namespace seatwise {
namespace {

constexpr int kWatchdogMs = 250;
const QByteArray kHeaderEnd = QByteArrayLiteral("\r\n\r\n");

} // namespace

KeepAliveConnection::KeepAliveConnection(const QUrl& apiBaseUrl, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_host(apiBaseUrl.host())
    , m_port(quint16(apiBaseUrl.port(80)))
    , m_basePath(apiBaseUrl.path().toUtf8())
    , m_hostHeader(m_host.toUtf8() + ':' + QByteArray::number(m_port))
    , m_timeoutMs(timeoutMs)
{
    if (m_basePath.endsWith('/'))
        m_basePath.chop(1);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // each request is one small write
        writeInFlight();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveConnection::readAnswer);
    connect(&m_socket, &QTcpSocket::disconnected, this, &KeepAliveConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A close by the gateway is handled above; anything else (refused, unreachable) fails what waits.
        if (error != QAbstractSocket::RemoteHostClosedError)
            failAll(m_socket.errorString(), false);
    });
    connect(&m_watchdog, &QTimer::timeout, this, &KeepAliveConnection::checkTimeout);
    m_watchdog.start(kWatchdogMs);
}

KeepAliveConnection::~KeepAliveConnection()
{
    // The socket dies after this body and may still signal: nobody here listens any more.
    QObject::disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

void KeepAliveConnection::send(RawExchange exchange)
{
    m_queue.enqueue(std::move(exchange));
    pump();
}

void KeepAliveConnection::pump()
{
    // While closing, disconnected() comes next and pumps again on a new connection.
    if (m_inFlight || m_queue.isEmpty() || m_socket.state() == QAbstractSocket::ClosingState)
        return;
    m_inFlight = m_queue.dequeue();
    m_sentAt.start();
    switch (m_socket.state()) {
    case QAbstractSocket::ConnectedState:
        writeInFlight();
        break;
    case QAbstractSocket::UnconnectedState:
        m_closeAfterAnswer = false;
        m_socket.connectToHost(m_host, m_port); // connected() writes it
        break;
    default:
        break; // looking up or connecting: connected() writes it
    }
}

void KeepAliveConnection::writeInFlight()
{
    if (!m_inFlight || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    const RawExchange& e = *m_inFlight;
    QByteArray head = e.verb + ' ' + m_basePath + e.path + " HTTP/1.1\r\nHost: " + m_hostHeader +
                      "\r\nAccept: application/json\r\nContent-Length: " + QByteArray::number(e.body.size()) + "\r\n";
    if (!e.body.isEmpty())
        head += "Content-Type: application/json\r\n";
    if (!e.bearer.isEmpty())
        head += "Authorization: Bearer " + e.bearer + "\r\n";
    m_socket.write(head + "\r\n" + e.body);
}

void KeepAliveConnection::readAnswer()
{
    m_buffer += m_socket.readAll();
    RawAnswer answer;
    while (m_inFlight && parseAnswer(answer)) {
        // Taken first: the callback may queue the next request, and a closing socket must not fail it.
        RawExchange done = std::move(*m_inFlight);
        m_inFlight.reset();
        const bool closing = m_closeAfterAnswer;
        if (closing)
            m_socket.disconnectFromHost(); // onDisconnected() sends what is queued on a new connection
        if (done.done)
            done.done(answer);
        answer = RawAnswer{};
        if (closing)
            return;
        pump();
    }
}

// Takes one whole answer off the buffer, or answers false while it is still arriving.
bool KeepAliveConnection::parseAnswer(RawAnswer& answer)
{
    const qsizetype headerEnd = m_buffer.indexOf(kHeaderEnd);
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    answer.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            m_closeAfterAnswer = true;
    }
    const qsizetype bodyStart = headerEnd + kHeaderEnd.size();
    if (m_buffer.size() < bodyStart + length)
        return false;
    answer.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    if (answer.status == 0)
        answer.networkError = QStringLiteral("the gateway sent something that is not HTTP");
    return true;
}

void KeepAliveConnection::onDisconnected()
{
    m_buffer.clear();
    if (m_inFlight) {
        RawAnswer lost;
        lost.networkError = QStringLiteral("the gateway closed the connection");
        finish(std::move(lost));
    }
    pump(); // what is queued goes out on a new connection
}

void KeepAliveConnection::finish(RawAnswer answer)
{
    // Cleared first: the callback may queue the next request on this very connection.
    RawExchange done = std::move(*m_inFlight);
    m_inFlight.reset();
    if (done.done)
        done.done(answer);
}

void KeepAliveConnection::failAll(const QString& why, bool timedOut)
{
    QList<RawExchange> failed;
    if (m_inFlight)
        failed.append(std::move(*m_inFlight));
    m_inFlight.reset();
    while (!m_queue.isEmpty())
        failed.append(m_queue.dequeue());
    m_buffer.clear();
    m_socket.abort(); // nothing is left for onDisconnected() to fail or send
    RawAnswer answer;
    answer.networkError = why;
    answer.timedOut = timedOut;
    for (RawExchange& exchange : failed) {
        if (exchange.done)
            exchange.done(answer);
    }
}

void KeepAliveConnection::checkTimeout()
{
    if (!m_inFlight || m_sentAt.elapsed() < m_timeoutMs)
        return;
    // Only the request that waits too long fails; the queued ones go out on a new connection.
    RawExchange late = std::move(*m_inFlight);
    m_inFlight.reset();
    QList<RawExchange> queued;
    while (!m_queue.isEmpty())
        queued.append(m_queue.dequeue());
    m_buffer.clear();
    m_socket.abort();
    RawAnswer answer;
    answer.networkError = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
    answer.timedOut = true;
    if (late.done)
        late.done(answer);
    for (RawExchange& exchange : queued)
        m_queue.enqueue(std::move(exchange));
    pump();
}

} // namespace seatwise
