// Usage chart benchmark (issue #6): a year of per-minute usage drawn the way the console draws it
// (UsageTimeline: min/max per pixel column of the visible range, then one QXYSeries::replace) against
// drawing the already-downsampled series, and against handing the raw year to QLineSeries. Each
// cycle is replace + a full render of the chart view (QWidget::grab). Medians of interleaved rounds.
//   seatwise_chart_bench [--rounds N]
#include "BenchSupport.h"

#include "client/UsagePoint.h"
#include "console/usage/UsageTimeline.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

using namespace seatwise;
using namespace seatwise::bench;

namespace {

constexpr int Minutes = 525'600;
constexpr qint64 MinuteMs = 60'000;

QList<UsagePoint> yearOfMinutes(qint64 fromMs)
{
    QList<UsagePoint> points;
    points.reserve(Minutes);
    for (int i = 0; i < Minutes; ++i) {
        const double day = std::sin((i % 1440) / 1440.0 * 2 * M_PI - M_PI / 2) * 0.5 + 0.5;
        const int noise = int((quint32(i) * 2654435761u) >> 29); // 0..7, repeatable
        UsagePoint point;
        point.atMs = fromMs + i * MinuteMs;
        point.peak = int(60 * day) + noise;
        point.seats = 70;
        point.denials = point.peak > 66 ? 1 : 0;
        points.append(point);
    }
    return points;
}

// A chart view like the console's: in-use line, date axis, value axis; 1,000 x 500 pixels.
struct ChartUnderTest {
    QChartView view;
    QLineSeries* series = new QLineSeries;
    QDateTimeAxis* x = new QDateTimeAxis;
    QValueAxis* y = new QValueAxis;

    ChartUnderTest(qint64 fromMs, qint64 toMs)
    {
        auto* chart = new QChart;
        chart->addSeries(series);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
        y->setRange(0, 80);
        view.setChart(chart);
        view.resize(1000, 500);
        view.show();
    }
    int plotColumns() const { return int(view.chart()->plotArea().width()); }
    // One draw: the series takes the points once, then the whole view renders.
    double draw(const QList<QPointF>& points)
    {
        QElapsedTimer clock;
        clock.start();
        series->replace(points);
        const QPixmap frame = view.grab();
        const double ms = clock.nsecsElapsed() / 1e6;
        if (frame.isNull())
            fail("the chart did not render");
        return ms;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Interleaved rounds."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(rounds);
    parser.process(app);
    printMachine();

    const qint64 fromMs = QDateTime(QDate(2025, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 toMs = fromMs + Minutes * MinuteMs;
    UsageTimeline timeline;
    timeline.setPoints(yearOfMinutes(fromMs), fromMs, toMs);
    ChartUnderTest chart(fromMs, toMs);
    chart.draw({});
    const int columns = chart.plotColumns();
    const QList<QPointF> downsampled = timeline.sample(fromMs, toMs, columns).inUse;
    QList<QPointF> raw;
    raw.reserve(Minutes);
    for (const QPointF& point : timeline.inUse())
        raw.append(point);

    QList<double> fastPath;
    QList<double> baseline;
    QList<double> rawPath;
    for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
        // Each measured cycle starts from the same state: the chart showing a downsampled year.
        chart.draw(downsampled);
        QElapsedTimer clock;
        clock.start();
        const QList<QPointF> sampled = timeline.sample(fromMs, toMs, columns).inUse;
        const double sampling = clock.nsecsElapsed() / 1e6;
        fastPath.append(sampling + chart.draw(sampled));
        chart.draw(downsampled);
        baseline.append(chart.draw(downsampled));
        chart.draw(downsampled);
        rawPath.append(chart.draw(raw));
    }
    std::printf("(%d per-minute points, plot %d px wide, %lld points drawn after downsampling)\n", Minutes, columns,
                qint64(downsampled.size()));
    report(QStringLiteral("a year: downsample + draw, ms"), median(fastPath),
           QStringLiteral("drawing the already-downsampled series, ms"), median(baseline), 3.0, Goal::AtMost);
    report(QStringLiteral("a year: the raw series in QLineSeries, ms"), median(rawPath),
           QStringLiteral("downsample + draw, ms"), median(fastPath), 20.0, Goal::AtLeast);
    return 0;
}
