// The CSV import wizard (R16) against a real embedded gateway: the happy path with its export, bad
// rows fixed in place, Cancel at each step writing nothing, the column mapping remembered, a refused
// apply going back to the rows, and Cancel while the apply is in flight.
#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "client/MassConfigCalls.h"
#include "console/TableRoles.h"
#include "console/import/ImportErrorsModel.h"
#include "console/import/ImportFilePage.h"
#include "console/import/ImportRowsModel.h"
#include "console/import/ImportWizard.h"
#include "support/ConsoleTestKit.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;
using seatwise::test::postJson;

namespace {

const QString kToken = QStringLiteral("import-wizard-test-token");
constexpr int kWait = 10000;

template <typename T> T* child(const QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

// A wizard with its models under QAbstractItemModelTester; the testers go before the wizard.
struct Opened {
    std::unique_ptr<ImportWizard> wizard;
    std::unique_ptr<QAbstractItemModelTester> rowsTester;
    std::unique_ptr<QAbstractItemModelTester> errorsTester;

    QTableView* rowsView() const { return child<QTableView>(*wizard, "importRowsView"); }
    QTableView* errorsView() const { return child<QTableView>(*wizard, "importErrorsView"); }
    QAbstractItemModel* rows() const { return rowsView()->model(); }
    QAbstractItemModel* errors() const { return errorsView()->model(); }
    QAbstractButton* forward() const
    {
        return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    }
};

} // namespace

class TestImportWizard final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_files;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kToken};
    QString m_savePath; // what the save hook answers next

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    Opened open(const QString& path)
    {
        Opened opened;
        opened.wizard = std::make_unique<ImportWizard>(&m_gateway.client());
        opened.wizard->setSavePathHook([this](const QString&, const QString&) { return m_savePath; });
        opened.wizard->setConfirmHook([](const QString&, const QString&) { return true; });
        opened.rowsTester = std::make_unique<QAbstractItemModelTester>(
            opened.rows(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        opened.errorsTester = std::make_unique<QAbstractItemModelTester>(
            opened.errors(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        opened.wizard->show();
        if (!path.isEmpty())
            opened.wizard->setFilePath(path);
        return opened;
    }

    // Presses Next (or the commit page's Apply) like a person would.
    static bool forward(const Opened& opened)
    {
        QAbstractButton* button = opened.forward();
        if (!button->isVisible() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    // Waits until the dry run answered; true when Next is enabled.
    static bool waitForValidation(const Opened& opened)
    {
        auto* busy = child<QProgressBar>(*opened.wizard, "validationProgressBar");
        if (!QTest::qWaitFor([busy] { return !busy->isVisible(); }, kWait))
            return false;
        return opened.wizard->button(QWizard::NextButton)->isEnabled();
    }

    static void saveScreenshot(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QTest::qWait(150);
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

    QJsonArray licensesNow() { return QCoro::waitFor(m_gateway.client().licensesJson()).value(); }

    std::optional<LicenseInfo> licenseOf(const QString& login)
    {
        const ClientResult<QList<LicenseInfo>> listed = QCoro::waitFor(LicenseCalls::licenses(m_gateway.client()));
        if (!listed)
            return std::nullopt;
        for (const LicenseInfo& license : listed.value()) {
            if (license.assignedTo && license.assignedTo->login == login && license.baseLicenseId.isEmpty())
                return license;
        }
        return std::nullopt;
    }

    static QStringList addonCodes(const LicenseInfo& license)
    {
        QStringList codes;
        for (const LicenseAddon& addon : license.addons)
            codes.append(addon.code);
        codes.sort();
        return codes;
    }

    // The errors view's line for `row` and `code`, or -1.
    static int errorLine(const Opened& opened, int row, const QString& column, const QString& code)
    {
        const QAbstractItemModel* errors = opened.errors();
        for (int line = 0; line < errors->rowCount(); ++line) {
            const auto raw = [&](int c) { return errors->index(line, c).data(RawValueRole); };
            if (raw(ImportErrorsModel::RowColumn).toInt() == row &&
                raw(ImportErrorsModel::ColumnColumn).toString() == column &&
                raw(ImportErrorsModel::ReasonColumn).toString() == code)
                return line;
        }
        return -1;
    }

    // Edits a cell of the rows view through its editor, as a person double-clicking it would.
    static void editCell(const Opened& opened, int row, int column, const QString& text)
    {
        QTableView* view = opened.rowsView();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto* editor = view->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(index.data().toString(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useFreshSettings(QStringLiteral("SeatwiseTest"), QStringLiteral("TestImportWizard"));
        QVERIFY(m_dataDir.isValid());
        QVERIFY(m_files.isValid());
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));

        QVERIFY(!postJson(m_gateway.client(), QStringLiteral("/pools"),
                          {{QStringLiteral("name"), QStringLiteral("Phone System")},
                           {QStringLiteral("kind"), QStringLiteral("base")},
                           {QStringLiteral("model"), QStringLiteral("named")},
                           {QStringLiteral("base_type"), QStringLiteral("phone_system")},
                           {QStringLiteral("seats"), 12}})
                     .isEmpty());
        for (const auto& [code, seats] :
             {std::pair{"device_ip_phone", 6}, std::pair{"call_recording", 4}, std::pair{"device_mobile_app", 4}}) {
            QVERIFY(!postJson(m_gateway.client(), QStringLiteral("/pools"),
                              {{QStringLiteral("name"), QString::fromLatin1(code)},
                               {QStringLiteral("kind"), QStringLiteral("addon")},
                               {QStringLiteral("model"), QStringLiteral("named")},
                               {QStringLiteral("addon_code"), QString::fromLatin1(code)},
                               {QStringLiteral("seats"), seats}})
                         .isEmpty());
        }
        const std::pair<const char*, const char*> users[] = {
            {"alice", "Alice Ng"},   {"bob", "Bob Stone"},     {"carol", "Carol Diaz"},   {"dave", "Dave Lee"},
            {"erin", "Erin Moss"},   {"frank", "Frank Olsen"}, {"grace", "Grace Hopper"}, {"heidi", "Heidi Klum"},
            {"ivan", "Ivan Petrov"}, {"judy", "Judy Garland"},
        };
        for (const auto& [login, name] : users) {
            NewUser user{QString::fromLatin1(login), QString::fromLatin1(name), Role::Agent,
                         QStringLiteral("s3cret-pass")};
            QVERIFY(QCoro::waitFor(m_gateway.client().createUser(user)).ok());
        }
    }

    void fileErrorsAreExplained()
    {
        Opened opened = open(m_files.filePath(QStringLiteral("missing.csv")));
        auto* error = child<QLabel>(*opened.wizard, "fileErrorLabel");
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(FilePageId));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("cannot be read")), qPrintable(error->text()));

        opened.wizard->setFilePath(writeFile(QStringLiteral("empty.csv"), QByteArrayLiteral("\xEF\xBB\xBF\r\n")));
        QVERIFY(!error->isVisible());
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(FilePageId));
        QVERIFY2(error->text().contains(QStringLiteral("is empty")), qPrintable(error->text()));
    }

    // (a) sample file -> clean dry run -> preview -> apply -> summary, GET /licenses, export.
    void appliesTheSampleFile()
    {
        Opened opened = open({});
        m_savePath = m_files.filePath(QStringLiteral("sample.csv"));
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "saveSampleButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*opened.wizard, "sampleSavedLabel")->isVisible());
        QFile sample(m_savePath);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray sampleText = sample.readAll();
        QCOMPARE(sampleText, ImportFilePage::sampleCsv());
        QVERIFY(sampleText.startsWith("Ext key,Number,User,Addon license 1,Addon license 2\r\n"));
        QCOMPARE(sampleText.count('\n'), 3);

        QTest::keyClicks(child<QLineEdit>(*opened.wizard, "filePathLineEdit"), m_savePath);
        saveScreenshot(opened.wizard.get(), "import-wizard-file.png");
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(ValidationPageId)); // the header matches: no mapping
        QVERIFY(waitForValidation(opened));
        QCOMPARE(opened.rows()->rowCount(), 2);
        QCOMPARE(opened.errors()->rowCount(), 0);
        QVERIFY(child<QLabel>(*opened.wizard, "validationSummaryLabel")->text().contains(QStringLiteral("correct")));
        saveScreenshot(opened.wizard.get(), "import-wizard-validation.png");

        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(PreviewPageId));
        const QAbstractItemModel* preview = child<QTableView>(*opened.wizard, "previewView")->model();
        QCOMPARE(preview->rowCount(), 2);
        const auto previewCell = [preview](int row, int column) {
            return preview->index(row, column).data().toString();
        };
        QCOMPARE(previewCell(0, 1), QStringLiteral("alice"));
        QCOMPARE(previewCell(0, 2), QStringLiteral("101"));
        QCOMPARE(previewCell(0, 3), QStringLiteral("+6567891230"));
        QCOMPARE(previewCell(0, 4), QStringLiteral("device_ip_phone, call_recording"));
        QCOMPARE(previewCell(1, 1), QStringLiteral("bob"));
        QCOMPARE(previewCell(1, 4), QStringLiteral("device_mobile_app"));
        QCOMPARE(opened.forward()->text(), QStringLiteral("&Apply"));
        QVERIFY(!licenseOf(QStringLiteral("alice"))); // nothing written before Apply
        saveScreenshot(opened.wizard.get(), "import-wizard-preview.png");

        QSignalSpy applied(opened.wizard.get(), &ImportWizard::applied);
        QVERIFY(forward(opened));
        QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(SummaryPageId), kWait);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().toInt(), 2);
        const QString summary = child<QLabel>(*opened.wizard, "summaryLabel")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Rows applied: 2.")), qPrintable(summary));
        saveScreenshot(opened.wizard.get(), "import-wizard-summary.png");
        QVERIFY(!opened.wizard->button(QWizard::BackButton)->isVisible() ||
                !opened.wizard->button(QWizard::BackButton)->isEnabled());

        const std::optional<LicenseInfo> alice = licenseOf(QStringLiteral("alice"));
        QVERIFY(alice);
        QCOMPARE(alice->extension, QStringLiteral("101"));
        QCOMPARE(alice->number, QStringLiteral("+6567891230"));
        QCOMPARE(addonCodes(*alice),
                 (QStringList{QStringLiteral("call_recording"), QStringLiteral("device_ip_phone")}));
        const std::optional<LicenseInfo> bob = licenseOf(QStringLiteral("bob"));
        QVERIFY(bob);
        QCOMPARE(bob->extension, QStringLiteral("102"));
        QCOMPARE(addonCodes(*bob), QStringList{QStringLiteral("device_mobile_app")});

        m_savePath = m_files.filePath(QStringLiteral("result.csv"));
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "exportResultButton"), Qt::LeftButton);
        QFile result(m_savePath);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), QByteArrayLiteral("Row,User,Extension,Number,Add-ons,Outcome\r\n"
                                                     "1,alice,101,+6567891230,\"device_ip_phone, call_recording\","
                                                     "applied\r\n"
                                                     "2,bob,102,+6567891231,device_mobile_app,applied\r\n"));

        QTest::mouseClick(opened.wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!opened.wizard->isVisible());
        QCOMPARE(opened.wizard->result(), int(QDialog::Accepted));
    }

    // (b) every bad row listed with row, column and reason; fixed in place; validated again; applied.
    void fixesBadRowsInPlace()
    {
        const QString path =
            writeFile(QStringLiteral("bad.csv"), QByteArrayLiteral("Ext key,Number,User,Addon license 1\n"
                                                                   "201,+6567892001,carol,device_ip_phone\n"
                                                                   "202,+6567892002,zed\n"
                                                                   "20x3,+6567892003,dave\n"));
        Opened opened = open(path);
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(ValidationPageId));
        QVERIFY(!waitForValidation(opened));
        QTRY_COMPARE_WITH_TIMEOUT(opened.errors()->rowCount(), 2, kWait);
        const int unknownUser = errorLine(opened, 2, QStringLiteral("User"), QStringLiteral("unknown_user"));
        const int badExtension = errorLine(opened, 3, QStringLiteral("Ext key"), QStringLiteral("malformed_extension"));
        QVERIFY(unknownUser >= 0);
        QVERIFY(badExtension >= 0);
        const QAbstractItemModel* errors = opened.errors();
        QCOMPARE(errors->index(unknownUser, ImportErrorsModel::RowColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(errors->index(unknownUser, ImportErrorsModel::ColumnColumn).data().toString(), QStringLiteral("User"));
        QVERIFY(errors->index(unknownUser, ImportErrorsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("zed")));
        QVERIFY(errors->index(badExtension, ImportErrorsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("20x3")));
        // The bad cells are marked in the rows themselves; the good row is not.
        const QAbstractItemModel* rows = opened.rows();
        QCOMPARE(rows->index(1, ImportRowsModel::UserColumn).data(ImportRowsModel::ErrorCodesRole).toStringList(),
                 QStringList{QStringLiteral("unknown_user")});
        QVERIFY(rows->index(1, ImportRowsModel::UserColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!rows->index(0, ImportRowsModel::UserColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!opened.wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(opened.wizard.get(), "import-wizard-errors.png");

        // Choosing a problem takes the cursor to its cell.
        opened.errorsView()->setCurrentIndex(errors->index(badExtension, 0));
        QCOMPARE(opened.rowsView()->currentIndex(), rows->index(2, ImportRowsModel::ExtensionColumn));

        editCell(opened, 1, ImportRowsModel::UserColumn, QStringLiteral("erin"));
        editCell(opened, 2, ImportRowsModel::ExtensionColumn, QStringLiteral("203"));
        QVERIFY(rows->index(1, ImportRowsModel::UserColumn).data(ImportRowsModel::ChangedRole).toBool());
        QVERIFY(!opened.wizard->button(QWizard::NextButton)->isEnabled()); // not checked yet
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "validateAgainButton"), Qt::LeftButton);
        QVERIFY(waitForValidation(opened));
        QCOMPARE(opened.errors()->rowCount(), 0);
        QVERIFY(!child<QTableView>(*opened.wizard, "importErrorsView")->isVisible());

        QVERIFY(forward(opened));
        QCOMPARE(child<QTableView>(*opened.wizard, "previewView")->model()->rowCount(), 3);
        QVERIFY(forward(opened));
        QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(SummaryPageId), kWait);
        QVERIFY(child<QLabel>(*opened.wizard, "summaryLabel")->text().startsWith(QStringLiteral("Rows applied: 3.")));
        QCOMPARE(licenseOf(QStringLiteral("carol"))->extension, QStringLiteral("201"));
        QCOMPARE(licenseOf(QStringLiteral("erin"))->extension, QStringLiteral("202"));
        QCOMPARE(licenseOf(QStringLiteral("dave"))->extension, QStringLiteral("203"));
    }

    // (c) Cancel after the check and after the preview writes nothing; edited rows ask first.
    void cancelWritesNothing()
    {
        const QString path =
            writeFile(QStringLiteral("cancel.csv"), QByteArrayLiteral("Ext key,Number,User,Addon license 1\n"
                                                                      "301,+6567893001,frank,device_mobile_app\n"));
        const QJsonArray before = licensesNow();
        {
            Opened opened = open(path);
            QStringList asked;
            opened.wizard->setConfirmHook([&asked](const QString& title, const QString&) {
                asked.append(title);
                return true;
            });
            QVERIFY(forward(opened));
            QVERIFY(waitForValidation(opened));
            QTest::mouseClick(opened.wizard->button(QWizard::CancelButton), Qt::LeftButton);
            QVERIFY(!opened.wizard->isVisible());
            QCOMPARE(opened.wizard->result(), int(QDialog::Rejected));
            QVERIFY(asked.isEmpty()); // nothing edited: nothing to confirm
        }
        QCOMPARE(licensesNow(), before);
        {
            Opened opened = open(path);
            bool answer = false;
            QStringList asked;
            opened.wizard->setConfirmHook([&](const QString& title, const QString&) {
                asked.append(title);
                return answer;
            });
            QVERIFY(forward(opened));
            QVERIFY(waitForValidation(opened));
            editCell(opened, 0, ImportRowsModel::NumberColumn, QStringLiteral("+6567893009"));
            QTest::mouseClick(child<QPushButton>(*opened.wizard, "validateAgainButton"), Qt::LeftButton);
            QVERIFY(waitForValidation(opened));
            QVERIFY(forward(opened));
            QCOMPARE(opened.wizard->currentId(), int(PreviewPageId));
            QTest::mouseClick(opened.wizard->button(QWizard::CancelButton), Qt::LeftButton);
            QCOMPARE(asked.size(), 1);
            QVERIFY(opened.wizard->isVisible()); // "No": stays
            answer = true;
            QTest::mouseClick(opened.wizard->button(QWizard::CancelButton), Qt::LeftButton);
            QCOMPARE(asked.size(), 2);
            QVERIFY(!opened.wizard->isVisible());
        }
        QCOMPARE(licensesNow(), before);
        QVERIFY(!licenseOf(QStringLiteral("frank")));
    }

    // A row can be left out of the import; the rest must be checked again before going on.
    void removesARow()
    {
        const QString path = writeFile(QStringLiteral("remove.csv"), QByteArrayLiteral("Ext key,Number,User\n"
                                                                                       "701,+6567897001,nobody\n"
                                                                                       "702,+6567897002,judy\n"));
        const QJsonArray before = licensesNow();
        Opened opened = open(path);
        QVERIFY(forward(opened));
        QVERIFY(!waitForValidation(opened));
        QVERIFY(errorLine(opened, 1, QStringLiteral("User"), QStringLiteral("unknown_user")) >= 0);
        opened.rowsView()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "removeRowButton"), Qt::LeftButton);
        QCOMPARE(opened.rows()->rowCount(), 1);
        QCOMPARE(opened.rows()->index(0, ImportRowsModel::UserColumn).data().toString(), QStringLiteral("judy"));
        QCOMPARE(opened.errors()->rowCount(), 0); // old row numbers no longer apply
        QVERIFY(!opened.wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "validateAgainButton"), Qt::LeftButton);
        QVERIFY(waitForValidation(opened));
        bool asked = false;
        opened.wizard->setConfirmHook([&asked](const QString&, const QString&) { return asked = true; });
        opened.wizard->reject();
        QVERIFY(asked);
        QVERIFY(!opened.wizard->isVisible());
        QCOMPARE(licensesNow(), before);
    }

    // (d) other column names are matched up, and the choice is remembered for the same header.
    void mapsColumnsAndRemembersTheMapping()
    {
        const QString path =
            writeFile(QStringLiteral("mapped.csv"),
                      QByteArrayLiteral("Extension,Phone,Full name,Login,Addon,Notes\n"
                                        "501,+6567895001,Grace Hopper,grace,device_ip_phone,front desk\n"));
        {
            Opened opened = open(path);
            QVERIFY(forward(opened));
            QCOMPARE(opened.wizard->currentId(), int(MappingPageId));
            auto* extension = child<QComboBox>(*opened.wizard, "extensionColumnComboBox");
            auto* number = child<QComboBox>(*opened.wizard, "numberColumnComboBox");
            auto* user = child<QComboBox>(*opened.wizard, "userColumnComboBox");
            auto* addons = child<QListWidget>(*opened.wizard, "addonColumnsList");
            QCOMPARE(extension->currentData().toInt(), 0);
            QCOMPARE(number->currentData().toInt(), 1);
            QCOMPARE(user->currentData().toInt(), 3); // a login beats a display name
            QCOMPARE(addons->count(), 6);
            QCOMPARE(addons->item(4)->checkState(), Qt::Checked);
            QCOMPARE(addons->item(5)->checkState(), Qt::Unchecked);
            saveScreenshot(opened.wizard.get(), "import-wizard-mapping.png");

            // Two fields on one column cannot go on.
            number->setCurrentIndex(number->findData(0));
            QVERIFY(!opened.wizard->button(QWizard::NextButton)->isEnabled());
            QVERIFY(child<QLabel>(*opened.wizard, "mappingHintLabel")->isVisible());
            number->setCurrentIndex(number->findData(1));
            user->setCurrentIndex(user->findData(2)); // the display name this time
            QVERIFY(opened.wizard->button(QWizard::NextButton)->isEnabled());

            QVERIFY(forward(opened));
            QCOMPARE(opened.wizard->currentId(), int(ValidationPageId));
            QVERIFY(waitForValidation(opened));
            QCOMPARE(opened.rows()->columnCount(), 4);
            QCOMPARE(opened.rows()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Addon license 1"));
            QCOMPARE(opened.rows()->index(0, ImportRowsModel::UserColumn).data().toString(),
                     QStringLiteral("Grace Hopper"));
            QVERIFY(forward(opened));
            QCOMPARE(child<QTableView>(*opened.wizard, "previewView")->model()->index(0, 1).data().toString(),
                     QStringLiteral("Grace Hopper"));
            QVERIFY(forward(opened));
            QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(SummaryPageId), kWait);
        }
        const std::optional<LicenseInfo> grace = licenseOf(QStringLiteral("grace"));
        QVERIFY(grace);
        QCOMPARE(grace->extension, QStringLiteral("501"));
        QCOMPARE(addonCodes(*grace), QStringList{QStringLiteral("device_ip_phone")});

        // A second file with the same header (case aside): the remembered choice, not the guess.
        const QString again = writeFile(QStringLiteral("mapped-again.csv"),
                                        QByteArrayLiteral("extension,PHONE,Full Name,Login,Addon,Notes\n"
                                                          "502,+6567895002,Ivan Petrov,ivan,,\n"));
        Opened opened = open(again);
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(MappingPageId));
        QCOMPARE(child<QComboBox>(*opened.wizard, "userColumnComboBox")->currentData().toInt(), 2);
        QCOMPARE(child<QComboBox>(*opened.wizard, "extensionColumnComboBox")->currentData().toInt(), 0);
        QCOMPARE(child<QListWidget>(*opened.wizard, "addonColumnsList")->item(4)->checkState(), Qt::Checked);
        opened.wizard->reject();
        QVERIFY(!opened.wizard->isVisible());
    }

    // A refused apply (the store changed after the check) writes nothing and goes back to the rows.
    void refusedApplyReturnsToTheRows()
    {
        const QString path = writeFile(QStringLiteral("race.csv"), QByteArrayLiteral("Ext key,Number,User\n"
                                                                                     "601,+6567896001,ivan\n"));
        Opened opened = open(path);
        QVERIFY(forward(opened));
        QVERIFY(waitForValidation(opened));
        QVERIFY(forward(opened));
        QCOMPARE(opened.wizard->currentId(), int(PreviewPageId));

        // Someone else takes extension 601 meanwhile.
        const auto other = QCoro::waitFor(MassConfigCalls::apply(
            m_gateway.client(), QByteArrayLiteral("Ext key,Number,User\n601,+6567896099,judy\n")));
        QVERIFY(other);
        QVERIFY(other->applied);
        QCOMPARE(other->rows, 1);

        QVERIFY(forward(opened));
        QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(ValidationPageId), kWait);
        QVERIFY(!licenseOf(QStringLiteral("ivan")));
        QVERIFY(errorLine(opened, 1, QStringLiteral("Ext key"), QStringLiteral("duplicate_extension")) >= 0);
        QVERIFY(child<QLabel>(*opened.wizard, "validationSummaryLabel")->text().contains(QStringLiteral("refused")));
        QVERIFY(!opened.wizard->button(QWizard::NextButton)->isEnabled());

        editCell(opened, 0, ImportRowsModel::ExtensionColumn, QStringLiteral("602"));
        QTest::mouseClick(child<QPushButton>(*opened.wizard, "validateAgainButton"), Qt::LeftButton);
        QVERIFY(waitForValidation(opened));
        QVERIFY(forward(opened));
        QVERIFY(forward(opened));
        QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(SummaryPageId), kWait);
        QCOMPARE(licenseOf(QStringLiteral("ivan"))->extension, QStringLiteral("602"));
    }

    // Cancel while the apply request is in flight: the wizard says so, stays, and shows the outcome.
    void cancelWhileApplyingWaits()
    {
        const QString path = writeFile(QStringLiteral("busy.csv"), QByteArrayLiteral("Ext key,Number,User\n"
                                                                                     "401,+6567894001,heidi\n"));
        Opened opened = open(path);
        QVERIFY(forward(opened));
        QVERIFY(waitForValidation(opened));
        QVERIFY(forward(opened));
        QVERIFY(forward(opened)); // Apply: the request leaves when the event loop runs
        QCOMPARE(opened.wizard->currentId(), int(ApplyPageId));
        QVERIFY(opened.wizard->isApplying());
        QTest::mouseClick(opened.wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(opened.wizard->isVisible());
        QVERIFY(child<QLabel>(*opened.wizard, "applyCannotCancelLabel")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(opened.wizard->currentId(), int(SummaryPageId), kWait);
        QVERIFY(opened.wizard->isVisible());
        QCOMPARE(licenseOf(QStringLiteral("heidi"))->extension, QStringLiteral("401"));
    }

    void cleanupTestCase() { m_gateway.stop(); }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
