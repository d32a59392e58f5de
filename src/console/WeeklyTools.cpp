#include "console/WeeklyTools.h"

#include "console/alerts/AlertBanner.h"
#include "console/alerts/AlertMonitor.h"
#include "console/alerts/AlertSettings.h"
#include "console/alerts/AlertSettingsDialog.h"
#include "console/alerts/TrayNotifier.h"
#include "console/import/ImportWizard.h"
#include "console/planning/RightSizingPanel.h"
#include "console/reports/ReportDialog.h"
#include "console/usage/UsageChartsPanel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace seatwise {

WeeklyTools::WeeklyTools(QMainWindow* window, QTabWidget* tabs, QVBoxLayout* bannerLayout, QAction* beforeMenu)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
{
    m_menu = new QMenu(tr("&Tools"), window);
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    window->menuBar()->insertMenu(beforeMenu, m_menu);
    m_importAction = makeAction(QStringLiteral("importAction"), tr("&Import Licenses from CSV…"),
                                tr("Assign extensions, numbers and add-ons to many users from a CSV file"),
                                QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reportAction = makeAction(QStringLiteral("reportAction"), tr("Usage &Report…"),
                                tr("Peak, average, denials and utilisation per pool, as CSV or PDF"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_menu->addSeparator();
    m_alertSettingsAction = makeAction(QStringLiteral("alertSettingsAction"), tr("&Alert Settings…"),
                                       tr("Thresholds per pool, the pay-per-use minimum and tray notifications"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_importAction, &QAction::triggered, this, &WeeklyTools::openImport);
    connect(m_reportAction, &QAction::triggered, this, &WeeklyTools::openReport);
    connect(m_alertSettingsAction, &QAction::triggered, this, &WeeklyTools::openAlertSettings);

    m_banner = new AlertBanner(window);
    bannerLayout->insertWidget(0, m_banner);
    m_tray = new TrayNotifier(this);
    setClient(nullptr, {});
}

WeeklyTools::~WeeklyTools() = default;

QAction* WeeklyTools::makeAction(const QString& name, const QString& text, const QString& tip, const QKeySequence& keys)
{
    auto* action = m_menu->addAction(text);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcut(keys);
    return action;
}

void WeeklyTools::setClient(GatewayClient* client, const QString& profileKey)
{
    m_client = client;
    m_profileKey = profileKey;
    const int shown = m_tabs->currentIndex();
    delete m_usage;
    delete m_planning;
    delete m_monitor;
    m_usage = nullptr;
    m_planning = nullptr;
    m_monitor = nullptr;
    m_banner->clear();
    for (QAction* action : {m_importAction, m_reportAction, m_alertSettingsAction})
        action->setEnabled(client && !m_limited);
    if (!client)
        return;

    m_usage = new UsageChartsPanel(client);
    m_usage->setObjectName(QStringLiteral("usageChartsPanel"));
    m_tabs->addTab(m_usage, tr("Usage &Charts"));
    m_planning = new RightSizingPanel(client);
    m_planning->setObjectName(QStringLiteral("rightSizingPanel"));
    m_tabs->addTab(m_planning, tr("&Planning"));
    if (shown >= 0 && shown < m_tabs->count())
        m_tabs->setCurrentIndex(shown);

    m_monitor = new AlertMonitor(client, this);
    m_monitor->setProfileKey(profileKey);
    m_banner->attach(m_monitor);
    m_tray->setEnabled(AlertSettings(profileKey).trayNotifications());
    m_tray->attach(m_monitor);
    setLimited(m_limited);
}

void WeeklyTools::checkPools(const QList<PoolInfo>& pools)
{
    m_pools = pools;
    if (m_monitor)
        m_monitor->checkPools(pools);
}

void WeeklyTools::setLimited(bool limited)
{
    m_limited = limited;
    for (QWidget* panel : {static_cast<QWidget*>(m_usage), static_cast<QWidget*>(m_planning)})
        if (panel)
            m_tabs->setTabEnabled(m_tabs->indexOf(panel), !limited);
    for (QAction* action : {m_importAction, m_reportAction, m_alertSettingsAction})
        action->setEnabled(m_client && !limited);
}

void WeeklyTools::refreshShown()
{
    QWidget* shown = m_tabs->currentWidget();
    if (shown && shown == m_usage)
        m_usage->refresh();
    else if (shown && shown == m_planning)
        m_planning->refresh();
}

void WeeklyTools::openImport()
{
    if (!m_client)
        return;
    auto* wizard = new ImportWizard(m_client, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::applied, this, &WeeklyTools::licensesImported);
    wizard->open();
}

void WeeklyTools::openReport()
{
    if (!m_client)
        return;
    auto* dialog = new ReportDialog(m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WeeklyTools::openAlertSettings()
{
    AlertSettingsDialog dialog(m_pools, m_window, m_profileKey);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_monitor)
        m_monitor->reloadSettings();
    m_tray->setEnabled(AlertSettings(m_profileKey).trayNotifications());
}

} // namespace seatwise
