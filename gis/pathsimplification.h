#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace madoguchi::gis {

// Map geometry generalised to what an output can show, for the map renderer's polygon and line
// layers: a full-resolution boundary has several vertices per pixel at city scale (the prefecture's
// N03 polygons have 260,000), and Qt strokes a wide pen at microseconds per vertex; the generalised
// line covers the same pixels.

// A vertex closer than this to the previous one (|dx| + |dy|, in pixels) is dropped.
inline constexpr double kPathDropPixels = 0.25;
// The Douglas–Peucker tolerance each ring is simplified with, in pixels.
inline constexpr double kPathSimplifyPixels = 0.5;

// Douglas–Peucker: the vertices of `line` that keep it within `tolerance` of the original, in their
// order; the first and the last vertex are always kept. Lines of three vertices or fewer are returned
// as they are.
QPolygonF simplifiedPolyline(const QPolygonF &line, double tolerance);

// `mapPath` mapped by `worldToScreen` (a scale and a translation, as MapSettings::mapToScreen() is)
// into screen coordinates and generalised:
// - a run of vertices all beyond the same edge of `output` grown by `margin` (wider than any pen) is
//   replaced by its first and last vertex: the straight segment between them stays beyond that edge,
//   so what is visible (fill and outline) is unchanged, and a zoomed-in map strokes only about the
//   vertices on screen;
// - a vertex closer than kPathDropPixels to the previous one is dropped (the last one of a ring never
//   is), then each ring is simplified with simplifiedPolyline() at kPathSimplifyPixels.
// Every ring keeps its first and last vertex, and a closed ring (last vertex equal to the first) is
// closed in the result. The fill rule is kept. A path with curves is only mapped, not generalised.
QPainterPath screenPath(const QPainterPath &mapPath, const QTransform &worldToScreen, const QRectF &output,
                        double margin);

} // namespace madoguchi::gis
