#include "console/alerts/TrayNotifier.h"

#include "console/alerts/AlertMonitor.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace seatwise {

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
{
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::attach(AlertMonitor* monitor)
{
    connect(monitor, &AlertMonitor::alertRaised, this, &TrayNotifier::notify);
}

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QSystemTrayIcon* TrayNotifier::trayIcon()
{
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Seatwise alerts"));
        m_tray->show();
    }
    return m_tray;
}

void TrayNotifier::notify(const Alert& alert)
{
    if (!m_enabled)
        return;
    ++m_requested;
    const bool canShow = isAvailable() && QSystemTrayIcon::supportsMessages();
    if (canShow) {
        const QString title = alert.critical() ? tr("Seatwise: action needed") : tr("Seatwise: seats running out");
        trayIcon()->showMessage(title, alert.text,
                                alert.critical() ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10'000);
        ++m_shown;
    }
    Q_EMIT notificationRequested(alert, canShow);
}

} // namespace seatwise
