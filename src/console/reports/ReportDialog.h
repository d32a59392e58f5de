#pragma once

#include "client/PoolInfo.h"
#include "console/reports/ReportPeriod.h"
#include "console/reports/ReportSettings.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace seatwise {

class GatewayClient;

// Makes a usage report: choose pools (all by default), a period and CSV or PDF, then "Create
// report" asks the gateway for each pool's per-minute usage (a progress bar per pool, Cancel stops
// it), computes UsageReport and writes the file. Failures show in place; the dialog stays open and
// says where the file went. The last folder and format are remembered.
//
//   auto* dialog = new ReportDialog(client, this);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
class ReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(GatewayClient* client, QWidget* parent = nullptr);
    ~ReportDialog() override;

    bool isRunning() const { return m_running; }
    // The period the controls describe now.
    ReportPeriod period() const;

public Q_SLOTS:
    void createReport();
    void cancelReport();
    void reject() override;

Q_SIGNALS:
    void poolsLoaded(int count);
    void reportWritten(const QString& path);
    void reportFailed(const QString& message);

private:
    QCoro::Task<> loadPools();
    QCoro::Task<> run();
    ReportSettings::Format format() const;
    QList<PoolInfo> checkedPools() const;
    void setRunning(bool running);
    void showError(const QString& message);
    void updatePeriodControls();
    void updatePathExtension();
    void browse();
    void setAllChecked(bool checked);

    QPointer<GatewayClient> m_client;
    QList<PoolInfo> m_pools;
    // Set by Stop; the running fetch reads it between its requests.
    struct FetchCancel {
        bool requested = false;
    };
    std::shared_ptr<FetchCancel> m_cancel;
    bool m_running = false;
    QTableWidget* m_poolTable;
    QPushButton* m_allButton;
    QPushButton* m_noneButton;
    QComboBox* m_periodComboBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QComboBox* m_formatComboBox;
    QLineEdit* m_pathLineEdit;
    QPushButton* m_browseButton;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
    QPushButton* m_createButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};

} // namespace seatwise
