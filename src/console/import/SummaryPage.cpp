#include "console/import/SummaryPage.h"

#include "console/import/CsvText.h"
#include "console/import/ImportSession.h"
#include "console/import/PreviewPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace seatwise {

SummaryPage::SummaryPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_exportButton(new QPushButton(tr("&Export result…"), this))
    , m_exportLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Import complete"));
    setSubTitle(tr("The gateway wrote every row of the file."));
    setFinalPage(true);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(70);
    m_exportButton->setObjectName(QStringLiteral("exportResultButton"));
    m_exportButton->setToolTip(tr("Save a CSV file listing every applied row and its outcome."));
    m_exportLabel->setObjectName(QStringLiteral("exportSavedLabel"));
    m_exportLabel->setWordWrap(true);
    m_exportLabel->setTextFormat(Qt::PlainText);

    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_exportLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(exportRow);

    connect(m_exportButton, &QPushButton::clicked, this, &SummaryPage::askExportPath);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const int applied = m_session.applied ? m_session.applied->rows : 0;
    m_summaryLabel->setText(
        tr("Rows applied: %1. Each user below now holds a Phone System license with its extension, number "
           "and add-ons.")
            .arg(applied));
    m_model->clear();
    QStringList titles = PreviewPage::columnTitles();
    titles.append(tr("Outcome"));
    m_model->setHorizontalHeaderLabels(titles);
    for (int row = 0; row < m_session.appliedRows.size(); ++row) {
        QList<QStandardItem*> items;
        for (const QString& text : PreviewPage::describeRow(row + 1, m_session.appliedRows.at(row)))
            items.append(new QStandardItem(text));
        items.append(new QStandardItem(tr("applied")));
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setCurrentIndex({});
    m_exportLabel->clear();
}

QByteArray SummaryPage::resultCsv() const
{
    // Fixed English words and the wire's order: the file is for other tools, not only for people.
    QList<QStringList> lines{{QStringLiteral("Row"), QStringLiteral("User"), QStringLiteral("Extension"),
                              QStringLiteral("Number"), QStringLiteral("Add-ons"), QStringLiteral("Outcome")}};
    for (int row = 0; row < m_session.appliedRows.size(); ++row) {
        QStringList line = PreviewPage::describeRow(row + 1, m_session.appliedRows.at(row));
        line.append(QStringLiteral("applied"));
        lines.append(line);
    }
    return CsvText::write(lines);
}

void SummaryPage::askExportPath()
{
    const QString path = m_session.savePath(tr("Export Result"), QStringLiteral("extensions-result.csv"));
    if (!path.isEmpty())
        exportResult(path);
}

bool SummaryPage::exportResult(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resultCsv()) < 0 || !file.commit()) {
        m_exportLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_exportLabel->setText(tr("The result could not be saved to \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    m_exportLabel->setStyleSheet(QString());
    m_exportLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace seatwise
