#pragma once

#include "console/alerts/AlertThresholds.h"

#include <QSettings>
#include <QString>

namespace seatwise {

// The alert settings in QSettings, typed: a threshold percent per pool (keyed by pool id), the
// pay-per-use minimum and whether to show tray notifications. With a gateway profile key they live
// in a group of their own, so each gateway keeps its own thresholds. Defaults come from
// AlertThresholds; a pool without its own percent uses the default.
class AlertSettings final {
public:
    explicit AlertSettings(QString profileKey = {});

    int defaultPercent() const;
    // The pool's own percent, or the default when it has none.
    int poolPercent(const QString& poolId) const;
    bool hasPoolPercent(const QString& poolId) const;
    void setPoolPercent(const QString& poolId, int percent);
    void clearPoolPercent(const QString& poolId);

    int ppuMinimum() const;
    void setPpuMinimum(int minutes);

    bool trayNotifications() const;
    void setTrayNotifications(bool enabled);

    // Everything the alert rules need, read in one go.
    AlertThresholds thresholds() const;

private:
    QString key(const QString& name) const;
    QString poolKey(const QString& poolId) const;

    QString m_group;
    mutable QSettings m_settings;
};

} // namespace seatwise
