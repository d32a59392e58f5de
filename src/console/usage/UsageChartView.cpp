#include "console/usage/UsageChartView.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>
#include <memory>

namespace seatwise {
namespace {

// A y-axis top and tick step that read well: 1, 2 or 5 times a power of ten, about five ticks.
std::pair<int, int> niceSeatScale(int largest)
{
    const double top = qMax(1.0, largest * 1.08);
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        if (top / (1 * magnitude) <= 6) {
            step = 1 * magnitude;
            break;
        }
        if (top / (2 * magnitude) <= 6) {
            step = 2 * magnitude;
            break;
        }
        if (top / (5 * magnitude) <= 6) {
            step = 5 * magnitude;
            break;
        }
    }
    const int ticks = int(std::ceil(top / step));
    return {int(ticks * step), ticks + 1};
}

QPen linePen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

UsageChartView::UsageChartView(QWidget* parent)
    : QChartView(parent)
    , m_inUse(new QLineSeries)
    , m_seats(new QLineSeries)
    , m_denials(new QScatterSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_seatAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 12, 6));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_inUse->setName(tr("Seats in use (peak)"));
    m_inUse->setPen(linePen(QColor(0x1f, 0x77, 0xb4), 1.4));
    m_seats->setName(tr("Seats owned"));
    m_seats->setPen(linePen(QColor(0xe0, 0x7b, 0x00), 2.2));
    m_denials->setName(tr("Denied logins"));
    m_denials->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_denials->setMarkerSize(7);
    m_denials->setColor(QColor(0xd6, 0x27, 0x28));
    m_denials->setBorderColor(Qt::white);
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*>{m_inUse, m_seats, m_denials})
        chart->addSeries(series);

    m_timeAxis->setTitleText(tr("Time"));
    m_seatAxis->setTitleText(tr("Seats"));
    m_seatAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_seatAxis->setMinorTickCount(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_seatAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_seatAxis);
    }
    // QChartView made a chart of its own and releases it to whoever replaces it: that is us.
    std::unique_ptr<QChart> madeByTheView(this->chart());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(420, 260);

    connect(m_denials, &QScatterSeries::hovered, this, &UsageChartView::showDenialTip);
    // The plot's width decides how many points the series get; resample when it changes.
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        if (m_timeline && int(area.width()) != m_sampledColumns)
            QTimer::singleShot(0, this, [this] {
                if (plotColumns() != m_sampledColumns)
                    resample();
            });
    });
    setTimeline(nullptr, UsagePeriod::Week);
}

UsageChartView::~UsageChartView() = default;

void UsageChartView::setTimeline(const UsageTimeline* timeline, UsagePeriod period)
{
    m_timeline = timeline;
    m_period = period;
    const bool empty = !timeline || (timeline->fromMs() == 0 && timeline->toMs() == 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_viewport.setBounds(empty ? UsagePeriods::rangeFor(period, now)
                               : UsageRange{timeline->fromMs(), timeline->toMs()});
    const auto [top, ticks] = niceSeatScale(timeline ? qMax(timeline->maxSeats(), timeline->maxPeak()) : 0);
    m_seatAxis->setRange(0, top);
    m_seatAxis->setTickCount(ticks);
    resample();
}

int UsageChartView::plotColumns() const
{
    const int width = int(chart()->plotArea().width());
    return width > 10 ? width : qMax(10, QChartView::viewport()->width() - 80);
}

bool UsageChartView::zoomAt(double atMs, double factor)
{
    if (!m_viewport.zoom(atMs, factor))
        return false;
    resample();
    return true;
}

bool UsageChartView::panBy(double fraction)
{
    if (!m_viewport.pan(fraction))
        return false;
    resample();
    return true;
}

bool UsageChartView::setVisibleRange(UsageRange range)
{
    if (!m_viewport.setVisible(range))
        return false;
    resample();
    return true;
}

void UsageChartView::resetZoom()
{
    if (m_viewport.reset())
        resample();
}

void UsageChartView::resample()
{
    const UsageRange visible = m_viewport.visible();
    const int columns = plotColumns();
    updateAxes(columns);
    UsageTimeline::Sampled sampled;
    if (m_timeline)
        sampled = m_timeline->sample(visible.fromMs, visible.toMs, columns);
    // replace() once per series: append() to an attached series rebuilds its path for every point.
    m_inUse->replace(sampled.inUse);
    m_seats->replace(sampled.seats);
    m_denials->replace(sampled.denials);
    m_sampledColumns = columns;
    Q_EMIT visibleRangeChanged(visible.fromMs, visible.toMs);
}

void UsageChartView::updateAxes(int columns)
{
    const UsageRange visible = m_viewport.visible();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(visible.fromMs), QDateTime::fromMSecsSinceEpoch(visible.toMs));
    if (m_viewport.isZoomed()) {
        m_timeAxis->setFormat(UsagePeriods::axisFormatForSpan(visible.spanMs()));
        m_timeAxis->setTickCount(qBound(2, columns / 120, 10) + 1);
    } else {
        m_timeAxis->setFormat(UsagePeriods::axisFormat(m_period));
        m_timeAxis->setTickCount(UsagePeriods::tickIntervals(m_period, columns) + 1);
    }
}

double UsageChartView::valueAtPixel(const QPointF& pos) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(pos.toPoint())), m_inUse).x();
}

void UsageChartView::showDenialTip(const QPointF& point, bool entered)
{
    const UsagePoint* minute = m_timeline && entered ? m_timeline->pointAt(qint64(point.x())) : nullptr;
    if (!minute) {
        QToolTip::hideText();
        return;
    }
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(minute->atMs), QLocale::ShortFormat);
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2 of %3 seats in use, denied logins: %4")
                           .arg(when)
                           .arg(minute->peak)
                           .arg(minute->seats)
                           .arg(minute->denials),
                       this);
}

void UsageChartView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // One notch (120) zooms by 20 %; the time under the cursor stays put.
    zoomAt(valueAtPixel(event->position()), std::pow(0.8, delta / 120.0));
    event->accept();
}

void UsageChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_lastDragPos = event->position();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void UsageChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const double dx = event->position().x() - m_lastDragPos.x();
    m_lastDragPos = event->position();
    const double width = chart()->plotArea().width();
    if (width > 0 && dx != 0)
        panBy(-dx / width); // dragging right shows earlier times
    event->accept();
}

void UsageChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    event->accept();
}

void UsageChartView::keyPressEvent(QKeyEvent* event)
{
    const double middle = double(m_viewport.visible().fromMs + m_viewport.visible().spanMs() / 2);
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(middle, 0.8);
        break;
    case Qt::Key_Minus:
        zoomAt(middle, 1.25);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace seatwise
