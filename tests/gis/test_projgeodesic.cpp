#include "testsupport.h"

#include "gis/geos.h"
#include "gis/projgeodesic.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

constexpr double kWgs84Radius = 6378137.0;
constexpr double kWgs84Flattening = 1.0 / 298.257223563;
constexpr double kGrs80Flattening = 1.0 / 298.257222101;

GeoPoint latLon(double lat, double lon)
{
    return GeoPoint{lon, lat};
}

double dms(double degrees, double minutes, double seconds)
{
    return degrees + minutes / 60.0 + seconds / 3600.0;
}

// Difference of two angles in degrees, folded into [-180, 180).
double angleDifference(double a, double b)
{
    return std::remainder(a - b, 360.0);
}

struct WktReaderDeleter
{
    void operator()(GEOSWKTReader *reader) const { GEOSWKTReader_destroy_r(geosContext(), reader); }
};

GeosGeometryPtr fromWkt(const std::string &wkt)
{
    std::unique_ptr<GEOSWKTReader, WktReaderDeleter> reader(GEOSWKTReader_create_r(geosContext()));
    GeosGeometryPtr geometry(GEOSWKTReader_read_r(geosContext(), reader.get(), wkt.c_str()));
    REQUIRE(geometry);
    return geometry;
}

std::string ringWkt(const std::vector<GeoPoint> &ring)
{
    std::string text = "(";
    for (std::size_t i = 0; i < ring.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += QStringLiteral("%1 %2")
                    .arg(ring[i].longitudeDeg, 0, 'g', 17)
                    .arg(ring[i].latitudeDeg, 0, 'g', 17)
                    .toStdString();
    }
    return text + ")";
}

// The area on the ellipsoid (a, f) between the equator and latitude phi, per radian of longitude,
// from the closed form for a zone of an ellipsoid of revolution (the authalic-latitude integral),
// in long double so that it checks PROJ independently of its series.
long double zoneAreaPerRadian(long double a, long double f, long double phiDeg)
{
    const long double pi = 3.14159265358979323846264338327950288L;
    const long double e2 = f * (2 - f);
    const long double e = std::sqrt(e2);
    const long double b2 = a * a * (1 - e2);
    const long double s = std::sin(phiDeg * pi / 180);
    return b2 / 2 * (s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e));
}

// A published geodesic of Karney's GeodTest.dat (WGS84), as used by GeographicLib's own tests:
// lat1, lon1, azi1, lat2, lon2 (unrolled), azi2, s12.
struct GeodTestLine
{
    double lat1, lon1, azi1, lat2, lon2, azi2, s12;
};

const GeodTestLine kGeodTest[] = {
    {35.60777, -139.44815, 111.098748429560326, -11.17491, -69.95921, 129.289270889708762,
     8935244.5604818305},
    {55.52454, 106.05087, 22.020059880982801, 77.03196, 197.18234, 109.112041110671519, 4105086.1713924406},
    {-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671},
    {-66.99028, 112.2363, 173.73491240878403, -12.70631, 285.90344, 2.512956620913668, 11150344.2312080241},
    {-17.42761, 173.34268, -159.033557661192928, -15.84784, 5.93557, -20.787484651536988,
     16076603.1631180673},
};

// Kumamoto City's 中央区役所 and 大江出張所 (offices.csv).
const GeoPoint kChuoWardOffice = latLon(32.80300, 130.70786);
const GeoPoint kOeBranch = latLon(32.79886, 130.72509);

} // namespace

TEST_CASE("the inverse problem matches published GeodTest geodesics on WGS84")
{
    const ProjGeodesic wgs84(kWgs84Radius, kWgs84Flattening);
    for (const GeodTestLine &line : kGeodTest) {
        INFO("geodesic from " << line.lat1 << ", " << line.lon1);
        const GeoPoint from = latLon(line.lat1, line.lon1);
        const GeoPoint to = latLon(line.lat2, line.lon2);
        CHECK(std::fabs(wgs84.distanceMeters(from, to) - line.s12) < 1e-6);
        CHECK(std::fabs(angleDifference(wgs84.initialAzimuthDeg(from, to), line.azi1)) < 1e-9);
        // The final azimuth is the reverse azimuth of the way back, turned half round.
        CHECK(std::fabs(angleDifference(wgs84.initialAzimuthDeg(to, from), line.azi2 + 180.0)) < 1e-9);
    }
}

TEST_CASE("the direct problem reaches the published GeodTest end points on WGS84")
{
    const ProjGeodesic wgs84(kWgs84Radius, kWgs84Flattening);
    for (const GeodTestLine &line : kGeodTest) {
        INFO("geodesic from " << line.lat1 << ", " << line.lon1);
        const GeoPoint end = wgs84.destination(latLon(line.lat1, line.lon1), line.azi1, line.s12);
        CHECK(std::fabs(end.latitudeDeg - line.lat2) < 1e-9);
        CHECK(std::fabs(angleDifference(end.longitudeDeg, line.lon2)) < 1e-9);
        CHECK(end.longitudeDeg >= -180.0);
        CHECK(end.longitudeDeg <= 180.0);
    }
}

TEST_CASE("JFK to Singapore Changi is 15347628 m as in GeodSolve's documented example")
{
    // GeodSolve(1): echo 40:38:23N 073:46:44W 01:21:33N 103:59:22E | GeodSolve -i -: -p 0
    //   -> 003:18:29.9 177:29:09.2 15347628
    const ProjGeodesic wgs84(kWgs84Radius, kWgs84Flattening);
    const GeoPoint jfk = latLon(dms(40, 38, 23), -dms(73, 46, 44));
    const GeoPoint changi = latLon(dms(1, 21, 33), dms(103, 59, 22));
    CHECK(std::fabs(wgs84.distanceMeters(jfk, changi) - 15347628.0) <= 0.5);
    CHECK(std::fabs(wgs84.initialAzimuthDeg(jfk, changi) - dms(3, 18, 29.9)) <= 0.05 / 3600.0);
    CHECK(std::fabs(angleDifference(wgs84.initialAzimuthDeg(changi, jfk) + 180.0, dms(177, 29, 9.2)))
          <= 0.05 / 3600.0);
}

TEST_CASE("the default ellipsoid is GRS80 and says so")
{
    const ProjGeodesic grs80;
    const ProjGeodesic explicitGrs80(kWgs84Radius, kGrs80Flattening);
    const ProjGeodesic wgs84(kWgs84Radius, kWgs84Flattening);
    CHECK(grs80.description() == QStringLiteral("geodesic, GRS80 ellipsoid"));
    CHECK(wgs84.description() == QStringLiteral("geodesic, WGS84 ellipsoid"));

    const GeoPoint from = latLon(kGeodTest[4].lat1, kGeodTest[4].lon1);
    const GeoPoint to = latLon(kGeodTest[4].lat2, kGeodTest[4].lon2);
    CHECK(grs80.distanceMeters(from, to) == explicitGrs80.distanceMeters(from, to));
    // The two ellipsoids differ in the 10th digit of the flattening: a few tenths of a millimetre
    // over 16,000 km, but not nothing.
    const double difference = std::fabs(grs80.distanceMeters(from, to) - wgs84.distanceMeters(from, to));
    CHECK(difference > 1e-6);
    CHECK(difference < 0.01);
}

TEST_CASE("an ellipsoid with a non-positive radius or an impossible flattening is refused")
{
    CHECK_THROWS_AS(ProjGeodesic(0.0, kGrs80Flattening), std::invalid_argument);
    CHECK_THROWS_AS(ProjGeodesic(kWgs84Radius, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(ProjGeodesic(kWgs84Radius, std::nan("")), std::invalid_argument);
}

TEST_CASE("distance is exactly symmetric and zero from a point to itself")
{
    const ProjGeodesic geodesic;
    for (const GeodTestLine &line : kGeodTest) {
        const GeoPoint a = latLon(line.lat1, line.lon1);
        const GeoPoint b = latLon(line.lat2, line.lon2);
        CHECK(geodesic.distanceMeters(a, b) == geodesic.distanceMeters(b, a));
    }
    CHECK(geodesic.distanceMeters(kChuoWardOffice, kOeBranch)
          == geodesic.distanceMeters(kOeBranch, kChuoWardOffice));
    CHECK(geodesic.distanceMeters(kOeBranch, kOeBranch) == 0.0);
    // 大江 is about 1.7 km east-south-east of the ward office: a sanity check of the axis order.
    CHECK(geodesic.distanceMeters(kChuoWardOffice, kOeBranch) == Approx(1680.0).margin(30.0));
    CHECK(geodesic.initialAzimuthDeg(kChuoWardOffice, kOeBranch) == Approx(106.0).margin(3.0));
}

TEST_CASE("going out along an azimuth and measuring back gives the same distance and azimuth")
{
    const ProjGeodesic geodesic;
    for (int azimuth = -180; azimuth < 180; azimuth += 15) {
        for (const double meters : {1.0, 5000.0, 250000.0}) {
            INFO("azimuth " << azimuth << ", distance " << meters);
            const GeoPoint end = geodesic.destination(kChuoWardOffice, azimuth, meters);
            CHECK(std::fabs(geodesic.distanceMeters(kChuoWardOffice, end) - meters) < 1e-6);
            CHECK(std::fabs(angleDifference(geodesic.initialAzimuthDeg(kChuoWardOffice, end), azimuth))
                  < 1e-7);
        }
    }
}

TEST_CASE("every point of a geodesic circle is at the radius, and the ring is closed and counter-clockwise")
{
    const ProjGeodesic geodesic;
    const std::vector<GeoPoint> ring = geodesic.circle(kChuoWardOffice, 5000.0, 72);
    REQUIRE(ring.size() == 73);
    CHECK(ring.front() == ring.back());
    double twiceSignedArea = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        CHECK(std::fabs(geodesic.distanceMeters(kChuoWardOffice, ring[i]) - 5000.0) < 1e-6);
        twiceSignedArea += ring[i].longitudeDeg * ring[i + 1].latitudeDeg
            - ring[i + 1].longitudeDeg * ring[i].latitudeDeg;
    }
    CHECK(twiceSignedArea > 0.0);
    // The first point is due north.
    CHECK(ring.front().longitudeDeg == Approx(kChuoWardOffice.longitudeDeg).margin(1e-12));
    CHECK(ring.front().latitudeDeg > kChuoWardOffice.latitudeDeg);
    CHECK_THROWS_AS(geodesic.circle(kChuoWardOffice, 5000.0, 2), std::invalid_argument);
    CHECK_THROWS_AS(geodesic.circle(kChuoWardOffice, -1.0, 36), std::invalid_argument);
}

TEST_CASE("a geodesic path starts and ends exactly at the given points, in equal steps along the geodesic")
{
    const ProjGeodesic geodesic;
    const GeoPoint jfk = latLon(40.64, -73.78);
    const GeoPoint changi = latLon(1.36, 103.99);
    const std::vector<GeoPoint> path = geodesic.path(jfk, changi, 100);
    REQUIRE(path.size() == 101);
    CHECK(path.front() == jfk);
    CHECK(path.back() == changi);
    const double total = geodesic.distanceMeters(jfk, changi);
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        CHECK(std::fabs(geodesic.distanceMeters(path[i], path[i + 1]) - total / 100.0) < 1e-6);
        // On the geodesic: no detour through the point.
        CHECK(std::fabs(geodesic.distanceMeters(jfk, path[i]) + geodesic.distanceMeters(path[i], changi)
                        - total)
              < 1e-5);
    }
    const std::vector<GeoPoint> single = geodesic.path(kChuoWardOffice, kOeBranch, 1);
    CHECK(single == std::vector<GeoPoint>{kChuoWardOffice, kOeBranch});
    CHECK_THROWS_AS(geodesic.path(jfk, changi, 0), std::invalid_argument);
}

TEST_CASE("the area of a one-degree cell at the equator matches the closed form for the ellipsoid")
{
    const ProjGeodesic geodesic;
    const long double pi = 3.14159265358979323846264338327950288L;
    const long double expected = (zoneAreaPerRadian(6378137.0L, 1.0L / 298.257222101L, 1.0L)
                                  - zoneAreaPerRadian(6378137.0L, 1.0L / 298.257222101L, 0.0L))
        * (pi / 180);

    // The northern edge follows the parallel (densified): the closed form is for a cell bounded by
    // the parallel, while a single geodesic edge bulges towards the pole.
    std::vector<GeoPoint> ring{latLon(0, 0), latLon(0, 1)};
    const int steps = 2000;
    for (int i = 0; i <= steps; ++i)
        ring.push_back(latLon(1, 1.0 - double(i) / steps));
    ring.push_back(latLon(0, 0));
    const GeosGeometryPtr cell = fromWkt("POLYGON (" + ringWkt(ring) + ")");
    const double area = geodesic.areaSquareMeters(cell.get());
    CHECK(std::fabs(area - double(expected)) / double(expected) < 1e-9);
    CHECK(area == Approx(12308778361.0).epsilon(1e-3)); // about 12,309 km²

    // With four geodesic edges the cell is larger by the sliver above the parallel (about 3e5 m²).
    const GeosGeometryPtr square = fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    const double squareArea = geodesic.areaSquareMeters(square.get());
    CHECK(squareArea > area);
    CHECK(squareArea - area < 1e6);
}

TEST_CASE("area does not depend on ring orientation, holes subtract and parts add")
{
    const ProjGeodesic geodesic;
    const GeosGeometryPtr counterClockwise
        = fromWkt("POLYGON ((130.6 32.7, 130.8 32.7, 130.8 32.9, 130.6 32.9, 130.6 32.7))");
    const GeosGeometryPtr clockwise
        = fromWkt("POLYGON ((130.6 32.7, 130.6 32.9, 130.8 32.9, 130.8 32.7, 130.6 32.7))");
    const GeosGeometryPtr hole
        = fromWkt("POLYGON ((130.65 32.75, 130.7 32.75, 130.7 32.8, 130.65 32.8, 130.65 32.75))");
    const GeosGeometryPtr withHole
        = fromWkt("POLYGON ((130.6 32.7, 130.8 32.7, 130.8 32.9, 130.6 32.9, 130.6 32.7),"
                  " (130.65 32.75, 130.65 32.8, 130.7 32.8, 130.7 32.75, 130.65 32.75))");
    const GeosGeometryPtr twoParts
        = fromWkt("MULTIPOLYGON (((130.6 32.7, 130.8 32.7, 130.8 32.9, 130.6 32.9, 130.6 32.7)),"
                  " ((131.0 32.7, 131.0 32.75, 131.05 32.75, 131.05 32.7, 131.0 32.7)))");
    const GeosGeometryPtr secondPart
        = fromWkt("POLYGON ((131.0 32.7, 131.05 32.7, 131.05 32.75, 131.0 32.75, 131.0 32.7))");

    const double outer = geodesic.areaSquareMeters(counterClockwise.get());
    // 0.2° of latitude (22.2 km) by 0.2° of longitude at 32.8° N (18.7 km).
    CHECK(outer > 4.1e8);
    CHECK(outer < 4.2e8);
    CHECK(geodesic.areaSquareMeters(clockwise.get()) == Approx(outer).epsilon(1e-12));
    CHECK(geodesic.areaSquareMeters(withHole.get())
          == Approx(outer - geodesic.areaSquareMeters(hole.get())).epsilon(1e-12));
    CHECK(geodesic.areaSquareMeters(twoParts.get())
          == Approx(outer + geodesic.areaSquareMeters(secondPart.get())).epsilon(1e-12));
}

TEST_CASE("points, lines, empty polygons and null have no area")
{
    const ProjGeodesic geodesic;
    CHECK(geodesic.areaSquareMeters(nullptr) == 0.0);
    CHECK(geodesic.areaSquareMeters(fromWkt("POINT (130.7 32.8)").get()) == 0.0);
    CHECK(geodesic.areaSquareMeters(fromWkt("LINESTRING (130.7 32.8, 130.8 32.9)").get()) == 0.0);
    CHECK(geodesic.areaSquareMeters(fromWkt("POLYGON EMPTY").get()) == 0.0);
}

TEST_CASE("the chord is never longer than the geodesic, and within a millimetre of it over a few kilometres")
{
    const ProjGeodesic geodesic;
    std::uint32_t state = 12345;
    auto next = [&] {
        state = state * 1664525U + 1013904223U;
        return double(state) / 4294967296.0;
    };
    for (int i = 0; i < 2000; ++i) {
        const GeoPoint a{-180.0 + 360.0 * next(), -89.0 + 178.0 * next()};
        const GeoPoint b{-180.0 + 360.0 * next(), -89.0 + 178.0 * next()};
        CHECK(geodesic.lowerBoundMeters(a, b) <= geodesic.distanceMeters(a, b));
        // Distances of a few kilometres, as between a mesh cell and its nearest counters.
        const GeoPoint near{a.longitudeDeg + 0.1 * (next() - 0.5),
                          std::clamp(a.latitudeDeg + 0.1 * (next() - 0.5), -89.5, 89.5)};
        const double geodesicMeters = geodesic.distanceMeters(a, near);
        const double chord = geodesic.lowerBoundMeters(a, near);
        CHECK(chord <= geodesicMeters);
        CHECK(chord >= geodesicMeters - 0.001);
    }
    CHECK(geodesic.lowerBoundMeters(latLon(32.8, 130.7), latLon(32.8, 130.7)) == 0.0);
}
