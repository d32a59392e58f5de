#include "console/import/ImportWizard.h"

#include "client/GatewayClient.h"
#include "console/import/ApplyPage.h"
#include "console/import/ColumnMappingPage.h"
#include "console/import/ImportFilePage.h"
#include "console/import/ImportSettings.h"
#include "console/import/PreviewPage.h"
#include "console/import/SummaryPage.h"
#include "console/import/ValidationPage.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>

namespace seatwise {

ImportWizard::ImportWizard(GatewayClient* client, QWidget* parent)
    : QWizard(parent)
    , m_filePage(new ImportFilePage(m_session, this))
    , m_mappingPage(new ColumnMappingPage(m_session, this))
    , m_validationPage(new ValidationPage(m_session, this))
    , m_previewPage(new PreviewPage(m_session, this))
    , m_applyPage(new ApplyPage(m_session, this))
    , m_summaryPage(new SummaryPage(m_session, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Extensions from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 520);
    resize(880, 600);

    m_session.client = client;
    m_session.confirm = messageBoxConfirmHook(this);
    m_session.savePath = [this](const QString& caption, const QString& suggestedName) {
        ImportSettings settings;
        const QString folder = settings.lastFolder();
        const QString path = QFileDialog::getSaveFileName(
            this, caption, folder.isEmpty() ? suggestedName : folder + u'/' + suggestedName, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            settings.setLastFolder(QFileInfo(path).absolutePath());
        return path;
    };

    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ApplyPageId, m_applyPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));

    connect(m_applyPage, &ApplyPage::applied, this, [this](int rows) {
        Q_EMIT applied(rows);
        next();
    });
    connect(m_applyPage, &ApplyPage::rejected, this, &ImportWizard::returnToValidation);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

void ImportWizard::setSavePathHook(SavePathHook hook)
{
    m_session.savePath = std::move(hook);
}

void ImportWizard::setConfirmHook(ConfirmHook hook)
{
    m_session.confirm = std::move(hook);
}

void ImportWizard::returnToValidation(const MassConfigAnswer& answer)
{
    m_validationPage->showVerdict(answer, tr("The gateway refused the file when applying it, and wrote nothing (the "
                                             "licenses changed since the check)."));
    // Back past the commit pages: QWizard::back() walks the history whatever the buttons allow.
    while (currentId() != ValidationPageId && visitedIds().size() > 1)
        back();
}

// Cancel writes nothing: before Apply only dry runs have been sent. Once the apply request is on its
// way it is not aborted: the gateway has no way to stop a running import, and it would still commit
// after the connection dropped, leaving the person unsure of what was written. So the wizard says
// it cannot cancel and stays open until the answer, which then shows on the summary page.
void ImportWizard::reject()
{
    if (m_session.applying) {
        m_applyPage->showCannotCancel();
        return;
    }
    const bool discarding = m_session.rows.isEdited() && !m_session.applied;
    if (discarding && m_session.confirm &&
        !m_session.confirm(tr("Discard Changes"),
                           tr("You edited rows of the file. Close the import and lose the changes? "
                              "Nothing has been written to the gateway."))) {
        return;
    }
    QWizard::reject();
}

} // namespace seatwise
