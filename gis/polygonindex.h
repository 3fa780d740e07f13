#pragma once

#include "core/geopoint.h"
#include "gis/geos.h"

#include <optional>
#include <vector>

namespace madoguchi::gis {

struct VectorLayer;

// Answers "which polygons of this layer contain this point" with a GEOS STR-tree and prepared
// geometries. Holds pointers into the layer's geometries: the layer must outlive the index.
// A point on a shared boundary is contained by every polygon it touches (covers, not contains).
// Use an index from one thread at a time: GEOS builds the tree and prepared geometries lazily.
class PolygonIndex
{
public:
    explicit PolygonIndex(const VectorLayer &layer);
    ~PolygonIndex();
    PolygonIndex(const PolygonIndex &) = delete;
    PolygonIndex &operator=(const PolygonIndex &) = delete;

    // Indices into layer.features, ascending.
    std::vector<int> featuresCovering(const GeoPoint &point) const;
    // The first of featuresCovering(), or nullopt.
    std::optional<int> firstFeatureCovering(const GeoPoint &point) const;

private:
    struct Entry;
    std::vector<Entry> mEntries;
    GeosStrTreePtr mTree;
};

} // namespace madoguchi::gis
