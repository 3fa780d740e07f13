#include "testsupport.h"

#include "gis/layerreader.h"
#include "gis/projgeodesic.h"
#include "gis/vectorlayer.h"

#include <map>

using namespace madoguchi;
using namespace madoguchi::gis;

TEST_CASE("the geodesic areas of Kumamoto's five wards match the official areas", "[realdata]")
{
    const VectorLayer wards = readVectorLayer(test::kumamotoFile(QStringLiteral("wards.shp")));
    REQUIRE(wards.features.size() == 5);

    // Official ward areas in km² (DATA.md: equal to the N03 polygons' areas in JGD2011 zone II).
    const std::map<QString, double> officialSquareKilometres{{QStringLiteral("中央区"), 25.45},
                                                             {QStringLiteral("東区"), 50.18},
                                                             {QStringLiteral("西区"), 89.31},
                                                             {QStringLiteral("南区"), 109.99},
                                                             {QStringLiteral("北区"), 115.32}};

    const ProjGeodesic geodesic;
    double totalSquareMeters = 0.0;
    std::map<QString, double> found;
    for (const Feature &feature : wards.features) {
        const QString name = wards.value(feature, QStringLiteral("N03_004")).toString();
        const double squareMeters = geodesic.areaSquareMeters(feature.geometry.get());
        found[name] = squareMeters;
        totalSquareMeters += squareMeters;
    }
    REQUIRE(found.size() == officialSquareKilometres.size());
    for (const auto &[name, squareKilometres] : officialSquareKilometres) {
        INFO("ward " << name.toStdString());
        REQUIRE(found.count(name) == 1);
        CHECK(found[name] / 1.0e6 == Approx(squareKilometres).epsilon(0.005));
    }
    // DATA.md: the city is 390.25 km².
    CHECK(totalSquareMeters / 1.0e6 == Approx(390.25).epsilon(0.005));
}
