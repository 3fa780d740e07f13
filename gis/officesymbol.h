#pragma once

#include "core/office.h"
#include "gis/mapstyle.h"

#include <QColor>
#include <QPainterPath>
#include <QPointF>

#include <optional>

class QPainter;

namespace madoguchi::gis {

// The map's symbols, drawn by one set of functions wherever they appear — the map, its legend on the
// page and in the dock, the charts, the presentation — so that an office kind or a decision looks the
// same everywhere (MapStyle holds their shapes, sizes and colours). Sizes are in typographic points,
// turned into painter units by `pixelsPerPoint` (dpi / 72).

// The office's symbol: the kind's shape and size (MapStyle::officeSymbol) filled with `fill` (usually
// MapStyle::decisionColor of its decision), outlined, and ringed by the style's halo (white by
// default) so that it stands out on any fill. `scale` enlarges it (a selected point).
void paintOfficeSymbol(QPainter &painter, const MapStyle &style, OfficeKind kind, const QColor &fill,
                       const QPointF &centre, double pixelsPerPoint, double scale = 1.0);
// The outline of the symbol as a path (hit tests, obstacles).
QPainterPath officeSymbolPath(const MapStyle &style, OfficeKind kind, const QPointF &centre, double pixelsPerPoint,
                              double scale = 1.0);
// The radius of the circle around the symbol that rings and labels keep clear of, in painter units.
// The halo (MapStyle::officeHaloWidthPoints) lies outside it, within the selection ring's gap.
double officeSymbolRadius(const MapStyle &style, OfficeKind kind, double pixelsPerPoint, double scale = 1.0);

// A filled arrowhead with its tip at `tip`, pointing along the unit vector `direction`.
void paintArrowhead(QPainter &painter, const QPointF &tip, const QPointF &direction, double length,
                    const QColor &color);

// Diagonal lines ("/" on screen) across `area`, `spacing` apart measured across them, no outline,
// clipped to `area` and to `bounds`. The lines pass through `anchor`, so that neighbouring areas (and a
// panned map) continue each other's lines.
void paintHatch(QPainter &painter, const QPainterPath &area, const QRectF &bounds, const QColor &color,
                double widthPixels, double spacing, const QPointF &anchor = {});

} // namespace madoguchi::gis
