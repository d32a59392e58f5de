#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace seatwise {

struct ImportSession;

// Step 6: how many rows the gateway applied, what they were, and "Export result…" to keep a CSV of
// it (row, user, extension, number, add-ons, outcome).
class SummaryPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(ImportSession& session, QWidget* parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;
    // Writes the result CSV to `path`; false with the reason shown otherwise.
    bool exportResult(const QString& path);
    QByteArray resultCsv() const;

private:
    void askExportPath();

    ImportSession& m_session;
    QStandardItemModel* m_model;
    QLabel* m_summaryLabel;
    QTableView* m_view;
    QPushButton* m_exportButton;
    QLabel* m_exportLabel;
};

} // namespace seatwise
