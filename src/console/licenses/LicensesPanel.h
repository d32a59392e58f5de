#pragma once

#include "client/NamedPoolInfo.h"
#include "console/actions/ConfirmHook.h"

#include <QCoroTask>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;

namespace Ui {
class LicensesPanel;
}

namespace seatwise {

class GatewayClient;
class LicenseFilterProxy;
class LicenseTableModel;
struct LicenseInfo;

// Named licenses (R15): who holds which base license with what extension, number and add-ons;
// searches by type, user and extension; counts per pool; and Assign, Reassign, Unassign and
// Manage add-ons, each going to the gateway and refreshing the table once it answered.
class LicensesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensesPanel)

public:
    explicit LicensesPanel(QWidget* parent = nullptr);
    ~LicensesPanel() override;

    void setClient(GatewayClient* client);
    // Replaces the Unassign confirmation (a message box by default); tests answer it.
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    LicenseTableModel* model() const { return m_model; }

public Q_SLOTS:
    // Lists pools and licenses again; a refresh asked for while one runs follows it.
    void refresh();

Q_SIGNALS:
    // After each load, with the error text or empty.
    void refreshed(const QString& error);

private:
    QCoro::Task<> load();
    QCoro::Task<> unassignSelected();
    void openAssignDialog(bool reassign);
    void openAddonsDialog();
    const LicenseInfo* selectedLicense() const;
    void updateSelection();
    void updateCounts();
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::LicensesPanel> m_ui;
    LicenseTableModel* m_model;
    LicenseFilterProxy* m_proxy;
    QPointer<GatewayClient> m_client;
    QList<NamedPoolInfo> m_pools;
    ConfirmHook m_confirm;
    bool m_loading = false;
    bool m_reloadWanted = false;
    int m_busyCount = 0;
};

} // namespace seatwise
