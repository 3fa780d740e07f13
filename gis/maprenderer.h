#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"
#include "gis/pointlabels.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

// The one paint loop of the map (QGIS's renderer job, Marble's paint-on-any-device): the canvas renders
// into a QImage on a worker thread, PNG/SVG/PDF export and the command line render onto their own
// devices, all through render(), so what is exported is what was on screen.
//
// Every function reads only its arguments (plus a process-wide, locked cache of rendered label
// images), so renders may run on several threads at once as long as each has its own painter.
// `content` must stay alive for the call (hold the shared_ptr).
class MapRenderer
{
public:
    // Draws the map into the rectangle (0, 0, settings.outputSize) of the painter: background;
    // population choropleth (when on); wards (filled, outlined); school districts (dashed when
    // approximate); threshold circles; nearest-ward-office lines; a scenario's impact (off by default:
    // the population cells beyond the distance guide after the scenario hatched, and each closed
    // counter's dashed line to its receiving counter with an arrowhead at the receiving end); schools;
    // offices (symbol per kind, fill per decision, selection and highlight rings); the labels, placed
    // without overlaps (ward offices first, then selected offices, other offices, ward names, distances
    // of the transfer and nearest-ward-office lines, circles, districts, schools); then the scale bar (ground lengths at the map's centre), a north arrow to true north
    // (grid north turned by the meridian convergence at the centre), the credits with the display
    // CRS, the approximate-district notice and the legend.
    // The map is drawn under the painter's current transform, so an exporter can translate it to a
    // place on a page; the painter's state is restored on return. On raster devices drawn without
    // scaling, labels come from cached images; on devices that keep text (SVG, PDF, QPicture) labels
    // and furniture texts are text (selectable, searchable; a PDF embeds the font) over outline halos;
    // elsewhere (e.g. a scaled raster painter) they are outlines.
    // Checks feedback->isCancelled() between layers and every few hundred features; returns false when it stopped
    // early (the painter then holds a partial map), true when the map is complete.
    static bool render(QPainter &painter, const MapContent &content, const MapSettings &settings,
                       const Feedback *feedback = nullptr);

    // How the offices were named in a render, in screen pixels: each labelled office's symbol and its
    // label (parallel, with the office's name), the key's entries ("number name"), and the pieces of
    // furniture (legend, key, credits, …) no label may cover.
    struct OfficeLabels
    {
        std::vector<LabelledPoint> points;
        std::vector<PointLabel> labels;
        QStringList names;
        QStringList key;
        std::vector<QRectF> furniture;
    };
    static bool render(QPainter &painter, const MapContent &content, const MapSettings &settings,
                       const Feedback *feedback, OfficeLabels *officeLabels);

    // The office whose symbol is nearest to `screenPoint`, if one is within `tolerancePixels` of its
    // symbol's edge. Only offices drawn (the office layer visible and inside the output) count; ward
    // offices win ties, as they are drawn on top.
    static std::optional<QString> officeAt(const QPointF &screenPoint, const MapSettings &settings,
                                           const MapContent &content, double tolerancePixels = 4.0);
    // The ids of the offices whose points lie inside `screenRect` (rubber-band selection), in content
    // order. Empty when the office layer is hidden.
    static QStringList officesIn(const QRectF &screenRect, const MapSettings &settings, const MapContent &content);

    // The scale bar for a map showing `groundMetersPerPixel` (ground metres: the projected metres per
    // pixel divided by the projection's scale factor at the map's centre), at most `maxPixels` long:
    // 2 to 4 steps of the largest round length (1, 2 or 5 × 10ⁿ m) of which two steps fit, e.g.
    // "0 1 2 km". steps == 0 when there is no sensible bar.
    struct ScaleBar
    {
        double stepMeters = 0.0;
        int steps = 0;
        double stepPixels = 0.0;
    };
    static ScaleBar scaleBar(double groundMetersPerPixel, double maxPixels);

    // "1.67 km" (two decimals from 1 km up), "850 m" below.
    static QString formatDistance(double meters);
};

} // namespace madoguchi::gis
