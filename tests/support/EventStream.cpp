#include "EventStream.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace seatwise::test {

EventStream::EventStream(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            m_messages.append(doc.object());
    });
}

EventStream::~EventStream()
{
    m_socket.abort();
}

bool EventStream::open(const QUrl& eventsUrl, const QString& token, TokenIn in, int timeoutMs)
{
    QUrl url = eventsUrl;
    QNetworkRequest request;
    if (in == TokenIn::Query) {
        QUrlQuery query;
        query.addQueryItem(u"access_token"_s, token);
        url.setQuery(query);
    } else if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    request.setUrl(url);
    bool finished = false;
    const auto c1 = connect(&m_socket, &QWebSocket::connected, this, [&finished] { finished = true; });
    const auto c2 = connect(&m_socket, &QWebSocket::disconnected, this, [&finished] { finished = true; });
    const auto c3 = connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                            [&finished] { finished = true; });
    m_socket.open(request);
    (void)QTest::qWaitFor([&finished] { return finished; }, timeoutMs);
    disconnect(c1);
    disconnect(c2);
    disconnect(c3);
    return isConnected();
}

void EventStream::close()
{
    m_socket.close();
}

std::optional<QJsonObject> EventStream::find(const QString& type, const Predicate& predicate) const
{
    for (const QJsonObject& message : m_messages) {
        if (message.value(u"type"_s).toString() == type && (!predicate || predicate(message)))
            return message;
    }
    return std::nullopt;
}

std::optional<QJsonObject> EventStream::waitFor(const QString& type, const Predicate& predicate, int timeoutMs)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor(
        [&] {
            found = find(type, predicate);
            return found.has_value();
        },
        timeoutMs);
    return found;
}

int EventStream::handshakeStatus(quint16 port, const QByteArray& pathAndQuery, const QString& token)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return 0;
    QByteArray request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    request += "\r\n";
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    // "HTTP/1.1 401 Unauthorized"
    const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

EventStream::Predicate sessionIs(const QString& id)
{
    return [id](const QJsonObject& message) {
        return message.value(u"session"_s).toObject().value(u"id"_s).toString() == id;
    };
}

EventStream::Predicate poolIs(const QString& id)
{
    return [id](const QJsonObject& message) {
        return message.value(u"pool"_s).toObject().value(u"id"_s).toString() == id;
    };
}

} // namespace seatwise::test
