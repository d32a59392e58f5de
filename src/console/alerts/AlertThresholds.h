#pragma once

#include <QHash>
#include <QString>

namespace seatwise {

// What the alert rules compare against: a percent of seats in use per pool (with a default), the
// pay-per-use minimum and how far usage must drop before a pool alert re-arms.
struct AlertThresholds {
    static constexpr int DefaultPercent = 90;
    static constexpr int DefaultPpuMinimum = 60;
    static constexpr int MinPercent = 50;
    static constexpr int MaxPercent = 100;

    int defaultPercent = DefaultPercent;
    QHash<QString, int> poolPercent;    // pool id -> percent, overrides the default
    int ppuMinimum = DefaultPpuMinimum; // minutes; 0 turns the pay-per-use alert off
    int rearmPoints = 5;                // a pool alert clears below threshold - rearmPoints

    int percentFor(const QString& poolId) const { return poolPercent.value(poolId, defaultPercent); }
};

} // namespace seatwise
