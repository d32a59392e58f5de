#pragma once

#include "console/import/ImportSession.h"

#include <QWizard>

namespace seatwise {

class ApplyPage;
class ColumnMappingPage;
class GatewayClient;
class ImportFilePage;
class PreviewPage;
class SummaryPage;
class ValidationPage;

// Mass configuration from a CSV file (R16), step by step: choose the file (or save a sample), match
// its columns when its header differs, check every row with the gateway's dry run and fix bad cells
// in place, preview, apply (all rows or none), then a summary with "Export result…".
// Nothing but dry runs reaches the gateway before Apply, so Cancel before it writes nothing.
//
// The lead opens it from the Licenses menu ("Import from CSV…"), non-modal or with exec(), and
// refreshes the licenses view on applied().
class ImportWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    explicit ImportWizard(GatewayClient* client, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // The file to import, as if typed on the first page.
    void setFilePath(const QString& path);
    // Where "Save sample file…" and "Export result…" write; a file dialog by default.
    void setSavePathHook(SavePathHook hook);
    // Asked before Cancel throws away edited rows; a message box by default.
    void setConfirmHook(ConfirmHook hook);
    bool isApplying() const { return m_session.applying; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The gateway applied the file: `rows` licenses were assigned.
    void applied(int rows);

private:
    void returnToValidation(const MassConfigAnswer& answer);

    ImportSession m_session;
    ImportFilePage* m_filePage;
    ColumnMappingPage* m_mappingPage;
    ValidationPage* m_validationPage;
    PreviewPage* m_previewPage;
    ApplyPage* m_applyPage;
    SummaryPage* m_summaryPage;
};

} // namespace seatwise
