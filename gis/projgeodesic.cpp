#include "gis/projgeodesic.h"

#include <QCoreApplication>

#include <geodesic.h>

#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <tuple>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "ProjGeodesicText" context of the translations.
struct ProjGeodesicText
{
    Q_DECLARE_TR_FUNCTIONS(ProjGeodesicText)
};

// GRS80, the ellipsoid of JGD2011 (and of JGD2000).
constexpr double kGrs80RadiusMeters = 6378137.0;
constexpr double kGrs80Flattening = 1.0 / 298.257222101;
constexpr double kWgs84Flattening = 1.0 / 298.257223563;

QString describeEllipsoid(double radiusMeters, double flattening)
{
    if (radiusMeters == kGrs80RadiusMeters && flattening == kGrs80Flattening)
        return ProjGeodesicText::tr("geodesic, GRS80 ellipsoid");
    if (radiusMeters == kGrs80RadiusMeters && flattening == kWgs84Flattening)
        return ProjGeodesicText::tr("geodesic, WGS84 ellipsoid");
    if (flattening == 0.0)
        return ProjGeodesicText::tr("geodesic, sphere of radius %1 m").arg(radiusMeters, 0, 'f', 3);
    return ProjGeodesicText::tr("geodesic, ellipsoid a = %1 m, 1/f = %2")
        .arg(radiusMeters, 0, 'f', 3)
        .arg(1.0 / flattening, 0, 'f', 9);
}

// Area of one ring, whatever its orientation; the closing vertex (a repeat of the first) is left out
// because geod_polygonarea closes the ring itself.
double ringAreaSquareMeters(const geod_geodesic &geod, const GEOSGeometry *ring)
{
    GEOSContextHandle_t context = geosContext();
    const GEOSCoordSequence *sequence = ring ? GEOSGeom_getCoordSeq_r(context, ring) : nullptr;
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(context, sequence, &size))
        return 0.0;
    std::vector<double> lats;
    std::vector<double> lons;
    lats.reserve(size);
    lons.reserve(size);
    for (unsigned int i = 0; i < size; ++i) {
        double x = 0.0;
        double y = 0.0;
        if (!GEOSCoordSeq_getXY_r(context, sequence, i, &x, &y))
            return 0.0;
        lons.push_back(x);
        lats.push_back(y);
    }
    if (lats.size() > 1 && lats.front() == lats.back() && lons.front() == lons.back()) {
        lats.pop_back();
        lons.pop_back();
    }
    if (lats.size() < 3)
        return 0.0;
    double area = 0.0;
    geod_polygonarea(&geod, lats.data(), lons.data(), int(lats.size()), &area, nullptr);
    return std::fabs(area);
}

double polygonAreaSquareMeters(const geod_geodesic &geod, const GEOSGeometry *polygon)
{
    GEOSContextHandle_t context = geosContext();
    if (GEOSisEmpty_r(context, polygon) == 1)
        return 0.0;
    double area = ringAreaSquareMeters(geod, GEOSGetExteriorRing_r(context, polygon));
    const int holes = GEOSGetNumInteriorRings_r(context, polygon);
    for (int i = 0; i < holes; ++i)
        area -= ringAreaSquareMeters(geod, GEOSGetInteriorRingN_r(context, polygon, i));
    return area;
}

} // namespace

struct ProjGeodesic::Geod
{
    geod_geodesic geodesic{};
    QString description;
    double radius = 0.0;               // equatorial, metres
    double eccentricitySquared = 0.0;

    // Earth-centred cartesian coordinates of a point on the ellipsoid's surface.
    std::array<double, 3> cartesian(const GeoPoint &point) const
    {
        constexpr double toRadians = std::numbers::pi / 180.0;
        const double lat = point.latitudeDeg * toRadians;
        const double lon = point.longitudeDeg * toRadians;
        const double sinLat = std::sin(lat);
        const double n = radius / std::sqrt(1.0 - eccentricitySquared * sinLat * sinLat);
        return {n * std::cos(lat) * std::cos(lon), n * std::cos(lat) * std::sin(lon),
                n * (1.0 - eccentricitySquared) * sinLat};
    }
};

ProjGeodesic::ProjGeodesic()
    : ProjGeodesic(kGrs80RadiusMeters, kGrs80Flattening)
{ }

ProjGeodesic::ProjGeodesic(double equatorialRadiusMeters, double flattening)
{
    if (!(std::isfinite(equatorialRadiusMeters) && equatorialRadiusMeters > 0.0))
        throw std::invalid_argument("ProjGeodesic: the equatorial radius must be positive");
    if (!(std::isfinite(flattening) && flattening >= 0.0 && flattening < 1.0))
        throw std::invalid_argument("ProjGeodesic: the flattening must be in [0, 1)");
    auto geod = std::make_shared<Geod>();
    geod_init(&geod->geodesic, equatorialRadiusMeters, flattening);
    geod->radius = equatorialRadiusMeters;
    geod->eccentricitySquared = flattening * (2.0 - flattening);
    geod->description = describeEllipsoid(equatorialRadiusMeters, flattening);
    mGeod = std::move(geod);
}

double ProjGeodesic::lowerBoundMeters(const GeoPoint &from, const GeoPoint &to) const
{
    const std::array<double, 3> a = mGeod->cartesian(from);
    const std::array<double, 3> b = mGeod->cartesian(to);
    const double chord = std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])
                                   + (a[2] - b[2]) * (a[2] - b[2]));
    // Less a hair for the rounding of the two computations.
    return std::isfinite(chord) ? std::max(0.0, chord * (1.0 - 1e-12) - 1e-6) : 0.0;
}

double ProjGeodesic::distanceMeters(const GeoPoint &from, const GeoPoint &to) const
{
    // A latitude outside [-90, 90] gives NaN, which the analysis turns into an input error naming the
    // office or cell. Karney's inverse is symmetric only to rounding; solving it for the points in one
    // fixed order makes distance(a, b) == distance(b, a) exactly, which the tie rules rely on.
    const bool swap
        = std::tie(to.longitudeDeg, to.latitudeDeg) < std::tie(from.longitudeDeg, from.latitudeDeg);
    const GeoPoint &first = swap ? to : from;
    const GeoPoint &second = swap ? from : to;
    double meters = 0.0;
    geod_inverse(&mGeod->geodesic, first.latitudeDeg, first.longitudeDeg, second.latitudeDeg,
                 second.longitudeDeg, &meters, nullptr, nullptr);
    return meters;
}

QString ProjGeodesic::description() const
{
    return mGeod->description;
}

double ProjGeodesic::initialAzimuthDeg(const GeoPoint &from, const GeoPoint &to) const
{
    double azimuth = 0.0;
    geod_inverse(&mGeod->geodesic, from.latitudeDeg, from.longitudeDeg, to.latitudeDeg, to.longitudeDeg,
                 nullptr, &azimuth, nullptr);
    return azimuth;
}

GeoPoint ProjGeodesic::destination(const GeoPoint &from, double azimuthDeg, double distanceMeters) const
{
    GeoPoint point;
    geod_direct(&mGeod->geodesic, from.latitudeDeg, from.longitudeDeg, azimuthDeg, distanceMeters,
                &point.latitudeDeg, &point.longitudeDeg, nullptr);
    return point;
}

std::vector<GeoPoint> ProjGeodesic::path(const GeoPoint &from, const GeoPoint &to, int segments) const
{
    if (segments < 1)
        throw std::invalid_argument("ProjGeodesic::path: segments must be at least 1");
    geod_geodesicline line{};
    geod_inverseline(&line, &mGeod->geodesic, from.latitudeDeg, from.longitudeDeg, to.latitudeDeg,
                     to.longitudeDeg, GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
    std::vector<GeoPoint> points;
    points.reserve(std::size_t(segments) + 1);
    points.push_back(from);
    for (int i = 1; i < segments; ++i) {
        GeoPoint point;
        geod_position(&line, line.s13 * double(i) / double(segments), &point.latitudeDeg, &point.longitudeDeg,
                      nullptr);
        points.push_back(point);
    }
    // The ends are the given points exactly, not their recomputation.
    points.push_back(to);
    return points;
}

std::vector<GeoPoint> ProjGeodesic::circle(const GeoPoint &center, double radiusMeters, int segments) const
{
    if (segments < 3)
        throw std::invalid_argument("ProjGeodesic::circle: segments must be at least 3");
    if (!(std::isfinite(radiusMeters) && radiusMeters >= 0.0))
        throw std::invalid_argument("ProjGeodesic::circle: the radius must be a non-negative distance");
    std::vector<GeoPoint> ring;
    ring.reserve(std::size_t(segments) + 1);
    // Azimuths decrease from north through west: the ring runs counter-clockwise on the map, the
    // orientation of exterior rings in GeoJSON and most GIS.
    for (int i = 0; i < segments; ++i)
        ring.push_back(destination(center, -360.0 * double(i) / double(segments), radiusMeters));
    ring.push_back(ring.front());
    return ring;
}

double ProjGeodesic::areaSquareMeters(const GEOSGeometry *polygonal) const
{
    if (!polygonal)
        return 0.0;
    GEOSContextHandle_t context = geosContext();
    switch (GEOSGeomTypeId_r(context, polygonal)) {
    case GEOS_POLYGON:
        return polygonAreaSquareMeters(mGeod->geodesic, polygonal);
    case GEOS_MULTIPOLYGON: {
        double area = 0.0;
        const int parts = GEOSGetNumGeometries_r(context, polygonal);
        for (int i = 0; i < parts; ++i)
            area += polygonAreaSquareMeters(mGeod->geodesic, GEOSGetGeometryN_r(context, polygonal, i));
        return area;
    }
    default:
        return 0.0;
    }
}

} // namespace madoguchi::gis
