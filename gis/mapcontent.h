#pragma once

#include "core/geopoint.h"
#include "core/office.h"
#include "gis/displaycrs.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

struct VectorLayer;

// A polygon feature: a ward or a school district. Multipolygons and holes are kept in one path with
// Qt::OddEvenFill.
struct MapPolygon
{
    QString name;
    QString code;        // e.g. the ward code 43101; may be empty
    QPainterPath path;   // display metres
    QRectF bounds;       // of path
    QPointF labelPoint;  // inside the polygon: the centre of the largest inscribed circle of its largest part
    double areaSquareMeters = 0.0; // on the display plane (within 0.02 % of the ellipsoidal area in a zone)
    int colorIndex = 0;  // into MapStyle::wardFillColors: neighbours never share one
    bool approximate = false; // school districts only: not the official boundary
};

// A population cell (a census mesh square, a DID area) or a point with a count.
struct MapPopulationCell
{
    QPainterPath path;    // empty for a point
    QPointF point;        // the label/symbol point (a polygon's inscribed-circle centre)
    QRectF bounds;
    double value = 0.0;   // residents
    std::optional<double> value65; // residents aged 65+; nullopt where the source suppressed it
    double areaSquareMeters = 0.0; // 0 for a point
    // The index of the cell's feature in the source layer (VectorLayer::features), which is also the
    // index of its cell in gis::populationCells() of that layer. Features without a drawable geometry
    // are left out of the map, so the map's cells may be fewer than the layer's features: this index,
    // not the position in MapContent::population, ties a map cell to the evaluation's cell.
    std::size_t featureIndex = 0;
    // Set for a scenario (app::withScenario): after the scenario, the nearest open counter to the
    // cell's residents (measured as the evaluation measures it, from the cell's representative point)
    // is farther than the distance guide. Drawn hatched by the impact layer.
    bool beyondThresholdAfter = false;
};

struct MapPoint
{
    QString name;
    QPointF point;
};

struct MapOffice
{
    QString id;
    QString name;
    OfficeKind kind = OfficeKind::Branch;
    std::optional<Decision> decision; // none: drawn in the "no decision" colour
    QPointF point;
};

// The line from a branch office to its nearest ward office, along the geodesic.
struct MapNearestLine
{
    QString branchOfficeId;
    QString wardOfficeId;
    QPainterPath path;        // the geodesic, projected
    QRectF bounds;            // of path
    QPointF midpoint;         // of the geodesic (where the distance is labelled)
    double distanceMeters = 0.0; // the geodesic distance the evaluation reported
    bool withinThreshold = true;
};

// Where a closed counter's work goes under a scenario: the geodesic from the closed office to the
// nearest open counter that receives its workload and catchment (core's CounterTransfer).
struct MapTransferLine
{
    QString fromOfficeId;        // the closed office
    QString toOfficeId;          // the receiving counter (a ward office or an open branch office)
    QPainterPath path;           // the geodesic, projected, from the closed office to the receiving one
    QRectF bounds;               // of path
    QPointF midpoint;            // of the geodesic (where the distance is labelled)
    double distanceMeters = 0.0; // the geodesic distance the impact assessment reported
};

// A circle of `radiusMeters` (on the ellipsoid) around a ward office.
struct MapThresholdCircle
{
    QString wardOfficeId;
    QPointF center;
    QPainterPath ring; // a geodesic circle, projected
    QRectF bounds;     // of ring
    double radiusMeters = 0.0;
};

// Everything a map shows, already projected to the display CRS: coordinates are display metres
// (x east, y north), so a render only applies the world-to-screen transform. Prepared once per project
// or evaluation (projecting every vertex with PROJ is the expensive part; the project* functions below
// may run on a worker thread), then shared read-only between the GUI thread and render threads as
// std::shared_ptr<const MapContent>. Nothing may modify a MapContent once shared, and renders never
// ask its paths for their bounding rectangles (QPainterPath computes and caches them lazily, which is
// not thread-safe): they read the `bounds` members, which the project* functions fill. Nothing in it refers to GDAL, GEOS or the app's
// types; the app fills it from its own data through the input structs and project* functions below.
struct MapContent
{
    DisplayCrs crs;
    std::vector<MapPolygon> wards;
    std::vector<MapPolygon> schoolDistricts;
    std::vector<MapPopulationCell> population;
    std::vector<MapPoint> schools;
    std::vector<MapOffice> offices;
    std::vector<MapNearestLine> nearestLines;
    std::vector<MapThresholdCircle> thresholdCircles;
    // A scenario's impact (empty without one): closed counter -> receiving counter. The cells beyond
    // the guide after the scenario are flagged in `population` (beyondThresholdAfter).
    std::vector<MapTransferLine> transferLines;
    // 出典 lines printed on the map, one source per line.
    QStringList credits;
    // The union of the bounds of everything above, in display metres (y north); set by updateBounds().
    QRectF bounds;

    // Recomputes `bounds` from the layers (after filling or changing them).
    void updateBounds();
    // The distance threshold shown by the circles (the first circle's radius), if there are circles.
    std::optional<double> thresholdMeters() const;
};

// Plain inputs for the layers the app computes itself. Locations in geographic JGD2011 degrees.
struct OfficeInput
{
    QString id;
    QString name;
    OfficeKind kind = OfficeKind::Branch;
    std::optional<Decision> decision;
    GeoPoint location;
};

struct NearestLineInput
{
    QString branchOfficeId;
    QString wardOfficeId;
    GeoPoint from; // the branch office
    GeoPoint to;   // its nearest ward office
    double distanceMeters = 0.0;
    bool withinThreshold = true;
};

struct TransferLineInput
{
    QString fromOfficeId;
    QString toOfficeId;
    GeoPoint from; // the closed office
    GeoPoint to;   // the counter that receives its work
    double distanceMeters = 0.0;
};

struct ThresholdCircleInput
{
    QString wardOfficeId;
    GeoPoint center;
    double radiusMeters = 0.0;
};

// The centre of a layer's envelope in degrees (for DisplayCrs::automaticFor). Throws InputError naming
// the file when the layer has no geometry.
GeoPoint geographicCenter(const VectorLayer &layer);

// Polygon layers (wards, school districts, municipalities). `nameField` must exist (InputError naming
// the file and the field otherwise); `codeField` may be empty. `approximateField`, when not empty,
// marks features whose value is 1/true as approximate. Each polygon gets a label point and a colour
// index such that touching polygons differ (distinct for each polygon when there are no more polygons
// than colours). Non-polygon and empty features are skipped. Cancelled on feedback's cancel.
std::vector<MapPolygon> projectPolygons(const VectorLayer &layer, const QString &nameField,
                                        const QString &codeField, const QString &approximateField,
                                        const DisplayCrs &crs, int colorCount = 8,
                                        Feedback *feedback = nullptr);

// A population layer (polygons or points). `valueField` must hold a number in every feature: an
// empty or non-numeric value is an InputError naming the file, the feature and the field, never a
// zero. `value65Field` may be empty; a NULL there gives a cell without a 65+ count. The density
// choropleth divides the value by the drawn cell's area, so for cells clipped to the city boundary
// map the residents inside the clipped part (Kumamoto's population layer: POP_IN, POP65_IN).
// The cells come in layer order, each with its featureIndex; a feature without a polygon or point
// geometry is left out.
std::vector<MapPopulationCell> projectPopulation(const VectorLayer &layer, const QString &valueField,
                                                 const QString &value65Field, const DisplayCrs &crs,
                                                 Feedback *feedback = nullptr);

// Point features (schools), named by `nameField` (may be empty). Multipoints give one point each.
std::vector<MapPoint> projectPoints(const VectorLayer &layer, const QString &nameField, const DisplayCrs &crs);

std::vector<MapOffice> projectOffices(const std::vector<OfficeInput> &offices, const DisplayCrs &crs);
// The geodesic from each branch office to its ward office, as a projected polyline.
std::vector<MapNearestLine> projectNearestLines(const std::vector<NearestLineInput> &lines,
                                                const DisplayCrs &crs);
// The geodesic from each closed office to its receiving counter, as a projected polyline (densified
// like the nearest-ward-office lines).
std::vector<MapTransferLine> projectTransferLines(const std::vector<TransferLineInput> &lines,
                                                  const DisplayCrs &crs);
// Geodesic circles (every point `radiusMeters` from the centre on the ellipsoid), projected.
std::vector<MapThresholdCircle> projectThresholdCircles(const std::vector<ThresholdCircleInput> &circles,
                                                        const DisplayCrs &crs);

} // namespace madoguchi::gis
