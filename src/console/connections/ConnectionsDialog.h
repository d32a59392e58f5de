#pragma once

#include "client/ClientError.h"
#include "console/actions/ConfirmHook.h"
#include "console/connections/GatewayProfile.h"

#include <QCoroTask>
#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class ConnectionsDialog;
}

namespace seatwise {

class ConnectionTester;
class GatewayProfiles;
class TokenVault;

// The gateways the console knows: add, edit, remove (with confirmation), test a connection. A
// password typed here signs in once (Test connection, or Save) and only the token it earns is kept,
// in the keychain, when OK writes everything; Cancel writes nothing. The embedded gateway is the
// first entry and can be neither edited nor removed.
class ConnectionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    explicit ConnectionsDialog(GatewayProfiles* profiles, TokenVault* vault, QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    // Answers "remove this gateway?"; tests set one that answers without a message box.
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    void setSignInTimeoutMs(int ms);

    // The gateway chosen in the list (after OK: the one to connect to).
    QString selectedProfileId() const;
    // Tokens signed in for here that the keychain could not keep: valid for this run only.
    QHash<QString, QString> tokensInMemory() const { return m_memoryTokens; }

Q_SIGNALS:
    // Profiles and tokens are written; the dialog closes with Accepted right after.
    void committed();

private:
    void fillList(const QString& selectId);
    void updateButtons();
    void beginEdit(const GatewayProfile& profile, bool adding);
    void endEdit();
    void forgetSignIn();
    void removeSelected();
    void showUrlProblem();
    void showKeychainStatus();
    void showTestResult(const QString& text, bool good);
    void setBusy(bool busy);
    GatewayProfile editedProfile() const;
    QString editorProblem() const;

    QCoro::Task<bool> testConnection();
    // Offers to pin a certificate the system does not trust; true when the user trusts it.
    bool askToTrust(const ClientError& error);
    QCoro::Task<bool> saveEdited();
    QCoro::Task<> commit();

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    GatewayProfiles* m_profiles;
    TokenVault* m_vault;
    ConnectionTester* m_tester;
    ConfirmHook m_confirm;
    QByteArray m_editedCertificate;         // the pinned certificate of the gateway being edited
    QList<GatewayProfile> m_list;           // what OK will store, the embedded entry first
    QStringList m_removed;                  // ids whose tokens OK deletes from the keychain
    QHash<QString, QString> m_newTokens;    // profile id -> token a sign-in earned, until OK
    QHash<QString, QString> m_memoryTokens; // what the keychain refused to keep
    QString m_editingId;                    // empty: editor closed
    bool m_adding = false;
    bool m_busy = false;
    bool m_resultGood = true;
    int m_attempt = 0; // the latest sign-in; older answers are dropped
};

} // namespace seatwise
