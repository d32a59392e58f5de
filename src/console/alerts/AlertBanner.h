#pragma once

#include "console/alerts/Alert.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace seatwise {

class AlertMonitor;

// The coloured bar above the console's content while alerts are active: the newest alert's text
// (and how many more), "Details" to list them all in place and "Dismiss" to hide those shown until
// a new one is raised. Amber for pool thresholds, red for refused logins and pay-per-use minutes.
// Hidden when nothing is active. Object name `alertBanner`.
//
//   auto* banner = new AlertBanner(centralWidget);
//   layout->insertWidget(0, banner);
//   banner->attach(monitor);
class AlertBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(QWidget* parent = nullptr);
    ~AlertBanner() override;

    // Shows the monitor's active alerts now and follows its signals from then on.
    void attach(AlertMonitor* monitor);
    // Forgets every alert shown (another gateway is attached).
    void clear();

    // Active alerts, newest first (dismissed ones included).
    QList<Alert> alerts() const { return m_alerts; }
    // The headline as shown.
    QString headline() const;

public Q_SLOTS:
    void addAlert(const seatwise::Alert& alert);
    void updateAlert(const seatwise::Alert& alert);
    void removeAlert(const QString& key);
    // Hides the alerts shown now; a newly raised one shows the bar again.
    void dismiss();

private:
    QList<Alert> visibleAlerts() const;
    void refresh();
    void toggleDetails();

    QList<Alert> m_alerts;
    QSet<QString> m_dismissed;
    QLabel* m_iconLabel;
    QLabel* m_label;
    QLabel* m_detailsLabel;
    QPushButton* m_detailsButton;
    QPushButton* m_dismissButton;
};

} // namespace seatwise
