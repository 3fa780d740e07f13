#include "testsupport.h"

#include "gis/layerreader.h"
#include "gis/polygonindex.h"
#include "gis/vectorlayer.h"

#include <QFile>
#include <QStringList>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

struct OfficeSite
{
    QString id;
    QString ward;
    GeoPoint location;
};

// The columns needed here (id, ward, lat, lon) come before the free-text ones, so a plain split is
// enough for this file.
std::vector<OfficeSite> officeSites()
{
    QFile file(test::kumamotoFile(QStringLiteral("offices.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);
    const QStringList header = lines.front().trimmed().split(QLatin1Char(','));
    const int id = header.indexOf(QStringLiteral("id"));
    const int ward = header.indexOf(QStringLiteral("ward"));
    const int lat = header.indexOf(QStringLiteral("lat"));
    const int lon = header.indexOf(QStringLiteral("lon"));
    REQUIRE(id >= 0);
    REQUIRE(ward >= 0);
    REQUIRE(lat >= 0);
    REQUIRE(lon >= 0);
    std::vector<OfficeSite> sites;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        REQUIRE(cells.size() > std::max({id, ward, lat, lon}));
        bool latOk = false;
        bool lonOk = false;
        sites.push_back(OfficeSite{cells[id], cells[ward],
                                   GeoPoint{cells[lon].toDouble(&lonOk), cells[lat].toDouble(&latOk)}});
        REQUIRE(latOk);
        REQUIRE(lonOk);
    }
    return sites;
}

} // namespace

TEST_CASE("each of the 19 Kumamoto offices lies in exactly one ward polygon, the one the table gives",
          "[realdata]")
{
    const VectorLayer wards = readVectorLayer(test::kumamotoFile(QStringLiteral("wards.shp")));
    const PolygonIndex index(wards);
    const std::vector<OfficeSite> sites = officeSites();
    REQUIRE(sites.size() == 19);
    for (const OfficeSite &site : sites) {
        INFO("office " << site.id.toStdString());
        const std::vector<int> covering = index.featuresCovering(site.location);
        REQUIRE(covering.size() == 1);
        CHECK(wards.value(wards.features[std::size_t(covering.front())], QStringLiteral("N03_004")).toString()
              == site.ward);
    }
}

TEST_CASE("known branch office sites are found in their wards", "[realdata]")
{
    const VectorLayer wards = readVectorLayer(test::kumamotoFile(QStringLiteral("wards.shp")));
    const PolygonIndex index(wards);
    const auto wardAt = [&](double lat, double lon) {
        const std::optional<int> feature = index.firstFeatureCovering(GeoPoint{lon, lat});
        REQUIRE(feature.has_value());
        return wards.value(wards.features[std::size_t(*feature)], QStringLiteral("N03_004")).toString();
    };
    CHECK(wardAt(32.79886, 130.72509) == QStringLiteral("中央区")); // 大江
    CHECK(wardAt(32.83111, 130.58728) == QStringLiteral("西区"));   // 河内
    CHECK(wardAt(32.70906, 130.72856) == QStringLiteral("南区"));   // 城南
    CHECK(wardAt(32.84413, 130.76441) == QStringLiteral("北区"));   // 龍田
    // 熊本駅 lies in 西区, and the sea west of the city in no ward.
    CHECK(wardAt(32.78976, 130.68886) == QStringLiteral("西区"));
    CHECK_FALSE(index.firstFeatureCovering(GeoPoint{130.45, 32.75}).has_value());
}
