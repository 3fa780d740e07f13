#include "testsupport.h"

#include "core/fieldmapping.h"

#include <QFile>

using madoguchi::detectFieldMapping;
using madoguchi::FieldMapping;
using madoguchi::LayerRole;

namespace {

QStringList split(const char16_t *commaSeparated)
{
    return QString::fromUtf16(commaSeparated).split(QLatin1Char(','));
}

} // namespace

TEST_CASE("N03 ward layers map the ward name and code", "[fieldmapping]")
{
    const FieldMapping mapping =
        detectFieldMapping(LayerRole::Wards, split(u"N03_001,N03_002,N03_003,N03_004,N03_007"));
    FieldMapping expected;
    expected.name = QStringLiteral("N03_004");
    expected.code = QStringLiteral("N03_007");
    CHECK(mapping == expected);
}

TEST_CASE("ward layers without N03 fields fall back to common names", "[fieldmapping]")
{
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"区名,区コード")).name == QStringLiteral("区名"));
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"区名,区コード")).code == QStringLiteral("区コード"));
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"fid,Name,Code")).name == QStringLiteral("Name"));
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"fid,Name,Code")).code == QStringLiteral("Code"));
    // N03_004 comes before a generic name column.
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"name,N03_004")).name == QStringLiteral("N03_004"));
}

TEST_CASE("the population layer maps the in-city counts before the whole-mesh counts",
          "[fieldmapping]")
{
    const QStringList header = split(
        u"MESH_ID,WARD,WARD_CODE,YEAR,POP,POP65,POP75,POP0_14,POP15_64,HH,IN_FRAC,POP_IN,POP65_IN,"
        u"IN_TABLE,HTKSYORI,HTKSAKI,GASSAN,SRC_TABLE");
    const FieldMapping mapping = detectFieldMapping(LayerRole::Population, header);
    FieldMapping expected;
    expected.population = QStringLiteral("POP_IN");
    expected.population65 = QStringLiteral("POP65_IN");
    CHECK(mapping == expected);
}

TEST_CASE("other population layers map their own count columns", "[fieldmapping]")
{
    // The DID layer.
    const FieldMapping did = detectFieldMapping(
        LayerRole::Population, split(u"KEN,CITY,CITY_CODE,CITYNAME,CLASS,JINKO,MENSEKI"));
    CHECK(did.population == QStringLiteral("JINKO"));
    CHECK(did.population65.isEmpty());
    // The projected-population mesh: the 2020 columns, never another year's.
    const FieldMapping mesh = detectFieldMapping(
        LayerRole::Population,
        split(u"MESH_ID,SHICODE,PTN_2015,PTN_2020,PTA_2020,PTB_2020,PTC_2020,PTD_2020,PTN_2025"));
    CHECK(mesh.population == QStringLiteral("PTN_2020"));
    CHECK(mesh.population65 == QStringLiteral("PTC_2020"));
    // Japanese headers.
    const FieldMapping japanese =
        detectFieldMapping(LayerRole::Population, split(u"町丁目,人口総数,65歳以上人口"));
    CHECK(japanese.population == QStringLiteral("人口総数"));
    CHECK(japanese.population65 == QStringLiteral("65歳以上人口"));
}

TEST_CASE("the reference offices.csv header maps every office column", "[fieldmapping]")
{
    const QStringList header = split(u"id,name_ja,name_en,kind,ward,address,lat,lon,coord_source,"
                                     u"closed_2016,fy2014_count,published_distance_km");
    const FieldMapping mapping = detectFieldMapping(LayerRole::Offices, header);
    FieldMapping expected;
    expected.id = QStringLiteral("id");
    expected.name = QStringLiteral("name_ja");
    expected.nameEn = QStringLiteral("name_en");
    expected.kind = QStringLiteral("kind");
    expected.ward = QStringLiteral("ward");
    expected.address = QStringLiteral("address");
    expected.latitude = QStringLiteral("lat");
    expected.longitude = QStringLiteral("lon");
    // closed_2016 holds yes/no/upgrade, which parseDecision does not accept: it is not a decision.
    expected.workloadByFiscalYear = {{2014, QStringLiteral("fy2014_count")}};
    CHECK(mapping == expected);
}

TEST_CASE("the offices.csv in the shared data has the header the detection expects",
          "[fieldmapping][realdata]")
{
    QFile file(madoguchi::test::kumamotoFile(QStringLiteral("offices.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList header =
        QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    const FieldMapping mapping = detectFieldMapping(LayerRole::Offices, header);
    CHECK(mapping.id == QStringLiteral("id"));
    CHECK(mapping.name == QStringLiteral("name_ja"));
    CHECK(mapping.kind == QStringLiteral("kind"));
    CHECK(mapping.latitude == QStringLiteral("lat"));
    CHECK(mapping.longitude == QStringLiteral("lon"));
    CHECK(mapping.workloadByFiscalYear == std::map<int, QString>{{2014, QStringLiteral("fy2014_count")}});
}

TEST_CASE("a Japanese offices header maps every office column and each fiscal year", "[fieldmapping]")
{
    const QStringList header = split(u"番号,名称,種別,区,緯度,経度,平成26年度,平成27年度");
    const FieldMapping mapping = detectFieldMapping(LayerRole::Offices, header);
    FieldMapping expected;
    expected.id = QStringLiteral("番号");
    expected.name = QStringLiteral("名称");
    expected.kind = QStringLiteral("種別");
    expected.ward = QStringLiteral("区");
    expected.latitude = QStringLiteral("緯度");
    expected.longitude = QStringLiteral("経度");
    expected.workloadByFiscalYear = {{2014, QStringLiteral("平成26年度")},
                                     {2015, QStringLiteral("平成27年度")}};
    CHECK(mapping == expected);
}

TEST_CASE("office columns are matched ignoring case, width and spaces and named as in the source",
          "[fieldmapping]")
{
    const QStringList header = {QStringLiteral(" Name "), QStringLiteral("ＫＩＮＤ"),
                                QStringLiteral("LAT"), QStringLiteral("Longitude"),
                                QStringLiteral("ｈ２６")};
    const FieldMapping mapping = detectFieldMapping(LayerRole::Offices, header);
    CHECK(mapping.name == QStringLiteral(" Name "));
    CHECK(mapping.kind == QStringLiteral("ＫＩＮＤ"));
    CHECK(mapping.latitude == QStringLiteral("LAT"));
    CHECK(mapping.longitude == QStringLiteral("Longitude"));
    CHECK(mapping.workloadByFiscalYear == std::map<int, QString>{{2014, QStringLiteral("ｈ２６")}});
}

TEST_CASE("projected x/y columns are never taken for latitude and longitude", "[fieldmapping]")
{
    const FieldMapping mapping =
        detectFieldMapping(LayerRole::Offices, split(u"名称,種別,X座標,Y座標"));
    CHECK(mapping.x == QStringLiteral("X座標"));
    CHECK(mapping.y == QStringLiteral("Y座標"));
    CHECK(mapping.latitude.isEmpty());
    CHECK(mapping.longitude.isEmpty());

    const FieldMapping plain = detectFieldMapping(LayerRole::Offices, split(u"name,kind,x,y"));
    CHECK(plain.x == QStringLiteral("x"));
    CHECK(plain.y == QStringLiteral("y"));
    CHECK(plain.latitude.isEmpty());
    CHECK(plain.longitude.isEmpty());
}

TEST_CASE("an explicit decision column is mapped", "[fieldmapping]")
{
    CHECK(detectFieldMapping(LayerRole::Offices, split(u"name,decision_2016")).decision ==
          QStringLiteral("decision_2016"));
    CHECK(detectFieldMapping(LayerRole::Offices, split(u"名称,2016年方針")).decision ==
          QStringLiteral("2016年方針"));
}

TEST_CASE("the first of two workload columns for the same fiscal year is kept", "[fieldmapping]")
{
    const FieldMapping mapping =
        detectFieldMapping(LayerRole::Offices, split(u"name,H26,fy2014_count,fy2015_count"));
    CHECK(mapping.workloadByFiscalYear ==
          std::map<int, QString>{{2014, QStringLiteral("H26")}, {2015, QStringLiteral("fy2015_count")}});
}

TEST_CASE("school district layers map the A27 school name and code of the current edition",
          "[fieldmapping]")
{
    const FieldMapping mapping = detectFieldMapping(
        LayerRole::SchoolDistricts, split(u"A27_001,A27_002,A27_003,A27_004,A27_005"));
    CHECK(mapping.name == QStringLiteral("A27_004"));
    CHECK(mapping.code == QStringLiteral("A27_003"));

    const FieldMapping api = detectFieldMapping(
        LayerRole::SchoolDistricts, split(u"A27_001,A27_002,A27_003,A27_004_ja,A27_005"));
    CHECK(api.name == QStringLiteral("A27_004_ja"));
    CHECK(api.code == QStringLiteral("A27_003"));
}

TEST_CASE("school district layers of the 2010 A27 edition map the name, not the address",
          "[fieldmapping]")
{
    // 2010 district polygons: A27_005 市区町村コード, A27_006 設置主体, A27_007 名称, A27_008 所在地.
    const FieldMapping polygons = detectFieldMapping(
        LayerRole::SchoolDistricts, split(u"A27_005,A27_006,A27_007,A27_008"));
    CHECK(polygons.name == QStringLiteral("A27_007"));
    CHECK(polygons.code.isEmpty());
    // 2010 school points: A27_003 名称, A27_004 所在地.
    const FieldMapping points = detectFieldMapping(
        LayerRole::SchoolDistricts, split(u"A27_001,A27_002,A27_003,A27_004"));
    CHECK(points.name == QStringLiteral("A27_003"));
    CHECK(points.code.isEmpty());
}

TEST_CASE("the approximate school district layer maps SCHOOL and no code", "[fieldmapping]")
{
    const FieldMapping mapping =
        detectFieldMapping(LayerRole::SchoolDistricts, split(u"SCHOOL,WARD,WARD_CODE,APPROX"));
    FieldMapping expected;
    expected.name = QStringLiteral("SCHOOL");
    CHECK(mapping == expected);
    CHECK(detectFieldMapping(LayerRole::SchoolDistricts, split(u"小学校名,学校コード")).name ==
          QStringLiteral("小学校名"));
    CHECK(detectFieldMapping(LayerRole::SchoolDistricts, split(u"小学校名,学校コード")).code ==
          QStringLiteral("学校コード"));
}

TEST_CASE("school point layers map NAME, or the P29 name and code", "[fieldmapping]")
{
    const FieldMapping reference = detectFieldMapping(
        LayerRole::Schools, split(u"NAME,ADDRESS,WARD,WARD_CODE,FORMER,GSI_ID,GSI_NO"));
    FieldMapping expected;
    expected.name = QStringLiteral("NAME");
    CHECK(reference == expected);

    const FieldMapping p29 =
        detectFieldMapping(LayerRole::Schools, split(u"P29_001,P29_002,P29_003,P29_004,P29_005"));
    CHECK(p29.name == QStringLiteral("P29_004"));
    CHECK(p29.code == QStringLiteral("P29_002"));
}

TEST_CASE("members the layer has no column for stay empty", "[fieldmapping]")
{
    CHECK(detectFieldMapping(LayerRole::Offices, {}) == FieldMapping{});
    CHECK(detectFieldMapping(LayerRole::Wards, split(u"foo,bar")) == FieldMapping{});
    // Office columns are not looked for in other roles.
    const FieldMapping wards = detectFieldMapping(LayerRole::Wards, split(u"N03_004,lat,lon,fy2014"));
    CHECK(wards.latitude.isEmpty());
    CHECK(wards.workloadByFiscalYear.empty());
}

TEST_CASE("an explicit mapping wins member by member over the detected one", "[fieldmapping]")
{
    FieldMapping detected;
    detected.name = QStringLiteral("name_ja");
    detected.kind = QStringLiteral("kind");
    detected.latitude = QStringLiteral("lat");
    detected.workloadByFiscalYear = {{2014, QStringLiteral("fy2014_count")},
                                     {2015, QStringLiteral("fy2015_count")}};

    FieldMapping explicitMapping;
    explicitMapping.name = QStringLiteral("正式名称");
    explicitMapping.decision = QStringLiteral("closed_2016");

    const FieldMapping merged = detected.overriddenBy(explicitMapping);
    CHECK(merged.name == QStringLiteral("正式名称"));
    CHECK(merged.decision == QStringLiteral("closed_2016"));
    CHECK(merged.kind == QStringLiteral("kind"));
    CHECK(merged.latitude == QStringLiteral("lat"));
    CHECK(merged.workloadByFiscalYear == detected.workloadByFiscalYear);
}

TEST_CASE("explicit workload columns replace the detected ones entirely", "[fieldmapping]")
{
    FieldMapping detected;
    detected.workloadByFiscalYear = {{2014, QStringLiteral("fy2014_count")},
                                     {2015, QStringLiteral("fy2015_count")}};
    FieldMapping explicitMapping;
    explicitMapping.workloadByFiscalYear = {{2016, QStringLiteral("件数")}};
    CHECK(detected.overriddenBy(explicitMapping).workloadByFiscalYear ==
          std::map<int, QString>{{2016, QStringLiteral("件数")}});
}

TEST_CASE("every member of an explicit mapping is applied", "[fieldmapping]")
{
    FieldMapping explicitMapping;
    explicitMapping.name = QStringLiteral("a");
    explicitMapping.code = QStringLiteral("b");
    explicitMapping.population = QStringLiteral("c");
    explicitMapping.population65 = QStringLiteral("d");
    explicitMapping.id = QStringLiteral("e");
    explicitMapping.nameEn = QStringLiteral("f");
    explicitMapping.kind = QStringLiteral("g");
    explicitMapping.ward = QStringLiteral("h");
    explicitMapping.address = QStringLiteral("i");
    explicitMapping.latitude = QStringLiteral("j");
    explicitMapping.longitude = QStringLiteral("k");
    explicitMapping.x = QStringLiteral("l");
    explicitMapping.y = QStringLiteral("m");
    explicitMapping.decision = QStringLiteral("n");
    explicitMapping.workloadByFiscalYear = {{2014, QStringLiteral("o")}};

    const FieldMapping detected = detectFieldMapping(
        LayerRole::Offices, split(u"id,name,name_en,kind,ward,address,lat,lon,x,y,decision,H26"));
    CHECK(detected.overriddenBy(explicitMapping) == explicitMapping);
    CHECK(explicitMapping.overriddenBy(FieldMapping{}) == explicitMapping);
}

TEST_CASE("layer role keys are the project file's keys and read back", "[fieldmapping]")
{
    using madoguchi::layerRoleFromKey;
    using madoguchi::layerRoleKey;
    CHECK(layerRoleKey(LayerRole::Wards) == QStringLiteral("wards"));
    CHECK(layerRoleKey(LayerRole::SchoolDistricts) == QStringLiteral("schoolDistricts"));
    CHECK(layerRoleKey(LayerRole::Schools) == QStringLiteral("schools"));
    CHECK(layerRoleKey(LayerRole::Population) == QStringLiteral("population"));
    CHECK(layerRoleKey(LayerRole::Offices) == QStringLiteral("offices"));
    for (LayerRole role : {LayerRole::Wards, LayerRole::SchoolDistricts, LayerRole::Schools,
                           LayerRole::Population, LayerRole::Offices})
        CHECK(layerRoleFromKey(layerRoleKey(role)) == role);
    CHECK_FALSE(layerRoleFromKey(u"roads").has_value());
    CHECK_FALSE(layerRoleFromKey(u"").has_value());
    CHECK_FALSE(layerRoleFromKey(u"school_districts").has_value());
}
