#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace seatwise {

struct ImportSession;

// Step 1: save a sample file, then choose the file to import. The file is read (with core's
// parseCsv) when the person presses Next; a file that cannot be used keeps them here with the reason.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportSession& session, QWidget* parent = nullptr);
    ~ImportFilePage() override;

    void setFilePath(const QString& path);
    // Writes the sample file (header and two rows) to `path`; false with the reason shown otherwise.
    bool saveSample(const QString& path);
    static QByteArray sampleCsv();

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void chooseFile();
    void askSamplePath();
    bool load(const QString& path);
    void showError(const QString& message);

    ImportSession& m_session;
    QLineEdit* m_pathLineEdit;
    QPushButton* m_browseButton;
    QPushButton* m_sampleButton;
    QLabel* m_sampleLabel;
    QLabel* m_errorLabel;
};

} // namespace seatwise
