#include "client/GatewayClient.h"
#include "console/DemoHistory.h"
#include "console/EmbeddedGateway.h"
#include "console/usage/UsageChartView.h"
#include "console/usage/UsageChartsPanel.h"
#include "console/usage/UsageExport.h"
#include "console/usage/UsageHeatmap.h"
#include "console/usage/UsageHeatmapWidget.h"
#include "core/IsoTime.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "support/ConsoleTestKit.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QProgressBar>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <set>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;

namespace {

const QString kToken = QStringLiteral("usage-charts-test-token");
constexpr int kAgentSeats = 40;
constexpr int kSupportSeats = 12;
constexpr quint32 kAgentsSeed = 7;
constexpr quint32 kSupportSeed = 11;

template <typename T> T* child(const QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

double maxY(const QList<QPointF>& points)
{
    double top = -1;
    for (const QPointF& p : points)
        top = qMax(top, p.y());
    return top;
}

// Average x distance between consecutive points: how much detail the series shows.
double spacing(const QList<QPointF>& points)
{
    return points.size() < 2 ? 0 : (points.last().x() - points.first().x()) / double(points.size() - 1);
}

} // namespace

class TestUsageCharts final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kToken};
    std::unique_ptr<UsageChartsPanel> m_panel;
    QString m_agentsId;
    QString m_supportId;
    qint64 m_endMinute = 0; // the generated history ends here; the gateway's own minutes follow
    qint64 m_markMinute = 0;
    std::unique_ptr<DemoUsageModel> m_agents;

    void startGateway()
    {
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));
        m_gateway.client().setTimeoutMs(30000);
    }
    QString createPool(const QString& name, int seats)
    {
        PoolSpec spec;
        spec.name = name;
        spec.seats = seats;
        const auto made = QCoro::waitFor(m_gateway.client().createPool(spec));
        return made ? made->id : QString();
    }
    // What the Agents pool holds at `minute`: the generated history plus the test's mark.
    DemoMinute agentsAt(qint64 minute) const
    {
        DemoMinute m = m_agents->at(minute);
        if (minute == m_markMinute) {
            m.peak = kAgentSeats;
            m.denials += 3;
        }
        return m;
    }
    // Loads `period` by clicking its button and waits for the answer.
    bool clickPeriod(const char* button, int timeoutMs = 60000)
    {
        QSignalSpy loaded(m_panel.get(), &UsageChartsPanel::loaded);
        QTest::mouseClick(child<QToolButton>(*m_panel, button), Qt::LeftButton);
        if (!loaded.wait(timeoutMs) || !loaded.first().first().toString().isEmpty())
            return false;
        return !m_panel->isLoading();
    }
    bool selectPool(const QString& id)
    {
        QSignalSpy loaded(m_panel.get(), &UsageChartsPanel::loaded);
        m_panel->setPoolId(id);
        return loaded.wait(60000) && loaded.first().first().toString().isEmpty();
    }
    UsageChartView* chart() const { return m_panel->chartView(); }
    // The generated minutes of the panel's current range for Agents.
    std::vector<std::pair<qint64, DemoMinute>> expectedAgents() const
    {
        std::vector<std::pair<qint64, DemoMinute>> minutes;
        const qint64 first = m_panel->timeline().fromMs() / 60'000;
        const qint64 last = qMin(m_panel->timeline().toMs() / 60'000, m_endMinute);
        for (qint64 minute = first; minute < last; ++minute)
            minutes.emplace_back(minute, agentsAt(minute));
        return minutes;
    }
    // Checks what the chart shows of Agents against what was written.
    void verifyAgentsChart()
    {
        const UsageTimeline& timeline = m_panel->timeline();
        const auto expected = expectedAgents();
        int peak = 0;
        std::set<qint64> denialMinutes;
        for (const auto& [minute, m] : expected) {
            peak = qMax(peak, m.peak);
            if (m.denials > 0)
                denialMinutes.insert(minute * 60'000);
        }
        // The timeline holds every minute; the gateway adds its own (idle) minutes after the history.
        const qint64 gatewayMinutes = QDateTime::currentMSecsSinceEpoch() / 60'000 - m_endMinute + 2;
        QVERIFY(timeline.points().size() >= qsizetype(expected.size()));
        QVERIFY(timeline.points().size() <= qsizetype(expected.size()) + gatewayMinutes);
        QCOMPARE(timeline.maxPeak(), peak);
        QCOMPARE(maxY(chart()->inUseSeries()->points()), double(peak));
        // Seats owned: the pool's seats all along (bought more than 45 days ago).
        QVERIFY(!chart()->seatsSeries()->points().isEmpty());
        for (const QPointF& p : chart()->seatsSeries()->points())
            QCOMPARE(p.y(), double(kAgentSeats));
        // A marker at each minute with denials, on the seats-in-use line.
        std::set<qint64> markers;
        for (const QPointF& p : chart()->denialSeries()->points()) {
            markers.insert(qint64(p.x()));
            QCOMPARE(p.y(), double(timeline.pointAt(qint64(p.x()))->peak));
        }
        QVERIFY(denialMinutes.count(m_markMinute * 60'000) == 1);
        QCOMPARE(markers, denialMinutes);
        // The series get about two points per pixel column, never the whole minute data.
        const int columns = chart()->plotColumns();
        QVERIFY2(columns > 300, qPrintable(QString::number(columns)));
        QVERIFY(chart()->inUseSeries()->count() <= 2 * columns + 2);
        QVERIFY(chart()->seatsSeries()->count() <= 2 * columns + 2);
        QVERIFY(chart()->inUseSeries()->count() < timeline.points().size());
    }
    // The series hold what the timeline samples for the plot's current width (resizes settle late).
    bool sampledForPlotWidth() const
    {
        const UsageRange visible = chart()->timeViewport().visible();
        const auto sampled = m_panel->timeline().sample(visible.fromMs, visible.toMs, chart()->plotColumns());
        return chart()->inUseSeries()->points() == sampled.inUse;
    }
    static void saveScreenshot(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QTest::qWait(100);
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }
    QPoint plotPoint(double fx, double fy) const
    {
        const QRectF area = chart()->chart()->plotArea();
        const QPointF scene =
            chart()->chart()->mapToScene(QPointF(area.left() + area.width() * fx, area.top() + area.height() * fy));
        return chart()->mapFromScene(scene);
    }
    void wheel(const QPoint& at, int delta)
    {
        QWheelEvent event(at, chart()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart()->viewport(), &event);
    }
    void mouse(QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, at, chart()->viewport()->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(chart()->viewport(), &event);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SeatwiseTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestUsageCharts"));
        QSettings().remove(QStringLiteral("usageCharts"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dataDir.isValid());

        // The pools come from the gateway's API; the history is written into its store while it is down.
        m_endMinute = QDateTime::currentMSecsSinceEpoch() / 60'000;
        startGateway();
        m_agentsId = createPool(QStringLiteral("Agents"), kAgentSeats);
        m_supportId = createPool(QStringLiteral("Support"), kSupportSeats);
        QVERIFY(!m_agentsId.isEmpty() && !m_supportId.isEmpty());
        m_gateway.stop();

        const QString store = EmbeddedGateway::optionsFor(m_dataDir.path(), 0, kToken).db;
        DemoHistoryPlan agents;
        agents.sqlitePath = store;
        agents.poolIds = {m_agentsId};
        agents.days = 365;
        agents.endMs = m_endMinute * 60'000;
        agents.seed = kAgentsSeed;
        agents.zone = QTimeZone::utc();
        QElapsedTimer timer;
        timer.start();
        const Result<qint64> written = writeDemoHistory(agents);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        qInfo("demo history: %lld minutes of one pool written in %lld ms", written.value(), timer.elapsed());
        QCOMPARE(written.value(), qint64(365) * 1440);
        DemoHistoryPlan support = agents;
        support.poolIds = {m_supportId};
        support.days = 14;
        support.seed = kSupportSeed;
        QCOMPARE(writeDemoHistory(support).value(), qint64(14) * 1440);
        QCOMPARE(writeDemoHistory(support).value(), qint64(0)); // writing again keeps what is there
        m_agents = std::make_unique<DemoUsageModel>(kAgentSeats, m_endMinute, kAgentsSeed, QTimeZone::utc());

        // A known peak with denials 3 h 17 min before the end, inside the Day and Week views.
        m_markMinute = m_endMinute - 3 * 60 - 17;
        const Database database(StoreLocation{store});
        {
            auto db = database.connection();
            QVERIFY(db.ok());
            QVERIFY(
                Sql::exec(db.value(),
                          QStringLiteral("UPDATE usage_minutes SET peak = ?, denials = denials + 3 WHERE pool_id = ?"
                                         " AND minute = ?"),
                          {kAgentSeats, m_agentsId, m_markMinute})
                    .ok());
        }
        database.closeThreadConnection();

        startGateway();
        m_panel = std::make_unique<UsageChartsPanel>(&m_gateway.client());
        m_panel->setTimeZone(QTimeZone::utc());
        m_panel->resize(1100, 780);
        QSignalSpy loaded(m_panel.get(), &UsageChartsPanel::loaded);
        m_panel->show(); // loads the pools and the remembered period (Week by default)
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.first().first().toString(), QString());
        QCOMPARE(m_panel->period(), UsagePeriod::Week);
        QVERIFY(child<QToolButton>(*m_panel, "weekButton")->isChecked());
        QCOMPARE(child<QComboBox>(*m_panel, "usagePoolComboBox")->count(), 3); // all pools, Agents, Support
    }

    void allPoolsAreSummed()
    {
        QVERIFY(m_panel->poolId().isEmpty());
        QVERIFY(clickPeriod("dayButton"));
        // Both pools have rows for every minute of the day: seats 40 + 12.
        for (const QPointF& p : chart()->seatsSeries()->points())
            QCOMPARE(p.y(), double(kAgentSeats + kSupportSeats));
        QCOMPARE(m_panel->timeline().maxSeats(), kAgentSeats + kSupportSeats);
    }

    void dayAndWeekShowWhatWasWritten()
    {
        QVERIFY(selectPool(m_agentsId));
        QCOMPARE(m_panel->period(), UsagePeriod::Day);
        verifyAgentsChart();
        saveScreenshot(m_panel.get(), "usage-chart-day.png");
        QVERIFY(clickPeriod("weekButton"));
        QCOMPARE(m_panel->timeline().toMs() - m_panel->timeline().fromMs(), qint64(7) * 86'400'000);
        verifyAgentsChart();
        QCOMPARE(QSettings().value(QStringLiteral("usageCharts/period")).toString(), QStringLiteral("week"));
        saveScreenshot(m_panel.get(), "usage-chart-week.png");
        saveScreenshot(m_panel->heatmap(), "usage-heatmap.png");
    }

    void zoomPanAndResetResample()
    {
        const UsageRange full = chart()->timeViewport().bounds();
        QCOMPARE(chart()->timeViewport().visible().fromMs, full.fromMs);
        QTRY_VERIFY(sampledForPlotWidth());
        const double before = spacing(chart()->inUseSeries()->points());
        QVERIFY(before > 60'000); // a week on ~1000 px: several minutes per point

        // Three wheel notches over the middle of the plot: the time there stays, the span shrinks.
        const QPoint middle = plotPoint(0.5, 0.5);
        const double middleMs = double(full.fromMs + full.spanMs() / 2);
        for (int notch = 0; notch < 3; ++notch)
            wheel(middle, 120);
        UsageRange zoomed = chart()->timeViewport().visible();
        QVERIFY(zoomed.spanMs() < full.spanMs() * 0.6);
        QVERIFY(qAbs(double(zoomed.fromMs + zoomed.spanMs() / 2) - middleMs) < full.spanMs() * 0.01);
        QCOMPARE(chart()->timeAxis()->min().toMSecsSinceEpoch(), zoomed.fromMs);
        const double after = spacing(chart()->inUseSeries()->points());
        QVERIFY2(after < before * 0.7, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(chart()->inUseSeries()->count() <= 2 * chart()->plotColumns() + 2);
        // Zoomed to a few hours, every minute is drawn.
        while (chart()->timeViewport().visible().spanMs() > 4 * 3'600'000)
            wheel(middle, 120);
        QCOMPARE(spacing(chart()->inUseSeries()->points()), 60'000.0);
        zoomed = chart()->timeViewport().visible();

        // Left arrow: a tenth of the span earlier; dragging right by 100 px: earlier again.
        chart()->setFocus();
        QTest::keyClick(chart(), Qt::Key_Left);
        QVERIFY(qAbs(chart()->timeViewport().visible().fromMs - (zoomed.fromMs - zoomed.spanMs() / 10)) <= 1);
        const UsageRange beforeDrag = chart()->timeViewport().visible();
        const QPoint start = plotPoint(0.5, 0.5);
        mouse(QEvent::MouseButtonPress, start, Qt::LeftButton);
        mouse(QEvent::MouseMove, start + QPoint(100, 0), Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, start + QPoint(100, 0), Qt::NoButton);
        const UsageRange dragged = chart()->timeViewport().visible();
        QCOMPARE(dragged.spanMs(), beforeDrag.spanMs());
        const double expectedShift = beforeDrag.spanMs() * 100.0 / chart()->chart()->plotArea().width();
        QVERIFY(qAbs(double(beforeDrag.fromMs - dragged.fromMs) - expectedShift) < beforeDrag.spanMs() * 0.01);
        QVERIFY(!chart()->inUseSeries()->points().isEmpty());
        QVERIFY(chart()->inUseSeries()->points().first().x() <= double(dragged.fromMs));

        // Reset zoom: the button, then Ctrl+0.
        auto* reset = child<QToolButton>(*m_panel, "resetZoomButton");
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(chart()->timeViewport().visible().fromMs, full.fromMs);
        QCOMPARE(chart()->timeViewport().visible().toMs, full.toMs);
        QVERIFY(!reset->isEnabled());
        // The same detail as before zooming, once the axis labels have settled the plot's width.
        QTRY_VERIFY(sampledForPlotWidth());
        QVERIFY(qAbs(spacing(chart()->inUseSeries()->points()) - before) < before * 0.05);
        wheel(middle, 240);
        QVERIFY(chart()->timeViewport().isZoomed());
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        chart()->setFocus();
        QTest::keyClick(chart(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(!chart()->timeViewport().isZoomed());
    }

    void heatmapHoldsThePeakOfEachWeekdayHour()
    {
        std::array<std::array<int, 24>, 7> expected;
        for (auto& row : expected)
            row.fill(-1);
        for (const auto& [minute, m] : expectedAgents()) {
            const qint64 day = minute / 1440;
            int& cell = expected[std::size_t((day + 3) % 7)][std::size_t((minute % 1440) / 60)];
            cell = qMax(cell, m.peak);
        }
        const HeatmapGrid& grid = m_panel->heatmap()->grid();
        const int markDay = int((m_markMinute / 1440 + 3) % 7);
        const int markHour = int((m_markMinute % 1440) / 60);
        QCOMPARE(grid.peak[markDay][markHour], kAgentSeats);
        int compared = 0;
        for (int day = 0; day < 7; ++day)
            for (int hour = 0; hour < 24; ++hour)
                if (expected[day][hour] >= 0) {
                    QCOMPARE(grid.peak[day][hour], expected[day][hour]);
                    ++compared;
                }
        QVERIFY(compared >= 7 * 24 - 24);
        const QString weekday = QLocale().dayName(markDay + 1, QLocale::ShortFormat);
        QCOMPARE(m_panel->heatmap()->toolTipFor(markDay, markHour),
                 QStringLiteral("%1 %2:00–%3:00: peak 40 of 40 seats")
                     .arg(weekday)
                     .arg(markHour, 2, 10, QLatin1Char('0'))
                     .arg(markHour + 1, 2, 10, QLatin1Char('0')));
        const QRect cell = m_panel->heatmap()->cellRect(markDay, markHour);
        const auto hit = m_panel->heatmap()->cellAt(cell.center());
        QVERIFY(hit && hit->day == markDay && hit->hour == markHour);
    }

    void peakHeatmapBucketsByLocalWeekdayAndHour()
    {
        // 1970-01-05 was a Monday.
        const qint64 monday1030 = (4 * 1440 + 10 * 60 + 30) * 60'000LL;
        const qint64 sunday2330 = (3 * 1440 + 23 * 60 + 30) * 60'000LL;
        const QList<UsagePoint> points{{monday1030, 3, 10, 0, 0},
                                       {monday1030 + 60'000, 7, 10, 0, 0},
                                       {monday1030 + 120'000, 5, 12, 0, 0},
                                       {sunday2330, 2, 10, 0, 0}};
        const HeatmapGrid utc = peakHeatmap(points, QTimeZone::utc());
        QCOMPARE(utc.peak[0][10], 7);
        QCOMPARE(utc.seats[0][10], 10);
        QCOMPARE(utc.peak[6][23], 2);
        QCOMPARE(utc.peak[0][11], -1);
        QCOMPARE(utc.maxPeak, 7);
        QCOMPARE(utc.maxSeats, 12);
        const HeatmapGrid plusTwo = peakHeatmap(points, QTimeZone(2 * 3600));
        QCOMPARE(plusTwo.peak[0][12], 7);
        QCOMPARE(plusTwo.peak[0][1], 2); // Sunday 23:30 UTC is Monday 01:30 at +02:00
        QCOMPARE(plusTwo.peak[6][23], -1);
    }

    void exportsWriteTheWholePeriod()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString csvPath = out.filePath(QStringLiteral("usage.csv"));
        const QString pngPath = out.filePath(QStringLiteral("usage.png"));
        QStringList asked;
        m_panel->setSavePathHook([&](const QString&, const QString& suggested, const QString&) {
            asked.append(suggested);
            return suggested.endsWith(QLatin1String(".csv")) ? csvPath : pngPath;
        });
        QTest::mouseClick(child<QToolButton>(*m_panel, "exportCsvButton"), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        const QList<UsagePoint>& points = m_panel->timeline().points();
        QCOMPARE(lines.first(), QByteArrayLiteral("time_utc,peak,seats,logins,denials"));
        QCOMPARE(lines.size(), points.size() + 2); // header, one line per minute, the final newline
        QVERIFY(points.size() >= qsizetype(expectedAgents().size()));
        const qsizetype markRow =
            std::find_if(points.cbegin(), points.cend(),
                         [this](const UsagePoint& p) { return p.atMs == m_markMinute * 60'000; }) -
            points.cbegin();
        const DemoMinute mark = agentsAt(m_markMinute);
        QCOMPARE(lines.at(markRow + 1), QStringLiteral("%1,40,40,%2,%3")
                                            .arg(IsoTime::format(m_markMinute * 60'000))
                                            .arg(mark.logins)
                                            .arg(mark.denials)
                                            .toLatin1());

        QTest::mouseClick(child<QToolButton>(*m_panel, "exportPngButton"), Qt::LeftButton);
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart()->size() * chart()->devicePixelRatio());
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.first().contains(QLatin1String("usage-Agents-week")));
    }

    void csvWriterFormatsEachMinute()
    {
        const QList<UsagePoint> points{{0, 1, 2, 3, 4}, {60'000, 5, 6, 0, 0}};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(UsageExport::writeCsv(buffer, points));
        QCOMPARE(buffer.data(), QByteArrayLiteral("time_utc,peak,seats,logins,denials\n"
                                                  "1970-01-01T00:00:00Z,1,2,3,4\n"
                                                  "1970-01-01T00:01:00Z,5,6,0,0\n"));
    }

    void aYearLoadsInTheBackgroundAndDraws()
    {
        QSignalSpy loaded(m_panel.get(), &UsageChartsPanel::loaded);
        auto* progress = child<QProgressBar>(*m_panel, "usageProgressBar");
        QSignalSpy progressed(progress, &QProgressBar::valueChanged);
        // The UI thread keeps running while the weeks come in: a timer on it keeps ticking.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(child<QToolButton>(*m_panel, "yearButton"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 52);
        QVERIFY(loaded.wait(120000));
        ticker.stop();
        QVERIFY2(progressed.count() >= 52, qPrintable(QString::number(progressed.count())));
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QCoreApplication::processEvents(); // the first paint
        const qint64 totalMs = timer.elapsed();
        QCOMPARE(loaded.first().first().toString(), QString());
        const auto timing = m_panel->lastLoadTiming();
        qInfo("a year per minute (%lld points): fetched in %lld ms, drawn in %lld ms, %lld ms in all",
              qint64(m_panel->timeline().points().size()), timing.fetchMs, timing.drawMs, totalMs);
        QVERIFY(!progress->isVisible());
        QVERIFY(m_panel->timeline().points().size() >= qsizetype(363) * 1440);
        QVERIFY(chart()->inUseSeries()->count() <= 2 * chart()->plotColumns() + 2);
        QCOMPARE(maxY(chart()->inUseSeries()->points()), double(m_panel->timeline().maxPeak()));
        // The seats owned climb in steps over the year, up to today's 40.
        const QList<QPointF> seats = chart()->seatsSeries()->points();
        QVERIFY(seats.first().y() < kAgentSeats);
        QCOMPARE(seats.last().y(), double(kAgentSeats));
        QVERIFY2(timing.drawMs < 2000, "drawing a year must not freeze the console");
        saveScreenshot(m_panel.get(), "usage-chart-year.png");
    }

    void periodIsRemembered()
    {
        QCOMPARE(QSettings().value(QStringLiteral("usageCharts/period")).toString(), QStringLiteral("year"));
        UsageChartsPanel another(&m_gateway.client());
        QCOMPARE(another.period(), UsagePeriod::Year);
        QVERIFY(child<QToolButton>(another, "yearButton")->isChecked());
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_gateway.stop();
    }
};

QTEST_MAIN(TestUsageCharts)
#include "TestUsageCharts.moc"
