#pragma once

#include "console/usage/UsagePeriod.h"

namespace seatwise {

// The visible part of a period on the chart's time axis: zoom around a point, pan, reset; always
// inside the period and never narrower than kMinSpanMs.
class UsageViewport final {
public:
    static constexpr qint64 kMinSpanMs = 30 * 60'000;

    void setBounds(UsageRange bounds);
    UsageRange bounds() const { return m_bounds; }
    UsageRange visible() const { return m_visible; }
    bool isZoomed() const;

    // factor < 1 zooms in, > 1 out; `atMs` stays where it is on screen.
    bool zoom(double atMs, double factor);
    // Moves by `fraction` of the visible span (negative: back in time).
    bool pan(double fraction);
    bool reset();
    bool setVisible(UsageRange range);

private:
    UsageRange m_bounds;
    UsageRange m_visible;
};

} // namespace seatwise
