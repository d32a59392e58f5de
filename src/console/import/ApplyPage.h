#pragma once

#include "client/MassConfigCalls.h"

#include <QCoroTask>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace seatwise {

struct ImportSession;

// Step 5: sends the validated file to the gateway (all rows or none) with a progress bar: upload
// progress, then busy until the gateway has written every row. It is a commit page so that the summary
// after it cannot go back.
class ApplyPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyPage)

public:
    explicit ApplyPage(ImportSession& session, QWidget* parent = nullptr);
    ~ApplyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Says that the request in flight cannot be cancelled (see ImportWizard::reject()).
    void showCannotCancel();

Q_SIGNALS:
    // The gateway wrote every row.
    void applied(int rows);
    // The gateway refused the file (422 invalid_rows) and wrote nothing.
    void rejected(const seatwise::MassConfigAnswer& answer);

private:
    QCoro::Task<> runApply();
    void showProgress(qint64 sent, qint64 total);

    ImportSession& m_session;
    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    QLabel* m_cancelLabel;
    QLabel* m_errorLabel;
    QPushButton* m_retryButton;
};

} // namespace seatwise
