#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/displaycrs.h"
#include "gis/gdalhandles.h"

#include <ogr_srs_api.h>

#include <cmath>
#include <numbers>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

GeoPoint latLon(double lat, double lon)
{
    return GeoPoint{lon, lat};
}

OgrSpatialReferencePtr epsg(int code)
{
    OgrSpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    REQUIRE(OSRImportFromEPSG(srs.get(), code) == OGRERR_NONE);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

// The point projected by GDAL/OSR (a separate path into PROJ, from the EPSG definition).
QPointF osrProject(int code, const GeoPoint &point)
{
    OgrSpatialReferencePtr source = epsg(6668);
    OgrSpatialReferencePtr target = epsg(code);
    OgrCoordinateTransformationPtr transformation(OCTNewCoordinateTransformation(source.get(), target.get()));
    REQUIRE(transformation);
    double x = point.longitudeDeg;
    double y = point.latitudeDeg;
    REQUIRE(OCTTransform(transformation.get(), 1, &x, &y, nullptr));
    return QPointF(x, y);
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

TEST_CASE("the table of plane rectangular zone origins agrees with the EPSG definitions", "[displaycrs]")
{
    for (const DisplayCrs::JapanZone &zone : DisplayCrs::japanZones()) {
        INFO("zone " << zone.number << ", EPSG:" << zone.epsgCode);
        CHECK(zone.epsgCode == 6668 + zone.number);
        OgrSpatialReferencePtr srs = epsg(zone.epsgCode);
        OGRErr error = OGRERR_NONE;
        CHECK(OSRGetProjParm(srs.get(), SRS_PP_LATITUDE_OF_ORIGIN, -1, &error) == Approx(zone.originLatitudeDeg).margin(1e-9));
        CHECK(OSRGetProjParm(srs.get(), SRS_PP_CENTRAL_MERIDIAN, -1, &error) == Approx(zone.originLongitudeDeg).margin(1e-9));
        CHECK(OSRGetProjParm(srs.get(), SRS_PP_SCALE_FACTOR, -1, &error) == Approx(0.9999).margin(1e-12));
    }
}

TEST_CASE("Kumamoto is drawn in zone II and Sapporo in zone XII", "[displaycrs]")
{
    const DisplayCrs kumamoto = DisplayCrs::automaticFor(latLon(32.8031, 130.7079));
    CHECK(kumamoto.epsgCode() == 6670);
    CHECK(kumamoto.authorityId() == QStringLiteral("EPSG:6670"));
    CHECK(kumamoto.name() == QStringLiteral("JGD2011 / 平面直角座標系 II"));

    const DisplayCrs sapporo = DisplayCrs::automaticFor(latLon(43.0, 141.3));
    CHECK(sapporo.epsgCode() == 6680);
    CHECK(sapporo.name() == QStringLiteral("JGD2011 / 平面直角座標系 XII"));
}

TEST_CASE("other Japanese cities get the zone of their prefecture", "[displaycrs]")
{
    CHECK(DisplayCrs::automaticFor(latLon(35.6895, 139.6917)).epsgCode() == 6677); // Tokyo, IX
    CHECK(DisplayCrs::automaticFor(latLon(34.6937, 135.5023)).epsgCode() == 6674); // Osaka, VI
    CHECK(DisplayCrs::automaticFor(latLon(35.1815, 136.9066)).epsgCode() == 6675); // Nagoya, VII
    CHECK(DisplayCrs::automaticFor(latLon(33.5902, 130.4017)).epsgCode() == 6670); // Fukuoka, II
    CHECK(DisplayCrs::automaticFor(latLon(26.2124, 127.6809)).epsgCode() == 6683); // Naha, XV
    CHECK(DisplayCrs::automaticFor(latLon(34.2030, 129.2877)).epsgCode() == 6669); // Tsushima, I
    CHECK(DisplayCrs::automaticFor(latLon(27.0944, 142.1917)).epsgCode() == 6682); // Chichijima, XIV
}

TEST_CASE("data outside Japan is drawn in the UTM zone of its longitude", "[displaycrs]")
{
    const DisplayCrs london = DisplayCrs::automaticFor(latLon(51.5074, -0.1278));
    CHECK(london.epsgCode() == 32630);
    CHECK(london.name() == QStringLiteral("WGS 84 / UTM zone 30N"));
    CHECK(DisplayCrs::automaticFor(latLon(-33.8688, 151.2093)).epsgCode() == 32756); // Sydney
    CHECK(DisplayCrs::automaticFor(latLon(37.5665, 126.9780)).epsgCode() == 32652); // Seoul
    // Neighbours close to Japanese islands stay out of the Japanese zones.
    CHECK(DisplayCrs::automaticFor(latLon(35.1796, 129.0756)).epsgCode() == 32652); // Busan
    CHECK(DisplayCrs::automaticFor(latLon(43.1155, 131.8855)).epsgCode() == 32652); // Vladivostok
    CHECK(DisplayCrs::automaticFor(latLon(25.0330, 121.5654)).epsgCode() == 32651); // Taipei
}

TEST_CASE("a CRS that is not a zone of either system is refused", "[displaycrs]")
{
    CHECK_THROWS_AS(DisplayCrs::fromEpsg(4326), InputError);
    CHECK_THROWS_AS(DisplayCrs::fromEpsg(3857), InputError);
    CHECK_THROWS_AS(DisplayCrs::japanZone(20), InputError);
    CHECK(DisplayCrs::fromEpsg(6680).name() == QStringLiteral("JGD2011 / 平面直角座標系 XII"));
    CHECK_FALSE(DisplayCrs().isValid());
}

TEST_CASE("zone II's origin projects to (0, 0) and a Kumamoto point where GDAL puts it", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    const QPointF origin = crs.forward(latLon(33.0, 131.0));
    CHECK(origin.x() == Approx(0.0).margin(1e-6));
    CHECK(origin.y() == Approx(0.0).margin(1e-6));

    // 熊本市役所: west and south of the origin, so both coordinates are negative (x east, y north).
    const GeoPoint cityHall = latLon(32.80300, 130.70786);
    const QPointF projected = crs.forward(cityHall);
    const QPointF byGdal = osrProject(6670, cityHall);
    CHECK(projected.x() < -20000.0);
    CHECK(projected.y() < -20000.0);
    CHECK(distance(projected, byGdal) < 0.001);
}

TEST_CASE("forward then inverse returns the point to within a millimetre", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    for (const GeoPoint &point : {latLon(32.80300, 130.70786), latLon(32.6603, 130.5678), latLon(32.9799, 130.8292),
                                  latLon(33.1952, 131.3295), latLon(32.0949, 129.9388)}) {
        const QPointF projected = crs.forward(point);
        const GeoPoint back = crs.inverse(projected);
        // Compare in metres: re-project the returned point.
        CHECK(distance(crs.forward(back), projected) < 0.001);
        CHECK(back.longitudeDeg == Approx(point.longitudeDeg).margin(1e-8));
        CHECK(back.latitudeDeg == Approx(point.latitudeDeg).margin(1e-8));
    }
}

TEST_CASE("a batch projection gives the same coordinates as single points", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    std::vector<double> x = {130.70786, 130.76808, 130.64761};
    std::vector<double> y = {32.80300, 32.78058, 32.77685};
    const std::vector<double> lon = x;
    const std::vector<double> lat = y;
    crs.forwardInPlace(x.data(), y.data(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const QPointF single = crs.forward(GeoPoint{lon[i], lat[i]});
        CHECK(x[i] == single.x());
        CHECK(y[i] == single.y());
    }
}

TEST_CASE("the scale factor is 0.9999 on the origin meridian and grows with the distance from it", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    CHECK(crs.scaleFactor(latLon(33.0, 131.0)) == Approx(0.9999).margin(1e-9));
    CHECK(crs.scaleFactor(latLon(32.5, 131.0)) == Approx(0.9999).margin(1e-9));
    // Transverse Mercator: k ≈ k0 (1 + E² / (2 R²)) at E metres from the central meridian.
    const GeoPoint kumamoto = latLon(32.80300, 130.70786);
    const double e = crs.forward(kumamoto).x() / 0.9999;
    const double expected = 0.9999 * (1.0 + e * e / (2.0 * 6371000.0 * 6371000.0));
    CHECK(crs.scaleFactor(kumamoto) == Approx(expected).margin(2e-7));
}

TEST_CASE("the meridian convergence is zero on the origin meridian and positive east of it", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    CHECK(crs.meridianConvergenceDeg(latLon(32.8, 131.0)) == Approx(0.0).margin(1e-7));
    // γ ≈ Δλ · sin φ for a small Δλ.
    const double east = crs.meridianConvergenceDeg(latLon(33.0, 131.5));
    CHECK(east == Approx(0.5 * std::sin(33.0 * std::numbers::pi / 180.0)).epsilon(0.01));
    const double west = crs.meridianConvergenceDeg(latLon(33.0, 130.5));
    CHECK(west == Approx(-east).epsilon(0.01));
}

TEST_CASE("a display CRS can be used from another thread", "[displaycrs]")
{
    const DisplayCrs crs = DisplayCrs::japanZone(2);
    const GeoPoint point = latLon(32.80300, 130.70786);
    const QPointF here = crs.forward(point);
    QPointF there;
    std::thread worker([&] { there = crs.forward(point); });
    worker.join();
    CHECK(here == there);
}
