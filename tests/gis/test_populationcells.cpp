#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/geos.h"
#include "gis/populationcells.h"
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

VectorLayer populationLayer(GeometryKind kind = GeometryKind::Polygon)
{
    VectorLayer layer;
    layer.path = QStringLiteral("人口メッシュ.shp");
    layer.geometryKind = kind;
    layer.fieldNames = {QStringLiteral("MESH_ID"), QStringLiteral("POP"), QStringLiteral("POP65")};
    return layer;
}

void addFeature(VectorLayer &layer, const char *wkt, QVariantList values)
{
    Feature feature;
    feature.number = int(layer.features.size()) + 1;
    feature.fid = feature.number - 1;
    if (wkt)
        feature.geometry = fromWkt(wkt);
    feature.values = std::move(values);
    layer.features.push_back(std::move(feature));
}

const char *kUnitSquare = "POLYGON ((130 32, 130.01 32, 130.01 32.01, 130 32.01, 130 32))";

InputError cellsError(const VectorLayer &layer, const QString &population65Field = QStringLiteral("POP65"))
{
    try {
        populationCells(layer, QStringLiteral("POP"), population65Field, QStringLiteral("MESH_ID"));
    } catch (const InputError &error) {
        return error;
    }
    FAIL("the layer was accepted");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a square cell's residents live at its centroid")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("493016111"), qlonglong(1200), 300.5});
    const std::vector<PopulationCell> cells
        = populationCells(layer, QStringLiteral("POP"), QStringLiteral("POP65"), QStringLiteral("MESH_ID"));
    REQUIRE(cells.size() == 1);
    CHECK(cells[0].id == QStringLiteral("493016111"));
    CHECK(cells[0].population == 1200.0);
    CHECK(cells[0].population65 == 300.5);
    CHECK(cells[0].representativePoint.longitudeDeg == Approx(130.005).epsilon(1e-12));
    CHECK(cells[0].representativePoint.latitudeDeg == Approx(32.005).epsilon(1e-12));
}

TEST_CASE("a U-shaped cell whose centroid lies outside it gets a point inside it")
{
    // The centroid (1.5, 1.357) falls into the notch between the arms.
    const char *uShape = "POLYGON ((0 0, 3 0, 3 3, 2 3, 2 1, 1 1, 1 3, 0 3, 0 0))";
    VectorLayer layer = populationLayer();
    addFeature(layer, uShape, {QStringLiteral("u"), 10.0, QVariant()});
    const std::vector<PopulationCell> cells
        = populationCells(layer, QStringLiteral("POP"), QString(), QString());
    REQUIRE(cells.size() == 1);

    GeosGeometryPtr centroid(GEOSGetCentroid_r(geosContext(), layer.features[0].geometry.get()));
    REQUIRE(GEOSCovers_r(geosContext(), layer.features[0].geometry.get(), centroid.get()) == 0);

    const GeoPoint point = cells[0].representativePoint;
    const GeosGeometryPtr geosPoint = makeGeosPoint(point.longitudeDeg, point.latitudeDeg);
    CHECK(GEOSCovers_r(geosContext(), layer.features[0].geometry.get(), geosPoint.get()) == 1);
    CHECK(cells[0].id == QStringLiteral("1"));
}

TEST_CASE("a point layer's cells are its points")
{
    VectorLayer layer = populationLayer(GeometryKind::Point);
    addFeature(layer, "POINT (130.7 32.8)", {QStringLiteral("p"), qlonglong(5), qlonglong(2)});
    const std::vector<PopulationCell> cells
        = populationCells(layer, QStringLiteral("POP"), QStringLiteral("POP65"), QStringLiteral("MESH_ID"));
    REQUIRE(cells.size() == 1);
    CHECK(cells[0].representativePoint == GeoPoint{130.7, 32.8});
}

TEST_CASE("populations given as integers, reals or text holding a number are read")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {qlonglong(493016112), qlonglong(7), QVariant()});
    addFeature(layer, kUnitSquare, {493016113.0, 12.5, 3});
    addFeature(layer, kUnitSquare, {QStringLiteral("c"), QStringLiteral(" 1,234 "), QStringLiteral("56.5")});
    addFeature(layer, kUnitSquare, {QStringLiteral("d"), QStringLiteral("１２３"), QStringLiteral("")});
    const std::vector<PopulationCell> cells
        = populationCells(layer, QStringLiteral("POP"), QStringLiteral("POP65"), QStringLiteral("MESH_ID"));
    REQUIRE(cells.size() == 4);
    CHECK(cells[0].id == QStringLiteral("493016112"));
    CHECK(cells[0].population == 7.0);
    CHECK_FALSE(cells[0].population65.has_value());
    CHECK(cells[1].id == QStringLiteral("493016113"));
    CHECK(cells[1].population == 12.5);
    CHECK(cells[1].population65 == 3.0);
    CHECK(cells[2].population == 1234.0);
    CHECK(cells[2].population65 == 56.5);
    CHECK(cells[3].population == 123.0);
    CHECK_FALSE(cells[3].population65.has_value());
}

TEST_CASE("a non-numeric population is an input error naming the file, the feature and the field")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("a"), 10.0, 1.0});
    addFeature(layer, kUnitSquare, {QStringLiteral("b"), QStringLiteral("秘匿"), 1.0});
    const InputError error = cellsError(layer);
    CHECK(error.diagnostic().file == layer.path);
    CHECK(error.diagnostic().location == QStringLiteral("feature 2, field POP"));
    CHECK(error.diagnostic().message.contains(QStringLiteral("秘匿")));
}

TEST_CASE("an empty population is an input error, never a silent zero")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("a"), QVariant(), 1.0});
    CHECK(cellsError(layer).diagnostic().location == QStringLiteral("feature 1, field POP"));

    VectorLayer blank = populationLayer();
    addFeature(blank, kUnitSquare, {QStringLiteral("a"), QStringLiteral("  "), 1.0});
    CHECK(cellsError(blank).diagnostic().message.contains(QStringLiteral("empty")));
}

TEST_CASE("a negative population or 65+ count is an input error")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("a"), -1.0, 1.0});
    CHECK(cellsError(layer).diagnostic().message.contains(QStringLiteral("negative")));

    VectorLayer negative65 = populationLayer();
    addFeature(negative65, kUnitSquare, {QStringLiteral("a"), 1.0, -1.0});
    CHECK(cellsError(negative65).diagnostic().location == QStringLiteral("feature 1, field POP65"));
}

TEST_CASE("a non-numeric 65+ value is an error, a NULL one is a cell without a 65+ value")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("a"), 1.0, QStringLiteral("x")});
    CHECK(cellsError(layer).diagnostic().location == QStringLiteral("feature 1, field POP65"));

    VectorLayer nulls = populationLayer();
    addFeature(nulls, kUnitSquare, {QStringLiteral("a"), 1.0, QVariant()});
    const std::vector<PopulationCell> cells
        = populationCells(nulls, QStringLiteral("POP"), QStringLiteral("POP65"), QString());
    CHECK_FALSE(cells.at(0).population65.has_value());
}

TEST_CASE("a field that the layer does not have is an input error listing the fields it has")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, kUnitSquare, {QStringLiteral("a"), 1.0, 1.0});
    const InputError error = cellsError(layer, QStringLiteral("POP65_IN"));
    CHECK(error.diagnostic().message.contains(QStringLiteral("POP65_IN")));
    CHECK(error.diagnostic().hint.contains(QStringLiteral("MESH_ID, POP, POP65")));
}

TEST_CASE("a cell without geometry and a line layer are refused")
{
    VectorLayer layer = populationLayer();
    addFeature(layer, nullptr, {QStringLiteral("a"), 1.0, 1.0});
    CHECK(cellsError(layer).diagnostic().location == QStringLiteral("feature 1"));

    VectorLayer lines = populationLayer(GeometryKind::Line);
    addFeature(lines, "LINESTRING (0 0, 1 1)", {QStringLiteral("a"), 1.0, 1.0});
    CHECK(cellsError(lines).diagnostic().message.contains(QStringLiteral("polygons")));
}

TEST_CASE("reading the cells stops with Cancelled when cancelled")
{
    VectorLayer layer = populationLayer();
    for (int i = 0; i < 10; ++i)
        addFeature(layer, kUnitSquare, {QString::number(i), 1.0, 1.0});
    Feedback feedback;
    feedback.cancel();
    CHECK_THROWS_AS(populationCells(layer, QStringLiteral("POP"), QString(), QString(), &feedback),
                    Cancelled);
}
