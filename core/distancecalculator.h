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
    // For reports: e.g. "geodesic, GRS80 ellipsoid".
    virtual QString description() const = 0;
};

} // namespace madoguchi
