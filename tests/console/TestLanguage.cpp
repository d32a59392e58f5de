#include "console/ConsoleSettings.h"
#include "console/ErrorText.h"
#include "console/LanguageMenu.h"
#include "console/MainWindow.h"
#include "console/SessionTableModel.h"
#include "console/Translations.h"
#include "console/WireText.h"
#include "console/licenses/LicenseText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace seatwise;

class TestLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeatwiseTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestLanguage"));
    }

    void init() { ConsoleSettings().setLanguage(QString()); }

    // Back to the system's language for whatever runs next.
    void cleanup()
    {
        ConsoleSettings().setLanguage(QString());
        Translations::install(QString());
    }

    // The real window, built after the translator is in the way main() installs it.
    void germanShowsInTheRealWindow()
    {
        ConsoleSettings().setLanguage(QStringLiteral("de"));
        QCOMPARE(Translations::installChosen(), QStringLiteral("de"));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&Datei")); // from the .ui file
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Beenden"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("connectionsAction"))->toolTip(),
                 QStringLiteral("Die von dieser Konsole verwalteten Gateways hinzufügen, bearbeiten oder wechseln"));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Sprache"));
        auto* sessions = window.findChild<QTableView*>(QStringLiteral("sessionsView"));
        QVERIFY(sessions);
        QCOMPARE(sessions->model()->headerData(SessionTableModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Zustand"));

        // The text helpers outside any class, each under the context lupdate files it in.
        QCOMPARE(WireText::sessionState(SessionState::Inactive), QStringLiteral("Inaktiv"));
        QCOMPARE(ErrorText::describe(ClientError{0, QString(ClientErrorCode::Timeout), {}, {}}),
                 QStringLiteral("Das Gateway hat nicht rechtzeitig geantwortet."));
        QCOMPARE(LicenseText::typeName(QStringLiteral("call_recording")), QStringLiteral("Anrufaufzeichnung"));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void qtOwnTextsFollowWhenInstalled()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
        Translations::install(QStringLiteral("de"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void englishIsTheSourceText()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&File"));
    }

    // The menu offers the system's language and each shipped one, and the choice outlives the window.
    void languageChoiceIsRemembered()
    {
        {
            MainWindow window;
            auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
            QVERIFY(menu);
            QVERIFY(window.findChild<QAction*>(QStringLiteral("languageAction_system"))->isChecked());
            for (const Translations::Language& language : Translations::available())
                QVERIFY2(window.findChild<QAction*>(QStringLiteral("languageAction_") + language.code),
                         qPrintable(language.code));

            window.findChild<QAction*>(QStringLiteral("languageAction_fr"))->trigger();
            QCOMPARE(ConsoleSettings().language(), QStringLiteral("fr"));
            QCOMPARE(window.findChild<QStatusBar*>()->currentMessage(),
                     QStringLiteral("The console shows Français from its next start."));
        }
        {
            MainWindow next; // the next start
            QVERIFY(next.findChild<QAction*>(QStringLiteral("languageAction_fr"))->isChecked());
            QVERIFY(!next.findChild<QAction*>(QStringLiteral("languageAction_system"))->isChecked());
            next.findChild<QAction*>(QStringLiteral("languageAction_system"))->trigger();
            QCOMPARE(ConsoleSettings().language(), QString());
        }
        QCOMPARE(Translations::installChosen(), Translations::resolve(QString(), QLocale::system().uiLanguages()));
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
