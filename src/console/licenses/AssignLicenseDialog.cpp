#include "console/licenses/AssignLicenseDialog.h"

#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "console/ErrorText.h"
#include "console/actions/BusyCursor.h"
#include "console/licenses/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace seatwise {

AssignLicenseDialog::AssignLicenseDialog(GatewayClient* client, LicenseInfo license, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_license(std::move(license))
    , m_mode(mode)
    , m_userComboBox(new QComboBox(this))
    , m_extensionLineEdit(new QLineEdit(this))
    , m_numberLineEdit(new QLineEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("assignErrorLabel")))
    , m_progressBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool assigning = m_mode == Mode::Assign;
    setObjectName(assigning ? QStringLiteral("assignLicenseDialog") : QStringLiteral("reassignLicenseDialog"));
    setWindowTitle(assigning ? tr("Assign License") : tr("Reassign License"));
    m_userComboBox->setObjectName(QStringLiteral("userComboBox"));
    m_userComboBox->setMinimumContentsLength(24);
    m_extensionLineEdit->setObjectName(QStringLiteral("extensionLineEdit"));
    m_extensionLineEdit->setPlaceholderText(tr("1 to 8 digits, optional"));
    m_extensionLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,8}")), m_extensionLineEdit));
    m_numberLineEdit->setObjectName(QStringLiteral("numberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("7 to 15 digits, optional leading +"));
    m_numberLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\+?\\d{7,15}")), m_numberLineEdit));
    m_hintLabel->setObjectName(QStringLiteral("assignHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setVisible(false);
    m_progressBar->setObjectName(QStringLiteral("assignProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setTextVisible(false);
    m_progressBar->setVisible(false);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmAssignButton"));
    ok->setText(assigning ? tr("Assign") : tr("Reassign"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_userComboBox);
    if (assigning) {
        form->addRow(tr("&Extension:"), m_extensionLineEdit);
        form->addRow(tr("&Number:"), m_numberLineEdit);
    } else {
        m_extensionLineEdit->setVisible(false);
        m_numberLineEdit->setVisible(false);
        const QString holder = m_license.assignedTo ? m_license.assignedTo->login : QString();
        form->addRow(
            new QLabel(tr("The license moves from %1 with its extension, number and add-ons.").arg(holder), this));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignLicenseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssignLicenseDialog::reject);
    connect(m_userComboBox, &QComboBox::currentIndexChanged, this, &AssignLicenseDialog::updateOkButton);
    connect(m_extensionLineEdit, &QLineEdit::textChanged, this, &AssignLicenseDialog::updateOkButton);
    connect(m_numberLineEdit, &QLineEdit::textChanged, this, &AssignLicenseDialog::updateOkButton);
    updateOkButton();
    loadUsers();
}

AssignLicenseDialog::~AssignLicenseDialog() = default;

QCoro::Task<> AssignLicenseDialog::loadUsers()
{
    if (!m_client)
        co_return;
    QPointer<AssignLicenseDialog> self(this);
    m_userComboBox->setEnabled(false);
    m_userComboBox->setPlaceholderText(tr("Loading users…"));
    const ClientResult<QList<UserInfo>> users = co_await LicenseCalls::users(*m_client);
    if (!self)
        co_return;
    m_userComboBox->setEnabled(true);
    m_userComboBox->setPlaceholderText(tr("Choose a user"));
    if (!users) {
        showError(ErrorText::describe(users.error()));
        co_return;
    }
    const QString holder = m_license.assignedTo ? m_license.assignedTo->login : QString();
    for (const UserInfo& user : users.value()) {
        if (user.login == holder)
            continue;
        const QString label = user.name.isEmpty() ? user.login : tr("%1 (%2)").arg(user.name, user.login);
        m_userComboBox->addItem(label, user.login);
    }
    m_userComboBox->setCurrentIndex(-1);
    updateOkButton();
}

void AssignLicenseDialog::updateOkButton()
{
    const auto fieldOk = [](const QLineEdit* edit) { return edit->text().isEmpty() || edit->hasAcceptableInput(); };
    QStringList hints;
    if (!fieldOk(m_extensionLineEdit))
        hints.append(tr("An extension has 1 to 8 digits."));
    if (!fieldOk(m_numberLineEdit))
        hints.append(tr("A number has 7 to 15 digits, with an optional leading +."));
    m_hintLabel->setText(hints.join(QLatin1Char(' ')));
    m_hintLabel->setVisible(!hints.isEmpty());
    const bool ready = m_userComboBox->currentIndex() >= 0 && hints.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_busy);
}

void AssignLicenseDialog::accept()
{
    if (!m_busy)
        submit();
}

QCoro::Task<> AssignLicenseDialog::submit()
{
    if (!m_client || m_userComboBox->currentIndex() < 0)
        co_return;
    QPointer<AssignLicenseDialog> self(this);
    const QString licenseId = m_license.id;
    const QString user = m_userComboBox->currentData().toString();
    const QString extension = m_extensionLineEdit->text();
    const QString number = m_numberLineEdit->text();
    const bool assigning = m_mode == Mode::Assign;
    setBusy(true);
    ClientResult<LicenseInfo> result;
    {
        const BusyCursor busy;
        if (assigning) {
            auto assigned = co_await LicenseCalls::assign(*m_client, licenseId, user, extension, number);
            result = std::move(assigned);
        } else {
            auto reassigned = co_await LicenseCalls::reassign(*m_client, licenseId, user);
            result = std::move(reassigned);
        }
    }
    if (!self)
        co_return;
    setBusy(false);
    if (!result) {
        showError(ErrorText::describe(result.error()));
        co_return;
    }
    QDialog::accept();
}

void AssignLicenseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progressBar->setVisible(busy);
    m_userComboBox->setEnabled(!busy);
    m_extensionLineEdit->setEnabled(!busy);
    m_numberLineEdit->setEnabled(!busy);
    if (busy)
        m_errorLabel->setVisible(false);
    updateOkButton();
}

void AssignLicenseDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
}

} // namespace seatwise
