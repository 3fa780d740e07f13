#include "inputerror.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/gdalhandles.h"
#include "gis/officetable.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>

using namespace madoguchi;
using namespace madoguchi::gis;
using madoguchi::test::inputErrorOf;
using madoguchi::test::kumamotoFile;
using madoguchi::test::writeFile;

namespace {

// The same three offices, once with Japanese headers and once with English ones.
const QString japaneseTable = QStringLiteral(
    "番号,名称,種別,区,緯度,経度,平成26年度\r\n"
    "ward_chuo,中央区役所,区役所,中央区,32.80300,130.70786,\r\n"
    "br_oe,大江出張所,出張所,中央区,32.79886,130.72509,\"1,234\"\r\n"
    "br_takuma,託麻総合出張所,総合出張所,東区,３２．８２７９１,130.77915, 5678 \r\n");
const QString englishTable = QStringLiteral(
    "id,name,kind,ward,lat,lon,fy2014_count\r\n"
    "ward_chuo,中央区役所,ward_office,中央区,32.80300,130.70786,\r\n"
    "br_oe,大江出張所,branch,中央区,32.79886,130.72509,\"1,234\"\r\n"
    "br_takuma,託麻総合出張所,general_branch,東区,32.82791,130.77915,５６７８\r\n");

QByteArray cp932(const QString &text)
{
    const QByteArray bytes = madoguchi::test::toCp932(text);
    REQUIRE(guessEncoding(bytes) == EncodingGuess::Cp932);
    return bytes;
}


void checkThreeOffices(const OfficeTable &table)
{
    REQUIRE(table.offices.size() == 3);
    const Office &chuo = table.offices[0];
    const Office &oe = table.offices[1];
    const Office &takuma = table.offices[2];
    CHECK(chuo.id == QStringLiteral("ward_chuo"));
    CHECK(chuo.name == QStringLiteral("中央区役所"));
    CHECK(chuo.kind == OfficeKind::WardOffice);
    CHECK(chuo.ward == QStringLiteral("中央区"));
    CHECK(chuo.location.latitudeDeg == 32.803);
    CHECK(chuo.location.longitudeDeg == 130.70786);
    CHECK(chuo.sourceRow == 2);
    CHECK(oe.name == QStringLiteral("大江出張所"));
    CHECK(oe.kind == OfficeKind::Branch);
    CHECK(oe.sourceRow == 3);
    CHECK(takuma.name == QStringLiteral("託麻総合出張所"));
    CHECK(takuma.kind == OfficeKind::GeneralBranch);
    CHECK(takuma.ward == QStringLiteral("東区"));
    CHECK(takuma.location.latitudeDeg == 32.82791);
    CHECK(takuma.location.longitudeDeg == 130.77915);

    // An empty workload cell is missing, not zero; the year is still listed.
    REQUIRE(chuo.workloadByFiscalYear.count(2014) == 1);
    CHECK_FALSE(chuo.workloadByFiscalYear.at(2014).has_value());
    CHECK(oe.workloadByFiscalYear.at(2014) == 1234.0);
    CHECK(takuma.workloadByFiscalYear.at(2014) == 5678.0);
    CHECK(table.fiscalYears == std::vector<int>{2014});
    CHECK(table.coordinateCrs == QStringLiteral("EPSG:6668"));
}

QString tableWith(const QString &header, const QStringList &rows)
{
    return header + QStringLiteral("\n") + rows.join(QLatin1Char('\n')) + QStringLiteral("\n");
}

const QString englishHeader = QStringLiteral("id,name,kind,ward,lat,lon,fy2014_count");

} // namespace

TEST_CASE("a UTF-8 CSV with BOM and Japanese headers reads the offices", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"),
                                   QByteArray("\xEF\xBB\xBF") + japaneseTable.toUtf8());
    const OfficeTable table = readOfficeTable(path);
    checkThreeOffices(table);
    CHECK(table.encoding == TextEncoding::Utf8);
    CHECK(table.encodingSource == EncodingSource::Detected);
    CHECK(table.fields.id == QStringLiteral("番号")); // the BOM is not part of the first header
    CHECK(table.fields.workloadByFiscalYear.at(2014) == QStringLiteral("平成26年度"));
}

TEST_CASE("a CP932 CSV with English headers reads the same offices", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), cp932(englishTable));
    const OfficeTable table = readOfficeTable(path);
    checkThreeOffices(table);
    CHECK(table.encoding == TextEncoding::Cp932);
    CHECK(table.encodingSource == EncodingSource::Detected);
}

TEST_CASE("an encoding override is used for the CSV", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), cp932(englishTable));
    OfficeTableOptions options;
    options.encoding = TextEncoding::Utf8;
    // The CP932 bytes are not UTF-8: refused, not garbled.
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path, options); });
    CHECK(error.message.contains(QStringLiteral("UTF-8")));
    options.encoding = TextEncoding::Cp932;
    const OfficeTable table = readOfficeTable(path, options);
    CHECK(table.encodingSource == EncodingSource::Override);
    checkThreeOffices(table);
}

TEST_CASE("count cells: empty is missing, thousands separators and full-width digits are numbers",
          "[officetable]")
{
    const QString file = QStringLiteral("offices.csv");
    const QString where = QStringLiteral("line 2, column fy2014_count");
    CHECK_FALSE(parseCountCell(QString(), file, where).has_value());
    CHECK_FALSE(parseCountCell(QStringLiteral("  "), file, where).has_value());
    CHECK(parseCountCell(QStringLiteral("1234"), file, where) == 1234.0);
    CHECK(parseCountCell(QStringLiteral("1,234"), file, where) == 1234.0);
    CHECK(parseCountCell(QStringLiteral("１２３４"), file, where) == 1234.0);
    CHECK(parseCountCell(QStringLiteral("１，２３４"), file, where) == 1234.0);
    CHECK(parseCountCell(QStringLiteral(" 1234 "), file, where) == 1234.0);
    CHECK(parseCountCell(QStringLiteral("0"), file, where) == 0.0);
    CHECK(parseCountCell(QStringLiteral("12345678"), file, where) == 12345678.0);
    for (const QString &bad : {QStringLiteral("12件"), QStringLiteral("-"), QStringLiteral("n/a"),
                               QStringLiteral("1,23"), QStringLiteral("-5"), QStringLiteral("1.2.3")}) {
        INFO(bad.toStdString());
        const Diagnostic error = inputErrorOf([&] { parseCountCell(bad, file, where); });
        CHECK(error.file == file);
        CHECK(error.location == where);
    }
}

TEST_CASE("a count that is not a number is refused naming the file, line and column", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(englishHeader, {QStringLiteral("ward_chuo,中央区役所,ward_office,中央区,32.803,130.70786,10"),
                                  QStringLiteral("br_oe,大江出張所,branch,中央区,32.79886,130.72509,12件")})
            .toUtf8());
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
    CHECK(error.file == path);
    CHECK(error.location == QStringLiteral("line 3, column fy2014_count"));
    CHECK(error.message.contains(QStringLiteral("12件")));
}

TEST_CASE("line numbers in messages count blank lines and multi-line cells", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        QStringLiteral("id,name,kind,ward,lat,lon,fy2014_count,address\n"
                       "ward_chuo,中央区役所,ward_office,中央区,32.803,130.70786,10,\"熊本市中央区\n手取本町1番1号\"\n"
                       "\n"
                       "br_oe,大江出張所,branch,中央区,32.79886,130.72509,n/a,\n")
            .toUtf8());
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
    CHECK(error.location == QStringLiteral("line 5, column fy2014_count"));
}

TEST_CASE("a duplicate id is refused naming both lines", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(englishHeader, {QStringLiteral("br_oe,大江出張所,branch,中央区,32.79886,130.72509,"),
                                  QStringLiteral("ward_chuo,中央区役所,ward_office,中央区,32.803,130.70786,"),
                                  QStringLiteral("br_oe,秋津出張所,branch,東区,32.77116,130.77330,")})
            .toUtf8());
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
    CHECK(error.message.contains(QStringLiteral("br_oe")));
    CHECK(error.message.contains(QStringLiteral("line 2")));
    CHECK(error.message.contains(QStringLiteral("line 4")));
}

TEST_CASE("an unknown kind is refused listing the accepted kinds", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(englishHeader, {QStringLiteral("x1,市民センター,center,中央区,32.79886,130.72509,")}).toUtf8());
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
    CHECK(error.location == QStringLiteral("line 2, column kind"));
    CHECK(error.message.contains(QStringLiteral("center")));
    CHECK(error.hint.contains(QStringLiteral("ward_office")));
    CHECK(error.hint.contains(QStringLiteral("general_branch")));
    CHECK(error.hint.contains(QStringLiteral("出張所")));
}

TEST_CASE("missing or empty required values are refused", "[officetable]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());

    SECTION("no latitude column")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(QStringLiteral("id,name,kind,ward,lon"),
                      {QStringLiteral("br_oe,大江出張所,branch,中央区,130.72509")})
                .toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.message.contains(QStringLiteral("latitude")));
        CHECK(error.hint.contains(QStringLiteral("id, name, kind, ward, lon")));
    }
    SECTION("no ward column")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(QStringLiteral("id,name,kind,lat,lon"),
                      {QStringLiteral("br_oe,大江出張所,branch,32.79886,130.72509")})
                .toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.message.contains(QStringLiteral("ward")));
    }
    SECTION("a mapped column that is not in the header")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(englishHeader, {QStringLiteral("br_oe,大江出張所,branch,中央区,32.79886,130.72509,")})
                .toUtf8());
        OfficeTableOptions options;
        options.fields.name = QStringLiteral("出張所名");
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path, options); });
        CHECK(error.message.contains(QStringLiteral("出張所名")));
        CHECK(error.hint.contains(englishHeader.split(QLatin1Char(',')).join(QStringLiteral(", "))));
    }
    SECTION("an empty name cell")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(englishHeader, {QStringLiteral("br_oe, ,branch,中央区,32.79886,130.72509,")}).toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.location == QStringLiteral("line 2, column name"));
    }
    SECTION("a coordinate that is not a number")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(englishHeader, {QStringLiteral("br_oe,大江出張所,branch,中央区,32°47',130.72509,")}).toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.location == QStringLiteral("line 2, column lat"));
    }
    SECTION("latitude and longitude swapped")
    {
        const QString path = writeFile(
            folder, QStringLiteral("offices.csv"),
            tableWith(englishHeader, {QStringLiteral("br_oe,大江出張所,branch,中央区,130.72509,32.79886,")}).toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.location == QStringLiteral("line 2, column lat"));
        CHECK(error.hint.contains(QStringLiteral("swapped")));
    }
    SECTION("a header without rows")
    {
        const QString path = writeFile(folder, QStringLiteral("offices.csv"), (englishHeader + QStringLiteral("\n")).toUtf8());
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.message.contains(QStringLiteral("no offices")));
        CHECK(error.file == path);
    }
    SECTION("a file that does not exist")
    {
        const QString path = folder.filePath(QStringLiteral("nowhere.csv"));
        const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
        CHECK(error.message.contains(QStringLiteral("nowhere.csv does not exist")));
    }
}

TEST_CASE("a recorded decision is read when the table has one — an empty cell is no decision", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(englishHeader + QStringLiteral(",decision"),
                  {QStringLiteral("ward_chuo,中央区役所,ward_office,中央区,32.803,130.70786,,"),
                   QStringLiteral("br_oe,大江出張所,branch,中央区,32.79886,130.72509,,廃止")})
            .toUtf8());
    const OfficeTable table = readOfficeTable(path);
    REQUIRE(table.offices.size() == 2);
    CHECK_FALSE(table.offices[0].recordedDecision.has_value());
    CHECK(table.offices[1].recordedDecision == Decision::Close);

    const QString bad = writeFile(
        QDir(dir.path()), QStringLiteral("bad.csv"),
        tableWith(englishHeader + QStringLiteral(",decision"),
                  {QStringLiteral("br_oe,大江出張所,branch,中央区,32.79886,130.72509,,maybe")})
            .toUtf8());
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(bad); });
    CHECK(error.location == QStringLiteral("line 2, column decision"));
}

TEST_CASE("x/y columns need a CRS and are transformed with it", "[officetable]")
{
    // The expected plane coordinates of 中央区役所 (32.80300 N, 130.70786 E) in JGD2011 zone II, made
    // with OGR's forward transformation.
    ensureGdalRegistered();
    OgrSpatialReferencePtr geographic(OSRNewSpatialReference(nullptr));
    OgrSpatialReferencePtr plane(OSRNewSpatialReference(nullptr));
    REQUIRE(OSRImportFromEPSG(geographic.get(), 6668) == OGRERR_NONE);
    REQUIRE(OSRImportFromEPSG(plane.get(), 6670) == OGRERR_NONE);
    OSRSetAxisMappingStrategy(geographic.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(plane.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OgrCoordinateTransformationPtr forward(OCTNewCoordinateTransformation(geographic.get(), plane.get()));
    double x = 130.70786, y = 32.80300;
    REQUIRE(OCTTransform(forward.get(), 1, &x, &y, nullptr));
    // Zone II's origin is 33°N 131°E: the office lies south-west of it, some tens of km away.
    REQUIRE(x < 0);
    REQUIRE(y < 0);

    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(QStringLiteral("id,name,kind,ward,x,y"),
                  {QStringLiteral("ward_chuo,中央区役所,ward_office,中央区,%1,%2")
                       .arg(QString::number(x, 'f', 4), QString::number(y, 'f', 4))})
            .toUtf8());

    const Diagnostic error = inputErrorOf([&] { readOfficeTable(path); });
    CHECK(error.hint.contains(QStringLiteral("\"crs\"")));

    OfficeTableOptions options;
    options.crs = QStringLiteral("EPSG:6670");
    const OfficeTable table = readOfficeTable(path, options);
    REQUIRE(table.offices.size() == 1);
    CHECK(table.coordinateCrs == QStringLiteral("EPSG:6670"));
    CHECK(std::abs(table.offices[0].location.latitudeDeg - 32.80300) < 1e-7);
    CHECK(std::abs(table.offices[0].location.longitudeDeg - 130.70786) < 1e-7);
}

TEST_CASE("latitude/longitude columns on the Tokyo datum are shifted to JGD2011", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.csv"),
        tableWith(englishHeader, {QStringLiteral("ward_chuo,中央区役所,ward_office,中央区,32.80300,130.70786,")})
            .toUtf8());
    OfficeTableOptions options;
    options.crs = QStringLiteral("EPSG:4301");
    const OfficeTable table = readOfficeTable(path, options);
    REQUIRE(table.offices.size() == 1);
    // Tokyo datum and JGD2011 differ by several hundred metres in Kyushu (about 0.002°–0.003° each way).
    const double dLat = table.offices[0].location.latitudeDeg - 32.80300;
    const double dLon = table.offices[0].location.longitudeDeg - 130.70786;
    CHECK(std::abs(dLat) > 0.001);
    CHECK(std::abs(dLat) < 0.01);
    CHECK(std::abs(dLon) > 0.001);
    CHECK(std::abs(dLon) < 0.01);
    CHECK(table.coordinateCrs == QStringLiteral("EPSG:4301"));
}

TEST_CASE("a point GeoJSON is read as an offices layer", "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("offices.geojson"),
        QStringLiteral(
            R"({"type":"FeatureCollection","features":[)"
            R"({"type":"Feature","properties":{"id":"ward_chuo","name":"中央区役所","kind":"区役所","ward":"中央区","fy2014_count":null},)"
            R"("geometry":{"type":"Point","coordinates":[130.70786,32.803]}},)"
            R"({"type":"Feature","properties":{"id":"br_oe","name":"大江出張所","kind":"出張所","ward":"中央区","fy2014_count":1234},)"
            R"("geometry":{"type":"Point","coordinates":[130.72509,32.79886]}}]})")
            .toUtf8());
    const OfficeTable table = readOfficeTable(path);
    REQUIRE(table.offices.size() == 2);
    CHECK(table.offices[0].kind == OfficeKind::WardOffice);
    CHECK(table.offices[0].location == GeoPoint{130.70786, 32.803});
    CHECK(table.offices[0].sourceRow == 1);
    CHECK_FALSE(table.offices[0].workloadByFiscalYear.at(2014).has_value());
    CHECK(table.offices[1].name == QStringLiteral("大江出張所"));
    CHECK(table.offices[1].location == GeoPoint{130.72509, 32.79886});
    CHECK(table.offices[1].workloadByFiscalYear.at(2014) == 1234.0);
    CHECK(table.encodingSource == EncodingSource::Format);
}

TEST_CASE("a polygon layer is refused as an offices layer", "[officetable][realdata]")
{
    const Diagnostic error = inputErrorOf([&] { readOfficeTable(kumamotoFile(QStringLiteral("wards.shp"))); });
    CHECK(error.message.contains(QStringLiteral("points")));
}

TEST_CASE("the reference offices table of Kumamoto reads: 5 ward offices and 14 branch offices",
          "[officetable][realdata]")
{
    const OfficeTable table = readOfficeTable(kumamotoFile(QStringLiteral("offices.csv")));
    REQUIRE(table.offices.size() == 19);
    int wardOffices = 0;
    for (const Office &office : table.offices)
        wardOffices += office.isWardOffice() ? 1 : 0;
    CHECK(wardOffices == 5);
    CHECK(table.offices[0].id == QStringLiteral("ward_chuo"));
    CHECK(table.offices[0].name == QStringLiteral("中央区役所"));
    CHECK(table.offices[0].location == GeoPoint{130.70786, 32.80300});
    CHECK(table.offices[5].name == QStringLiteral("大江出張所"));
    CHECK(table.offices[5].ward == QStringLiteral("中央区"));
    CHECK(table.encoding == TextEncoding::Utf8);
}

TEST_CASE("two workload columns for one fiscal year are refused naming both, unless the mapping chooses one",
          "[officetable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"),
                                   "id,name,kind,ward,lat,lon,fy2014_count,H26\n"
                                   "w1,中央区役所,区役所,中央区,32.80,130.70,100,100\n"
                                   "b1,大江出張所,出張所,中央区,32.79,130.72,50,55\n");
    try {
        gis::readOfficeTable(path);
        FAIL("no error");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().message.contains(QStringLiteral("fy2014_count, H26")));
        CHECK(error.diagnostic().message.contains(QStringLiteral("FY2014")));
    }
    // The project's mapping names the column to read: the other is no longer in doubt.
    gis::OfficeTableOptions options;
    options.fields.workloadByFiscalYear[2014] = QStringLiteral("H26");
    const gis::OfficeTable table = gis::readOfficeTable(path, options);
    CHECK(table.offices[1].workloadByFiscalYear.at(2014) == 55.0);
}
