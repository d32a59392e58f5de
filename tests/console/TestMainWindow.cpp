#include "client/GatewayClient.h"
#include "console/ConsoleStartup.h"
#include "console/MainWindow.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/WeeklyTools.h"
#include "console/alerts/AlertMonitor.h"
#include "console/planning/RightSizingPanel.h"
#include "console/seat/AdminSeat.h"
#include "console/usage/UsageChartsPanel.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace seatwise;

namespace {

// id -> raw value of one column, as a view shows its rows.
QMap<QString, QString> shown(const QTableView* view, int column)
{
    QMap<QString, QString> rows;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->index(row, column).data(IdRole).toString(),
                    model->index(row, column).data(RawValueRole).toString());
    return rows;
}

QMap<QString, QString> listedPools(GatewayClient& http)
{
    const auto pools = QCoro::waitFor(http.pools());
    QMap<QString, QString> rows;
    if (pools)
        for (const PoolInfo& pool : pools.value())
            rows.insert(pool.id, QString::number(pool.inUse));
    return rows;
}

QMap<QString, QString> listedSessions(GatewayClient& http)
{
    const auto sessions = QCoro::waitFor(http.sessions());
    QMap<QString, QString> rows;
    if (sessions)
        for (const SessionInfo& session : sessions.value())
            rows.insert(session.id, toWire(session.state));
    return rows;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsWhatTheGatewayLists()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        ConsoleOptions options;
        options.demo = true;
        options.gatewayPort = 0;
        options.dataDir = dataDir.path();

        MainWindow window;
        ConsoleStartup startup(options);
        connect(&startup, &ConsoleStartup::clientReady, &window, &MainWindow::attach);
        QSignalSpy demoReady(&startup, &ConsoleStartup::demoReady);
        QSignalSpy failed(&startup, &ConsoleStartup::failed);
        window.resize(1100, 720);
        window.show();
        startup.start();

        QTRY_VERIFY_WITH_TIMEOUT(!demoReady.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(window.liveSync());

        GatewayClient http(startup.apiBaseUrl());
        http.setToken(startup.token());
        const auto* poolsView = window.findChild<QTableView*>(QStringLiteral("poolsView"));
        const auto* sessionsView = window.findChild<QTableView*>(QStringLiteral("sessionsView"));
        QVERIFY(poolsView && sessionsView);

        // The gateway keeps changing (simulated agents); wait until the views caught up with a listing.
        QTRY_VERIFY_WITH_TIMEOUT(shown(poolsView, PoolTableModel::InUseColumn) == listedPools(http), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(shown(sessionsView, SessionTableModel::StateColumn) == listedSessions(http), 10000);
        QCOMPARE(poolsView->model()->rowCount(), 2);
        QVERIFY(sessionsView->model()->rowCount() >= 5);

        // The weekly tools joined the window: their tabs, the Tools menu, and the demo's usage history
        // drawn in the Usage Charts tab.
        WeeklyTools* tools = window.weeklyTools();
        QVERIFY(tools->usagePanel() && tools->planningPanel());
        // The demo account has no pay-per-use minutes, and no pool lets overflow logins in: after a poll
        // the banner must not warn about minutes nobody can spend.
        AlertMonitor* monitor = tools->alertMonitor();
        QVERIFY(monitor);
        QSignalSpy polled(monitor, &AlertMonitor::polled);
        monitor->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), 10000);
        for (const Alert& alert : monitor->activeAlerts())
            QVERIFY2(alert.kind != AlertKind::PayPerUseLow, qPrintable(alert.text));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs->indexOf(tools->usagePanel()) >= 0);
        QVERIFY(tabs->indexOf(tools->planningPanel()) >= 0);
        // Limited admin mode (R5) keeps the license-usage view only: the tools wait for a full seat.
        const bool fullAdmin = window.adminSeat()->mode() == AdminSeat::Mode::Admin;
        QCOMPARE(tools->importAction()->isEnabled(), fullAdmin);
        QCOMPARE(tabs->isTabEnabled(tabs->indexOf(tools->planningPanel())), fullAdmin);
        QCOMPARE(tools->reportAction()->isEnabled(), fullAdmin);
        QSignalSpy chartLoaded(tools->usagePanel(), &UsageChartsPanel::loaded);
        tabs->setCurrentWidget(tools->usagePanel());
        QTRY_VERIFY_WITH_TIMEOUT(!chartLoaded.isEmpty(), 30000);
        QCOMPARE(chartLoaded.first().first().toString(), QString());
        QVERIFY(tools->usagePanel()->timeline().points().size() > 60); // a day of minutes from the history
        tabs->setCurrentIndex(0);

        const QString screenshotDir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            // For the docs, wait until the away agents turned inactive (idle_after_s 120) so the
            // highlight shows; tests without a screenshot do not pay for it.
            QTRY_VERIFY_WITH_TIMEOUT(
                shown(sessionsView, SessionTableModel::StateColumn).values().contains(QStringLiteral("inactive")),
                180000);
            QTest::qWait(500);
            QVERIFY(QDir().mkpath(screenshotDir));
            const QString file = QDir(screenshotDir).filePath(QStringLiteral("main-window.png"));
            QVERIFY2(window.grab().save(file), qPrintable(file));
            qInfo("screenshot saved to %s", qPrintable(file));

            // Help > About Seatwise: a modal box, grabbed and closed once it shows.
            auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
            QVERIFY(about);
            QTimer poll;
            connect(&poll, &QTimer::timeout, &window, [&window, &poll, &screenshotDir] {
                auto* box = window.findChild<QMessageBox*>();
                if (!box || !box->isVisible())
                    return;
                poll.stop();
                box->grab().save(QDir(screenshotDir).filePath(QStringLiteral("about-dialog.png")));
                box->accept();
            });
            poll.start(200);
            about->trigger();
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
