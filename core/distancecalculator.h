#pragma once

#include "core/geopoint.h"

#include <QString>

namespace madoguchi {

// How the analysis measures the distance between two places. The analysis in core depends only on
// this interface; gis implements it with PROJ's geodesic routines (GRS80 ellipsoid).
class DistanceCalculator
{
public:
    virtual ~DistanceCalculator() = default;
    // Distance in metres. Must be symmetric and thread-safe.
    virtual double distanceMeters(const GeoPoint &from, const GeoPoint &to) const = 0;
    // A distance in metres that is never more than distanceMeters() and much quicker to compute, for
    // pruning (e.g. the straight line through the earth for a geodesic); 0 when there is none.
    virtual double lowerBoundMeters(const GeoPoint &, const GeoPoint &) const { return 0.0; }
    // For reports: e.g. "geodesic, GRS80 ellipsoid".
    virtual QString description() const = 0;
};

} // namespace madoguchi
