#pragma once

namespace madoguchi {

// A position in geographic coordinates on the JGD2011 / WGS 84 datum (they differ by centimetres in
// Japan), in decimal degrees. Longitude first, like x before y.
struct GeoPoint
{
    double longitudeDeg = 0.0;
    double latitudeDeg = 0.0;

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

} // namespace madoguchi
