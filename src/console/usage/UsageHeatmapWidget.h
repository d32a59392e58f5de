#pragma once

#include "console/usage/UsageHeatmap.h"

#include <QWidget>

#include <optional>

namespace seatwise {

// Weekday x hour grid of the peak seats in use over the selected period, shaded by the share of the
// seats owned in use (full cells stand out), with a legend and a tooltip per cell.
class UsageHeatmapWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageHeatmapWidget)

public:
    explicit UsageHeatmapWidget(QWidget* parent = nullptr);
    ~UsageHeatmapWidget() override;

    void setGrid(const HeatmapGrid& grid, const QString& zoneName);
    const HeatmapGrid& grid() const { return m_grid; }

    struct Cell {
        int day = 0; // 0 = Monday
        int hour = 0;
    };
    std::optional<Cell> cellAt(const QPoint& pos) const;
    QRect cellRect(int day, int hour) const;
    // "Tue 14:00–15:00: peak 37 of 40 seats"
    QString toolTipFor(int day, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    static QString dayName(int day);
    void paintLegend(QPainter& painter, const QRect& area) const;

    HeatmapGrid m_grid;
    QString m_zoneName;
};

} // namespace seatwise
