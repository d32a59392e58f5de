#include "console/usage/UsageHeatmapWidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <array>

namespace seatwise {
namespace {

// Light to dark blue for the share of seats in use; a full pool is drawn in orange.
constexpr std::array kScale{QColor(0xf2, 0xf7, 0xfc), QColor(0xc6, 0xdb, 0xef), QColor(0x6b, 0xae, 0xd6),
                            QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)};
const QColor kFull(0xe6, 0x55, 0x0d);
const QColor kNoData(0xee, 0xee, 0xee);

QColor shade(double share)
{
    share = qBound(0.0, share, 1.0) * double(kScale.size() - 1);
    const int low = qMin(int(share), int(kScale.size()) - 2);
    const double f = share - low;
    const QColor& a = kScale[std::size_t(low)];
    const QColor& b = kScale[std::size_t(low) + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace

UsageHeatmapWidget::UsageHeatmapWidget(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(true);
}

UsageHeatmapWidget::~UsageHeatmapWidget() = default;

void UsageHeatmapWidget::setGrid(const HeatmapGrid& grid, const QString& zoneName)
{
    m_grid = grid;
    m_zoneName = zoneName;
    update();
}

QString UsageHeatmapWidget::dayName(int day)
{
    return QLocale().dayName(day + 1, QLocale::ShortFormat);
}

QSize UsageHeatmapWidget::sizeHint() const
{
    return {760, fontMetrics().height() * 4 + 7 * 26 + 24};
}

QSize UsageHeatmapWidget::minimumSizeHint() const
{
    return {420, fontMetrics().height() * 4 + 7 * 16 + 24};
}

QRect UsageHeatmapWidget::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (int day = 0; day < HeatmapGrid::kDays; ++day)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(dayName(day)));
    const int left = labelWidth + 14;
    const int top = fm.height() * 2 + 10; // title, hour labels
    const int bottom = fm.height() + 18;  // legend
    return QRect(left, top, qMax(24, width() - left - 12), qMax(7, height() - top - bottom));
}

QRect UsageHeatmapWidget::cellRect(int day, int hour) const
{
    const QRect area = gridRect();
    const int x0 = area.left() + area.width() * hour / HeatmapGrid::kHours;
    const int x1 = area.left() + area.width() * (hour + 1) / HeatmapGrid::kHours;
    const int y0 = area.top() + area.height() * day / HeatmapGrid::kDays;
    const int y1 = area.top() + area.height() * (day + 1) / HeatmapGrid::kDays;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

std::optional<UsageHeatmapWidget::Cell> UsageHeatmapWidget::cellAt(const QPoint& pos) const
{
    const QRect area = gridRect();
    if (!area.contains(pos))
        return std::nullopt;
    const int hour = qMin(HeatmapGrid::kHours - 1, (pos.x() - area.left()) * HeatmapGrid::kHours / area.width());
    const int day = qMin(HeatmapGrid::kDays - 1, (pos.y() - area.top()) * HeatmapGrid::kDays / area.height());
    return Cell{day, hour};
}

QString UsageHeatmapWidget::toolTipFor(int day, int hour) const
{
    const QString hours =
        QStringLiteral("%1:00–%2:00").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0'));
    if (!m_grid.hasData(day, hour))
        return tr("%1 %2: no usage recorded").arg(dayName(day), hours);
    return tr("%1 %2: peak %3 of %4 seats")
        .arg(dayName(day), hours)
        .arg(m_grid.peak[day][hour])
        .arg(m_grid.seats[day][hour]);
}

bool UsageHeatmapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto cell = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(cell->day, cell->hour), this,
                               cellRect(cell->day, cell->hour));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void UsageHeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const QRect area = gridRect();

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().text().color());
    const QString title = m_zoneName.isEmpty() ? tr("Peak seats in use by weekday and hour")
                                               : tr("Peak seats in use by weekday and hour (%1)").arg(m_zoneName);
    painter.drawText(QRect(area.left(), 2, area.width(), fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font());

    const int hourStep = area.width() / HeatmapGrid::kHours >= fm.horizontalAdvance(QStringLiteral("00")) + 4 ? 1 : 3;
    for (int hour = 0; hour < HeatmapGrid::kHours; hour += hourStep) {
        const QRect cell = cellRect(0, hour);
        painter.drawText(QRect(cell.left(), area.top() - fm.height() - 4, cell.width(), fm.height()), Qt::AlignCenter,
                         QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    for (int day = 0; day < HeatmapGrid::kDays; ++day) {
        const QRect row = cellRect(day, 0);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(0, row.top(), area.left() - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         dayName(day));
        for (int hour = 0; hour < HeatmapGrid::kHours; ++hour) {
            const QRect cell = cellRect(day, hour);
            const int peak = m_grid.peak[day][hour];
            const int seats = m_grid.seats[day][hour];
            QColor fill = kNoData;
            if (peak >= 0)
                fill = seats > 0 && peak >= seats ? kFull : shade(seats > 0 ? double(peak) / seats : 0.0);
            painter.fillRect(cell.adjusted(0, 0, -1, -1), fill);
            if (peak >= 0 && cell.width() >= fm.horizontalAdvance(QString::number(peak)) + 4 &&
                cell.height() >= fm.height()) {
                painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20));
                painter.drawText(cell, Qt::AlignCenter, QString::number(peak));
            }
        }
    }
    paintLegend(painter, QRect(area.left(), area.bottom() + 8, area.width(), fm.height() + 4));
}

void UsageHeatmapWidget::paintLegend(QPainter& painter, const QRect& area) const
{
    const QFontMetrics fm = fontMetrics();
    painter.setPen(palette().text().color());
    int x = area.left();
    const QString low = tr("0% of seats in use");
    painter.drawText(QRect(x, area.top(), fm.horizontalAdvance(low), area.height()), Qt::AlignVCenter, low);
    x += fm.horizontalAdvance(low) + 6;
    QLinearGradient gradient(x, 0, x + 160, 0);
    for (std::size_t i = 0; i < kScale.size(); ++i)
        gradient.setColorAt(double(i) / double(kScale.size() - 1), kScale[i]);
    const QRect bar(x, area.top() + 2, 160, area.height() - 4);
    painter.fillRect(bar, gradient);
    x = bar.right() + 6;
    const QString high = tr("100%");
    painter.drawText(QRect(x, area.top(), fm.horizontalAdvance(high), area.height()), Qt::AlignVCenter, high);
    x += fm.horizontalAdvance(high) + 18;
    painter.fillRect(QRect(x, area.top() + 2, area.height() - 4, area.height() - 4), kFull);
    x += area.height() + 2;
    const QString full = tr("every seat in use");
    painter.drawText(QRect(x, area.top(), fm.horizontalAdvance(full), area.height()), Qt::AlignVCenter, full);
    x += fm.horizontalAdvance(full) + 18;
    painter.fillRect(QRect(x, area.top() + 2, area.height() - 4, area.height() - 4), kNoData);
    x += area.height() + 2;
    const QString none = tr("no data");
    painter.drawText(QRect(x, area.top(), fm.horizontalAdvance(none), area.height()), Qt::AlignVCenter, none);
}

} // namespace seatwise
