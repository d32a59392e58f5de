#include "console/import/ImportFilePage.h"

#include "console/import/CsvText.h"
#include "console/import/ImportSession.h"
#include "console/import/ImportSettings.h"
#include "console/licenses/ErrorLabel.h"
#include "core/CsvTable.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>

namespace seatwise {

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_pathLineEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_sampleButton(new QPushButton(tr("&Save sample file…"), this))
    , m_sampleLabel(new QLabel(this))
    , m_errorLabel(ErrorLabel::create(this, QStringLiteral("fileErrorLabel")))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr("Each row gives a user a Phone System license with its extension, number and add-ons. "
                   "Nothing is written until you press Apply at the end."));

    auto* intro = new QLabel(tr("The file starts with the header <b>Ext key,Number,User,Addon license 1,…</b> "
                                "(any number of add-on columns; rows may leave trailing add-ons out). "
                                "Files with other column names can be matched up on the next page."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("fileIntroLabel"));
    m_sampleButton->setObjectName(QStringLiteral("saveSampleButton"));
    m_sampleButton->setToolTip(tr("Save a small CSV file with the expected header and two example rows, "
                                  "to fill in with a spreadsheet or a text editor."));
    m_sampleLabel->setObjectName(QStringLiteral("sampleSavedLabel"));
    m_sampleLabel->setWordWrap(true);
    m_sampleLabel->setVisible(false);
    m_pathLineEdit->setObjectName(QStringLiteral("filePathLineEdit"));
    m_pathLineEdit->setPlaceholderText(tr("Path of a .csv file"));
    m_pathLineEdit->setClearButtonEnabled(true);
    m_pathLineEdit->setToolTip(tr("The CSV file to import; type its path or press Browse."));
    m_browseButton->setObjectName(QStringLiteral("browseFileButton"));
    m_browseButton->setToolTip(tr("Choose the CSV file to import."));

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathLineEdit);
    auto* layout = new QGridLayout(this);
    layout->addWidget(intro, 0, 0, 1, 3);
    layout->addWidget(m_sampleButton, 1, 0, 1, 1, Qt::AlignLeft);
    layout->addWidget(m_sampleLabel, 1, 1, 1, 2);
    layout->setRowMinimumHeight(2, 12);
    layout->addWidget(fileLabel, 3, 0);
    layout->addWidget(m_pathLineEdit, 3, 1);
    layout->addWidget(m_browseButton, 3, 2);
    layout->addWidget(m_errorLabel, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_sampleButton, &QPushButton::clicked, this, &ImportFilePage::askSamplePath);
    connect(m_pathLineEdit, &QLineEdit::textChanged, this, [this] {
        m_errorLabel->setVisible(false);
        Q_EMIT completeChanged();
    });
}

ImportFilePage::~ImportFilePage() = default;

QByteArray ImportFilePage::sampleCsv()
{
    return CsvText::write({
        {QStringLiteral("Ext key"), QStringLiteral("Number"), QStringLiteral("User"), QStringLiteral("Addon license 1"),
         QStringLiteral("Addon license 2")},
        {QStringLiteral("101"), QStringLiteral("+6567891230"), QStringLiteral("alice"),
         QStringLiteral("device_ip_phone"), QStringLiteral("call_recording")},
        {QStringLiteral("102"), QStringLiteral("+6567891231"), QStringLiteral("bob"),
         QStringLiteral("device_mobile_app")},
    });
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_pathLineEdit->setText(path);
}

void ImportFilePage::chooseFile()
{
    ImportSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV File"), settings.lastFolder(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    setFilePath(QDir::toNativeSeparators(path));
}

void ImportFilePage::askSamplePath()
{
    const QString path = m_session.savePath(tr("Save Sample File"), QStringLiteral("extensions-sample.csv"));
    if (!path.isEmpty())
        saveSample(path);
}

bool ImportFilePage::saveSample(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sampleCsv()) < 0 || !file.commit()) {
        showError(tr("The sample file could not be saved to \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    m_errorLabel->setVisible(false);
    m_sampleLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_sampleLabel->setToolTip(QDir::toNativeSeparators(path));
    m_sampleLabel->setVisible(true);
    return true;
}

bool ImportFilePage::isComplete() const
{
    return !m_pathLineEdit->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    return load(QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed()));
}

int ImportFilePage::nextId() const
{
    return m_session.needsMapping ? MappingPageId : ValidationPageId;
}

bool ImportFilePage::load(const QString& path)
{
    const QFileInfo info(path);
    if (path == m_session.path && info.lastModified() == m_session.modified && !m_session.header.isEmpty())
        return true; // the same file again: keep the rows and any edits
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        showError(info.exists() && !info.isFile()
                      ? tr("\"%1\" is a folder; choose a CSV file.").arg(path)
                      : tr("The file \"%1\" cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const CsvTable table = parseCsv(bytes);
    if (table.problem) {
        showError(tr("Line %1 of the file cannot be read: %2").arg(table.problem->row + 1).arg(table.problem->message));
        return false;
    }
    if (table.rows.isEmpty()) {
        showError(tr("The file \"%1\" is empty. Save the sample file to see what it should hold.").arg(path));
        return false;
    }
    const QStringList header = table.rows.first();
    if (header.size() == 1 && header.first().contains(u';')) {
        showError(tr("The file's columns are separated by semicolons; save it as comma-separated CSV."));
        return false;
    }
    if (table.rows.size() < 2) {
        showError(tr("The file has a header but no rows; add one row per extension."));
        return false;
    }

    m_session.path = path;
    m_session.modified = info.lastModified();
    m_session.header = header;
    m_session.sourceRows = table.rows.mid(1);
    m_session.rowsMapping.reset();
    m_session.needsMapping = !ColumnMapping::isCanonical(header);
    if (m_session.needsMapping) {
        const std::optional<ColumnMapping> remembered = ImportSettings().mappingFor(header);
        m_session.mapping = remembered ? *remembered : ColumnMapping::guess(header);
    } else {
        m_session.mapping = ColumnMapping::identity(int(header.size()));
        m_session.buildRows();
    }
    ImportSettings().setLastFolder(info.absolutePath());
    return true;
}

void ImportFilePage::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
}

} // namespace seatwise
