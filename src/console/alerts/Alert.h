#pragma once

#include <QMetaType>
#include <QString>

namespace seatwise {

enum class AlertKind {
    PoolThreshold, // a pool's seats in use reached its alert threshold
    LoginsDenied,  // logins were refused for want of a free seat
    PayPerUseLow,  // the account's pay-per-use minutes fell below the minimum
};

// One condition worth telling people about. `key` names the condition ("pool-threshold:<pool id>",
// "logins-denied:<pool id>", "ppu-low"): while it is active the same key is not raised again.
struct Alert {
    AlertKind kind = AlertKind::PoolThreshold;
    QString key;
    QString poolId; // empty for account-wide alerts
    QString poolName;
    QString text;    // one sentence for people, translated
    int value = 0;   // percent in use, logins denied, or minutes left
    qint64 atMs = 0; // when it was raised (or last updated)
    bool critical() const { return kind != AlertKind::PoolThreshold; }
};

namespace AlertKeys {
QString poolThreshold(const QString& poolId);
QString loginsDenied(const QString& poolId);
QString payPerUseLow();
} // namespace AlertKeys

} // namespace seatwise

Q_DECLARE_METATYPE(seatwise::Alert)
