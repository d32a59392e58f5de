#include "console/seat/AdminSeat.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"

namespace seatwise {

AdminSeat::AdminSeat(GatewayClient* client, QString device, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_device(std::move(device))
{
    m_retry.setInterval(15000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { heartbeat(); });
    connect(&m_retry, &QTimer::timeout, this, [this] { retry(); });
}

AdminSeat::~AdminSeat() = default;

void AdminSeat::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_running)
        heartbeat(); // say so now rather than at the next tick
}

void AdminSeat::start()
{
    ++m_generation;
    m_running = true;
    m_busy = false;
    login();
}

QCoro::Task<> AdminSeat::stop()
{
    ++m_generation;
    m_running = false;
    m_busy = false;
    m_heartbeat.stop();
    m_retry.stop();
    const QString id = m_sessionId;
    const QString token = m_sessionToken;
    m_sessionId.clear();
    m_sessionToken.clear();
    setMode(Mode::None);
    QPointer<GatewayClient> client = m_client;
    if (id.isEmpty() || !client)
        co_return;
    auto done = co_await client->logout(id, token);
    Q_UNUSED(done); // a session the gateway already ended is as good as logged out
}

QCoro::Task<> AdminSeat::login()
{
    QPointer<AdminSeat> self(this);
    QPointer<GatewayClient> client = m_client;
    if (m_busy || !client)
        co_return;
    m_busy = true;
    const int generation = m_generation;
    LoginRequest request;
    request.device = m_device;
    request.mode = SessionMode::Admin;
    auto grant = co_await client->login(request);
    if (!self || generation != m_generation) {
        // Stopped (or restarted) meanwhile: this seat is nobody's, give it back.
        if (grant && client) {
            const QString id = grant->id;
            const QString token = grant->token;
            auto done = co_await client->logout(id, token);
            Q_UNUSED(done);
        }
        co_return;
    }
    m_busy = false;
    if (!grant) {
        m_lastError = ErrorText::describe(grant.error());
        m_sessionId.clear();
        m_sessionToken.clear();
        m_heartbeat.stop();
        setMode(Mode::None);
        m_retry.start();
        Q_EMIT failed(m_lastError);
        co_return;
    }
    adopt(grant.value());
}

void AdminSeat::adopt(const SessionGrant& grant)
{
    m_lastError.clear();
    m_sessionId = grant.id;
    m_sessionToken = grant.token;
    m_heartbeat.start(std::max(1, grant.heartbeatIntervalS) * 1000);
    const Mode mode = grant.mode == SessionMode::Admin ? Mode::Admin : Mode::LimitedAdmin;
    if (mode == Mode::Admin)
        m_retry.stop();
    else if (!m_retry.isActive())
        m_retry.start();
    setMode(mode);
}

QCoro::Task<> AdminSeat::heartbeat()
{
    QPointer<AdminSeat> self(this);
    QPointer<GatewayClient> client = m_client;
    if (!m_running || m_busy || m_sessionId.isEmpty() || !client)
        co_return;
    const int generation = m_generation;
    const QString id = m_sessionId;
    const QString token = m_sessionToken;
    const bool active = m_active;
    auto answer = co_await client->heartbeat(id, token, active);
    if (!self || generation != m_generation || id != m_sessionId || answer)
        co_return;
    // Ended by the gateway (purged, signed out, superseded) or its token revoked: sit down again.
    const int status = answer.error().httpStatus;
    if (status == 410 || status == 401) {
        m_sessionId.clear();
        m_sessionToken.clear();
        m_heartbeat.stop();
        co_await login();
    }
}

// Limited: log out and in again, which takes a full admin seat if one is free now. No session
// (an earlier login failed): just log in.
QCoro::Task<> AdminSeat::retry()
{
    QPointer<AdminSeat> self(this);
    QPointer<GatewayClient> client = m_client;
    if (!m_running || m_busy || !client || m_mode == Mode::Admin)
        co_return;
    const int generation = m_generation;
    const QString id = m_sessionId;
    const QString token = m_sessionToken;
    if (!id.isEmpty()) {
        m_busy = true;
        auto done = co_await client->logout(id, token);
        Q_UNUSED(done);
        if (!self || generation != m_generation)
            co_return;
        m_busy = false;
        m_sessionId.clear();
        m_sessionToken.clear();
    }
    co_await login();
}

void AdminSeat::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

} // namespace seatwise
