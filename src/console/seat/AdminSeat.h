#pragma once

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace seatwise {

class GatewayClient;
struct SessionGrant;

// The console's own admin session on its gateway (R5): logs in with mode "admin" on the client's user
// token and a per-installation device id, heartbeats while running (active while the window is
// shown), and logs out on stop(). With no admin seat free the gateway makes it limited_admin; it
// then logs out and in again every retryInterval until a seat frees up. A heartbeat answered 410
// (purged, signed out) logs in again.
class AdminSeat final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminSeat)

public:
    enum class Mode { None, Admin, LimitedAdmin };
    Q_ENUM(Mode)

    explicit AdminSeat(GatewayClient* client, QString device, QObject* parent = nullptr);
    ~AdminSeat() override;

    Mode mode() const { return m_mode; }
    QString sessionId() const { return m_sessionId; }
    QString device() const { return m_device; }
    QString lastError() const { return m_lastError; }

    // How often a limited (or failed) login is tried again; 15 s unless a test wants less.
    void setRetryIntervalMs(int ms) { m_retry.setInterval(ms); }
    int retryIntervalMs() const { return m_retry.interval(); }
    // Heartbeats say {"active": active}: true while the window is open, false while minimised.
    void setActive(bool active);

    // Logs in and keeps the seat until stop().
    void start();
    // Gives the seat back (DELETE /sessions/{id}); mode() is None from the moment it is called.
    QCoro::Task<> stop();

Q_SIGNALS:
    void modeChanged(seatwise::AdminSeat::Mode mode);
    // A login failed (offline, refused): the message is for people; it is tried again later.
    void failed(const QString& message);

private:
    QCoro::Task<> login();
    QCoro::Task<> heartbeat();
    QCoro::Task<> retry();
    void adopt(const SessionGrant& grant);
    void setMode(Mode mode);

    QPointer<GatewayClient> m_client;
    QString m_device;
    QString m_sessionId;
    QString m_sessionToken;
    QString m_lastError;
    Mode m_mode = Mode::None;
    bool m_active = true;
    bool m_running = false;
    bool m_busy = false;  // a login or logout of this generation is on its way
    int m_generation = 0; // start() and stop() begin a new one; older answers are given back
    QTimer m_heartbeat;
    QTimer m_retry;
};

} // namespace seatwise
