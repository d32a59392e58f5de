#pragma once

#include "client/LicenseInfo.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace seatwise {

class GatewayClient;

// Gives a license to a user (Assign: with an optional extension and number) or moves it to another
// (Reassign). The dialog makes the call itself and closes only when the gateway agreed; a refusal
// shows the gateway's message in place.
class AssignLicenseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignLicenseDialog)

public:
    enum class Mode { Assign, Reassign };

    AssignLicenseDialog(GatewayClient* client, LicenseInfo license, Mode mode, QWidget* parent = nullptr);
    ~AssignLicenseDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    QCoro::Task<> loadUsers();
    QCoro::Task<> submit();
    void updateOkButton();
    void setBusy(bool busy);
    void showError(const QString& message);

    QPointer<GatewayClient> m_client;
    LicenseInfo m_license;
    Mode m_mode;
    QComboBox* m_userComboBox;
    QLineEdit* m_extensionLineEdit;
    QLineEdit* m_numberLineEdit;
    QLabel* m_hintLabel;
    QLabel* m_errorLabel;
    QProgressBar* m_progressBar;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace seatwise
