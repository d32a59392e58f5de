#pragma once

#include "client/RawExchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace seatwise {

// One persistent HTTP/1.1 connection to a gateway that sends queued requests one after the other. For
// load generation: QNetworkAccessManager opens at most six connections per host, which serialises
// thousands of agents; a pool of these reaches the rate a real fleet of clients would. No TLS, no
// redirects, no chunked answers (the gateway sends none): it speaks exactly what seatwised speaks.
class KeepAliveConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeepAliveConnection)

public:
    // `apiBaseUrl` as GatewayClient takes it (http://host:port/api/v1); `timeoutMs` bounds each request.
    KeepAliveConnection(const QUrl& apiBaseUrl, int timeoutMs, QObject* parent = nullptr);
    ~KeepAliveConnection() override;

    void send(RawExchange exchange);
    // Requests queued or in flight.
    qsizetype pending() const { return m_queue.size() + (m_inFlight ? 1 : 0); }

private:
    void pump();
    void writeInFlight();
    void readAnswer();
    bool parseAnswer(RawAnswer& answer);
    void onDisconnected();
    void finish(RawAnswer answer);
    void failAll(const QString& why, bool timedOut);
    void checkTimeout();

    QString m_host;
    quint16 m_port = 0;
    QByteArray m_basePath;
    QByteArray m_hostHeader;
    int m_timeoutMs = 10000;
    QTcpSocket m_socket;
    QTimer m_watchdog;
    QQueue<RawExchange> m_queue;
    std::optional<RawExchange> m_inFlight;
    QElapsedTimer m_sentAt;
    QByteArray m_buffer;
    bool m_closeAfterAnswer = false;
};

} // namespace seatwise
