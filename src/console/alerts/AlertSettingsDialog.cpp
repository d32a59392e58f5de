#include "console/alerts/AlertSettingsDialog.h"

#include "console/alerts/AlertSettings.h"
#include "console/alerts/AlertThresholdModel.h"
#include "console/alerts/ThresholdDelegate.h"
#include "console/alerts/TrayNotifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace seatwise {
namespace {

QHash<QString, int> percentsOf(const QList<PoolInfo>& pools, const AlertSettings& settings)
{
    QHash<QString, int> percents;
    for (const PoolInfo& pool : pools)
        percents.insert(pool.id, settings.poolPercent(pool.id));
    return percents;
}

} // namespace

AlertSettingsDialog::AlertSettingsDialog(QList<PoolInfo> pools, QWidget* parent, QString profileKey)
    : QDialog(parent)
    , m_profileKey(std::move(profileKey))
    , m_model(nullptr)
    , m_view(new QTableView(this))
    , m_ppuSpinBox(new QSpinBox(this))
    , m_trayCheckBox(new QCheckBox(tr("Show &desktop notifications"), this))
{
    setObjectName(QStringLiteral("alertSettingsDialog"));
    setWindowTitle(tr("Alert Settings"));
    const AlertSettings settings(m_profileKey);
    const QHash<QString, int> percents = percentsOf(pools, settings);
    m_model = new AlertThresholdModel(std::move(pools), percents, this);

    auto* intro = new QLabel(tr("Alert when a pool's seats in use reach its threshold. The alert clears once usage "
                                "is 5 points below it."),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("alertThresholdView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AlertThresholdModel::ThresholdColumn, new ThresholdDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertThresholdModel::PoolColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AlertThresholdModel::ThresholdColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click a threshold or press F2 to change it"));
    m_view->setMinimumSize(420, 160);

    m_ppuSpinBox->setObjectName(QStringLiteral("ppuMinimumSpinBox"));
    m_ppuSpinBox->setRange(0, 1'000'000);
    m_ppuSpinBox->setSingleStep(30);
    m_ppuSpinBox->setSuffix(tr(" minutes"));
    m_ppuSpinBox->setSpecialValueText(tr("Off"));
    m_ppuSpinBox->setValue(settings.ppuMinimum());
    m_ppuSpinBox->setToolTip(tr("Alert when fewer pay-per-use minutes than this are left for overflow sessions; "
                                "0 turns the alert off"));
    m_trayCheckBox->setObjectName(QStringLiteral("trayNotificationsCheckBox"));
    m_trayCheckBox->setChecked(settings.trayNotifications());
    m_trayCheckBox->setToolTip(TrayNotifier::isAvailable()
                                   ? tr("Also announce each new alert with a desktop notification")
                                   : tr("This desktop has no system tray: alerts show in the banner only"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Pay-per-use minimum:"), m_ppuSpinBox);
    form->addRow(QString(), m_trayCheckBox);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("alertSettingsOkButton"));
    QPushButton* defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setObjectName(QStringLiteral("alertSettingsDefaultsButton"));
    defaults->setToolTip(tr("Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on")
                             .arg(AlertThresholds::DefaultPercent)
                             .arg(AlertThresholds::DefaultPpuMinimum));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AlertSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertSettingsDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &AlertSettingsDialog::restoreDefaults);
    resize(520, 360);
}

AlertSettingsDialog::~AlertSettingsDialog() = default;

void AlertSettingsDialog::restoreDefaults()
{
    m_model->setAllPercents(AlertThresholds::DefaultPercent);
    m_ppuSpinBox->setValue(AlertThresholds::DefaultPpuMinimum);
    m_trayCheckBox->setChecked(true);
}

void AlertSettingsDialog::accept()
{
    AlertSettings settings(m_profileKey);
    const int fallback = settings.defaultPercent();
    const QHash<QString, int> percents = m_model->percents();
    for (auto it = percents.cbegin(); it != percents.cend(); ++it) {
        // Only overrides are kept, so a later change of the default reaches every other pool.
        if (it.value() == fallback)
            settings.clearPoolPercent(it.key());
        else
            settings.setPoolPercent(it.key(), it.value());
    }
    settings.setPpuMinimum(m_ppuSpinBox->value());
    settings.setTrayNotifications(m_trayCheckBox->isChecked());
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace seatwise
