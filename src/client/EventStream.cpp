#include "client/EventStream.h"

#include <QJsonDocument>
#include <QNetworkRequest>

#include <algorithm>

namespace seatwise {
namespace {
constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 30000;
} // namespace

EventStream::EventStream(QObject* parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onMessage);
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (m_tlsTrust.accepts(m_socket.sslConfiguration().peerCertificate()))
            m_socket.ignoreSslErrors(errors);
    });
}

EventStream::~EventStream()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QUrl EventStream::eventsUrl(const QUrl& apiBaseUrl)
{
    QUrl url = apiBaseUrl;
    url.setScheme(apiBaseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(apiBaseUrl.path() + QStringLiteral("/events"));
    return url;
}

void EventStream::open(const QUrl& apiBaseUrl, const QString& token)
{
    m_url = eventsUrl(apiBaseUrl);
    m_token = token;
    m_wanted = true;
    m_backoffMs = 0;
    m_socket.abort();
    m_retryTimer.stop();
    setState(State::Connecting);
    connectNow();
}

void EventStream::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_socket.close();
    setConnected(false);
    setState(State::Closed);
}

void EventStream::connectNow()
{
    if (!m_wanted)
        return;
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8());
    m_socket.open(request);
}

void EventStream::onConnected()
{
    m_backoffMs = 0;
    m_lastError.clear();
    setConnected(true);
    setState(State::Connected);
}

void EventStream::onDisconnected()
{
    // QWebSocket also reports a failed handshake or refused connection here.
    if (m_socket.error() != QAbstractSocket::UnknownSocketError)
        m_lastError = m_socket.errorString();
    else if (m_socket.closeCode() != QWebSocketProtocol::CloseCodeNormal)
        m_lastError = m_socket.closeReason();
    setConnected(false);
    if (!m_wanted) {
        setState(State::Closed);
        return;
    }
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_retryTimer.start(m_backoffMs);
    setState(State::Waiting);
}

void EventStream::onMessage(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        Q_EMIT eventReceived(document.object());
}

void EventStream::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

void EventStream::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace seatwise
