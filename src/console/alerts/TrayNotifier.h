#pragma once

#include "console/alerts/Alert.h"

#include <QObject>

class QSystemTrayIcon;

namespace seatwise {

class AlertMonitor;

// Shows a tray notification (QSystemTrayIcon::showMessage) for each alert raised, when the desktop
// has a system tray and notifications are enabled. Without a tray (off screen, some desktops) it
// shows nothing: the banner still does. Every alert it would notify counts in requestedCount() and
// emits notificationRequested(), whether or not a tray could show it.
//
//   auto* tray = new TrayNotifier(this);
//   tray->setEnabled(AlertSettings(profileKey).trayNotifications());
//   tray->attach(monitor);
class TrayNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;

    void attach(AlertMonitor* monitor);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Whether this desktop has a tray at all.
    static bool isAvailable();

    int requestedCount() const { return m_requested; }
    int shownCount() const { return m_shown; }

public Q_SLOTS:
    void notify(const seatwise::Alert& alert);

Q_SIGNALS:
    // For every alert notified while enabled; `shown` is false when no tray could show it.
    void notificationRequested(const seatwise::Alert& alert, bool shown);

private:
    QSystemTrayIcon* trayIcon();

    QSystemTrayIcon* m_tray = nullptr;
    bool m_enabled = true;
    int m_requested = 0;
    int m_shown = 0;
};

} // namespace seatwise
