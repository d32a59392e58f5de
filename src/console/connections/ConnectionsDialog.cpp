#include "console/connections/ConnectionsDialog.h"

#include "console/connections/ConnectionTester.h"
#include "console/connections/GatewayProfiles.h"
#include "console/connections/GatewayUrl.h"
#include "console/connections/TokenVault.h"
#include "ui_ConnectionsDialog.h"

#include <QPointer>
#include <QPushButton>

namespace seatwise {
namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

ConnectionsDialog::ConnectionsDialog(GatewayProfiles* profiles, TokenVault* vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_profiles(profiles)
    , m_vault(vault)
    , m_tester(new ConnectionTester(this))
    , m_confirm(messageBoxConfirmHook(this))
    , m_list(profiles->all())
{
    m_ui->setupUi(this);
    m_ui->testProgressBar->hide();
    m_ui->keychainStatusLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_ui->urlProblemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    connect(m_ui->gatewayList, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_ui->addGatewayButton, &QPushButton::clicked, this, [this] {
        beginEdit(GatewayProfile{GatewayProfiles::newId(), {}, {}, {}, false}, true);
    });
    connect(m_ui->editGatewayButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->gatewayList->currentRow();
        if (row >= 0 && row < m_list.size() && !m_list.at(row).embedded)
            beginEdit(m_list.at(row), false);
    });
    connect(m_ui->gatewayList, &QListWidget::itemDoubleClicked, m_ui->editGatewayButton, &QPushButton::click);
    connect(m_ui->removeGatewayButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &ConnectionsDialog::showUrlProblem);
    for (QLineEdit* edit : {m_ui->urlLineEdit, m_ui->loginLineEdit, m_ui->passwordLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionsDialog::forgetSignIn);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_ui->saveGatewayButton, &QPushButton::clicked, this, [this] { saveEdited(); });
    connect(m_ui->discardGatewayButton, &QPushButton::clicked, this, &ConnectionsDialog::endEdit);
    connect(m_ui->dialogButtons, &QDialogButtonBox::accepted, this, [this] { commit(); });
    connect(m_ui->dialogButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vault, &TokenVault::availabilityChanged, this, &ConnectionsDialog::showKeychainStatus);

    fillList(profiles->currentId());
    endEdit();
    showKeychainStatus();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::setSignInTimeoutMs(int ms)
{
    m_tester->setTimeoutMs(ms);
}

QString ConnectionsDialog::selectedProfileId() const
{
    const QListWidgetItem* item = m_ui->gatewayList->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ConnectionsDialog::fillList(const QString& selectId)
{
    m_ui->gatewayList->clear();
    for (const GatewayProfile& profile : std::as_const(m_list)) {
        auto* item = new QListWidgetItem(profile.name, m_ui->gatewayList);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.url.toString());
        if (profile.id == selectId)
            m_ui->gatewayList->setCurrentItem(item);
    }
    if (!m_ui->gatewayList->currentItem())
        m_ui->gatewayList->setCurrentRow(0);
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const int row = m_ui->gatewayList->currentRow();
    const bool editable = row >= 0 && row < m_list.size() && !m_list.at(row).embedded;
    const bool idle = m_editingId.isEmpty() && !m_busy;
    m_ui->gatewayList->setEnabled(idle);
    m_ui->addGatewayButton->setEnabled(idle);
    m_ui->editGatewayButton->setEnabled(idle && editable);
    m_ui->removeGatewayButton->setEnabled(idle && editable);
    m_ui->gatewayEditorGroup->setEnabled(!m_editingId.isEmpty() && !m_busy);
    m_ui->dialogButtons->setEnabled(!m_busy);
}

void ConnectionsDialog::beginEdit(const GatewayProfile& profile, bool adding)
{
    m_editingId = profile.id;
    m_adding = adding;
    m_ui->gatewayEditorGroup->setTitle(adding ? tr("New gateway") : tr("Gateway"));
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->urlLineEdit->setText(profile.url.toString());
    m_ui->loginLineEdit->setText(profile.login);
    m_ui->passwordLineEdit->clear();
    m_editedCertificate = profile.certificateSha256;
    showTestResult({}, true);
    showUrlProblem();
    updateButtons();
    m_ui->nameLineEdit->setFocus();
}

void ConnectionsDialog::endEdit()
{
    m_editingId.clear();
    m_adding = false;
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->urlLineEdit, m_ui->loginLineEdit, m_ui->passwordLineEdit})
        edit->clear();
    m_ui->urlProblemLabel->clear();
    updateButtons();
}

// A token earned with other credentials does not belong to what is typed now.
void ConnectionsDialog::forgetSignIn()
{
    m_newTokens.remove(m_editingId);
}

void ConnectionsDialog::removeSelected()
{
    const int row = m_ui->gatewayList->currentRow();
    if (row < 0 || row >= m_list.size() || m_list.at(row).embedded)
        return;
    const GatewayProfile profile = m_list.at(row);
    if (!m_confirm(
            tr("Remove gateway"),
            tr("Remove the gateway \"%1\" (%2) and forget its token?").arg(profile.name, profile.url.toString())))
        return;
    m_list.removeAt(row);
    m_newTokens.remove(profile.id);
    m_removed.append(profile.id);
    fillList(GatewayProfile::embeddedId());
}

void ConnectionsDialog::showUrlProblem()
{
    const QString text = m_ui->urlLineEdit->text();
    m_ui->urlProblemLabel->setText(text.isEmpty() ? QString() : GatewayUrl::problem(text));
}

void ConnectionsDialog::showKeychainStatus()
{
    const bool available = m_vault->isAvailable() && m_memoryTokens.isEmpty();
    m_ui->keychainStatusLabel->setVisible(!available);
    m_ui->keychainStatusLabel->setText(
        available ? QString()
                  : tr("The system keychain is unavailable: tokens are kept in memory for this run only, and the "
                       "console will ask for the password again next time."));
}

void ConnectionsDialog::showTestResult(const QString& text, bool good)
{
    m_resultGood = good;
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setStyleSheet(good ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b00020;"));
}

void ConnectionsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->testProgressBar->setVisible(busy);
    updateButtons();
}

GatewayProfile ConnectionsDialog::editedProfile() const
{
    return GatewayProfile{m_editingId,
                          m_ui->nameLineEdit->text().trimmed(),
                          GatewayUrl::parse(m_ui->urlLineEdit->text()),
                          m_ui->loginLineEdit->text().trimmed(),
                          false,
                          m_editedCertificate};
}

QString ConnectionsDialog::editorProblem() const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        return tr("Give the gateway a name.");
    if (const QString problem = GatewayUrl::problem(m_ui->urlLineEdit->text()); !problem.isEmpty())
        return problem;
    if (m_ui->loginLineEdit->text().trimmed().isEmpty())
        return tr("Enter the login to sign in with.");
    return {};
}

QCoro::Task<bool> ConnectionsDialog::testConnection()
{
    QPointer<ConnectionsDialog> self(this);
    if (const QString problem = editorProblem(); !problem.isEmpty()) {
        showTestResult(problem, false);
        co_return false;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        showTestResult(tr("Enter the password to sign in."), false);
        co_return false;
    }
    const GatewayProfile profile = editedProfile();
    const QUrl apiBaseUrl = profile.apiBaseUrl();
    const QString login = profile.login;
    const QString password = m_ui->passwordLineEdit->text();
    const int attempt = ++m_attempt;
    setBusy(true);
    showTestResult(tr("Signing in to %1…").arg(profile.url.toString()), true);

    ConnectionTester* tester = m_tester;
    // Named locals only: GCC 12 destroys a temporary inside a co_await expression twice (ASan caught it
    // freeing the pinned fingerprint's bytes while this dialog still held them).
    const TlsTrust pinned{profile.certificateSha256};
    auto token = co_await tester->signIn(apiBaseUrl, login, password, pinned);
    if (!self || attempt != m_attempt)
        co_return false;
    if (!token && askToTrust(token.error())) {
        const TlsTrust trusted{m_editedCertificate};
        auto again = co_await tester->signIn(apiBaseUrl, login, password, trusted);
        if (!self || attempt != m_attempt)
            co_return false;
        token = std::move(again);
    }
    setBusy(false);
    if (!token) {
        showTestResult(ConnectionTester::describe(token.error()), false);
        co_return false;
    }
    m_newTokens.insert(profile.id, token.value());
    showTestResult(tr("Connected: signed in as %1.").arg(login), true);
    co_return true;
}

bool ConnectionsDialog::askToTrust(const ClientError& error)
{
    if (error.code != ClientErrorCode::UntrustedCertificate)
        return false;
    const QByteArray fingerprint = error.body.value(QLatin1String("fingerprint")).toString().toLatin1();
    if (fingerprint.isEmpty())
        return false;
    // Only the one certificate, compared by a person with what the gateway's operator sees
    // (seatwised logs its fingerprint at start): a different one later is asked about again.
    const bool trusted = m_confirm(
        tr("Trust this certificate?"),
        tr("The gateway's certificate is not signed by an authority this computer trusts (%1).\n\n"
           "SHA-256 fingerprint:\n%2\n\nTrust it only if it is the fingerprint the gateway's operator gives "
           "you (seatwised prints it when it starts). Trust this certificate for this gateway?")
            .arg(error.body.value(QLatin1String("errors")).toVariant().toStringList().join(QStringLiteral("; ")),
                 TlsTrust::displayFingerprint(fingerprint)));
    if (trusted)
        m_editedCertificate = fingerprint;
    return trusted;
}

QCoro::Task<bool> ConnectionsDialog::saveEdited()
{
    QPointer<ConnectionsDialog> self(this);
    if (const QString problem = editorProblem(); !problem.isEmpty()) {
        showTestResult(problem, false);
        co_return false;
    }
    const GatewayProfile profile = editedProfile();
    if (!m_ui->passwordLineEdit->text().isEmpty() && !m_newTokens.contains(profile.id)) {
        // The sign-in's outcome stays on screen; the gateway is kept either way (it may be offline now).
        const bool signedIn = co_await testConnection();
        Q_UNUSED(signedIn);
        if (!self || m_editingId != profile.id)
            co_return false;
    }
    const auto same =
        std::find_if(m_list.begin(), m_list.end(), [&profile](const GatewayProfile& p) { return p.id == profile.id; });
    if (same == m_list.end())
        m_list.append(profile);
    else
        *same = profile;
    const QString result = m_ui->testResultLabel->text();
    const bool good = m_resultGood;
    endEdit();
    showTestResult(result, good);
    fillList(profile.id);
    co_return true;
}

QCoro::Task<> ConnectionsDialog::commit()
{
    QPointer<ConnectionsDialog> self(this);
    if (!m_editingId.isEmpty()) {
        const bool saved = co_await saveEdited();
        if (!self || !saved)
            co_return;
    }
    setBusy(true);
    m_profiles->setAll(m_list);
    const QString selected = selectedProfileId();
    if (!selected.isEmpty())
        m_profiles->setCurrentId(selected);

    const QStringList removed = m_removed;
    const QHash<QString, QString> tokens = m_newTokens;
    QPointer<TokenVault> vault(m_vault);
    for (const QString& id : removed) {
        if (!vault)
            co_return;
        auto reply = co_await vault->remove(id);
        Q_UNUSED(reply); // nothing to forget is fine too
    }
    QHash<QString, QString> refused;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        if (!vault)
            co_return;
        const QString id = it.key();
        const QString token = it.value();
        auto reply = co_await vault->store(id, token);
        if (!reply.ok())
            refused.insert(id, token);
    }
    if (!self)
        co_return;
    m_memoryTokens.insert(refused);
    setBusy(false);
    showKeychainStatus();
    Q_EMIT committed();
    accept();
}

} // namespace seatwise
