#include "console/import/ApplyPage.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/import/ImportSession.h"
#include "console/licenses/ErrorLabel.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace seatwise {

ApplyPage::ApplyPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelLabel(new QLabel(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("applyErrorLabel")))
    , m_retryButton(new QPushButton(tr("&Try again"), this))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Applying"));
    setSubTitle(tr("The gateway assigns every row in one go: all of them, or none."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_statusLabel->setObjectName(QStringLiteral("applyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("applyProgressBar"));
    m_progressBar->setToolTip(tr("Upload of the file, then the gateway's work"));
    m_cancelLabel->setObjectName(QStringLiteral("applyCannotCancelLabel"));
    m_cancelLabel->setWordWrap(true);
    m_cancelLabel->setText(tr("The file is already with the gateway, so the import cannot be cancelled any more. "
                              "The gateway writes all rows or none; this window closes only after its answer."));
    m_cancelLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_cancelLabel->setVisible(false);
    m_retryButton->setObjectName(QStringLiteral("retryApplyButton"));
    m_retryButton->setToolTip(tr("Send the file again. Rows already written are refused as duplicates, so "
                                 "nothing is assigned twice."));
    m_retryButton->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_retryButton, &QPushButton::clicked, this, [this] { runApply(); });
}

ApplyPage::~ApplyPage() = default;

void ApplyPage::initializePage()
{
    runApply();
}

void ApplyPage::cleanupPage()
{
    m_errorLabel->setVisible(false);
    m_retryButton->setVisible(false);
    m_cancelLabel->setVisible(false);
}

bool ApplyPage::isComplete() const
{
    return m_session.applied.has_value();
}

void ApplyPage::showCannotCancel()
{
    m_cancelLabel->setVisible(true);
}

void ApplyPage::showProgress(qint64 sent, qint64 total)
{
    if (total <= 0 || sent >= total) {
        // Uploaded: the rest is the gateway's work, which reports no progress.
        m_progressBar->setRange(0, 0);
        m_statusLabel->setText(tr("The gateway is assigning the licenses…"));
        return;
    }
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(sent * 1000 / total));
}

QCoro::Task<> ApplyPage::runApply()
{
    if (m_session.applying)
        co_return;
    if (!m_session.client) {
        m_errorLabel->setText(tr("The console is not connected to a gateway; nothing was written."));
        m_errorLabel->setVisible(true);
        co_return;
    }
    QPointer<ApplyPage> self(this);
    const QByteArray csv = m_session.validatedCsv;
    const QList<QStringList> rows = m_session.rows.rows();
    m_session.applying = true;
    m_errorLabel->setVisible(false);
    m_retryButton->setVisible(false);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_statusLabel->setText(tr("Sending the file (%1 rows) to the gateway…").arg(rows.size()));
    const MassConfigCalls::UploadProgress progress = [this](qint64 sent, qint64 total) { showProgress(sent, total); };
    const ClientResult<MassConfigAnswer> answer =
        co_await MassConfigCalls::apply(*m_session.client, csv, this, progress);
    if (!self)
        co_return;
    m_session.applying = false;
    m_cancelLabel->setVisible(false);
    m_progressBar->setRange(0, 1);
    if (!answer) {
        m_progressBar->setValue(0);
        m_statusLabel->setText(tr("The import did not finish."));
        m_errorLabel->setText(ErrorText::describe(answer.error()) + u' ' +
                              tr("Check the Licenses view before trying again."));
        m_errorLabel->setVisible(true);
        m_retryButton->setVisible(true);
        co_return;
    }
    if (!answer->applied) {
        m_statusLabel->setText(tr("The gateway refused the file; nothing was written."));
        Q_EMIT rejected(answer.value());
        co_return;
    }
    m_progressBar->setValue(1);
    m_statusLabel->setText(tr("Done."));
    m_session.applied = answer.value();
    m_session.appliedRows = rows;
    Q_EMIT completeChanged();
    Q_EMIT applied(answer->rows);
}

} // namespace seatwise
