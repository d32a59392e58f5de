#include "console/usage/UsageViewport.h"

#include <QtGlobal>

#include <cmath>

namespace seatwise {

void UsageViewport::setBounds(UsageRange bounds)
{
    m_bounds = bounds;
    m_visible = bounds;
}

bool UsageViewport::isZoomed() const
{
    return m_visible.fromMs != m_bounds.fromMs || m_visible.toMs != m_bounds.toMs;
}

bool UsageViewport::zoom(double atMs, double factor)
{
    if (!(factor > 0))
        return false;
    const double from = double(m_visible.fromMs);
    const double span = double(m_visible.spanMs());
    const double at = qBound(from, atMs, from + span);
    const double newSpan =
        qBound(double(qMin(kMinSpanMs, m_bounds.spanMs())), span * factor, double(m_bounds.spanMs()));
    const double newFrom = at - (at - from) * (newSpan / span);
    return setVisible({qint64(std::llround(newFrom)), qint64(std::llround(newFrom + newSpan))});
}

bool UsageViewport::pan(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_visible.spanMs()) * fraction));
    return setVisible({m_visible.fromMs + shift, m_visible.toMs + shift});
}

bool UsageViewport::reset()
{
    return setVisible(m_bounds);
}

bool UsageViewport::setVisible(UsageRange range)
{
    qint64 span = qBound(qMin(kMinSpanMs, m_bounds.spanMs()), range.spanMs(), m_bounds.spanMs());
    qint64 from = qBound(m_bounds.fromMs, range.fromMs, m_bounds.toMs - span);
    const UsageRange next{from, from + span};
    if (next.fromMs == m_visible.fromMs && next.toMs == m_visible.toMs)
        return false;
    m_visible = next;
    return true;
}

} // namespace seatwise
