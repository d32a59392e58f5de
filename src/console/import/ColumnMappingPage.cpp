#include "console/import/ColumnMappingPage.h"

#include "console/import/ImportSession.h"
#include "console/import/ImportSettings.h"
#include "console/licenses/ErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace seatwise {

ColumnMappingPage::ColumnMappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_extensionComboBox(new QComboBox(this))
    , m_numberComboBox(new QComboBox(this))
    , m_userComboBox(new QComboBox(this))
    , m_addonList(new QListWidget(this))
    , m_hintLabel(ErrorLabel::create(this, QStringLiteral("mappingHintLabel")))
{
    setObjectName(QStringLiteral("columnMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("The file's header differs from Ext key,Number,User,Addon license 1,… "
                   "Choose which of its columns holds each value; the choice is remembered for files like this."));

    m_extensionComboBox->setObjectName(QStringLiteral("extensionColumnComboBox"));
    m_extensionComboBox->setToolTip(tr("The column with each row's extension (1 to 8 digits)."));
    m_numberComboBox->setObjectName(QStringLiteral("numberColumnComboBox"));
    m_numberComboBox->setToolTip(tr("The column with each row's phone number (DID)."));
    m_userComboBox->setObjectName(QStringLiteral("userColumnComboBox"));
    m_userComboBox->setToolTip(tr("The column with the login or the display name of the user."));
    m_addonList->setObjectName(QStringLiteral("addonColumnsList"));
    m_addonList->setToolTip(tr("Tick the columns that hold add-on codes; columns left unticked are ignored."));
    m_addonList->setMaximumHeight(140);

    auto* form = new QFormLayout;
    form->addRow(tr("&Ext key:"), m_extensionComboBox);
    form->addRow(tr("&Number:"), m_numberComboBox);
    form->addRow(tr("&User:"), m_userComboBox);
    form->addRow(tr("&Add-on columns:"), m_addonList);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addStretch(1);

    for (QComboBox* combo : {m_extensionComboBox, m_numberComboBox, m_userComboBox}) {
        combo->setMinimumContentsLength(28);
        combo->setPlaceholderText(tr("Choose a column"));
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingPage::updateHints);
    }
    connect(m_addonList, &QListWidget::itemChanged, this, &ColumnMappingPage::updateHints);
}

ColumnMappingPage::~ColumnMappingPage() = default;

void ColumnMappingPage::fillCombo(QComboBox* combo, int column)
{
    combo->clear();
    const QStringList& header = m_session.header;
    const QStringList first = m_session.sourceRows.value(0);
    for (int i = 0; i < header.size(); ++i) {
        const QString example = first.value(i);
        const QString label = example.isEmpty() ? header.at(i) : tr("%1 (e.g. %2)").arg(header.at(i), example);
        combo->addItem(label, i);
    }
    combo->setCurrentIndex(combo->findData(column));
}

void ColumnMappingPage::initializePage()
{
    m_filling = true;
    const ColumnMapping& mapping = m_session.mapping;
    fillCombo(m_extensionComboBox, mapping.extension);
    fillCombo(m_numberComboBox, mapping.number);
    fillCombo(m_userComboBox, mapping.user);
    m_addonList->clear();
    const QStringList first = m_session.sourceRows.value(0);
    for (int i = 0; i < m_session.header.size(); ++i) {
        const QString example = first.value(i);
        auto* item = new QListWidgetItem(example.isEmpty() ? m_session.header.at(i)
                                                           : tr("%1 (e.g. %2)").arg(m_session.header.at(i), example),
                                         m_addonList);
        item->setData(Qt::UserRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(mapping.addons.contains(i) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    updateHints();
}

ColumnMapping ColumnMappingPage::chosen() const
{
    ColumnMapping mapping;
    mapping.extension = m_extensionComboBox->currentIndex() < 0 ? -1 : m_extensionComboBox->currentData().toInt();
    mapping.number = m_numberComboBox->currentIndex() < 0 ? -1 : m_numberComboBox->currentData().toInt();
    mapping.user = m_userComboBox->currentIndex() < 0 ? -1 : m_userComboBox->currentData().toInt();
    for (int row = 0; row < m_addonList->count(); ++row) {
        const QListWidgetItem* item = m_addonList->item(row);
        if (item->checkState() == Qt::Checked)
            mapping.addons.append(item->data(Qt::UserRole).toInt());
    }
    return mapping;
}

void ColumnMappingPage::updateHints()
{
    if (m_filling)
        return;
    const ColumnMapping mapping = chosen();
    QString hint;
    if (mapping.extension < 0 || mapping.number < 0 || mapping.user < 0)
        hint = tr("Choose a column for Ext key, Number and User.");
    else if (!mapping.isComplete())
        hint = tr("Each column can hold only one of Ext key, Number, User or add-ons.");
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
    Q_EMIT completeChanged();
}

bool ColumnMappingPage::isComplete() const
{
    return chosen().isComplete();
}

bool ColumnMappingPage::validatePage()
{
    m_session.mapping = chosen();
    ImportSettings().rememberMapping(m_session.header, m_session.mapping);
    m_session.buildRows();
    return true;
}

} // namespace seatwise
