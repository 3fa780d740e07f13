#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/geos.h"
#include "gis/polygonindex.h"
#include "gis/vectorlayer.h"

#include <memory>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

struct WktReaderDeleter
{
    void operator()(GEOSWKTReader *reader) const { GEOSWKTReader_destroy_r(geosContext(), reader); }
};

GeosGeometryPtr fromWkt(const char *wkt)
{
    std::unique_ptr<GEOSWKTReader, WktReaderDeleter> reader(GEOSWKTReader_create_r(geosContext()));
    GeosGeometryPtr geometry(GEOSWKTReader_read_r(geosContext(), reader.get(), wkt));
    REQUIRE(geometry);
    return geometry;
}

void addFeature(VectorLayer &layer, const char *wkt)
{
    Feature feature;
    feature.number = int(layer.features.size()) + 1;
    feature.fid = feature.number;
    if (wkt)
        feature.geometry = fromWkt(wkt);
    layer.features.push_back(std::move(feature));
}

// A 2 x 2 grid of unit squares:  2 | 3
//                                0 | 1
VectorLayer grid()
{
    VectorLayer layer;
    layer.path = QStringLiteral("grid.gpkg");
    layer.geometryKind = GeometryKind::Polygon;
    addFeature(layer, "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    addFeature(layer, "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
    addFeature(layer, "POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))");
    addFeature(layer, "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");
    return layer;
}

} // namespace

TEST_CASE("a point inside one square is covered by that square only")
{
    const VectorLayer layer = grid();
    const PolygonIndex index(layer);
    CHECK(index.featuresCovering(GeoPoint{0.5, 0.5}) == std::vector<int>{0});
    CHECK(index.featuresCovering(GeoPoint{1.5, 0.5}) == std::vector<int>{1});
    CHECK(index.featuresCovering(GeoPoint{0.25, 1.75}) == std::vector<int>{2});
    CHECK(index.featuresCovering(GeoPoint{1.9, 1.1}) == std::vector<int>{3});
    CHECK(index.firstFeatureCovering(GeoPoint{1.9, 1.1}) == 3);
}

TEST_CASE("a point on a shared edge or corner is covered by every square it touches, ascending")
{
    const VectorLayer layer = grid();
    const PolygonIndex index(layer);
    CHECK(index.featuresCovering(GeoPoint{1.0, 0.5}) == std::vector<int>{0, 1});
    CHECK(index.featuresCovering(GeoPoint{0.5, 1.0}) == std::vector<int>{0, 2});
    CHECK(index.featuresCovering(GeoPoint{1.0, 1.0}) == std::vector<int>{0, 1, 2, 3});
    CHECK(index.firstFeatureCovering(GeoPoint{1.0, 1.5}) == 2);
    // On the outer boundary: covered (covers, not contains).
    CHECK(index.featuresCovering(GeoPoint{0.0, 0.5}) == std::vector<int>{0});
}

TEST_CASE("a point outside every square is covered by none")
{
    const VectorLayer layer = grid();
    const PolygonIndex index(layer);
    CHECK(index.featuresCovering(GeoPoint{3.0, 3.0}).empty());
    CHECK(index.featuresCovering(GeoPoint{-0.000001, 0.5}).empty());
    CHECK_FALSE(index.firstFeatureCovering(GeoPoint{2.5, 0.5}).has_value());
}

TEST_CASE("holes are not covered, multipolygon parts are, and features without geometry are skipped")
{
    VectorLayer layer;
    layer.path = QStringLiteral("wards.shp");
    layer.geometryKind = GeometryKind::Polygon;
    addFeature(layer, nullptr);
    addFeature(layer, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))");
    addFeature(layer, "MULTIPOLYGON (((20 0, 21 0, 21 1, 20 1, 20 0)), ((30 0, 31 0, 31 1, 30 1, 30 0)))");
    addFeature(layer, "POLYGON EMPTY");
    const PolygonIndex index(layer);

    CHECK(index.featuresCovering(GeoPoint{5, 5}).empty());
    CHECK(index.featuresCovering(GeoPoint{2, 2}) == std::vector<int>{1});
    CHECK(index.featuresCovering(GeoPoint{4, 5}) == std::vector<int>{1}); // the hole's edge
    CHECK(index.featuresCovering(GeoPoint{30.5, 0.5}) == std::vector<int>{2});
    CHECK(index.featuresCovering(GeoPoint{25, 0.5}).empty());
}

TEST_CASE("a layer that is not a polygon layer is refused, naming its file")
{
    VectorLayer layer;
    layer.path = QStringLiteral("/data/schools.shp");
    layer.geometryKind = GeometryKind::Point;
    addFeature(layer, "POINT (130.7 32.8)");
    try {
        PolygonIndex index(layer);
        FAIL("a point layer was indexed");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == layer.path);
        CHECK(error.diagnostic().message.contains(QStringLiteral("schools.shp is not a polygon layer")));
    }
}

TEST_CASE("an empty polygon layer covers nothing")
{
    VectorLayer layer;
    layer.geometryKind = GeometryKind::Polygon;
    const PolygonIndex index(layer);
    CHECK(index.featuresCovering(GeoPoint{0, 0}).empty());
}
