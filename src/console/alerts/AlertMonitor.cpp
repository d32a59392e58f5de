#include "console/alerts/AlertMonitor.h"

#include "client/GatewayClient.h"
#include "console/alerts/AlertCalls.h"
#include "console/alerts/AlertSettings.h"

#include <QDateTime>

namespace seatwise {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AlertMonitor::AlertMonitor(GatewayClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_rules.setThresholds(AlertSettings().thresholds());
    m_timer.setInterval(DefaultPollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::pollNow);
    m_timer.start();
    // The first look right after the event loop runs, not a whole interval later.
    QTimer::singleShot(0, this, &AlertMonitor::pollNow);
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::setProfileKey(const QString& profileKey)
{
    m_profileKey = profileKey;
    reloadSettings();
}

void AlertMonitor::reloadSettings()
{
    setThresholds(AlertSettings(m_profileKey).thresholds());
}

void AlertMonitor::setThresholds(AlertThresholds thresholds)
{
    m_rules.setThresholds(std::move(thresholds));
    if (m_havePools)
        apply(m_rules.checkPools(m_pools, nowMs()));
    // The pay-per-use minimum may have changed too: look again now.
    pollNow();
}

void AlertMonitor::setPollIntervalMs(int ms)
{
    m_timer.setInterval(qMax(50, ms));
    if (m_timer.isActive())
        m_timer.start();
}

void AlertMonitor::setPolling(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

void AlertMonitor::checkPools(const QList<PoolInfo>& pools)
{
    m_pools = pools;
    m_havePools = true;
    apply(m_rules.checkPools(pools, nowMs()));
}

void AlertMonitor::pollNow()
{
    if (!m_polling)
        poll();
}

QCoro::Task<> AlertMonitor::poll()
{
    if (!m_client || m_polling)
        co_return;
    QPointer<AlertMonitor> self(this);
    m_polling = true;
    bool ok = true;
    if (!m_havePools) {
        const ClientResult<QList<PoolInfo>> listed = co_await m_client->pools();
        if (!self)
            co_return;
        if (listed)
            checkPools(listed.value());
        else
            ok = false;
    }

    const QList<PoolInfo> pools = m_pools;
    QStringList poolIds;
    const qint64 fromMs = nowMs() - DenialWindowMinutes * 60'000LL;
    for (const PoolInfo& pool : pools) {
        poolIds.append(pool.id);
        // Only concurrent pools refuse logins for want of a seat.
        if (pool.model != PoolModel::Concurrent || !m_client)
            continue;
        const UsageQuery query{pool.id, fromMs, 0, 60};
        const ClientResult<QList<UsagePoint>> minutes = co_await m_client->usage(query);
        if (!self)
            co_return;
        if (!minutes) {
            ok = false;
            continue;
        }
        apply(m_rules.checkDenials(pool.id, pool.name, minutes.value(), nowMs()));
    }
    if (m_havePools)
        apply(m_rules.forgetPoolsExcept(poolIds));

    const bool anyPoolOverflows =
        std::any_of(pools.cbegin(), pools.cend(), [](const PoolInfo& pool) { return pool.overflow; });
    if (!anyPoolOverflows) {
        apply(m_rules.checkPayPerUse(0, false, nowMs()));
    } else if (m_client) {
        const ClientResult<qint64> minutesLeft = co_await AlertCalls::payPerUseMinutes(*m_client);
        if (!self)
            co_return;
        if (minutesLeft)
            apply(m_rules.checkPayPerUse(minutesLeft.value(), true, nowMs()));
        else
            ok = false;
    }
    m_polling = false;
    Q_EMIT polled(ok);
}

void AlertMonitor::apply(const AlertRules::Outcome& outcome)
{
    for (const QString& key : outcome.cleared)
        Q_EMIT alertCleared(key);
    for (const Alert& alert : outcome.raised)
        Q_EMIT alertRaised(alert);
    for (const Alert& alert : outcome.updated)
        Q_EMIT alertUpdated(alert);
}

} // namespace seatwise
