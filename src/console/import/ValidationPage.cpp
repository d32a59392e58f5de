#include "console/import/ValidationPage.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/import/ImportErrorsModel.h"
#include "console/import/ImportSession.h"
#include "console/licenses/ErrorLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace seatwise {

ValidationPage::ValidationPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_errorsModel(new ImportErrorsModel(&session.rows, this))
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("validationErrorLabel")))
    , m_rowsView(new QTableView(this))
    , m_errorsView(new QTableView(this))
    , m_validateButton(new QPushButton(tr("&Validate again"), this))
    , m_removeRowButton(new QPushButton(tr("&Remove row"), this))
    , m_progressBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("validationPage"));
    setTitle(tr("Check the rows"));
    setSubTitle(tr("The gateway checks every row without writing anything. Fix the highlighted cells here "
                   "(double-click or F2 to edit), then validate again."));

    m_summaryLabel->setObjectName(QStringLiteral("validationSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_rowsView->setObjectName(QStringLiteral("importRowsView"));
    m_rowsView->setModel(&session.rows);
    m_rowsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rowsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rowsView->horizontalHeader()->setStretchLastSection(true);
    m_rowsView->horizontalHeader()->setMinimumSectionSize(90);
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 8);
    m_rowsView->setToolTip(tr("The file's rows as they will be sent; red cells have a problem (hover for why)."));
    m_errorsView->setObjectName(QStringLiteral("importErrorsView"));
    m_errorsView->setModel(m_errorsModel);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_errorsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorsView->setWordWrap(true);
    m_errorsView->verticalHeader()->setVisible(false);
    m_errorsView->horizontalHeader()->setStretchLastSection(true);
    m_errorsView->horizontalHeader()->setSectionResizeMode(ImportErrorsModel::RowColumn, QHeaderView::ResizeToContents);
    m_errorsView->horizontalHeader()->setSectionResizeMode(ImportErrorsModel::ColumnColumn,
                                                           QHeaderView::ResizeToContents);
    m_errorsView->setToolTip(tr("Select a problem to jump to its cell."));
    m_validateButton->setObjectName(QStringLiteral("validateAgainButton"));
    m_validateButton->setToolTip(tr("Send the rows as edited to the gateway for another check (Ctrl+R)."));
    m_validateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_removeRowButton->setObjectName(QStringLiteral("removeRowButton"));
    m_removeRowButton->setToolTip(tr("Leave the selected rows out of the import."));
    m_progressBar->setObjectName(QStringLiteral("validationProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setTextVisible(false);
    m_progressBar->setVisible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("validationSplitter"));
    splitter->addWidget(m_rowsView);
    splitter->addWidget(m_errorsView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel, 1);
    buttons->addWidget(m_removeRowButton);
    buttons->addWidget(m_validateButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(splitter, 1);

    connect(m_validateButton, &QPushButton::clicked, this, &ValidationPage::validate);
    connect(m_removeRowButton, &QPushButton::clicked, this, &ValidationPage::removeSelectedRows);
    connect(m_errorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ValidationPage::showErrorCell);
    connect(&session.rows, &ImportRowsModel::edited, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(&session.rows, &QAbstractItemModel::modelReset, this, [this] {
        m_rowsView->resizeColumnsToContents();
        m_rowsView->horizontalHeader()->setStretchLastSection(true);
    });
}

ValidationPage::~ValidationPage() = default;

void ValidationPage::initializePage()
{
    m_note.clear();
    m_rowsView->resizeColumnsToContents();
    if (m_session.isValidated())
        updateSummary();
    else
        validate();
}

bool ValidationPage::isComplete() const
{
    return !m_busy && m_session.isValidated() && m_session.rows.rowCount() > 0;
}

int ValidationPage::nextId() const
{
    return PreviewPageId;
}

void ValidationPage::validate()
{
    if (!m_busy)
        runDryRun();
}

QCoro::Task<> ValidationPage::runDryRun()
{
    if (!m_session.client) {
        m_errorLabel->setText(tr("The console is not connected to a gateway; connect to one and try again."));
        m_errorLabel->setVisible(true);
        co_return;
    }
    QPointer<ValidationPage> self(this);
    const QByteArray csv = m_session.rows.toCsv();
    const quint64 revision = m_session.rows.revision();
    m_note.clear();
    setBusy(true);
    const ClientResult<MassConfigAnswer> answer = co_await MassConfigCalls::dryRun(*m_session.client, csv);
    if (!self)
        co_return;
    setBusy(false);
    if (!answer) {
        m_errorLabel->setText(ErrorText::describe(answer.error()));
        m_errorLabel->setVisible(true);
        updateSummary();
        co_return;
    }
    m_session.rows.setErrors(answer->errors);
    if (answer->errors.isEmpty() && revision == m_session.rows.revision()) {
        m_session.validatedRevision = revision;
        m_session.validatedCsv = csv;
    } else {
        m_session.validatedRevision = 0;
    }
    updateSummary();
    Q_EMIT completeChanged();
}

void ValidationPage::showVerdict(const MassConfigAnswer& answer, const QString& note)
{
    m_session.rows.setErrors(answer.errors);
    m_session.validatedRevision = 0;
    m_note = note;
    updateSummary();
    Q_EMIT completeChanged();
}

void ValidationPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progressBar->setVisible(busy);
    m_validateButton->setEnabled(!busy);
    m_removeRowButton->setEnabled(!busy);
    // Edits while the gateway reads the rows would not be in its verdict.
    m_rowsView->setEditTriggers(busy ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    if (busy) {
        m_errorLabel->setVisible(false);
        m_summaryLabel->setText(tr("Checking the rows with the gateway…"));
    }
    Q_EMIT completeChanged();
}

void ValidationPage::updateSummary()
{
    const ImportRowsModel& rows = m_session.rows;
    const auto& errors = rows.errors();
    QString text;
    if (rows.rowCount() == 0) {
        text = tr("No rows are left to import.");
    } else if (m_session.isValidated()) {
        text = tr("Every row is correct (%1 in all). Press Next to preview the changes.").arg(rows.rowCount());
    } else if (!errors.isEmpty()) {
        QList<int> badRows;
        for (const auto& error : errors) {
            if (!badRows.contains(error.row))
                badRows.append(error.row);
        }
        std::sort(badRows.begin(), badRows.end());
        QStringList numbers;
        for (const int row : std::as_const(badRows))
            numbers.append(row == 0 ? tr("header") : QString::number(row));
        text = tr("Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.")
                   .arg(numbers.join(QStringLiteral(", ")));
    } else if (rows.isEdited()) {
        text = tr("Rows changed since the last check. Press Validate again.");
    }
    if (!m_note.isEmpty())
        text = m_note + u' ' + text;
    m_summaryLabel->setText(text);
    m_errorsView->setVisible(!errors.isEmpty());
    m_errorsView->resizeRowsToContents();
    // The first problem's cell becomes current, so typing fixes it straight away.
    if (!errors.isEmpty() && !m_errorsView->currentIndex().isValid())
        m_errorsView->setCurrentIndex(m_errorsModel->index(0, 0));
}

void ValidationPage::showErrorCell(const QModelIndex& errorIndex)
{
    if (!errorIndex.isValid() || errorIndex.row() >= m_session.rows.errors().size())
        return;
    const QModelIndex cell = m_session.rows.indexFor(m_session.rows.errors().at(errorIndex.row()));
    if (!cell.isValid())
        return;
    // Current but not selected, so the cell keeps its red mark.
    m_rowsView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::Clear);
    m_rowsView->scrollTo(cell);
}

void ValidationPage::removeSelectedRows()
{
    QList<int> selected;
    const QModelIndexList indexes = m_rowsView->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : indexes) {
        if (!selected.contains(index.row()))
            selected.append(index.row());
    }
    std::sort(selected.begin(), selected.end(), std::greater<>());
    for (const int row : selected)
        m_session.rows.removeRow(row);
}

} // namespace seatwise
