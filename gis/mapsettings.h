#pragma once

#include "core/terms.h"
#include "gis/mapstyle.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSize>
#include <QString>
#include <QTransform>

#include <array>
#include <cstddef>
#include <vector>

namespace madoguchi::gis {

class DisplayCrs;

// The map's layers, for visibility, opacity and draw order. Impact shows a scenario's effect: where
// each closed counter's work goes (MapContent::transferLines) and the population cells beyond the
// distance guide after the scenario (MapPopulationCell::beyondThresholdAfter).
enum class MapLayer { Population, Wards, SchoolDistricts, ThresholdCircles, NearestLines, Schools, Offices, Impact };
inline constexpr int kMapLayerCount = 8;

// What the population layer shows when it is drawn as a choropleth.
enum class PopulationChoropleth {
    Off,
    Density, // residents per km² of each cell (polygon cells; points are drawn by value)
    Share65, // residents aged 65+ as a share of the residents, in percent
};

enum class MapCorner { TopLeft, TopRight, BottomLeft, BottomRight };

struct LayerSettings
{
    bool visible = true;
    double opacity = 1.0; // 0 … 1
};

// Every layer visible at full opacity, except the impact layer, which is off until the planner asks
// for a scenario's impact.
constexpr std::array<LayerSettings, kMapLayerCount> defaultLayerSettings()
{
    std::array<LayerSettings, kMapLayerCount> layers{};
    layers[std::size_t(MapLayer::Impact)].visible = false;
    return layers;
}

struct LabelSettings
{
    bool wards = true;
    bool offices = true;
    bool distances = true;       // "1.67 km" on the nearest-ward-office and the transfer lines
    bool circles = true;         // "5 km" on the threshold circles
    bool schoolDistricts = true; // only when zoomed in beyond schoolDistrictMaxScale
    bool schools = false;
    // School district names are drawn only at scales larger than 1:schoolDistrictMaxScale
    // (a denominator below it), where they fit inside their districts.
    double schoolDistrictMaxScale = 60000.0;
};

// A value snapshot of everything a render needs besides the content: where, how large, which layers,
// which styles. Cheap to copy; the canvas makes one per frame and hands it to a worker thread, the
// exporter makes one per page (QGIS's QgsMapSettings).
//
// Coordinates: `extent` is in display metres with y NORTH: extent.left() is the west edge,
// extent.top() the SOUTH edge (the smaller y) and extent.bottom() the north edge; Qt's names for the
// edges assume y down and are not renamed here. On screen north is up. Screen coordinates are the
// painter's units (device pixels for a plain QImage; device-independent pixels for a QImage with a
// devicePixelRatio) with y down, and `dpi` is painter units per inch: sizes given in points become
// points * dpi / 72 units, so a 1 pt line is as thick at 96 dpi on screen as in a 300 dpi PNG.
struct MapSettings
{
    QRectF extent;         // display metres, y north; grown to the output's aspect (visibleExtent)
    QSize outputSize;      // painter units
    double dpi = 96.0;

    // Indexed by MapLayer.
    std::array<LayerSettings, kMapLayerCount> layers = defaultLayerSettings();
    // Bottom first. Layers missing from the list are not drawn.
    std::vector<MapLayer> drawOrder{MapLayer::Population,       MapLayer::Wards,        MapLayer::SchoolDistricts,
                                    MapLayer::ThresholdCircles, MapLayer::NearestLines, MapLayer::Impact,
                                    MapLayer::Schools,          MapLayer::Offices};
    // Off by default: when on, the population is drawn below the wards, whose fills are then left
    // out (outlines only) so the choropleth shows through.
    PopulationChoropleth populationChoropleth = PopulationChoropleth::Off;
    LabelSettings labels;

    QSet<QString> selectedOfficeIds;  // drawn with a selection ring; labelled before other branches
    QString highlightedOfficeId;      // e.g. under the mouse or in the details view; empty for none

    bool showScaleBar = true;
    bool showNorthArrow = true;
    bool showCredits = true;
    bool showLegend = true;
    // The legend's corner. The others hold the approximate-district notice (top left), the north
    // arrow (top right) and the scale bar above the credits (bottom left); a legend put in one of
    // them pushes its neighbour aside only by overlapping it, so move one of them off instead.
    MapCorner legendCorner = MapCorner::BottomRight;
    // The language of the legend drawn on the map: Japanese, the policy document's, on exported maps;
    // the interface's on screen (legend.h).
    Language legendLanguage = Language::Japanese;
    QColor backgroundColor{0xf7, 0xf9, 0xfb};
    // Printed on the map while approximate school districts are shown; empty: no notice.
    QString approximateDistrictNotice = QStringLiteral("小学校区は近似（最寄り校の領域）");

    MapStyle style;

    LayerSettings &layer(MapLayer which) { return layers[std::size_t(which)]; }
    const LayerSettings &layer(MapLayer which) const { return layers[std::size_t(which)]; }

    double pixelsPerPoint() const { return dpi / 72.0; }

    // The part of the map the output shows: `extent` grown in width or height (about its centre) to
    // the aspect ratio of outputSize, so pixels are square. Null when the extent or the size is empty.
    QRectF visibleExtent() const;
    // Display metres per screen unit.
    double metersPerPixel() const;
    // Display metres (y north) -> screen (y down), and back.
    QTransform mapToScreen() const;
    QTransform screenToMap() const;
    QPointF toScreen(const QPointF &mapPoint) const { return mapToScreen().map(mapPoint); }
    QPointF toMap(const QPointF &screenPoint) const { return screenToMap().map(screenPoint); }

    // Sets `extent` to show `bounds` whole, with `marginFraction` of its size added around it
    // (zoom to layer).
    void zoomToFit(const QRectF &bounds, double marginFraction = 0.05);
    // Keeps the point under `screenAnchor` fixed and divides the metres per pixel by `factor` (> 1 zooms in).
    void zoomBy(double factor, const QPointF &screenAnchor);
    // Moves the map by a screen offset (a drag).
    void panByPixels(const QPointF &screenDelta);

    // The map scale 1:N at the centre of the map, for the output device at `dpi`: ground metres per
    // paper metre. Ground distances are map distances divided by the projection's scale factor at the
    // centre (about 0.9999 in a JGD2011 zone). 0 when the extent or size is empty.
    double scaleDenominator(const DisplayCrs &crs) const;
    // "1:25,000", as QGIS shows it (rounded to whole units, thousands separated by commas).
    static QString formatScale(double denominator);
};

} // namespace madoguchi::gis
