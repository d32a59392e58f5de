#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;

namespace seatwise {

struct ColumnMapping;
struct ImportSession;

// Step 2, only for files whose header is not Ext key,Number,User,Addon license 1..N: one combo per
// required column and a checklist of add-on columns, prefilled from the mapping remembered for this
// header or guessed from its words. Next remembers the mapping and rewrites the rows in the
// gateway's order.
class ColumnMappingPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingPage)

public:
    explicit ColumnMappingPage(ImportSession& session, QWidget* parent = nullptr);
    ~ColumnMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ColumnMapping chosen() const;
    void fillCombo(QComboBox* combo, int column);
    void updateHints();

    ImportSession& m_session;
    QComboBox* m_extensionComboBox;
    QComboBox* m_numberComboBox;
    QComboBox* m_userComboBox;
    QListWidget* m_addonList;
    QLabel* m_hintLabel;
    bool m_filling = false;
};

} // namespace seatwise
