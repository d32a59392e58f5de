#pragma once

#include "client/LicenseInfo.h"

#include <QCoroTask>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace seatwise {

class GatewayClient;

// Attaches and removes the add-ons of one assigned base license: the nine add-on codes as check
// boxes, applied on Save one call at a time. A refusal stops there and shows the gateway's message;
// what was applied before it stays applied, and Save again retries only the rest.
class ManageAddonsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageAddonsDialog)

public:
    // `freeByCode`: how many add-on licenses of each code are available to attach.
    ManageAddonsDialog(GatewayClient* client, LicenseInfo license, QHash<QString, int> freeByCode,
                       QWidget* parent = nullptr);
    ~ManageAddonsDialog() override;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The license changed on the gateway (after each successful call).
    void licenseChanged();

private:
    void fillChoices();
    QCoro::Task<> save();
    void setBusy(bool busy);

    QPointer<GatewayClient> m_client;
    LicenseInfo m_license;
    QHash<QString, int> m_freeByCode;
    QListWidget* m_choices;
    QLabel* m_errorLabel;
    QProgressBar* m_progressBar;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace seatwise
