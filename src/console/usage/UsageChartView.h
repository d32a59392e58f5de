#pragma once

#include "console/usage/UsageTimeline.h"
#include "console/usage/UsageViewport.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace seatwise {

// The usage chart: seats in use (peak per minute), seats owned (a staircase) and denials (markers)
// over time. It draws from a UsageTimeline it does not own, and gives the series only the visible
// range resampled to about two points per pixel column, again after every zoom, pan or resize.
// Wheel: zoom the time axis around the cursor; drag or Left/Right: pan; +/-: zoom around the middle.
class UsageChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChartView)

public:
    explicit UsageChartView(QWidget* parent = nullptr);
    ~UsageChartView() override;

    // Shows a freshly loaded period, unzoomed. `timeline` must outlive the view or be replaced.
    void setTimeline(const UsageTimeline* timeline, UsagePeriod period);
    const UsageViewport& timeViewport() const { return m_viewport; }

    // factor < 1 zooms in around `atMs`; answers whether the visible range changed.
    bool zoomAt(double atMs, double factor);
    // Moves by a fraction of the visible span (negative: earlier).
    bool panBy(double fraction);
    bool setVisibleRange(UsageRange range);
    void resetZoom();

    QLineSeries* inUseSeries() const { return m_inUse; }
    QLineSeries* seatsSeries() const { return m_seats; }
    QScatterSeries* denialSeries() const { return m_denials; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    // The plot's width in pixels: the number of columns the series are sampled for.
    int plotColumns() const;

Q_SIGNALS:
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void resample();
    void updateAxes(int columns);
    void showDenialTip(const QPointF& point, bool entered);
    double valueAtPixel(const QPointF& pos) const;

    const UsageTimeline* m_timeline = nullptr;
    UsagePeriod m_period = UsagePeriod::Week;
    UsageViewport m_viewport;
    QLineSeries* m_inUse;
    QLineSeries* m_seats;
    QScatterSeries* m_denials;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_seatAxis;
    int m_sampledColumns = 0;
    bool m_dragging = false;
    QPointF m_lastDragPos;
};

} // namespace seatwise
