#include "console/licenses/LicensesPanel.h"

#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "console/ErrorText.h"
#include "console/TableRoles.h"
#include "console/actions/BusyCursor.h"
#include "console/licenses/AssignLicenseDialog.h"
#include "console/licenses/LicenseFilterProxy.h"
#include "console/licenses/LicenseTableModel.h"
#include "console/licenses/LicenseText.h"
#include "console/licenses/ManageAddonsDialog.h"

#include "ui_LicensesPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QSet>

namespace seatwise {

LicensesPanel::LicensesPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LicensesPanel>())
    , m_model(new LicenseTableModel(this))
    , m_proxy(new LicenseFilterProxy(this))
    , m_confirm(messageBoxConfirmHook(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->licensesView->setModel(m_proxy);
    m_ui->licensesView->sortByColumn(LicenseTableModel::ExtensionColumn, Qt::AscendingOrder);
    m_ui->licensesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->licensesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->licensesProgressBar->setVisible(false);
    m_ui->licensesErrorLabel->setVisible(false);

    m_ui->licenseTypeComboBox->addItem(tr("All types"), QString());
    for (const QString& type : LicenseText::baseTypes())
        m_ui->licenseTypeComboBox->addItem(LicenseText::typeName(type), type);
    connect(m_ui->licenseTypeComboBox, &QComboBox::currentIndexChanged, m_proxy,
            [this] { m_proxy->setType(m_ui->licenseTypeComboBox->currentData().toString()); });
    connect(m_ui->userSearchLineEdit, &QLineEdit::textChanged, m_proxy, &LicenseFilterProxy::setUser);
    connect(m_ui->extensionSearchLineEdit, &QLineEdit::textChanged, m_proxy, &LicenseFilterProxy::setExtension);

    // The table's context menu offers what the buttons do (the product's "three dots" menu).
    const auto addMenuAction = [this](QPushButton* button, auto slot) {
        auto* action = new QAction(button->text(), m_ui->licensesView);
        action->setObjectName(button->objectName().replace(QStringLiteral("Button"), QStringLiteral("Action")));
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
        m_ui->licensesView->addAction(action);
    };
    addMenuAction(m_ui->assignLicenseButton, [this] { openAssignDialog(false); });
    addMenuAction(m_ui->reassignLicenseButton, [this] { openAssignDialog(true); });
    addMenuAction(m_ui->unassignLicenseButton, [this] { unassignSelected(); });
    addMenuAction(m_ui->manageAddonsButton, [this] { openAddonsDialog(); });
    connect(m_ui->refreshLicensesButton, &QPushButton::clicked, this, &LicensesPanel::refresh);
    connect(m_ui->licensesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicensesPanel::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LicensesPanel::updateSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LicensesPanel::updateSelection);
    updateSelection();
    updateCounts();
}

LicensesPanel::~LicensesPanel() = default;

void LicensesPanel::setClient(GatewayClient* client)
{
    m_client = client;
    refresh();
}

void LicensesPanel::refresh()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    load();
}

QCoro::Task<> LicensesPanel::load()
{
    QPointer<LicensesPanel> self(this);
    m_loading = true;
    QString error;
    do {
        m_reloadWanted = false;
        if (!m_client)
            break;
        setBusy(true);
        const ClientResult<QList<NamedPoolInfo>> pools = co_await LicenseCalls::namedPools(*m_client);
        if (!self)
            co_return;
        ClientResult<QList<LicenseInfo>> licenses;
        if (pools && m_client) {
            auto listed = co_await LicenseCalls::licenses(*m_client);
            licenses = std::move(listed);
        }
        if (!self)
            co_return;
        setBusy(false);
        if (!pools || !licenses) {
            error = ErrorText::describe(pools ? licenses.error() : pools.error());
            continue;
        }
        error.clear();
        m_pools = pools.value();
        QSet<QString> basePools;
        for (const NamedPoolInfo& pool : m_pools)
            if (!pool.isAddon())
                basePools.insert(pool.id);
        // Add-on licenses show in the add-ons column of their base; terminated ones are gone.
        QList<LicenseInfo> rows;
        for (LicenseInfo& license : licenses.value())
            if (basePools.contains(license.poolId) && license.status != LicenseStatus::Terminated)
                rows.append(std::move(license));
        m_model->update(std::move(rows), m_pools);
        updateCounts();
        updateSelection();
    } while (m_reloadWanted);
    m_loading = false;
    showError(error);
    Q_EMIT refreshed(error);
}

const LicenseInfo* LicensesPanel::selectedLicense() const
{
    const QModelIndexList rows = m_ui->licensesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    return source.isValid() ? &m_model->rowAt(source.row()) : nullptr;
}

void LicensesPanel::updateSelection()
{
    const LicenseInfo* license = selectedLicense();
    const bool idle = m_busyCount == 0 && m_client;
    const bool assigned = license && license->status == LicenseStatus::Assigned;
    const bool available = license && license->status == LicenseStatus::Available;
    const bool hasAddons = license && !license->addons.isEmpty();
    m_ui->assignLicenseButton->setEnabled(idle && available);
    m_ui->reassignLicenseButton->setEnabled(idle && assigned);
    m_ui->unassignLicenseButton->setEnabled(idle && assigned);
    m_ui->manageAddonsButton->setEnabled(idle && (assigned || hasAddons));
    const QList<QAction*> actions = m_ui->licensesView->actions();
    const QList<QPushButton*> buttons{m_ui->assignLicenseButton, m_ui->reassignLicenseButton,
                                      m_ui->unassignLicenseButton, m_ui->manageAddonsButton};
    for (int i = 0; i < actions.size() && i < buttons.size(); ++i)
        actions.at(i)->setEnabled(buttons.at(i)->isEnabled());

    m_ui->selectedAddonsList->clear();
    if (license)
        for (const LicenseAddon& addon : license->addons)
            m_ui->selectedAddonsList->addItem(LicenseText::typeName(addon.code));
    m_ui->selectedAddonsLabel->setText(!license    ? tr("Select a license to see its add-ons.")
                                       : hasAddons ? tr("Add-ons of the selected license:")
                                                   : tr("No add-ons on the selected license."));
}

void LicensesPanel::updateCounts()
{
    QStringList lines;
    for (const NamedPoolInfo& pool : m_pools)
        lines.append(tr("%1: %2 assigned of %3, %4 available")
                         .arg(pool.name)
                         .arg(pool.assigned)
                         .arg(pool.total)
                         .arg(pool.available));
    m_ui->poolCountsLabel->setText(lines.isEmpty() ? tr("No named license pools.") : lines.join(QLatin1Char('\n')));
}

void LicensesPanel::openAssignDialog(bool reassign)
{
    const LicenseInfo* license = selectedLicense();
    if (!license || !m_client)
        return;
    const auto mode = reassign ? AssignLicenseDialog::Mode::Reassign : AssignLicenseDialog::Mode::Assign;
    auto* dialog = new AssignLicenseDialog(m_client, *license, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LicensesPanel::refresh);
    dialog->open();
}

void LicensesPanel::openAddonsDialog()
{
    const LicenseInfo* license = selectedLicense();
    if (!license || !m_client)
        return;
    QHash<QString, int> freeByCode;
    for (const NamedPoolInfo& pool : m_pools)
        if (pool.isAddon())
            freeByCode[pool.type] += pool.available;
    auto* dialog = new ManageAddonsDialog(m_client, *license, freeByCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManageAddonsDialog::licenseChanged, this, &LicensesPanel::refresh);
    dialog->open();
}

QCoro::Task<> LicensesPanel::unassignSelected()
{
    const LicenseInfo* license = selectedLicense();
    if (!license || !m_client)
        co_return;
    const QString licenseId = license->id;
    const QString holder = license->assignedTo ? license->assignedTo->login : QString();
    const QString text = license->extension.isEmpty()
                             ? tr("Take this license from %1? Its add-ons stay with the license.").arg(holder)
                             : tr("Take this license from %1? Extension %2 and its number are cleared; the "
                                  "add-ons stay with the license.")
                                   .arg(holder, license->extension);
    if (!m_confirm || !m_confirm(tr("Unassign License"), text))
        co_return;

    QPointer<LicensesPanel> self(this);
    setBusy(true);
    ClientResult<LicenseInfo> result;
    {
        const BusyCursor busy;
        auto unassigned = co_await LicenseCalls::unassign(*m_client, licenseId);
        result = std::move(unassigned);
    }
    if (!self)
        co_return;
    setBusy(false);
    if (!result) {
        showError(ErrorText::describe(result.error()));
        co_return;
    }
    refresh();
}

void LicensesPanel::setBusy(bool busy)
{
    m_busyCount += busy ? 1 : -1;
    m_ui->licensesProgressBar->setVisible(m_busyCount > 0);
    m_ui->refreshLicensesButton->setEnabled(m_busyCount == 0);
    updateSelection();
}

void LicensesPanel::showError(const QString& message)
{
    m_ui->licensesErrorLabel->setText(message);
    m_ui->licensesErrorLabel->setVisible(!message.isEmpty());
}

} // namespace seatwise
