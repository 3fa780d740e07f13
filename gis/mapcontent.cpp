#include "gis/mapcontent.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/geos.h"
#include "gis/projgeodesic.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "MapContentText" context of the translations.
struct MapContentText
{
    Q_DECLARE_TR_FUNCTIONS(MapContentText)
};

constexpr int kFeedbackEvery = 64;

// One projected ring: display metres, closing vertex included as GEOS stores it.
struct Ring
{
    std::vector<double> x;
    std::vector<double> y;
};

// A projected polygon part: exterior ring first, then its holes.
struct Part
{
    std::vector<Ring> rings;
    double areaSquareMeters = 0.0;
};

double signedRingArea(const Ring &ring)
{
    double twice = 0.0;
    const std::size_t n = ring.x.size();
    for (std::size_t i = 0; i + 1 < n; ++i)
        twice += ring.x[i] * ring.y[i + 1] - ring.x[i + 1] * ring.y[i];
    if (n > 1 && (ring.x.front() != ring.x.back() || ring.y.front() != ring.y.back()))
        twice += ring.x[n - 1] * ring.y[0] - ring.x[0] * ring.y[n - 1];
    return twice / 2.0;
}

Ring projectRing(const GEOSGeometry *ring, const DisplayCrs &crs)
{
    GEOSContextHandle_t context = geosContext();
    Ring result;
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(context, sequence, &size) || size == 0)
        return result;
    result.x.resize(size);
    result.y.resize(size);
    if (!GEOSCoordSeq_copyToArrays_r(context, sequence, result.x.data(), result.y.data(), nullptr, nullptr))
        return Ring();
    crs.forwardInPlace(result.x.data(), result.y.data(), size);
    return result;
}

Part projectPolygonPart(const GEOSGeometry *polygon, const DisplayCrs &crs)
{
    GEOSContextHandle_t context = geosContext();
    Part part;
    const GEOSGeometry *exterior = GEOSGetExteriorRing_r(context, polygon);
    if (!exterior)
        return part;
    part.rings.push_back(projectRing(exterior, crs));
    double area = std::abs(signedRingArea(part.rings.back()));
    const int holes = GEOSGetNumInteriorRings_r(context, polygon);
    for (int h = 0; h < holes; ++h) {
        part.rings.push_back(projectRing(GEOSGetInteriorRingN_r(context, polygon, h), crs));
        area -= std::abs(signedRingArea(part.rings.back()));
    }
    part.areaSquareMeters = std::max(0.0, area);
    return part;
}

// The polygon parts of a (multi)polygon or of a collection holding polygons, projected.
std::vector<Part> projectPolygonal(const GEOSGeometry *geometry, const DisplayCrs &crs)
{
    GEOSContextHandle_t context = geosContext();
    std::vector<Part> parts;
    if (!geometry || GEOSisEmpty_r(context, geometry) == 1)
        return parts;
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_POLYGON) {
        parts.push_back(projectPolygonPart(geometry, crs));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i) {
            std::vector<Part> sub = projectPolygonal(GEOSGetGeometryN_r(context, geometry, i), crs);
            std::move(sub.begin(), sub.end(), std::back_inserter(parts));
        }
    }
    return parts;
}

QPainterPath pathOf(const std::vector<Part> &parts)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Part &part : parts) {
        for (const Ring &ring : part.rings) {
            if (ring.x.size() < 3)
                continue;
            path.moveTo(ring.x[0], ring.y[0]);
            for (std::size_t i = 1; i < ring.x.size(); ++i)
                path.lineTo(ring.x[i], ring.y[i]);
            path.closeSubpath();
        }
    }
    return path;
}

GeosGeometryPtr geosRing(const Ring &ring)
{
    GEOSContextHandle_t context = geosContext();
    GEOSCoordSequence *sequence =
        GEOSCoordSeq_copyFromArrays_r(context, ring.x.data(), ring.y.data(), nullptr, nullptr,
                                      static_cast<unsigned int>(ring.x.size()));
    if (!sequence)
        return nullptr;
    return GeosGeometryPtr(GEOSGeom_createLinearRing_r(context, sequence)); // takes the sequence
}

// Where a polygon's name goes: the centre of the largest circle inside its largest part (the pole of
// inaccessibility, as QGIS's "inside polygon" placement), which is inside even for a crescent or a
// ring-shaped ward, where the centroid may not be. Falls back to GEOS's point-on-surface, then to the
// bounding box centre, if GEOS cannot compute it (a part that projection made invalid).
QPointF labelPointOf(const std::vector<Part> &parts, const QRectF &bounds)
{
    const auto largest = std::max_element(parts.begin(), parts.end(), [](const Part &a, const Part &b) {
        return a.areaSquareMeters < b.areaSquareMeters;
    });
    if (largest == parts.end() || largest->rings.empty() || largest->rings.front().x.size() < 4)
        return bounds.center();

    GEOSContextHandle_t context = geosContext();
    GeosGeometryPtr shell = geosRing(largest->rings.front());
    if (!shell)
        return bounds.center();
    std::vector<GEOSGeometry *> holes;
    for (std::size_t r = 1; r < largest->rings.size(); ++r) {
        if (largest->rings[r].x.size() < 4)
            continue;
        if (GeosGeometryPtr hole = geosRing(largest->rings[r]))
            holes.push_back(hole.release());
    }
    // The polygon takes ownership of the shell and the holes.
    GeosGeometryPtr polygon(GEOSGeom_createPolygon_r(context, shell.release(), holes.data(),
                                                     static_cast<unsigned int>(holes.size())));
    if (!polygon)
        return bounds.center();

    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    GEOSGeom_getExtent_r(context, polygon.get(), &xmin, &ymin, &xmax, &ymax);
    const double tolerance = std::max(std::max(xmax - xmin, ymax - ymin) / 1000.0, 0.01);
    double x = 0, y = 0;
    // The inscribed circle comes back as a line from its centre to the nearest boundary point.
    GeosGeometryPtr circle(GEOSMaximumInscribedCircle_r(context, polygon.get(), tolerance));
    GeosGeometryPtr centre(circle ? GEOSGeomGetStartPoint_r(context, circle.get()) : nullptr);
    if (centre && GEOSGeomGetX_r(context, centre.get(), &x) && GEOSGeomGetY_r(context, centre.get(), &y))
        return QPointF(x, y);
    GeosGeometryPtr onSurface(GEOSPointOnSurface_r(context, polygon.get()));
    if (onSurface && GEOSGeomGetX_r(context, onSurface.get(), &x) && GEOSGeomGetY_r(context, onSurface.get(), &y))
        return QPointF(x, y);
    takeLastGeosError();
    return bounds.center();
}

struct Envelope
{
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    bool valid = false;
    bool touches(const Envelope &other) const
    {
        return valid && other.valid && xmin <= other.xmax && other.xmin <= xmax && ymin <= other.ymax
               && other.ymin <= ymax;
    }
};

Envelope envelopeOf(const GEOSGeometry *geometry)
{
    Envelope envelope;
    if (geometry && GEOSisEmpty_r(geosContext(), geometry) == 0)
        envelope.valid = GEOSGeom_getExtent_r(geosContext(), geometry, &envelope.xmin, &envelope.ymin,
                                              &envelope.xmax, &envelope.ymax)
                         != 0;
    return envelope;
}

// Colour indices such that polygons sharing a boundary differ: greedy colouring, most-connected
// polygon first (Welsh–Powell). With no more polygons than colours every polygon simply gets its own.
std::vector<int> assignColors(const std::vector<const GEOSGeometry *> &geometries, int colorCount)
{
    const std::size_t n = geometries.size();
    std::vector<int> colors(n, 0);
    if (colorCount <= 0)
        return colors;
    if (n <= std::size_t(colorCount)) {
        std::iota(colors.begin(), colors.end(), 0);
        return colors;
    }
    GEOSContextHandle_t context = geosContext();
    std::vector<Envelope> envelopes;
    envelopes.reserve(n);
    for (const GEOSGeometry *geometry : geometries)
        envelopes.push_back(envelopeOf(geometry));
    std::vector<std::vector<std::size_t>> neighbours(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!envelopes[i].valid)
            continue;
        GeosPreparedPtr prepared(GEOSPrepare_r(context, geometries[i]));
        for (std::size_t j = i + 1; j < n; ++j) {
            if (!envelopes[i].touches(envelopes[j]))
                continue;
            if (prepared && GEOSPreparedIntersects_r(context, prepared.get(), geometries[j]) == 1) {
                neighbours[i].push_back(j);
                neighbours[j].push_back(i);
            }
        }
    }
    takeLastGeosError();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return neighbours[a].size() > neighbours[b].size(); });
    std::vector<bool> assigned(n, false);
    for (std::size_t index : order) {
        std::vector<bool> used(std::size_t(colorCount), false);
        for (std::size_t neighbour : neighbours[index]) {
            if (assigned[neighbour])
                used[std::size_t(colors[neighbour] % colorCount)] = true;
        }
        // With more neighbours than colours a clash is unavoidable; take the first colour then.
        const auto free = std::find(used.begin(), used.end(), false);
        colors[index] = free == used.end() ? 0 : int(free - used.begin());
        assigned[index] = true;
    }
    return colors;
}

void requireField(const VectorLayer &layer, const QString &field, const QString &role)
{
    if (field.isEmpty() || layer.fieldIndex(field) >= 0)
        return;
    throw InputError(layer.path, MapContentText::tr("field %1").arg(field),
                     MapContentText::tr("the %1 field \"%2\" is not in the layer").arg(role, field),
                     MapContentText::tr("Choose one of the layer's fields: %1.")
                         .arg(layer.fieldNames.join(QStringLiteral(", "))));
}

QString textOf(const VectorLayer &layer, const Feature &feature, const QString &field)
{
    if (field.isEmpty())
        return QString();
    const QVariant value = layer.value(feature, field);
    return value.isNull() ? QString() : value.toString();
}

bool truthy(const QVariant &value)
{
    if (value.isNull())
        return false;
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes");
}

// A number in a numeric field, or text holding one; nullopt for NULL/empty; InputError otherwise.
std::optional<double> numberOf(const VectorLayer &layer, const Feature &feature, const QString &field)
{
    const QVariant value = layer.value(feature, field);
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        throw InputError(layer.path, MapContentText::tr("feature %1, field %2").arg(feature.number).arg(field),
                         MapContentText::tr("\"%1\" is not a number").arg(text),
                         MapContentText::tr("Map a numeric population field, or correct the value."));
    return number;
}

void checkFeedback(Feedback *feedback, std::size_t index, std::size_t count)
{
    if (!feedback || index % kFeedbackEvery != 0)
        return;
    feedback->checkCancelled();
    if (count > 0)
        feedback->setProgress(double(index) / double(count));
}

QRectF pointsBounds(double xmin, double ymin, double xmax, double ymax)
{
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

void collectPoints(const GEOSGeometry *geometry, std::vector<GeoPoint> &points)
{
    GEOSContextHandle_t context = geosContext();
    if (!geometry || GEOSisEmpty_r(context, geometry) == 1)
        return;
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_POINT) {
        double x = 0, y = 0;
        if (GEOSGeomGetX_r(context, geometry, &x) && GEOSGeomGetY_r(context, geometry, &y))
            points.push_back(GeoPoint{x, y});
    } else if (type == GEOS_MULTIPOINT || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i)
            collectPoints(GEOSGetGeometryN_r(context, geometry, i), points);
    }
}

} // namespace

void MapContent::updateBounds()
{
    double xmin = std::numeric_limits<double>::infinity();
    double ymin = xmin;
    double xmax = -xmin;
    double ymax = -xmin;
    auto addRect = [&](const QRectF &rect) {
        if (!rect.isValid() && !(rect.width() == 0 && rect.height() == 0))
            return;
        xmin = std::min(xmin, rect.left());
        xmax = std::max(xmax, rect.right());
        ymin = std::min(ymin, rect.top());
        ymax = std::max(ymax, rect.bottom());
    };
    auto addPoint = [&](const QPointF &point) { addRect(QRectF(point, QSizeF(0, 0))); };
    for (const MapPolygon &polygon : wards)
        addRect(polygon.bounds);
    for (const MapPolygon &polygon : schoolDistricts)
        addRect(polygon.bounds);
    for (const MapPopulationCell &cell : population) {
        if (cell.path.isEmpty())
            addPoint(cell.point);
        else
            addRect(cell.bounds);
    }
    for (const MapPoint &school : schools)
        addPoint(school.point);
    for (const MapOffice &office : offices)
        addPoint(office.point);
    for (const MapNearestLine &line : nearestLines)
        addRect(line.bounds);
    for (const MapThresholdCircle &circle : thresholdCircles)
        addRect(circle.bounds);
    for (const MapTransferLine &line : transferLines)
        addRect(line.bounds);
    bounds = xmin <= xmax ? pointsBounds(xmin, ymin, xmax, ymax) : QRectF();
}

std::optional<double> MapContent::thresholdMeters() const
{
    if (thresholdCircles.empty())
        return std::nullopt;
    return thresholdCircles.front().radiusMeters;
}

GeoPoint geographicCenter(const VectorLayer &layer)
{
    Envelope total;
    for (const Feature &feature : layer.features) {
        const Envelope envelope = envelopeOf(feature.geometry.get());
        if (!envelope.valid)
            continue;
        if (!total.valid) {
            total = envelope;
            continue;
        }
        total.xmin = std::min(total.xmin, envelope.xmin);
        total.ymin = std::min(total.ymin, envelope.ymin);
        total.xmax = std::max(total.xmax, envelope.xmax);
        total.ymax = std::max(total.ymax, envelope.ymax);
    }
    if (!total.valid)
        throw InputError(layer.path, QString(), MapContentText::tr("the layer has no geometry to place on a map"),
                         MapContentText::tr("Choose a layer with points or polygons."));
    return GeoPoint{(total.xmin + total.xmax) / 2.0, (total.ymin + total.ymax) / 2.0};
}

std::vector<MapPolygon> projectPolygons(const VectorLayer &layer, const QString &nameField,
                                        const QString &codeField, const QString &approximateField,
                                        const DisplayCrs &crs, int colorCount, Feedback *feedback)
{
    if (nameField.isEmpty())
        throw InputError(layer.path, QString(), MapContentText::tr("no name field was given for the polygons"),
                         MapContentText::tr("Map the field that holds the names (e.g. N03_004 for wards)."));
    requireField(layer, nameField, MapContentText::tr("name"));
    requireField(layer, codeField, MapContentText::tr("code"));
    requireField(layer, approximateField, MapContentText::tr("approximate"));

    std::vector<MapPolygon> polygons;
    std::vector<const GEOSGeometry *> sources;
    polygons.reserve(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        checkFeedback(feedback, i, layer.features.size());
        const Feature &feature = layer.features[i];
        const std::vector<Part> parts = projectPolygonal(feature.geometry.get(), crs);
        if (parts.empty())
            continue;
        MapPolygon polygon;
        polygon.name = textOf(layer, feature, nameField);
        polygon.code = textOf(layer, feature, codeField);
        polygon.approximate = !approximateField.isEmpty() && truthy(layer.value(feature, approximateField));
        polygon.path = pathOf(parts);
        polygon.bounds = polygon.path.boundingRect();
        for (const Part &part : parts)
            polygon.areaSquareMeters += part.areaSquareMeters;
        polygon.labelPoint = labelPointOf(parts, polygon.bounds);
        polygons.push_back(std::move(polygon));
        sources.push_back(feature.geometry.get());
    }
    const std::vector<int> colors = assignColors(sources, colorCount);
    for (std::size_t i = 0; i < polygons.size(); ++i)
        polygons[i].colorIndex = colors[i];
    return polygons;
}

std::vector<MapPopulationCell> projectPopulation(const VectorLayer &layer, const QString &valueField,
                                                 const QString &value65Field, const DisplayCrs &crs,
                                                 Feedback *feedback)
{
    if (valueField.isEmpty())
        throw InputError(layer.path, QString(), MapContentText::tr("no population field was given"),
                         MapContentText::tr("Map the field that holds the residents of each cell."));
    requireField(layer, valueField, MapContentText::tr("population"));
    requireField(layer, value65Field, MapContentText::tr("population 65+"));

    std::vector<MapPopulationCell> cells;
    cells.reserve(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        checkFeedback(feedback, i, layer.features.size());
        const Feature &feature = layer.features[i];
        const std::optional<double> value = numberOf(layer, feature, valueField);
        if (!value)
            throw InputError(layer.path, MapContentText::tr("feature %1, field %2").arg(feature.number).arg(valueField),
                             MapContentText::tr("the population is empty"),
                             MapContentText::tr("Fill in the count (0 where nobody lives); an empty cell is "
                                                "missing data, not zero."));
        MapPopulationCell cell;
        cell.featureIndex = i;
        cell.value = *value;
        if (!value65Field.isEmpty())
            cell.value65 = numberOf(layer, feature, value65Field);

        const std::vector<Part> parts = projectPolygonal(feature.geometry.get(), crs);
        if (!parts.empty()) {
            cell.path = pathOf(parts);
            cell.bounds = cell.path.boundingRect();
            for (const Part &part : parts)
                cell.areaSquareMeters += part.areaSquareMeters;
            cell.point = cell.bounds.center();
        } else {
            std::vector<GeoPoint> points;
            collectPoints(feature.geometry.get(), points);
            if (points.empty())
                continue;
            cell.point = crs.forward(points.front());
            cell.bounds = QRectF(cell.point, QSizeF(0, 0));
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

std::vector<MapPoint> projectPoints(const VectorLayer &layer, const QString &nameField, const DisplayCrs &crs)
{
    requireField(layer, nameField, MapContentText::tr("name"));
    std::vector<MapPoint> points;
    points.reserve(layer.features.size());
    for (const Feature &feature : layer.features) {
        std::vector<GeoPoint> locations;
        collectPoints(feature.geometry.get(), locations);
        const QString name = textOf(layer, feature, nameField);
        for (const GeoPoint &location : locations)
            points.push_back(MapPoint{name, crs.forward(location)});
    }
    return points;
}

std::vector<MapOffice> projectOffices(const std::vector<OfficeInput> &offices, const DisplayCrs &crs)
{
    std::vector<MapOffice> result;
    result.reserve(offices.size());
    for (const OfficeInput &office : offices)
        result.push_back(MapOffice{office.id, office.name, office.kind, office.decision, crs.forward(office.location)});
    return result;
}

namespace {

QPainterPath polylineOf(const std::vector<GeoPoint> &points, const DisplayCrs &crs, bool closed)
{
    std::vector<double> x;
    std::vector<double> y;
    x.reserve(points.size());
    y.reserve(points.size());
    for (const GeoPoint &point : points) {
        x.push_back(point.longitudeDeg);
        y.push_back(point.latitudeDeg);
    }
    crs.forwardInPlace(x.data(), y.data(), x.size());
    QPainterPath path;
    if (x.empty())
        return path;
    path.moveTo(x[0], y[0]);
    for (std::size_t i = 1; i < x.size(); ++i)
        path.lineTo(x[i], y[i]);
    if (closed)
        path.closeSubpath();
    return path;
}

// Enough vertices that the drawn line stays within a fraction of a pixel of the true curve at any
// useful zoom: a 5 km circle with 180 vertices deviates from the arc by 5000·(1−cos 1°) ≈ 0.8 m.
constexpr int kLineSegments = 32;
constexpr int kCircleSegments = 180;

// A geodesic densified and projected: the polyline, its bounds and the projected midpoint.
struct ProjectedGeodesic
{
    QPainterPath path;
    QRectF bounds;
    QPointF midpoint;
};

ProjectedGeodesic projectGeodesic(const ProjGeodesic &geodesic, const GeoPoint &from, const GeoPoint &to,
                                  const DisplayCrs &crs)
{
    const std::vector<GeoPoint> points = geodesic.path(from, to, kLineSegments);
    ProjectedGeodesic result;
    result.path = polylineOf(points, crs, false);
    result.bounds = result.path.boundingRect();
    result.midpoint = crs.forward(points[points.size() / 2]);
    return result;
}

} // namespace

std::vector<MapNearestLine> projectNearestLines(const std::vector<NearestLineInput> &lines, const DisplayCrs &crs)
{
    const ProjGeodesic geodesic;
    std::vector<MapNearestLine> result;
    result.reserve(lines.size());
    for (const NearestLineInput &line : lines) {
        ProjectedGeodesic projected = projectGeodesic(geodesic, line.from, line.to, crs);
        MapNearestLine mapLine;
        mapLine.branchOfficeId = line.branchOfficeId;
        mapLine.wardOfficeId = line.wardOfficeId;
        mapLine.path = std::move(projected.path);
        mapLine.bounds = projected.bounds;
        mapLine.midpoint = projected.midpoint;
        mapLine.distanceMeters = line.distanceMeters;
        mapLine.withinThreshold = line.withinThreshold;
        result.push_back(std::move(mapLine));
    }
    return result;
}

std::vector<MapTransferLine> projectTransferLines(const std::vector<TransferLineInput> &lines, const DisplayCrs &crs)
{
    const ProjGeodesic geodesic;
    std::vector<MapTransferLine> result;
    result.reserve(lines.size());
    for (const TransferLineInput &line : lines) {
        ProjectedGeodesic projected = projectGeodesic(geodesic, line.from, line.to, crs);
        MapTransferLine mapLine;
        mapLine.fromOfficeId = line.fromOfficeId;
        mapLine.toOfficeId = line.toOfficeId;
        mapLine.path = std::move(projected.path);
        mapLine.bounds = projected.bounds;
        mapLine.midpoint = projected.midpoint;
        mapLine.distanceMeters = line.distanceMeters;
        result.push_back(std::move(mapLine));
    }
    return result;
}

std::vector<MapThresholdCircle> projectThresholdCircles(const std::vector<ThresholdCircleInput> &circles,
                                                        const DisplayCrs &crs)
{
    const ProjGeodesic geodesic;
    std::vector<MapThresholdCircle> result;
    result.reserve(circles.size());
    for (const ThresholdCircleInput &circle : circles) {
        if (!(circle.radiusMeters > 0.0))
            throw InputError(QString(), MapContentText::tr("circle around %1").arg(circle.wardOfficeId),
                             MapContentText::tr("the radius %1 m is not positive").arg(circle.radiusMeters),
                             MapContentText::tr("Set a distance threshold greater than zero."));
        MapThresholdCircle mapCircle;
        mapCircle.wardOfficeId = circle.wardOfficeId;
        mapCircle.center = crs.forward(circle.center);
        mapCircle.ring = polylineOf(geodesic.circle(circle.center, circle.radiusMeters, kCircleSegments), crs, true);
        mapCircle.bounds = mapCircle.ring.boundingRect();
        mapCircle.radiusMeters = circle.radiusMeters;
        result.push_back(std::move(mapCircle));
    }
    return result;
}

} // namespace madoguchi::gis
