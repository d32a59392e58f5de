#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace seatwise {

// The gateway's event stream (GET /events as a WebSocket): emits every JSON event as it comes and
// reconnects with a growing back-off (0.5 s doubling to 30 s) whenever the connection drops.
class EventStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    explicit EventStream(QObject* parent = nullptr);
    ~EventStream() override;

    // Connects to <apiBaseUrl>/events with "Authorization: Bearer <token>" and keeps connecting.
    void open(const QUrl& apiBaseUrl, const QString& token);
    void close();
    bool isConnected() const { return m_connected; }

    static QUrl eventsUrl(const QUrl& apiBaseUrl);

Q_SIGNALS:
    void eventReceived(const QJsonObject& event);
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void setConnected(bool connected);

    QWebSocket m_socket;
    QTimer m_retryTimer;
    QUrl m_url;
    QString m_token;
    int m_backoffMs = 0;
    bool m_wanted = false;
    bool m_connected = false;
};

} // namespace seatwise
