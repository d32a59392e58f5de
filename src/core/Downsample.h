#pragma once

#include <QList>
#include <QPointF>

#include <span>

namespace seatwise {

// Downsampling of sorted (x ascending) series for charts: the full data stays with the caller and
// a chart gets a few points per pixel column. Pure functions, QtCore only.

// Largest-Triangle-Three-Buckets (Steinarsson 2013): at most `threshold` points that keep the visual
// shape; the first and last points are always kept. threshold >= size copies the input; threshold 1
// keeps the first point, 2 the first and last, <= 0 none.
QList<QPointF> lttb(std::span<const QPointF> points, int threshold);

// For step-shaped data where peaks matter (seats in use): the x-range is cut into `columns` equal
// columns and each non-empty column gives its lowest and highest point, in x order (one point when
// they coincide). The first and last points are always kept, so the result has at most
// 2 * columns + 2 points and every local extreme of the input survives. columns <= 0 copies the input.
QList<QPointF> minMaxPerColumn(std::span<const QPointF> points, int columns);

// The part of a sorted series with from <= x <= to, found by binary search. With `neighbours`, one
// point on each side outside the range is included, so a line drawn from it reaches the plot's edges.
std::span<const QPointF> sliceX(std::span<const QPointF> sorted, double from, double to, bool neighbours = true);

} // namespace seatwise
