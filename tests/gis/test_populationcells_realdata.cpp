#include "testsupport.h"

#include "core/catchment.h"
#include "gis/geos.h"
#include "gis/layerreader.h"
#include "gis/populationcells.h"
#include "gis/projgeodesic.h"
#include "gis/vectorlayer.h"

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

std::vector<PopulationCell> kumamotoCells(const VectorLayer &layer)
{
    return populationCells(layer, QStringLiteral("POP_IN"), QStringLiteral("POP65_IN"),
                           QStringLiteral("MESH_ID"));
}

} // namespace

TEST_CASE("Kumamoto's 2020 census mesh gives 1622 cells and the published city total", "[realdata]")
{
    const VectorLayer layer = readVectorLayer(test::kumamotoFile(QStringLiteral("population.shp")));
    const std::vector<PopulationCell> cells = kumamotoCells(layer);
    REQUIRE(cells.size() == 1622);

    double total = 0.0;
    double total65 = 0.0;
    int without65 = 0;
    for (const PopulationCell &cell : cells) {
        total += cell.population;
        total65 += cell.population65.value_or(0.0);
        without65 += cell.population65 ? 0 : 1;
    }
    // DATA.md: the age counts of 112 small meshes are suppressed (NULL), not zero.
    CHECK(without65 == 112);
    // DATA.md: sum of POP_IN = 737,783; sum of POP65_IN = 190,717.
    CHECK(std::fabs(total - 737783.0) <= 1.0);
    CHECK(std::fabs(total65 - 190717.0) <= 1.0);
    CHECK(cells.front().id.size() == 9); // a 9-digit 500 m mesh code
}

TEST_CASE("every Kumamoto cell's representative point lies in the cell", "[realdata]")
{
    const VectorLayer layer = readVectorLayer(test::kumamotoFile(QStringLiteral("population.shp")));
    const std::vector<PopulationCell> cells = kumamotoCells(layer);
    REQUIRE(cells.size() == layer.features.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const GeosGeometryPtr point = makeGeosPoint(cells[i].representativePoint.longitudeDeg,
                                                    cells[i].representativePoint.latitudeDeg);
        INFO("mesh " << cells[i].id.toStdString());
        CHECK(GEOSCovers_r(geosContext(), layer.features[i].geometry.get(), point.get()) == 1);
    }
}

TEST_CASE("Kumamoto's catchments over its 19 counters add up to the city total", "[realdata]")
{
    const VectorLayer layer = readVectorLayer(test::kumamotoFile(QStringLiteral("population.shp")));
    const std::vector<PopulationCell> cells = kumamotoCells(layer);
    // Five ward offices and four branch offices spread over the city (offices.csv).
    const std::vector<Counter> counters{
        {QStringLiteral("ward_chuo"), GeoPoint{130.70786, 32.80300}},
        {QStringLiteral("ward_higashi"), GeoPoint{130.76808, 32.78058}},
        {QStringLiteral("ward_nishi"), GeoPoint{130.64761, 32.77685}},
        {QStringLiteral("ward_minami"), GeoPoint{130.67807, 32.71607}},
        {QStringLiteral("ward_kita"), GeoPoint{130.69444, 32.90361}},
        {QStringLiteral("br_oe"), GeoPoint{130.72509, 32.79886}},
        {QStringLiteral("br_kawachi"), GeoPoint{130.58728, 32.83111}},
        {QStringLiteral("br_jonan"), GeoPoint{130.72856, 32.70906}},
        {QStringLiteral("br_tatsuda"), GeoPoint{130.76441, 32.84413}},
    };
    const CatchmentAssignment assignment = assignCatchments(cells, counters, ProjGeodesic());
    double total = 0.0;
    int cellCount = 0;
    for (const CounterCatchment &catchment : assignment.catchments) {
        CHECK(catchment.cells > 0);
        total += catchment.population;
        cellCount += catchment.cells;
    }
    CHECK(cellCount == 1622);
    CHECK(std::fabs(total - 737783.0) <= 1.0);
    // No resident of the city is more than 15 km from its nearest counter.
    for (double meters : assignment.distanceOfCellMeters)
        CHECK(meters < 15000.0);
}
