#include "console/import/PreviewPage.h"

#include "console/import/ImportSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

namespace seatwise {

PreviewPage::PreviewPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview the changes"));
    setSubTitle(tr("Nothing has been written yet. Apply assigns every row at once, or none if the gateway "
                   "finds a problem."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));

    m_summaryLabel->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(70);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
}

PreviewPage::~PreviewPage() = default;

QStringList PreviewPage::columnTitles()
{
    return {tr("Row"), tr("User"), tr("Extension"), tr("Number"), tr("Add-ons")};
}

QStringList PreviewPage::describeRow(int rowNumber, const QStringList& cells)
{
    QStringList addons;
    for (int column = ImportRowsModel::FirstAddonColumn; column < cells.size(); ++column) {
        const QString code = cells.at(column).trimmed();
        if (!code.isEmpty())
            addons.append(code);
    }
    const auto cell = [&cells](int column) { return cells.value(column).trimmed(); };
    return {QString::number(rowNumber), cell(ImportRowsModel::UserColumn), cell(ImportRowsModel::ExtensionColumn),
            cell(ImportRowsModel::NumberColumn), addons.join(QStringLiteral(", "))};
}

void PreviewPage::initializePage()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(columnTitles());
    const QList<QStringList> rows = m_session.rows.rows();
    for (int row = 0; row < rows.size(); ++row) {
        QList<QStandardItem*> items;
        for (const QString& text : describeRow(row + 1, rows.at(row)))
            items.append(new QStandardItem(text));
        items.at(RowColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setCurrentIndex({});
    m_summaryLabel->setText(
        tr("Extensions to assign: %1, each with a Phone System license, its number and add-ons.").arg(rows.size()));
}

bool PreviewPage::isComplete() const
{
    return m_session.isValidated();
}

} // namespace seatwise
