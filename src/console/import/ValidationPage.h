#pragma once

#include "client/MassConfigCalls.h"

#include <QCoroTask>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace seatwise {

class ImportErrorsModel;
struct ImportSession;

// Step 3: the gateway's dry run over the rows. Every bad row is listed with its row number, column and
// reason; the rows themselves are editable in place (bad cells highlighted) and "Validate again"
// sends them as edited. Next stays disabled until a dry run of the current rows found no error.
class ValidationPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationPage)

public:
    explicit ValidationPage(ImportSession& session, QWidget* parent = nullptr);
    ~ValidationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    bool isBusy() const { return m_busy; }

    // Runs the dry run over the rows as they are now.
    void validate();
    // Shows a verdict that came from elsewhere (an apply the gateway refused), with a note above it.
    void showVerdict(const MassConfigAnswer& answer, const QString& note);

private:
    QCoro::Task<> runDryRun();
    void setBusy(bool busy);
    void updateSummary();
    void showErrorCell(const QModelIndex& errorIndex);
    void removeSelectedRows();

    ImportSession& m_session;
    ImportErrorsModel* m_errorsModel;
    QLabel* m_summaryLabel;
    QLabel* m_errorLabel;
    QTableView* m_rowsView;
    QTableView* m_errorsView;
    QPushButton* m_validateButton;
    QPushButton* m_removeRowButton;
    QProgressBar* m_progressBar;
    QString m_note;
    bool m_busy = false;
};

} // namespace seatwise
