#pragma once

#include "client/TlsTrust.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace seatwise {

// The gateway's event stream (GET /events as a WebSocket): emits every JSON event as it comes and
// reconnects with a growing back-off (0.5 s doubling to 30 s) whenever the connection drops. Its
// state says which: Connecting (first try), Connected, Waiting (a retry is due) or Closed.
class EventStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State {
        Closed,
        Connecting,
        Connected,
        Waiting,
    };
    Q_ENUM(State)

    explicit EventStream(QObject* parent = nullptr);
    ~EventStream() override;

    // Connects to <apiBaseUrl>/events with "Authorization: Bearer <token>" and keeps connecting.
    void open(const QUrl& apiBaseUrl, const QString& token);
    // WSS: as GatewayClient, the system's CAs or the pinned certificate.
    void setTlsTrust(TlsTrust trust) { m_tlsTrust = std::move(trust); }
    void close();
    bool isConnected() const { return m_connected; }
    State state() const { return m_state; }
    // Why the stream last dropped or failed to open (Qt's words); empty once connected.
    QString lastError() const { return m_lastError; }
    // The pause before the pending retry while Waiting.
    int retryInMs() const { return m_backoffMs; }

    static QUrl eventsUrl(const QUrl& apiBaseUrl);

Q_SIGNALS:
    void eventReceived(const QJsonObject& event);
    void connectedChanged(bool connected);
    void stateChanged(seatwise::EventStream::State state);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void setConnected(bool connected);
    void setState(State state);

    QWebSocket m_socket;
    TlsTrust m_tlsTrust;
    QTimer m_retryTimer;
    QUrl m_url;
    QString m_token;
    int m_backoffMs = 0;
    bool m_wanted = false;
    bool m_connected = false;
    State m_state = State::Closed;
    QString m_lastError;
};

} // namespace seatwise
