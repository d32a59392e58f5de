#pragma once

#include "client/PoolInfo.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QTableView;

namespace seatwise {

class AlertThresholdModel;

// Edits the alert settings of one gateway: a threshold per pool (50-100 % of seats in use), the
// pay-per-use minimum and whether to show desktop notifications. OK saves to AlertSettings and
// emits settingsSaved(); Cancel changes nothing.
//
//   AlertSettingsDialog dialog(pools, this, profile.id);
//   if (dialog.exec() == QDialog::Accepted) {
//       monitor->reloadSettings();
//       tray->setEnabled(AlertSettings(profile.id).trayNotifications());
//   }
class AlertSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSettingsDialog)

public:
    explicit AlertSettingsDialog(QList<PoolInfo> pools, QWidget* parent = nullptr, QString profileKey = {});
    ~AlertSettingsDialog() override;

    AlertThresholdModel* model() const { return m_model; }

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

Q_SIGNALS:
    void settingsSaved();

private:
    QString m_profileKey;
    AlertThresholdModel* m_model;
    QTableView* m_view;
    QSpinBox* m_ppuSpinBox;
    QCheckBox* m_trayCheckBox;
};

} // namespace seatwise
