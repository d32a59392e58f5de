#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace seatwise::test {

// Collects the JSON messages of GET /api/v1/events over a WebSocket.
class EventStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class TokenIn { Header, Query };
    using Predicate = std::function<bool(const QJsonObject&)>;

    explicit EventStream(QObject* parent = nullptr);
    ~EventStream() override;

    // Connects and waits for the handshake; false when refused or not connected within the timeout.
    bool open(const QUrl& eventsUrl, const QString& token, TokenIn in = TokenIn::Header, int timeoutMs = 5000);
    void close();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QString errorString() const { return m_socket.errorString(); }

    const QList<QJsonObject>& messages() const { return m_messages; }
    void clear() { m_messages.clear(); }
    // The first received message of that type matching the predicate, waiting up to timeoutMs for it.
    std::optional<QJsonObject> waitFor(const QString& type, const Predicate& predicate = {}, int timeoutMs = 3000);

    // Sends a WebSocket upgrade request by hand and returns the HTTP status of the answer
    // (101 when accepted, 401 when refused, 0 when there was no answer).
    static int handshakeStatus(quint16 port, const QByteArray& pathAndQuery, const QString& token);

private:
    std::optional<QJsonObject> find(const QString& type, const Predicate& predicate) const;

    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

// Predicate: the message carries the session with this id.
EventStream::Predicate sessionIs(const QString& id);
// Predicate: the message carries the pool with this id.
EventStream::Predicate poolIs(const QString& id);

} // namespace seatwise::test
