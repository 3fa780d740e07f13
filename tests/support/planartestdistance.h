#pragma once

#include "core/distancecalculator.h"

#include <QString>

#include <cmath>

namespace madoguchi::test {

// Plane geometry on the coordinates, one degree = 1000 m: distances a test can work out by hand.
class PlanarTestDistance final : public DistanceCalculator
{
public:
    double distanceMeters(const GeoPoint &from, const GeoPoint &to) const override
    {
        return 1000.0 * std::hypot(to.longitudeDeg - from.longitudeDeg, to.latitudeDeg - from.latitudeDeg);
    }
    QString description() const override { return QStringLiteral("planar test distance"); }
};

} // namespace madoguchi::test
