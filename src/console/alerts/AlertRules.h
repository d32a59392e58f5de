#pragma once

#include "client/PoolInfo.h"
#include "client/UsagePoint.h"
#include "console/alerts/Alert.h"
#include "console/alerts/AlertThresholds.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace seatwise {

// Decides which alerts to raise and clear from what the gateway reports. Pure: no timers, no
// network, time passed in; it remembers only which alerts are active and which denials it has
// already counted, so the same condition is raised once until it clears.
//
// - Pool at or over threshold: inUse * 100 >= percent * seats (pools with seats). It clears, and
//   re-arms, only when usage drops below (percent - rearmPoints), so a pool hovering at the
//   threshold does not flap.
// - Logins denied: denials the gateway counted in a pool's minutes that were not counted at an
//   earlier check. It stays active (its count updated) while denials keep coming and clears once
//   none came for denialHoldMs.
// - Pay-per-use minutes low: minutes < ppuMinimum (a minimum of 0 turns it off); clears at or above.
class AlertRules final {
public:
    struct Outcome {
        QList<Alert> raised;
        QList<Alert> updated; // active alerts whose text or value changed (e.g. more denials)
        QStringList cleared;  // keys
        bool isEmpty() const { return raised.isEmpty() && updated.isEmpty() && cleared.isEmpty(); }
        void append(const Outcome& other);
    };

    static constexpr qint64 DefaultDenialHoldMs = 5 * 60 * 1000;

    AlertRules() = default;

    void setThresholds(AlertThresholds thresholds) { m_thresholds = std::move(thresholds); }
    const AlertThresholds& thresholds() const { return m_thresholds; }
    void setDenialHoldMs(qint64 ms) { m_denialHoldMs = ms; }

    // Every pool of the gateway as listed now; alerts of pools no longer listed clear.
    Outcome checkPools(const QList<PoolInfo>& pools, qint64 nowMs);
    // One pool's recent per-minute usage (any window that overlaps the previous one).
    Outcome checkDenials(const QString& poolId, const QString& poolName, const QList<UsagePoint>& minutes,
                         qint64 nowMs);
    // Pools no longer listed: their denial alerts clear and their counts are forgotten.
    Outcome forgetPoolsExcept(const QStringList& poolIds);
    // Minutes matter only while some pool lets overflow logins in (R2); otherwise the alert clears.
    Outcome checkPayPerUse(qint64 minutesLeft, bool anyPoolOverflows, qint64 nowMs);

    QList<Alert> active() const { return m_active.values(); }
    bool isActive(const QString& key) const { return m_active.contains(key); }

private:
    Outcome raiseOrUpdate(Alert alert);
    Outcome clear(const QString& key);

    AlertThresholds m_thresholds;
    qint64 m_denialHoldMs = DefaultDenialHoldMs;
    QMap<QString, Alert> m_active;                   // by key
    QHash<QString, QMap<qint64, int>> m_seenDenials; // pool id -> minute -> denials counted
    QHash<QString, qint64> m_lastDenialMs;           // pool id -> when new denials were last seen
};

} // namespace seatwise
