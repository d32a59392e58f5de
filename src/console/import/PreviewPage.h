#pragma once

#include <QWizardPage>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace seatwise {

struct ImportSession;

// Step 4: who gets which extension, number and add-ons, from the validated rows (users as the file
// names them). Its Next button is "Apply": after it nothing can be taken back, so it is a commit page.
class PreviewPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    enum Column { RowColumn, UserColumn, ExtensionColumn, NumberColumn, AddonsColumn, ColumnCount };

    explicit PreviewPage(ImportSession& session, QWidget* parent = nullptr);
    ~PreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The preview's columns for a row in the gateway's order: row number, user, extension, number, add-ons.
    static QStringList describeRow(int rowNumber, const QStringList& cells);
    static QStringList columnTitles();

private:
    ImportSession& m_session;
    QStandardItemModel* m_model;
    QLabel* m_summaryLabel;
    QTableView* m_view;
};

} // namespace seatwise
