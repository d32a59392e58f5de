#pragma once

#include "client/GatewayClient.h"
#include "client/PoolInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QVBoxLayout;

namespace seatwise {

class AlertBanner;
class AlertMonitor;
class RightSizingPanel;
class TrayNotifier;
class UsageChartsPanel;

// The tools a manager uses weekly, wired into the main window: the Usage and Planning tabs, the
// alert banner, monitor and tray, and the Tools menu (CSV import, usage report, alert settings).
// Panels speak to one gateway: setClient() builds them again for another.
class WeeklyTools final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyTools)

public:
    // Tabs go into `tabs`, the banner at the top of `bannerLayout`, the Tools menu before `beforeMenu`.
    WeeklyTools(QMainWindow* window, QTabWidget* tabs, QVBoxLayout* bannerLayout, QAction* beforeMenu);
    ~WeeklyTools() override;

    void setClient(GatewayClient* client, const QString& profileKey);
    // Fresh pool counts from the live sync: thresholds are checked against them.
    void checkPools(const QList<PoolInfo>& pools);
    // Limited admin mode (R5): only the license-usage view; these tools wait for a full admin seat.
    void setLimited(bool limited);
    // Refreshes the Usage or Planning tab when it is the one shown (the window's F5).
    void refreshShown();

    UsageChartsPanel* usagePanel() const { return m_usage; }
    RightSizingPanel* planningPanel() const { return m_planning; }
    AlertMonitor* alertMonitor() const { return m_monitor; }
    AlertBanner* alertBanner() const { return m_banner; }
    QAction* importAction() const { return m_importAction; }
    QAction* reportAction() const { return m_reportAction; }
    QAction* alertSettingsAction() const { return m_alertSettingsAction; }

Q_SIGNALS:
    // A CSV import wrote licenses: the licenses view should reload.
    void licensesImported(int rows);

private:
    QAction* makeAction(const QString& name, const QString& text, const QString& tip, const QKeySequence& keys);
    void openImport();
    void openReport();
    void openAlertSettings();

    QMainWindow* m_window;
    QTabWidget* m_tabs;
    QPointer<GatewayClient> m_client;
    QString m_profileKey;
    QList<PoolInfo> m_pools;
    QMenu* m_menu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_alertSettingsAction = nullptr;
    AlertBanner* m_banner = nullptr;
    TrayNotifier* m_tray = nullptr;
    UsageChartsPanel* m_usage = nullptr; // in m_tabs
    RightSizingPanel* m_planning = nullptr;
    AlertMonitor* m_monitor = nullptr;
    bool m_limited = false;
};

} // namespace seatwise
