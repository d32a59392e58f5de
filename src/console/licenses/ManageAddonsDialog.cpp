#include "console/licenses/ManageAddonsDialog.h"

#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "console/ErrorText.h"
#include "console/actions/BusyCursor.h"
#include "console/licenses/ErrorLabel.h"
#include "console/licenses/LicenseText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace seatwise {

ManageAddonsDialog::ManageAddonsDialog(GatewayClient* client, LicenseInfo license, QHash<QString, int> freeByCode,
                                       QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_license(std::move(license))
    , m_freeByCode(std::move(freeByCode))
    , m_choices(new QListWidget(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("addonsErrorLabel")))
    , m_progressBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("manageAddonsDialog"));
    setWindowTitle(tr("Manage Add-ons"));
    const QString holder = m_license.assignedTo ? m_license.assignedTo->login : tr("nobody");
    const QString extension = m_license.extension.isEmpty() ? tr("no extension") : m_license.extension;
    auto* intro = new QLabel(tr("Add-ons of the license held by %1 (%2). Check an add-on to attach it, "
                                "clear it to remove it.")
                                 .arg(holder, extension),
                             this);
    intro->setWordWrap(true);
    m_choices->setObjectName(QStringLiteral("addonChoicesList"));
    m_progressBar->setObjectName(QStringLiteral("addonsProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setTextVisible(false);
    m_progressBar->setVisible(false);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAddonsButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_choices);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ManageAddonsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ManageAddonsDialog::reject);
    fillChoices();
    m_choices->setMinimumHeight(m_choices->sizeHintForRow(0) * (m_choices->count() + 1));
    setMinimumWidth(460);
}

ManageAddonsDialog::~ManageAddonsDialog() = default;

void ManageAddonsDialog::fillChoices()
{
    m_choices->clear();
    for (const QString& code : LicenseText::addonCodes()) {
        const bool attached = m_license.hasAddon(code);
        const int free = m_freeByCode.value(code);
        QString text = LicenseText::typeName(code);
        if (attached)
            text = tr("%1 — attached").arg(text);
        else if (free > 0)
            text = tr("%1 — %n free", nullptr, free).arg(text);
        else
            text = tr("%1 — none free").arg(text);
        auto* item = new QListWidgetItem(text, m_choices);
        item->setData(Qt::UserRole, code);
        item->setToolTip(code);
        item->setCheckState(attached ? Qt::Checked : Qt::Unchecked);
        if (!attached && free <= 0)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
}

void ManageAddonsDialog::accept()
{
    if (!m_busy)
        save();
}

QCoro::Task<> ManageAddonsDialog::save()
{
    if (!m_client)
        co_return;
    QPointer<ManageAddonsDialog> self(this);
    QStringList attach;
    QStringList remove;
    for (int row = 0; row < m_choices->count(); ++row) {
        const QListWidgetItem* item = m_choices->item(row);
        const QString code = item->data(Qt::UserRole).toString();
        const bool wanted = item->checkState() == Qt::Checked;
        if (wanted && !m_license.hasAddon(code))
            attach.append(code);
        else if (!wanted && m_license.hasAddon(code))
            remove.append(code);
    }
    setBusy(true);
    const BusyCursor busy;
    // Removals first: they free add-on licenses an attachment may be waiting for.
    const QStringList steps = remove + attach;
    for (const QString& code : steps) {
        const QString licenseId = m_license.id;
        const bool attaching = attach.contains(code);
        ClientResult<LicenseInfo> result;
        if (attaching) {
            auto attached = co_await LicenseCalls::attachAddon(*m_client, licenseId, code);
            result = std::move(attached);
        } else {
            auto removed = co_await LicenseCalls::detachAddon(*m_client, licenseId, code);
            result = std::move(removed);
        }
        if (!self || !m_client)
            co_return;
        if (!result) {
            setBusy(false);
            m_errorLabel->setText(tr("%1: %2").arg(LicenseText::typeName(code), ErrorText::describe(result.error())));
            m_errorLabel->setVisible(true);
            co_return;
        }
        m_license = std::move(result).value();
        Q_EMIT licenseChanged();
    }
    setBusy(false);
    QDialog::accept();
}

void ManageAddonsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progressBar->setVisible(busy);
    m_choices->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy)
        m_errorLabel->setVisible(false);
}

} // namespace seatwise
