#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/displaycrs.h"
#include "gis/gdalhandles.h"
#include "gis/japanzones.h"
#include "gis/layerreader.h"
#include "gis/mapcontent.h"

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

// An N03 area: prefecture, 振興局, designated city or county, municipality, code.
AdministrativeArea n03(const char *prefecture, const char *subprefecture, const char *district,
                       const char *municipality, const char *code)
{
    AdministrativeArea area;
    area.prefecture = QString::fromUtf8(prefecture);
    area.subprefecture = QString::fromUtf8(subprefecture);
    area.district = QString::fromUtf8(district);
    area.municipality = QString::fromUtf8(municipality);
    area.code = QString::fromUtf8(code);
    return area;
}

int zoneOf(const AdministrativeArea &area)
{
    return noticeZoneFor(area).zone;
}

DisplayCrs crsForWards(const QString &path)
{
    const VectorLayer wards = readVectorLayer(path);
    return DisplayCrs::forAreas(administrativeAreas(wards), geographicCenter(wards));
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

TEST_CASE("Sapporo's N03 wards are drawn in zone XII, the zone the notice assigns to 札幌市", "[displaycrs][notice]")
{
    const QString path = test::sharedDataDir() + QStringLiteral("/sapporo/wards.geojson");
    const VectorLayer wards = readVectorLayer(path);
    const std::vector<AdministrativeArea> areas = administrativeAreas(wards);
    REQUIRE(areas.size() == 10);
    for (const AdministrativeArea &area : areas) {
        const NoticeZone zone = noticeZoneFor(area);
        CHECK(zone.zone == 12);
        CHECK(zone.basis == NoticeBasis::Municipality);
        CHECK(zone.place == QStringLiteral("札幌市")); // the city, not its ward
        REQUIRE(area.location.has_value());
    }

    const DisplayCrs crs = DisplayCrs::forAreas(areas, geographicCenter(wards));
    CHECK(crs.epsgCode() == 6680);
    CHECK(crs.rule() == DisplayCrs::Rule::Notice);
    CHECK(crs.label() == QStringLiteral("JGD2011 zone XII"));
    CHECK(crs.reason() == QStringLiteral("the zone the MLIT notice assigns to 札幌市"));
    CHECK(crs.description() == QStringLiteral("JGD2011 zone XII — the zone the MLIT notice assigns to 札幌市"));
}

TEST_CASE("the nearest origin would put 手稲区 in zone XI: the notice's rule does not", "[displaycrs][notice]")
{
    const VectorLayer wards = readVectorLayer(test::sharedDataDir() + QStringLiteral("/sapporo/wards.geojson"));
    for (const AdministrativeArea &area : administrativeAreas(wards)) {
        if (area.municipality != QStringLiteral("手稲区"))
            continue;
        CHECK(DisplayCrs::automaticFor(*area.location).epsgCode() == 6679);
        CHECK(DisplayCrs::forAreas({area}, *area.location).epsgCode() == 6680);
    }
}

TEST_CASE("Kumamoto's N03 wards are drawn in zone II, the zone of 熊本県", "[displaycrs][notice]")
{
    const DisplayCrs crs = crsForWards(test::kumamotoFile(QStringLiteral("wards.geojson")));
    CHECK(crs.epsgCode() == 6670);
    CHECK(crs.rule() == DisplayCrs::Rule::Notice);
    CHECK(crs.reason() == QStringLiteral("the zone the MLIT notice assigns to 熊本県 (熊本市)"));

    // The shapefile (Shift_JIS) names the same wards.
    CHECK(crsForWards(test::kumamotoFile(QStringLiteral("wards.shp"))).epsgCode() == 6670);
}

TEST_CASE("a prefecture that lies in one zone gives that zone whatever the municipality", "[displaycrs][notice]")
{
    const NoticeZone fukuoka = noticeZoneFor(n03("福岡県", "", "北九州市", "小倉北区", "40106"));
    CHECK(fukuoka.zone == 2);
    CHECK(fukuoka.basis == NoticeBasis::Prefecture);
    CHECK(fukuoka.place == QStringLiteral("福岡県"));
    CHECK(fukuoka.municipality == QStringLiteral("北九州市"));

    // By the code alone, and by the name without 県.
    CHECK(zoneOf(n03("", "", "", "", "40130")) == 2);
    CHECK(zoneOf(n03("", "", "", "", "1101")) == 12); // 01101 read as a number
    CHECK(zoneOf(n03("", "", "", "", "401307")) == 2); // with the check digit
    CHECK(zoneOf(n03("福岡", "", "", "", "")) == 2);
    CHECK(zoneOf(n03("長崎県", "", "", "対馬市", "42209")) == 1);
    CHECK(zoneOf(n03("大阪府", "", "大阪市", "北区", "27127")) == 6);
    CHECK(zoneOf(n03("青森県", "", "", "青森市", "02201")) == 10);
    CHECK(zoneOf(n03("山口県", "", "", "下関市", "35201")) == 3);

    const DisplayCrs crs = DisplayCrs::forAreas({n03("福岡県", "", "", "久留米市", "40203")}, latLon(33.32, 130.51));
    CHECK(crs.epsgCode() == 6670);
    CHECK(crs.reason() == QStringLiteral("the zone the MLIT notice assigns to 福岡県 (久留米市)"));
}

TEST_CASE("every prefecture is in the notice's table, the split ones by municipality", "[displaycrs][notice]")
{
    for (int code = 1; code <= 47; ++code) {
        CAPTURE(code);
        CHECK(prefectureCodeOf(prefectureName(code)) == code);
        const bool split = code == 1 || code == 13 || code == 46 || code == 47;
        CHECK((prefectureZone(code) == 0) == split);
    }
    CHECK(prefectureCodeOf(QStringLiteral("東京")) == 13);
    CHECK(prefectureCodeOf(QStringLiteral("京都")) == 26);
    CHECK(prefectureCodeOf(QStringLiteral("43000")) == 43);
    CHECK(prefectureCodeOf(QStringLiteral("48")) == 0);
    CHECK(prefectureCodeOf(QStringLiteral("Hokkaido")) == 0);
    for (int zone = 1; zone <= 19; ++zone) {
        CAPTURE(zone);
        CHECK_FALSE(zoneAreas(zone).isEmpty());
    }
    CHECK(zoneAreas(2).startsWith(QStringLiteral("福岡県・佐賀県・熊本県")));
}

TEST_CASE("北海道 is split by municipality as the notice lists them", "[displaycrs][notice]")
{
    CHECK(zoneOf(n03("北海道", "後志総合振興局", "", "小樽市", "01203")) == 11);
    CHECK(zoneOf(n03("北海道", "渡島総合振興局", "", "函館市", "01202")) == 11);
    CHECK(zoneOf(n03("北海道", "胆振総合振興局", "", "伊達市", "")) == 11);
    CHECK(zoneOf(n03("北海道", "", "虻田郡", "洞爺湖町", "")) == 11);
    CHECK(zoneOf(n03("北海道", "檜山振興局", "久遠郡", "せたな町", "01371")) == 11);
    CHECK(zoneOf(n03("北海道", "胆振総合振興局", "", "室蘭市", "01205")) == 12); // 胆振, but not listed
    CHECK(zoneOf(n03("北海道", "上川総合振興局", "", "旭川市", "01204")) == 12);
    CHECK(zoneOf(n03("北海道", "オホーツク総合振興局", "", "紋別市", "01219")) == 12);
    CHECK(zoneOf(n03("北海道", "オホーツク総合振興局", "", "北見市", "01208")) == 13);
    CHECK(zoneOf(n03("北海道", "", "網走郡", "大空町", "")) == 13);
    CHECK(zoneOf(n03("北海道", "十勝総合振興局", "", "帯広市", "01207")) == 13);
    CHECK(zoneOf(n03("北海道", "根室振興局", "色丹郡", "色丹村", "01695")) == 13);
    // A name the lists lack, in a 振興局 that lies wholly in one zone.
    CHECK(zoneOf(n03("北海道", "後志支庁", "", "旧大江村", "")) == 11);
    CHECK(zoneOf(n03("北海道", "十勝総合振興局", "", "旧忠類村", "")) == 13);
    // e-Stat names a designated city's ward with its city.
    CHECK(zoneOf(n03("北海道", "", "", "札幌市中央区", "")) == 12);

    // Two villages are called 泊村: the code or the 振興局 tells them apart, the name alone does not.
    CHECK(zoneOf(n03("北海道", "", "古宇郡", "泊村", "01403")) == 11);
    CHECK(zoneOf(n03("北海道", "根室振興局", "国後郡", "泊村", "")) == 13);
    CHECK(zoneOf(n03("北海道", "", "", "泊村", "")) == 0);
    // 北海道 alone does not say which zone.
    CHECK(zoneOf(n03("北海道", "", "", "", "")) == 0);
    CHECK(zoneOf(n03("", "", "", "", "01000")) == 0);
}

TEST_CASE("東京都, 鹿児島県 and 沖縄県 are split as the notice draws them", "[displaycrs][notice]")
{
    CHECK(zoneOf(n03("東京都", "", "", "千代田区", "13101")) == 9);
    CHECK(zoneOf(n03("東京都", "", "", "八丈町", "13401")) == 9);
    CHECK(zoneOf(n03("沖縄県", "", "", "那覇市", "47201")) == 15);
    CHECK(zoneOf(n03("沖縄県", "", "", "久米島町", "")) == 15);
    CHECK(zoneOf(n03("沖縄県", "", "", "宮古島市", "47214")) == 16);
    CHECK(zoneOf(n03("沖縄県", "", "八重山郡", "与那国町", "")) == 16);
    CHECK(zoneOf(n03("沖縄県", "", "島尻郡", "南大東村", "47357")) == 17);
    CHECK(zoneOf(n03("鹿児島県", "", "", "鹿児島市", "46201")) == 2);
    CHECK(zoneOf(n03("鹿児島県", "", "", "奄美市", "46222")) == 1);
    CHECK(zoneOf(n03("鹿児島県", "", "大島郡", "与論町", "")) == 1);
    CHECK(zoneOf(n03("鹿児島県", "", "鹿児島郡", "十島村", "46304")) == 1);
    CHECK(zoneOf(n03("鹿児島県", "", "熊毛郡", "屋久島町", "46505")) == 2);

    // 小笠原村's islands lie in three zones: the area's location decides, by the notice's lines.
    AdministrativeArea chichijima = n03("東京都", "", "", "小笠原村", "13421");
    CHECK(zoneOf(chichijima) == 0); // no location: no telling
    chichijima.location = latLon(27.0944, 142.1917);
    const NoticeZone zone = noticeZoneFor(chichijima);
    CHECK(zone.zone == 14);
    CHECK(zone.basis == NoticeBasis::Coordinates);
    CHECK(zone.splitMunicipality);
    AdministrativeArea okinotorishima = chichijima;
    okinotorishima.location = latLon(20.4253, 136.0819);
    CHECK(zoneOf(okinotorishima) == 18);
    AdministrativeArea minamitorishima = chichijima;
    minamitorishima.location = latLon(24.2867, 153.9807);
    CHECK(zoneOf(minamitorishima) == 19);
    const DisplayCrs crs = DisplayCrs::forAreas({chichijima}, *chichijima.location);
    CHECK(crs.epsgCode() == 6682);
    CHECK(crs.reason().contains(QStringLiteral("小笠原村")));
    CHECK(crs.reason().contains(QStringLiteral("several zones")));

    // 薩摩川内市: the 甑島 in zone I, the mainland in II.
    AdministrativeArea koshikijima = n03("鹿児島県", "", "", "薩摩川内市", "46215");
    koshikijima.location = latLon(31.75, 129.78);
    CHECK(zoneOf(koshikijima) == 1);
    AdministrativeArea sendai = koshikijima;
    sendai.location = latLon(31.81, 130.30);
    CHECK(zoneOf(sendai) == 2);
}

TEST_CASE("areas in several zones give the zone of most of them, and say so", "[displaycrs][notice]")
{
    const std::vector<AdministrativeArea> areas = {
        n03("北海道", "", "", "札幌市", "01100"), n03("北海道", "", "", "江別市", "01217"),
        n03("北海道", "", "", "小樽市", "01203"), n03("北海道", "", "", "", ""),
    };
    const DisplayCrs crs = DisplayCrs::forAreas(areas, latLon(43.1, 141.2));
    CHECK(crs.epsgCode() == 6680);
    CHECK(crs.reason() == QStringLiteral("the zone the MLIT notice assigns to 札幌市, 江別市, for 2 of the 4 areas"));
}

TEST_CASE("data without a known prefecture falls back to the nearest origin, or UTM abroad, and says so",
          "[displaycrs][notice]")
{
    const DisplayCrs unnamed = DisplayCrs::forAreas({n03("", "", "", "中央区", "")}, latLon(43.06, 141.35));
    CHECK(unnamed.epsgCode() == 6680);
    CHECK(unnamed.rule() == DisplayCrs::Rule::NearestOrigin);
    CHECK(unnamed.reason().contains(QStringLiteral("nearest")));

    const DisplayCrs seoul = DisplayCrs::forAreas({n03("서울특별시", "", "", "중구", "11140")}, latLon(37.5665, 126.9780));
    CHECK(seoul.epsgCode() == 32652);
    CHECK(seoul.rule() == DisplayCrs::Rule::Utm);
    CHECK(seoul.reason().contains(QStringLiteral("outside Japan")));

    CHECK(DisplayCrs::forAreas({}, latLon(51.5074, -0.1278)).rule() == DisplayCrs::Rule::Utm);
    CHECK(DisplayCrs::fromEpsg(6680).reason().isEmpty());
    CHECK(DisplayCrs::fromEpsg(6680).description() == QStringLiteral("JGD2011 zone XII"));
}

TEST_CASE("a project names its map projection as EPSG text, JGD2011 UTM included", "[displaycrs]")
{
    const DisplayCrs chosen = DisplayCrs::fromProjectText(QStringLiteral("EPSG:6680"));
    CHECK(chosen.epsgCode() == 6680);
    CHECK(chosen.rule() == DisplayCrs::Rule::Project);
    CHECK(chosen.reason() == QStringLiteral("the projection named in the project file"));
    CHECK(DisplayCrs::epsgCodeOf(QStringLiteral(" epsg:6691 ")) == 6691);
    CHECK(DisplayCrs::epsgCodeOf(QStringLiteral("6670")) == 6670);
    CHECK(DisplayCrs::epsgCodeOf(QStringLiteral("zone II")) == 0);
    CHECK_THROWS_AS(DisplayCrs::fromProjectText(QStringLiteral("zone II")), InputError);
    CHECK_THROWS_AS(DisplayCrs::fromProjectText(QStringLiteral("EPSG:6668")), InputError);

    const DisplayCrs utm53 = DisplayCrs::fromEpsg(6690);
    CHECK(utm53.name() == QStringLiteral("JGD2011 / UTM zone 53N"));
    CHECK(DisplayCrs::isSupportedEpsg(6692));
    CHECK_FALSE(DisplayCrs::isSupportedEpsg(6693));
    // The same projection as GDAL's EPSG:6690.
    const GeoPoint tokyo = latLon(35.6895, 139.6917);
    CHECK(distance(utm53.forward(tokyo), osrProject(6690, tokyo)) < 1e-3);
}

TEST_CASE("PROJ's database names a typed EPSG code", "[displaycrs]")
{
    const auto zone12 = DisplayCrs::epsgInfo(6680);
    REQUIRE(zone12);
    CHECK(zone12->name == QStringLiteral("JGD2011 / Japan Plane Rectangular CS XII"));
    CHECK(zone12->projected);
    const auto jgd2011 = DisplayCrs::epsgInfo(6668);
    REQUIRE(jgd2011);
    CHECK(jgd2011->geographic);
    CHECK_FALSE(jgd2011->projected);
    CHECK_FALSE(DisplayCrs::epsgInfo(9999999));
}
