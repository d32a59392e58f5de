// Alerts and usage reports against a real embedded gateway: pools filled by agents raise and clear
// the threshold alert in the banner, a refused login and low pay-per-use minutes raise theirs, and
// the report dialog writes a CSV with the seeded history's numbers and a readable PDF.
#include "UsageSeed.h"
#include "client/GatewayClient.h"
#include "console/TableRoles.h"
#include "console/alerts/AlertBanner.h"
#include "console/alerts/AlertMonitor.h"
#include "console/alerts/AlertSettings.h"
#include "console/alerts/AlertSettingsDialog.h"
#include "console/alerts/AlertThresholdModel.h"
#include "console/alerts/TrayNotifier.h"
#include "console/reports/ReportDialog.h"
#include "console/reports/ReportSettings.h"
#include "core/CsvTable.h"
#include "core/IsoTime.h"
#include "support/ConsoleTestKit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;
using seatwise::test::postJson;

namespace {

const QString kToken = QStringLiteral("alerts-reports-test-token");
const QString kPassword = QStringLiteral("s3cret-pass");

template <typename T> T* child(const QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

bool hasAlert(const AlertMonitor& monitor, const QString& key)
{
    const QList<Alert> active = monitor.activeAlerts();
    return std::any_of(active.cbegin(), active.cend(), [&key](const Alert& a) { return a.key == key; });
}

Alert alertOf(const AlertMonitor& monitor, const QString& key)
{
    const QList<Alert> active = monitor.activeAlerts();
    for (const Alert& alert : active)
        if (alert.key == key)
            return alert;
    return {};
}

void saveScreenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QTest::qWait(100);
    widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

qint64 localMs(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace

class TestAlertsReports final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kToken};
    std::unique_ptr<QWidget> m_window;
    AlertBanner* m_banner = nullptr;
    AlertMonitor* m_monitor = nullptr;
    TrayNotifier* m_tray = nullptr;
    std::unique_ptr<ReportDialog> m_reportDialog;
    QString m_sales;
    QString m_big;
    QDate m_yesterday;

    ClientResult<SessionGrant> login(const QString& user, const QString& pool, const QString& device)
    {
        LoginRequest request{user, kPassword, pool, device, std::nullopt, false, false};
        return QCoro::waitFor(m_gateway.client().login(request));
    }

    bool logout(const ClientResult<SessionGrant>& grant)
    {
        return grant && QCoro::waitFor(m_gateway.client().logout(grant->id, grant->token)).ok();
    }

    QList<PoolInfo> pools()
    {
        const ClientResult<QList<PoolInfo>> listed = QCoro::waitFor(m_gateway.client().pools());
        return listed ? listed.value() : QList<PoolInfo>();
    }

    // What the main window does whenever its pools refresh.
    void refreshPools() { m_monitor->checkPools(pools()); }

private Q_SLOTS:
    void initTestCase()
    {
        test::useFreshSettings(QStringLiteral("SeatwiseTests"), QStringLiteral("TestAlertsReports"));
        QVERIFY(m_dataDir.isValid());
        QVERIFY(m_outDir.isValid());

        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));
        m_sales = postJson(m_gateway.client(), QStringLiteral("/pools"),
                           {{QStringLiteral("name"), QStringLiteral("Sales")}, {QStringLiteral("seats"), 2}})
                      .value(QLatin1String("id"))
                      .toString();
        m_big = postJson(m_gateway.client(), QStringLiteral("/pools"),
                         {{QStringLiteral("name"), QStringLiteral("Support")},
                          {QStringLiteral("seats"), 10},
                          {QStringLiteral("login_policy"), QStringLiteral("per_device")},
                          {QStringLiteral("overflow"), true}}) // pay-per-use minutes matter only with such a pool
                    .value(QLatin1String("id"))
                    .toString();
        QVERIFY(!m_sales.isEmpty() && !m_big.isEmpty());
        for (const char* login : {"alice", "bob", "carol", "dave"}) {
            const NewUser user{QString::fromLatin1(login), QString::fromLatin1(login), Role::Agent, kPassword};
            QVERIFY(QCoro::waitFor(m_gateway.client().createUser(user)).ok());
        }
        QCOMPARE(postJson(m_gateway.client(), QStringLiteral("/account/ppu"), {{QStringLiteral("add_minutes"), 600}})
                     .value(QLatin1String("minutes"))
                     .toInt(),
                 600);

        // Yesterday's history, written into the store while no gateway runs on it (see reportWritesCsv).
        m_gateway.stop();
        m_yesterday = QDate::currentDate().addDays(-1);
        QList<test::SeedMinute> minutes;
        const int salesInUse[] = {1, 2, 2, 2, 1, 0};
        const int salesDenials[] = {0, 0, 3, 1, 0, 0};
        for (int i = 0; i < 6; ++i)
            minutes.append({m_sales, localMs(m_yesterday, 9, i), salesInUse[i], 2, 1, salesDenials[i]});
        minutes.append({m_big, localMs(m_yesterday, 9, 2), 5, 10, 5, 0});
        minutes.append({m_big, localMs(m_yesterday, 9, 3), 7, 10, 2, 0});
        QString error;
        QVERIFY2(
            test::seedUsage(QDir(m_dataDir.path()).filePath(QStringLiteral("embedded-gateway.db")), minutes, &error),
            qPrintable(error));
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));

        // The console's pieces as the main window will hold them: banner above the content.
        m_window = std::make_unique<QWidget>();
        m_window->setWindowTitle(QStringLiteral("Seatwise"));
        auto* layout = new QVBoxLayout(m_window.get());
        m_banner = new AlertBanner(m_window.get());
        layout->addWidget(m_banner);
        auto* content = new QTableWidget(0, 4, m_window.get());
        content->setHorizontalHeaderLabels(
            {QStringLiteral("Pool"), QStringLiteral("Seats"), QStringLiteral("In use"), QStringLiteral("Available")});
        content->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        content->setObjectName(QStringLiteral("poolsView"));
        layout->addWidget(content);
        m_window->resize(760, 300);
        m_window->show();

        m_monitor = new AlertMonitor(&m_gateway.client(), m_window.get());
        m_monitor->setPollIntervalMs(200);
        m_tray = new TrayNotifier(m_window.get());
        m_tray->attach(m_monitor);
        m_banner->attach(m_monitor);
        QSignalSpy polled(m_monitor, &AlertMonitor::polled);
        QVERIFY(polled.wait(10000));
        QVERIFY2(polled.first().first().toBool(), "the first poll failed");
        QVERIFY(m_monitor->activeAlerts().isEmpty());
        QVERIFY(!m_banner->isVisible());
    }

    void poolAtThresholdShowsInTheBanner()
    {
        const QString key = AlertKeys::poolThreshold(m_sales);
        QSignalSpy raised(m_monitor, &AlertMonitor::alertRaised);
        QSignalSpy cleared(m_monitor, &AlertMonitor::alertCleared);
        const int requested = m_tray->requestedCount();

        const auto alice = login(QStringLiteral("alice"), m_sales, QStringLiteral("pc-alice"));
        QVERIFY(alice);
        refreshPools();
        QVERIFY(!hasAlert(*m_monitor, key)); // 1 of 2 is 50 %
        const auto bob = login(QStringLiteral("bob"), m_sales, QStringLiteral("pc-bob"));
        QVERIFY(bob);
        refreshPools();
        QVERIFY(hasAlert(*m_monitor, key));
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.kind, AlertKind::PoolThreshold);
        QCOMPARE(alert.poolName, QStringLiteral("Sales"));
        QCOMPARE(alert.value, 100);
        QVERIFY(m_banner->isVisible());
        const QString shown = child<QLabel>(*m_banner, "alertBannerLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("Sales: 2 of 2 seats in use (100 %)")), qPrintable(shown));

        // Off screen there is no tray: the notification is asked for, not shown; the banner stands in.
        QVERIFY(!TrayNotifier::isAvailable());
        QCOMPARE(m_tray->requestedCount(), requested + 1);
        QCOMPARE(m_tray->shownCount(), 0);

        // Checking again raises nothing new; freeing a seat (50 % < 85 %) clears it.
        refreshPools();
        QCOMPARE(raised.count(), 1);
        QVERIFY(logout(bob));
        refreshPools();
        QVERIFY(cleared.contains(QVariantList{key}));
        QVERIFY(!hasAlert(*m_monitor, key));
        QVERIFY(!m_banner->isVisible());
        QVERIFY(logout(alice));
    }

    void perPoolThresholdFromTheSettingsDialog()
    {
        const QString key = AlertKeys::poolThreshold(m_big);
        QList<ClientResult<SessionGrant>> seats;
        for (int i = 1; i <= 9; ++i) {
            seats.append(login(QStringLiteral("dave"), m_big, QStringLiteral("desk-%1").arg(i)));
            QVERIFY(seats.last());
        }
        refreshPools();
        QVERIFY2(hasAlert(*m_monitor, key), "9 of 10 is the default 90 %");

        AlertSettingsDialog dialog(pools(), m_window.get());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* view = child<QTableView>(dialog, "alertThresholdView");
        QVERIFY(view);
        const int row = dialog.model()->rowOf(m_big);
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, AlertThresholdModel::ThresholdColumn);
        QCOMPARE(index.data(RawValueRole).toInt(), 90);
        view->setCurrentIndex(index);
        view->edit(index);
        auto* spin = child<QSpinBox>(*view, "thresholdSpinBox");
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 50);
        QCOMPARE(spin->maximum(), 100);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("100"));
        QTest::keyClick(spin, Qt::Key_Tab); // commits, as leaving the cell does
        QTRY_COMPARE(index.data(RawValueRole).toInt(), 100);
        QCOMPARE(index.data().toString(), QStringLiteral("100 %"));
        saveScreenshot(&dialog, "alert-settings-dialog.png");
        QSignalSpy saved(&dialog, &AlertSettingsDialog::settingsSaved);
        QTest::mouseClick(child<QPushButton>(dialog, "alertSettingsOkButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const AlertSettings settings;
        QCOMPARE(settings.poolPercent(m_big), 100);
        QVERIFY(!settings.hasPoolPercent(m_sales)); // left at the default: no override kept
        QCOMPARE(settings.thresholds().percentFor(m_big), 100);

        // At 100 % the pool's 90 % is below the re-arm line (95 %): the alert clears ...
        QSignalSpy cleared(m_monitor, &AlertMonitor::alertCleared);
        m_monitor->reloadSettings();
        QVERIFY(cleared.contains(QVariantList{key}));
        QVERIFY(!hasAlert(*m_monitor, key));
        // ... and only the tenth seat raises it again.
        seats.append(login(QStringLiteral("dave"), m_big, QStringLiteral("desk-10")));
        QVERIFY(seats.last());
        refreshPools();
        QVERIFY(hasAlert(*m_monitor, key));
        QCOMPARE(alertOf(*m_monitor, key).value, 100);

        for (const auto& seat : std::as_const(seats))
            QVERIFY(logout(seat));
        refreshPools();
        QVERIFY(!hasAlert(*m_monitor, key));
    }

    void refusedLoginRaisesAnAlertWithinAPoll()
    {
        const QString key = AlertKeys::loginsDenied(m_sales);
        const auto alice = login(QStringLiteral("alice"), m_sales, QStringLiteral("pc-alice"));
        const auto bob = login(QStringLiteral("bob"), m_sales, QStringLiteral("pc-bob"));
        QVERIFY(alice && bob);
        refreshPools();
        const auto carol = login(QStringLiteral("carol"), m_sales, QStringLiteral("pc-carol"));
        QVERIFY(!carol);
        QCOMPARE(carol.error().code, QStringLiteral("no_license_available"));

        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(*m_monitor, key), 10000);
        const Alert alert = alertOf(*m_monitor, key);
        QCOMPARE(alert.kind, AlertKind::LoginsDenied);
        QCOMPARE(alert.value, 1);
        QVERIFY2(alert.text.startsWith(QStringLiteral("Sales: logins refused for want of a free seat, 1 since")),
                 qPrintable(alert.text));

        // Newest first, the other alert counted; Details lists both in place.
        QVERIFY(m_banner->isVisible());
        const QString headline = child<QLabel>(*m_banner, "alertBannerLabel")->text();
        QVERIFY2(headline.startsWith(alert.text) && headline.endsWith(QStringLiteral("(+1 more)")),
                 qPrintable(headline));
        auto* details = child<QPushButton>(*m_banner, "alertDetailsButton");
        QVERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        auto* list = child<QLabel>(*m_banner, "alertDetailsLabel");
        QVERIFY(list->isVisible());
        QVERIFY(list->text().contains(QStringLiteral("Sales: 2 of 2 seats in use")));
        QVERIFY(list->text().contains(QStringLiteral("logins refused")));
        auto* content = child<QTableWidget>(*m_window, "poolsView");
        content->setRowCount(0);
        for (const PoolInfo& pool : pools()) {
            const int row = content->rowCount();
            content->insertRow(row);
            content->setItem(row, 0, new QTableWidgetItem(pool.name));
            content->setItem(row, 1, new QTableWidgetItem(QString::number(pool.seats)));
            content->setItem(row, 2, new QTableWidgetItem(QString::number(pool.inUse)));
            content->setItem(row, 3, new QTableWidgetItem(QString::number(pool.available)));
        }
        saveScreenshot(m_window.get(), "alert-banner.png");
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(!list->isVisible());

        // Dismiss hides what is shown; the alerts stay active in the monitor.
        QTest::mouseClick(child<QPushButton>(*m_banner, "alertDismissButton"), Qt::LeftButton);
        QVERIFY(!m_banner->isVisible());
        QVERIFY(hasAlert(*m_monitor, key));

        // No more refusals for the hold time (0 here): it clears at the next poll.
        m_monitor->setDenialHoldMs(0);
        QTRY_VERIFY_WITH_TIMEOUT(!hasAlert(*m_monitor, key), 10000);
        QVERIFY(logout(alice) && logout(bob));
        refreshPools();
        QVERIFY(m_monitor->activeAlerts().isEmpty());
    }

    void payPerUseBelowTheMinimum()
    {
        const QString key = AlertKeys::payPerUseLow();
        QVERIFY(!hasAlert(*m_monitor, key)); // 600 left, minimum 60
        const QList<PoolInfo> listed = pools();
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(),
                            [&](const PoolInfo& p) { return p.id == m_big && p.overflow; }));
        const int requested = m_tray->requestedCount();
        AlertSettings().setPpuMinimum(700);
        m_monitor->reloadSettings();
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(*m_monitor, key), 10000);
        const Alert alert = alertOf(*m_monitor, key);
        QCOMPARE(alert.value, 600);
        QVERIFY2(alert.text.contains(QStringLiteral("600 left, below the minimum of 700")), qPrintable(alert.text));
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->headline(), alert.text);
        QCOMPARE(m_tray->requestedCount(), requested + 1);

        // Buying minutes clears it at the next poll.
        QCOMPARE(postJson(m_gateway.client(), QStringLiteral("/account/ppu"), {{QStringLiteral("add_minutes"), 600}})
                     .value(QLatin1String("minutes"))
                     .toInt(),
                 1200);
        QTRY_VERIFY_WITH_TIMEOUT(!hasAlert(*m_monitor, key), 10000);
        QVERIFY(!m_banner->isVisible());
    }

    void reportWritesCsvWithTheSeededNumbers()
    {
        m_reportDialog = std::make_unique<ReportDialog>(&m_gateway.client());
        ReportDialog& dialog = *m_reportDialog;
        QSignalSpy loaded(&dialog, &ReportDialog::poolsLoaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        auto* table = child<QTableWidget>(dialog, "reportPoolTable");
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked); // all pools by default

        auto* period = child<QComboBox>(dialog, "reportPeriodComboBox");
        period->setCurrentIndex(period->findData(int(ReportPeriod::Kind::Custom)));
        QVERIFY(child<QDateEdit>(dialog, "reportFromDateEdit")->isEnabled());
        child<QDateEdit>(dialog, "reportFromDateEdit")->setDate(m_yesterday);
        child<QDateEdit>(dialog, "reportToDateEdit")->setDate(m_yesterday);
        auto* format = child<QComboBox>(dialog, "reportFormatComboBox");
        format->setCurrentIndex(format->findData(int(ReportSettings::Format::Csv)));
        const QString path = QDir(m_outDir.path()).filePath(QStringLiteral("usage.csv"));
        child<QLineEdit>(dialog, "reportPathLineEdit")->setText(path);

        QSignalSpy written(&dialog, &ReportDialog::reportWritten);
        QTest::mouseClick(child<QPushButton>(dialog, "createReportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QCOMPARE(written.first().first().toString(), path);
        for (QProgressBar* bar : table->findChildren<QProgressBar*>())
            QCOMPARE(bar->value(), 100);
        QVERIFY(child<QLabel>(dialog, "reportStatusLabel")->text().contains(QStringLiteral("usage.csv")));
        saveScreenshot(&dialog, "report-dialog.png");

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvTable csv = parseCsv(file.readAll());
        QVERIFY(!csv.problem);
        QCOMPARE(csv.rows.size(), 4);
        QCOMPARE(csv.rows.at(0).join(QLatin1Char(',')),
                 QStringLiteral("pool,period_start,period_end,peak,average,seats,utilisation_percent,denials,"
                                "minutes_at_full"));
        const QString start = IsoTime::format(localMs(m_yesterday, 0, 0));
        const QString end = IsoTime::format(localMs(m_yesterday.addDays(1), 0, 0));
        // Sales, 09:00-09:05: in use 1 2 2 2 1 0 of 2, denials 3 + 1 -> peak 2, average 8/6, 66.7 %, 3 minutes full.
        // Support, 09:02-09:03: 5 and 7 of 10 -> peak 7, average 6, 60 %.
        // Total per minute: 1/2 2/2 7/12 9/12 1/2 0/2 -> peak 9, average 20/6, seats 12, 27.8 %, 1 minute full.
        QMap<QString, QStringList> rows;
        for (const QStringList& row : csv.rows.mid(1))
            rows.insert(row.first(), row);
        QCOMPARE(rows.value(QStringLiteral("Sales")),
                 (QStringList{QStringLiteral("Sales"), start, end, QStringLiteral("2"), QStringLiteral("1.33"),
                              QStringLiteral("2"), QStringLiteral("66.7"), QStringLiteral("4"), QStringLiteral("3")}));
        QCOMPARE(rows.value(QStringLiteral("Support")),
                 (QStringList{QStringLiteral("Support"), start, end, QStringLiteral("7"), QStringLiteral("6.00"),
                              QStringLiteral("10"), QStringLiteral("60.0"), QStringLiteral("0"), QStringLiteral("0")}));
        QCOMPARE(rows.value(QStringLiteral("Total")),
                 (QStringList{QStringLiteral("Total"), start, end, QStringLiteral("9"), QStringLiteral("3.33"),
                              QStringLiteral("12"), QStringLiteral("27.8"), QStringLiteral("4"), QStringLiteral("1")}));

        const ReportSettings remembered;
        QCOMPARE(remembered.lastFolder(), QFileInfo(path).absolutePath());
        QCOMPARE(remembered.lastFormat(), ReportSettings::Format::Csv);
    }

    void reportWritesAPdf()
    {
        QVERIFY(m_reportDialog);
        ReportDialog& dialog = *m_reportDialog;
        auto* format = child<QComboBox>(dialog, "reportFormatComboBox");
        format->setCurrentIndex(format->findData(int(ReportSettings::Format::Pdf)));
        const QString path = child<QLineEdit>(dialog, "reportPathLineEdit")->text();
        QCOMPARE(path, QDir(m_outDir.path()).filePath(QStringLiteral("usage.pdf"))); // the extension follows
        QSignalSpy written(&dialog, &ReportDialog::reportWritten);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 8000, qPrintable(QString::number(pdf.size())));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(ReportSettings().lastFormat(), ReportSettings::Format::Pdf);

        // A picture of page 1 for the docs, when asked for and poppler's pdftoppm is installed.
        const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!dir.isEmpty() && !pdftoppm.isEmpty()) {
            const QString out = QDir(dir).filePath(QStringLiteral("usage-report"));
            QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"),
                                                  QStringLiteral("-singlefile"), path, out}),
                     0);
        }
    }

    void reportFailuresAndStopShowInPlace()
    {
        QVERIFY(m_reportDialog);
        ReportDialog& dialog = *m_reportDialog;
        auto* format = child<QComboBox>(dialog, "reportFormatComboBox");
        format->setCurrentIndex(format->findData(int(ReportSettings::Format::Csv)));
        auto* pathEdit = child<QLineEdit>(dialog, "reportPathLineEdit");
        auto* error = child<QLabel>(dialog, "reportErrorLabel");

        // A folder that does not exist: the file cannot be written, and the dialog says so.
        pathEdit->setText(QDir(m_outDir.path()).filePath(QStringLiteral("missing/usage.csv")));
        QSignalSpy failed(&dialog, &ReportDialog::reportFailed);
        QTest::mouseClick(child<QPushButton>(dialog, "createReportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Could not write")), qPrintable(error->text()));
        QVERIFY(!dialog.isRunning());

        // No pool chosen.
        QTest::mouseClick(child<QPushButton>(dialog, "reportNoPoolsButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "createReportButton"), Qt::LeftButton);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(error->text(), QStringLiteral("Choose at least one pool."));
        QTest::mouseClick(child<QPushButton>(dialog, "reportAllPoolsButton"), Qt::LeftButton);

        // Stop while fetching a month, day by day: nothing is written.
        auto* period = child<QComboBox>(dialog, "reportPeriodComboBox");
        period->setCurrentIndex(period->findData(int(ReportPeriod::Kind::Last30Days)));
        const QString path = QDir(m_outDir.path()).filePath(QStringLiteral("stopped.csv"));
        pathEdit->setText(path);
        QSignalSpy written(&dialog, &ReportDialog::reportWritten);
        QTest::mouseClick(child<QPushButton>(dialog, "createReportButton"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!error->isVisible());
        auto* stop = child<QPushButton>(dialog, "cancelReportButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QVERIFY(child<QLabel>(dialog, "reportStatusLabel")->text().startsWith(QStringLiteral("Stopped")));
        QCOMPARE(written.count(), 0);
        QVERIFY(!QFile::exists(path));
    }

    void cleanupTestCase()
    {
        m_reportDialog.reset();
        m_window.reset();
        m_gateway.stop();
        QSettings().clear();
    }
};

QTEST_MAIN(TestAlertsReports)
#include "TestAlertsReports.moc"
