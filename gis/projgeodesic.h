#pragma once

#include "core/distancecalculator.h"
#include "core/geopoint.h"
#include "gis/geos.h"

#include <memory>
#include <vector>

namespace madoguchi::gis {

// Geodesic distance on the GRS80 ellipsoid (the ellipsoid of JGD2011), with PROJ's implementation of
// Karney's algorithms (geodesic.h). Accurate to nanometres; thread-safe.
class ProjGeodesic final : public DistanceCalculator
{
public:
    ProjGeodesic();
    // Another ellipsoid: equatorial radius in metres and flattening (e.g. WGS84 6378137,
    // 1/298.257223563, for checks against published WGS84 test data). Throws std::invalid_argument
    // for a non-positive radius or a flattening outside [0, 1).
    ProjGeodesic(double equatorialRadiusMeters, double flattening);
    double distanceMeters(const GeoPoint &from, const GeoPoint &to) const override;
    // The chord: the straight line between the two points through the ellipsoid, which no path on
    // its surface is shorter than (within a micrometre in Japan for a few kilometres).
    double lowerBoundMeters(const GeoPoint &from, const GeoPoint &to) const override;
    QString description() const override; // "geodesic, GRS80 ellipsoid"

    // Forward azimuth in degrees clockwise from north, at `from`.
    double initialAzimuthDeg(const GeoPoint &from, const GeoPoint &to) const;
    // The point reached from `from` going `distanceMeters` along azimuth `azimuthDeg`.
    GeoPoint destination(const GeoPoint &from, double azimuthDeg, double distanceMeters) const;
    // `segments` + 1 points along the geodesic from `from` to `to`, both ends included.
    std::vector<GeoPoint> path(const GeoPoint &from, const GeoPoint &to, int segments) const;
    // A closed ring of `segments` + 1 points, each `radiusMeters` from `center` (geodesic circle).
    std::vector<GeoPoint> circle(const GeoPoint &center, double radiusMeters, int segments) const;
    // Area in square metres of a (multi)polygon in geographic degrees (x = lon), on the ellipsoid;
    // holes subtract. 0 for other geometry types.
    double areaSquareMeters(const GEOSGeometry *polygonal) const;

private:
    struct Geod;
    std::shared_ptr<const Geod> mGeod;
};

} // namespace madoguchi::gis
