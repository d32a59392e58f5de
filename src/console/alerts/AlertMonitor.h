#pragma once

#include "client/PoolInfo.h"
#include "console/alerts/Alert.h"
#include "console/alerts/AlertRules.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace seatwise {

class GatewayClient;

// Watches one gateway for conditions worth an alert (see AlertRules) and announces them.
//
// Wiring in the main window:
//   auto* monitor = new AlertMonitor(client, this);
//   monitor->setProfileKey(profile.id);             // per-gateway thresholds, optional
//   banner->attach(monitor); tray->attach(monitor);
//   // whenever the pools refresh (LiveSync / the pool model):
//   monitor->checkPools(pools);
//   // after AlertSettingsDialog was accepted:
//   monitor->reloadSettings();
//
// Pool thresholds are checked on checkPools(). On its own timer (30 s by default) the monitor asks
// GET /usage for the last few minutes of each concurrent pool (denials) and GET /account/ppu; if
// checkPools() was never called it lists the pools itself first. A failed call leaves the alerts
// as they were. Calls run one poll at a time; the client must be the console's long-lived one.
class AlertMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertMonitor)

public:
    static constexpr int DefaultPollIntervalMs = 30'000;
    static constexpr int DenialWindowMinutes = 5;

    explicit AlertMonitor(GatewayClient* client, QObject* parent = nullptr);
    ~AlertMonitor() override;

    // Reads thresholds from AlertSettings(profileKey) from now on (and at once).
    void setProfileKey(const QString& profileKey);
    QString profileKey() const { return m_profileKey; }
    // Replaces the thresholds (without touching the settings) and checks the last pools again.
    void setThresholds(AlertThresholds thresholds);
    AlertThresholds thresholds() const { return m_rules.thresholds(); }

    void setPollIntervalMs(int ms);
    int pollIntervalMs() const { return m_timer.interval(); }
    // How long a logins-denied alert stays after the last denial (5 minutes by default).
    void setDenialHoldMs(qint64 ms) { m_rules.setDenialHoldMs(ms); }
    // Stops or restarts the timer (e.g. while the gateway is unreachable).
    void setPolling(bool enabled);

    // The active alerts, by key.
    QList<Alert> activeAlerts() const { return m_rules.active(); }

public Q_SLOTS:
    void checkPools(const QList<seatwise::PoolInfo>& pools);
    // Reads AlertSettings again and checks the last pools with the new thresholds.
    void reloadSettings();
    // Polls now unless a poll is already running.
    void pollNow();

Q_SIGNALS:
    void alertRaised(const seatwise::Alert& alert);
    // An active alert with a new count or text (same key); not a new notification.
    void alertUpdated(const seatwise::Alert& alert);
    void alertCleared(const QString& key);
    // After every poll; ok is false when a call failed.
    void polled(bool ok);

private:
    QCoro::Task<> poll();
    void apply(const AlertRules::Outcome& outcome);

    QPointer<GatewayClient> m_client;
    AlertRules m_rules;
    QTimer m_timer;
    QString m_profileKey;
    QList<PoolInfo> m_pools;
    bool m_havePools = false;
    bool m_polling = false;
};

} // namespace seatwise
