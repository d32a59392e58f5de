// The real main window against a real gateway, driven as a manager would: Sign Out Inactive Users from
// the toolbar, a forced sign-out of a chosen session, a license assigned through the Licenses tab, and
// the gateway going away and coming back (issue #4 item 7). Saves screenshots when
// SEATWISE_SCREENSHOT_DIR is set.
#include "client/GatewayClient.h"
#include "client/LicenseCalls.h"
#include "console/EmbeddedGateway.h"
#include "console/MainWindow.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/actions/SessionActions.h"
#include "console/licenses/LicensesPanel.h"
#include "console/seat/AdminSeat.h"
#include "support/ConsoleTestKit.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace seatwise;
using seatwise::test::postJson;

namespace {

const QString kToken = QStringLiteral("console-flow-owner-token");

template <typename T> T* child(const QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

std::unique_ptr<EmbeddedGateway> startGateway(const QString& dir, quint16 port)
{
    auto gateway = std::make_unique<EmbeddedGateway>(EmbeddedGateway::optionsFor(dir, port, kToken));
    QSignalSpy started(gateway.get(), &EmbeddedGateway::started);
    gateway->start();
    if (!started.wait(20000))
        return nullptr;
    return gateway;
}

// Logs `login` in to `pool` on a device of its own; answers the session id.
QString agentLogin(GatewayClient& http, const QString& login, const QString& pool)
{
    LoginRequest request;
    request.login = login;
    request.password = QStringLiteral("pw-") + login;
    request.pool = pool;
    request.device = QStringLiteral("pc-") + login;
    const auto grant = QCoro::waitFor(http.login(request));
    return grant ? grant->id : QString();
}

// The logins of the sessions a view shows (raw values of the user column).
QStringList shownUsers(const QTableView* view)
{
    QStringList users;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        users.append(view->model()->index(row, SessionTableModel::UserColumn).data(RawValueRole).toString());
    users.sort();
    return users;
}

QStringList listedUsers(GatewayClient& http)
{
    QStringList users;
    const auto sessions = QCoro::waitFor(http.sessions());
    if (sessions)
        for (const SessionInfo& s : sessions.value())
            users.append(s.user ? s.user->login : QString());
    users.sort();
    return users;
}

void screenshot(QWidget& window, const char* name)
{
    const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QTest::qWait(300);
    window.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

class TestConsoleFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void managerWorkday()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto gateway = startGateway(dir.path(), 0);
        QVERIFY(gateway);
        const quint16 port = gateway->port();
        GatewayClient http(gateway->apiBaseUrl());
        http.setToken(kToken);

        const QString agents =
            postJson(http, QStringLiteral("/pools"),
                     {{QStringLiteral("name"), QStringLiteral("Agents")}, {QStringLiteral("seats"), 6}})
                .value(QStringLiteral("id"))
                .toString();
        const QString away = postJson(http, QStringLiteral("/pools"),
                                      {{QStringLiteral("name"), QStringLiteral("Night shift")},
                                       {QStringLiteral("seats"), 4},
                                       {QStringLiteral("idle_after_s"), 1}})
                                 .value(QStringLiteral("id"))
                                 .toString();
        postJson(http, QStringLiteral("/pools"),
                 {{QStringLiteral("name"), QStringLiteral("Admin")},
                  {QStringLiteral("kind"), QStringLiteral("admin")},
                  {QStringLiteral("seats"), 1}});
        postJson(http, QStringLiteral("/pools"),
                 {{QStringLiteral("name"), QStringLiteral("Phone System")},
                  {QStringLiteral("kind"), QStringLiteral("base")},
                  {QStringLiteral("model"), QStringLiteral("named")},
                  {QStringLiteral("seats"), 2}});
        for (const char* name : {"alice", "bob", "carol", "dave", "erin"}) {
            const QString login = QString::fromLatin1(name);
            postJson(http, QStringLiteral("/users"),
                     QJsonObject{{QStringLiteral("login"), login},
                                 {QStringLiteral("name"), login.toUpper()},
                                 {QStringLiteral("password"), QString(QStringLiteral("pw-") + login)}});
        }
        QVERIFY(!agentLogin(http, QStringLiteral("alice"), agents).isEmpty());
        QVERIFY(!agentLogin(http, QStringLiteral("dave"), agents).isEmpty());
        QVERIFY(!agentLogin(http, QStringLiteral("bob"), away).isEmpty());   // idle after 1 s: inactive
        QVERIFY(!agentLogin(http, QStringLiteral("carol"), away).isEmpty()); // idle after 1 s: inactive

        MainWindow window;
        window.openCache(dir.path(), QStringLiteral("embedded"));
        window.resize(1100, 720);
        window.show();
        window.attach(&http);
        QTRY_COMPARE_WITH_TIMEOUT(window.adminSeat()->mode(), AdminSeat::Mode::Admin, 10000);
        auto* sessionsView = child<QTableView>(window, "sessionsView");
        QVERIFY(sessionsView);
        const QStringList everyone{QStringLiteral("admin"), QStringLiteral("alice"), QStringLiteral("bob"),
                                   QStringLiteral("carol"), QStringLiteral("dave")};
        QTRY_COMPARE_WITH_TIMEOUT(shownUsers(sessionsView), everyone, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QGroupBox>(window, "sessionsGroupBox")->title().contains(QStringLiteral("2 inactive")), 10000);
        screenshot(window, "console-inactive-highlighted.png");

        // One click on the toolbar's Sign Out Inactive Users: bob and carol go, from the gateway and the view.
        SessionActions* actions = window.sessionActions();
        QSignalSpy reported(actions, &SessionActions::reported);
        auto* toolBar = child<QToolBar>(window, "mainToolBar");
        QWidget* signOutButton = toolBar->widgetForAction(actions->signOutInactiveAction());
        QVERIFY(signOutButton && signOutButton->isEnabled());
        QTest::mouseClick(signOutButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 10000);
        QVERIFY2(reported.first().first().toString().contains(QStringLiteral("2")),
                 qPrintable(reported.first().first().toString()));
        const QStringList afterInactive{QStringLiteral("admin"), QStringLiteral("alice"), QStringLiteral("dave")};
        QCOMPARE(listedUsers(http), afterInactive);
        QTRY_COMPARE_WITH_TIMEOUT(shownUsers(sessionsView), afterInactive, 5000);

        // Force a sign-out of alice, chosen in the table, confirmation answered yes.
        QStringList asked;
        actions->setConfirmHook([&asked](const QString&, const QString& text) {
            asked.append(text);
            return true;
        });
        for (int row = 0; row < sessionsView->model()->rowCount(); ++row)
            if (sessionsView->model()->index(row, SessionTableModel::UserColumn).data(RawValueRole) ==
                QStringLiteral("alice"))
                sessionsView->selectRow(row);
        QTRY_VERIFY(actions->signOutSelectedAction()->isEnabled());
        actions->signOutSelectedAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(listedUsers(http), (QStringList{QStringLiteral("admin"), QStringLiteral("dave")}),
                                  10000);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("alice"), Qt::CaseInsensitive), qPrintable(asked.first()));
        QTRY_COMPARE_WITH_TIMEOUT(shownUsers(sessionsView),
                                  (QStringList{QStringLiteral("admin"), QStringLiteral("dave")}), 5000);

        // Assign a Phone System license to erin on the Licenses tab.
        auto* tabs = child<QTabWidget>(window, "mainTabs");
        tabs->setCurrentWidget(window.licensesPanel());
        auto* licensesView = child<QTableView>(*window.licensesPanel(), "licensesView");
        QTRY_COMPARE_WITH_TIMEOUT(licensesView->model()->rowCount(), 2, 10000);
        licensesView->selectRow(0);
        auto* assign = child<QPushButton>(*window.licensesPanel(), "assignLicenseButton");
        QTRY_VERIFY(assign->isEnabled());
        QTest::mouseClick(assign, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = child<QDialog>(*window.licensesPanel(), "assignLicenseDialog")) != nullptr);
        auto* users = child<QComboBox>(*dialog, "userComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(users->findData(QStringLiteral("erin")) >= 0, 10000);
        users->setCurrentIndex(users->findData(QStringLiteral("erin")));
        QTest::keyClicks(child<QLineEdit>(*dialog, "extensionLineEdit"), QStringLiteral("201"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "numberLineEdit"), QStringLiteral("6567891230"));
        screenshot(window, "console-assign-license.png");
        QTest::mouseClick(child<QPushButton>(*dialog, "confirmAssignButton"), Qt::LeftButton);
        LicenseFilter byUser;
        byUser.user = QStringLiteral("erin");
        QTRY_COMPARE_WITH_TIMEOUT(QCoro::waitFor(LicenseCalls::licenses(http, byUser)).value().size(), 1, 10000);
        const LicenseInfo erins = QCoro::waitFor(LicenseCalls::licenses(http, byUser)).value().first();
        QCOMPARE(erins.extension, QStringLiteral("201"));
        QCOMPARE(erins.number, QStringLiteral("6567891230"));
        screenshot(window, "console-licenses.png");
        tabs->setCurrentWidget(child<QWidget>(window, "usageTab"));

        // The gateway goes away: the window says so and keeps the last known rows.
        gateway.reset();
        auto* connection = child<QLabel>(window, "connectionLabel");
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Offline")), 20000);
        QCOMPARE(shownUsers(sessionsView), (QStringList{QStringLiteral("admin"), QStringLiteral("dave")}));
        screenshot(window, "console-offline.png");

        // It comes back on the same port and store: live again, and new logins show.
        gateway = startGateway(dir.path(), port);
        QVERIFY(gateway);
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Live")), 30000);
        QVERIFY(!agentLogin(http, QStringLiteral("carol"), agents).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            shownUsers(sessionsView),
            (QStringList{QStringLiteral("admin"), QStringLiteral("carol"), QStringLiteral("dave")}), 10000);
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "TestConsoleFlow.moc"
