#include "inputerror.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/gdalhandles.h"
#include "gis/layerreader.h"

#include <gdal_utils.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <map>
#include <vector>

using namespace madoguchi;
using namespace madoguchi::gis;
using madoguchi::test::copyKumamotoShapefile;
using madoguchi::test::inputErrorOf;
using madoguchi::test::kumamotoFile;
using madoguchi::test::writeFile;

namespace {

const QStringList wardNames = {QStringLiteral("中央区"), QStringLiteral("東区"), QStringLiteral("西区"),
                               QStringLiteral("南区"), QStringLiteral("北区")};

QSet<QString> textValues(const VectorLayer &layer, const QString &field)
{
    QSet<QString> values;
    for (const Feature &feature : layer.features)
        values.insert(layer.value(feature, field).toString());
    return values;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Every file in the folder with its bytes and modification time, to prove a read left them alone.
struct FolderSnapshot
{
    std::map<QString, std::pair<QByteArray, QDateTime>> files;

    explicit FolderSnapshot(const QDir &dir)
    {
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files))
            files[info.fileName()] = {readBytes(info.filePath()), info.lastModified()};
    }
    bool operator==(const FolderSnapshot &other) const { return files == other.files; }
};

// Converts a vector dataset with GDAL's ogr2ogr API (e.g. to make a UTF-8 or projected shapefile).
void translate(const QString &source, const QString &destination, const QStringList &arguments)
{
    ensureGdalRegistered();
    std::vector<QByteArray> storage;
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    REQUIRE(options);
    GDALDatasetH input = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                    nullptr, nullptr);
    REQUIRE(input);
    int usageError = 0;
    GDALDatasetH output = GDALVectorTranslate(destination.toUtf8().constData(), nullptr, 1, &input, options,
                                              &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(input);
    REQUIRE(output);
    REQUIRE(usageError == 0);
    GDALClose(output);
}


double maxVertexDistance(const GEOSGeometry *a, const GEOSGeometry *b)
{
    double distance = -1;
    REQUIRE(GEOSHausdorffDistance_r(geosContext(), a, b, &distance) == 1);
    return distance;
}

const Feature &featureNamed(const VectorLayer &layer, const QString &name)
{
    for (const Feature &feature : layer.features) {
        if (layer.value(feature, QStringLiteral("N03_004")).toString() == name)
            return feature;
    }
    FAIL("no feature named " << name);
    return layer.features.front();
}

} // namespace

TEST_CASE("the real CP932 wards shapefile reads with its .cpg: five polygons with Japanese names",
          "[layerreader][realdata]")
{
    const VectorLayer layer = readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")));
    CHECK(layer.driver == QStringLiteral("ESRI Shapefile"));
    CHECK(layer.features.size() == 5);
    CHECK(layer.geometryKind == GeometryKind::Polygon);
    CHECK(layer.encoding == TextEncoding::Cp932);
    CHECK(layer.encodingSource == EncodingSource::CodePageFile);
    CHECK(layer.sourceCrs == QStringLiteral("EPSG:6668"));
    CHECK_FALSE(layer.crsFromOverride);
    CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
    CHECK(textValues(layer, QStringLiteral("N03_007"))
          == QSet<QString>{QStringLiteral("43101"), QStringLiteral("43102"), QStringLiteral("43103"),
                           QStringLiteral("43104"), QStringLiteral("43105")});
    CHECK(textValues(layer, QStringLiteral("N03_003")) == QSet<QString>{QStringLiteral("熊本市")});
    // N03_002 is empty in N03 data for cities: null, not an empty string.
    CHECK(layer.value(layer.features.front(), QStringLiteral("N03_002")).isNull());
    CHECK(layer.value(featureNamed(layer, QStringLiteral("中央区")), QStringLiteral("N03_007")).toString()
          == QStringLiteral("43101"));
    for (const Feature &feature : layer.features) {
        REQUIRE(feature.geometry);
        CHECK(GEOSisValid_r(geosContext(), feature.geometry.get()) == 1);
        double x = 0, y = 0;
        GeosGeometryPtr centroid(GEOSGetCentroid_r(geosContext(), feature.geometry.get()));
        GEOSGeomGetX_r(geosContext(), centroid.get(), &x);
        GEOSGeomGetY_r(geosContext(), centroid.get(), &y);
        // x = longitude, y = latitude (DATA.md: 130.5678–130.8292 E, 32.6603–32.9799 N).
        CHECK(x > 130.56);
        CHECK(x < 130.83);
        CHECK(y > 32.66);
        CHECK(y < 32.98);
    }
    CHECK(layer.warnings.empty());
}

TEST_CASE("the wards shapefile without .cpg reads with the right names and says how the encoding was found",
          "[layerreader][realdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"), {QStringLiteral("cpg")});
    const char ldid = readBytes(dir.filePath(QStringLiteral("wards.dbf"))).at(29);
    const VectorLayer layer = readVectorLayer(shp);
    // GDAL 3.6 writes LDID 0 with -lco ENCODING=CP932; a DBF written by other software may carry 0x13.
    CHECK(layer.encodingSource
          == (ldid == 0x13 ? EncodingSource::DbfLanguageDriver : EncodingSource::Detected));
    CHECK(layer.encoding == TextEncoding::Cp932);
    CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("wards.cpg")))); // GDAL wrote none
}

TEST_CASE("a CP932 shapefile without .cpg and without language driver id is detected as CP932",
          "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"), {QStringLiteral("cpg")});
    const QString dbf = dir.filePath(QStringLiteral("wards.dbf"));
    QByteArray bytes = readBytes(dbf);
    bytes[29] = 0;
    writeBytes(dbf, bytes);
    const VectorLayer layer = readVectorLayer(shp);
    CHECK(layer.encodingSource == EncodingSource::Detected);
    CHECK(layer.encoding == TextEncoding::Cp932);
    CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
}

TEST_CASE("a shapefile without .cpg whose DBF language driver id is 0x13 is read as CP932 from the LDID",
          "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"), {QStringLiteral("cpg")});
    const QString dbf = dir.filePath(QStringLiteral("wards.dbf"));
    QByteArray bytes = readBytes(dbf);
    bytes[29] = 0x13;
    writeBytes(dbf, bytes);
    const VectorLayer layer = readVectorLayer(shp);
    CHECK(layer.encodingSource == EncodingSource::DbfLanguageDriver);
    CHECK(layer.encoding == TextEncoding::Cp932);
    CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
}

TEST_CASE("a UTF-8 shapefile without .cpg is detected as UTF-8", "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QString shp = dir.filePath(QStringLiteral("wards_utf8.shp"));
    translate(kumamotoFile(QStringLiteral("wards.shp")), shp,
              {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-lco"),
               QStringLiteral("ENCODING=UTF-8")});
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("wards_utf8.cpg"))));
    // The DBF really holds UTF-8 bytes of the names.
    CHECK(readBytes(dir.filePath(QStringLiteral("wards_utf8.dbf"))).contains(QStringLiteral("中央区").toUtf8()));

    const VectorLayer layer = readVectorLayer(shp);
    CHECK(layer.encodingSource == EncodingSource::Detected);
    CHECK(layer.encoding == TextEncoding::Utf8);
    CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
}

TEST_CASE("an encoding override wins over the .cpg", "[layerreader][realdata]")
{
    SECTION("UTF-8 forced on the CP932 wards is refused, naming the override, instead of garbling names")
    {
        QTemporaryDir dir;
        const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"));
        LayerReadOptions options;
        options.encoding = TextEncoding::Utf8;
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(shp, options); });
        CHECK(error.message.contains(QStringLiteral("UTF-8")));
        CHECK(error.message.contains(QStringLiteral("the encoding set for this layer")));
        CHECK(error.toString().contains(QStringLiteral("wards.dbf")));
        // Without the override the same copy reads fine.
        CHECK(readVectorLayer(shp).features.size() == 5);
    }
    SECTION("a wrong .cpg (UTF-8 for CP932 data) is refused, and the CP932 override repairs it")
    {
        QTemporaryDir dir;
        const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"));
        writeBytes(dir.filePath(QStringLiteral("wards.cpg")), QByteArrayLiteral("UTF-8"));
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(shp); });
        CHECK(error.message.contains(QStringLiteral(".cpg")));
        LayerReadOptions options;
        options.encoding = TextEncoding::Cp932;
        const VectorLayer layer = readVectorLayer(shp, options);
        CHECK(layer.encodingSource == EncodingSource::Override);
        CHECK(layer.encoding == TextEncoding::Cp932);
        CHECK(textValues(layer, QStringLiteral("N03_004")) == QSet<QString>(wardNames.begin(), wardNames.end()));
    }
    SECTION("CP932 forced on a UTF-8 shapefile with a UTF-8 .cpg is refused, naming the override")
    {
        QTemporaryDir dir;
        const QString shp = dir.filePath(QStringLiteral("wards_utf8.shp"));
        translate(kumamotoFile(QStringLiteral("wards.shp")), shp,
                  {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-lco"),
                   QStringLiteral("ENCODING=UTF-8")});
        REQUIRE(QFileInfo::exists(dir.filePath(QStringLiteral("wards_utf8.cpg"))));
        CHECK(readVectorLayer(shp).encodingSource == EncodingSource::CodePageFile);
        LayerReadOptions options;
        options.encoding = TextEncoding::Cp932;
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(shp, options); });
        CHECK(error.message.contains(QStringLiteral("CP932")));
        CHECK(error.message.contains(QStringLiteral("the encoding set for this layer")));
    }
}

TEST_CASE("a layer in JGD2011 plane rectangular zone II is transformed to the same latitude/longitude",
          "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QString projected = dir.filePath(QStringLiteral("wards_6670.shp"));
    translate(kumamotoFile(QStringLiteral("wards.shp")), projected,
              {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"),
               QStringLiteral("EPSG:6670"), QStringLiteral("-lco"), QStringLiteral("ENCODING=CP932")});

    const VectorLayer original = readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")));
    const VectorLayer layer = readVectorLayer(projected);
    CHECK(layer.sourceCrs == QStringLiteral("EPSG:6670"));
    REQUIRE(layer.features.size() == 5);
    for (const QString &name : wardNames) {
        INFO(name.toStdString());
        const Feature &read = featureNamed(layer, name);
        const Feature &expected = featureNamed(original, name);
        REQUIRE(read.geometry);
        CHECK(GEOSGetNumCoordinates_r(geosContext(), read.geometry.get())
              == GEOSGetNumCoordinates_r(geosContext(), expected.geometry.get()));
        CHECK(maxVertexDistance(read.geometry.get(), expected.geometry.get()) < 1e-7);
    }
}

TEST_CASE("a WGS 84 GeoJSON is read as it is, x = longitude", "[layerreader]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("office.geojson"),
        QByteArrayLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                          R"("properties":{"name":"中央区役所","count":1234,"share":0.25,"note":null},)"
                          R"("geometry":{"type":"Point","coordinates":[130.70786,32.803]}}]})"));
    const VectorLayer layer = readVectorLayer(path);
    CHECK(layer.driver == QStringLiteral("GeoJSON"));
    CHECK(layer.encodingSource == EncodingSource::Format);
    CHECK(layer.geometryKind == GeometryKind::Point);
    REQUIRE(layer.features.size() == 1);
    const Feature &feature = layer.features.front();
    double x = 0, y = 0;
    GEOSGeomGetX_r(geosContext(), feature.geometry.get(), &x);
    GEOSGeomGetY_r(geosContext(), feature.geometry.get(), &y);
    CHECK(x == 130.70786);
    CHECK(y == 32.803);
    // Attribute types: integer -> qlonglong, real -> double, string -> QString, null -> null.
    CHECK(layer.value(feature, QStringLiteral("name")).toString() == QStringLiteral("中央区役所"));
    CHECK(layer.value(feature, QStringLiteral("count")).typeId() == QMetaType::LongLong);
    CHECK(layer.value(feature, QStringLiteral("count")).toLongLong() == 1234);
    CHECK(layer.value(feature, QStringLiteral("share")).typeId() == QMetaType::Double);
    CHECK(layer.value(feature, QStringLiteral("share")).toDouble() == 0.25);
    CHECK(layer.value(feature, QStringLiteral("note")).isNull());
    CHECK(layer.value(feature, QStringLiteral("no such field")).isNull());
}

TEST_CASE("a shapefile without .prj is refused unless a CRS is given", "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"), {QStringLiteral("prj")});
    const Diagnostic error = inputErrorOf([&] { readVectorLayer(shp); });
    CHECK(error.message.contains(QStringLiteral("wards.shp")));
    CHECK(error.message.contains(QStringLiteral("no coordinate reference system")));
    CHECK(error.toString().contains(QStringLiteral("\"crs\"")));
    CHECK(error.toString().contains(QStringLiteral("EPSG:6668")));

    LayerReadOptions options;
    options.crs = QStringLiteral("EPSG:6668");
    const VectorLayer layer = readVectorLayer(shp, options);
    CHECK(layer.features.size() == 5);
    CHECK(layer.crsFromOverride);
    CHECK(layer.sourceCrs == QStringLiteral("EPSG:6668"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("wards.prj")))); // nothing was written
}

TEST_CASE("a CRS given for a layer that is not understood is an InputError", "[layerreader][realdata]")
{
    LayerReadOptions options;
    options.crs = QStringLiteral("EPSG:99999999");
    const Diagnostic error = inputErrorOf([&] { readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")), options); });
    CHECK(error.message.contains(QStringLiteral("EPSG:99999999")));
    CHECK(describeCrs(QStringLiteral("EPSG:6670")) == QStringLiteral("EPSG:6670"));
    CHECK_THROWS_AS(describeCrs(QStringLiteral("no such crs")), InputError);
}

TEST_CASE("broken shapefile sets are refused with the file named, and left untouched",
          "[layerreader][realdata]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    QString shp;
    QString expectedInMessage = QStringLiteral("wards.shp");

    SECTION("missing .dbf")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"), {QStringLiteral("dbf")});
        expectedInMessage = QStringLiteral("wards.dbf is missing");
    }
    SECTION("missing .shx")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"), {QStringLiteral("shx")});
        expectedInMessage = QStringLiteral("wards.shx is missing");
    }
    SECTION(".shp cut to half its bytes")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"));
        const QByteArray bytes = readBytes(shp);
        writeBytes(shp, bytes.left(bytes.size() / 2));
    }
    SECTION(".shp cut to half, with its header patched to the new length so only reading can tell")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"));
        QByteArray bytes = readBytes(shp).left(readBytes(shp).size() / 2);
        const quint32 words = quint32(bytes.size() / 2);
        bytes[24] = char(words >> 24);
        bytes[25] = char(words >> 16);
        bytes[26] = char(words >> 8);
        bytes[27] = char(words);
        writeBytes(shp, bytes);
    }
    SECTION(".dbf cut in the middle of its records")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"));
        const QString dbf = folder.filePath(QStringLiteral("wards.dbf"));
        const QByteArray bytes = readBytes(dbf);
        writeBytes(dbf, bytes.left(bytes.size() - 60));
        expectedInMessage = QStringLiteral("wards.dbf");
    }
    SECTION(".shp overwritten with garbage")
    {
        shp = copyKumamotoShapefile(folder, QStringLiteral("wards"));
        writeBytes(shp, QByteArray(4096, '\x5a'));
    }

    const FolderSnapshot before(folder);
    const Diagnostic error = inputErrorOf([&] { readVectorLayer(shp); });
    INFO(error.toString().toStdString());
    CHECK(error.toString().contains(expectedInMessage));
    CHECK(error.severity == Severity::Error);
    CHECK(FolderSnapshot(folder) == before);
}

TEST_CASE("unusable files are refused with the file named", "[layerreader]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());

    SECTION("a file that does not exist")
    {
        const QString path = folder.filePath(QStringLiteral("nowhere.shp"));
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(path); });
        CHECK(error.message.contains(QStringLiteral("nowhere.shp does not exist")));
        CHECK(error.file == path);
    }
    SECTION("garbage bytes named .geojson")
    {
        const QString path = writeFile(folder, QStringLiteral("wards.geojson"),
                                       QByteArray("\x00\x01garbage{{{\xff\xfe", 14));
        const FolderSnapshot before(folder);
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(path); });
        CHECK(error.message.contains(QStringLiteral("wards.geojson")));
        CHECK(FolderSnapshot(folder) == before);
    }
    SECTION("a GeoJSON FeatureCollection without features")
    {
        const QString path = writeFile(folder, QStringLiteral("empty.geojson"),
                                       QByteArrayLiteral(R"({"type":"FeatureCollection","features":[]})"));
        const Diagnostic error = inputErrorOf([&] { readVectorLayer(path); });
        CHECK(error.message.contains(QStringLiteral("empty.geojson has no features")));
    }
}

TEST_CASE("an invalid polygon is repaired with a warning naming the feature", "[layerreader]")
{
    QTemporaryDir dir;
    // A bow-tie: the ring crosses itself.
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("bowtie.geojson"),
        QByteArrayLiteral(R"({"type":"FeatureCollection","features":[)"
                          R"({"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Polygon",)"
                          R"("coordinates":[[[130.0,32.0],[130.1,32.0],[130.1,32.1],[130.0,32.1],[130.0,32.0]]]}},)"
                          R"({"type":"Feature","properties":{"name":"bowtie"},"geometry":{"type":"Polygon",)"
                          R"("coordinates":[[[130.0,32.0],[130.1,32.1],[130.1,32.0],[130.0,32.1],[130.0,32.0]]]}}]})"));
    const VectorLayer layer = readVectorLayer(path);
    REQUIRE(layer.features.size() == 2);
    REQUIRE(layer.features[1].geometry);
    CHECK(GEOSisValid_r(geosContext(), layer.features[1].geometry.get()) == 1);
    double area = 0;
    GEOSArea_r(geosContext(), layer.features[1].geometry.get(), &area);
    CHECK(area == Approx(0.005)); // the two triangles of the bow-tie, 0.1 × 0.05 each
    REQUIRE(layer.warnings.size() == 1);
    CHECK(layer.warnings.front().location == QStringLiteral("feature 2"));
    CHECK(layer.warnings.front().severity == Severity::Warning);
}

TEST_CASE("a feature without geometry is kept without geometry and reported", "[layerreader]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("schools.geojson"),
        QByteArrayLiteral(R"({"type":"FeatureCollection","features":[)"
                          R"({"type":"Feature","properties":{"NAME":"a"},"geometry":{"type":"Point","coordinates":[130.7,32.8]}},)"
                          R"({"type":"Feature","properties":{"NAME":"b"},"geometry":null}]})"));
    const VectorLayer layer = readVectorLayer(path);
    REQUIRE(layer.features.size() == 2);
    CHECK(layer.geometryKind == GeometryKind::Point);
    CHECK(layer.features[0].geometry);
    CHECK_FALSE(layer.features[1].geometry);
    CHECK(layer.features[1].number == 2);
    REQUIRE(layer.warnings.size() == 1);
    CHECK(layer.warnings.front().location == QStringLiteral("feature 2"));
}

TEST_CASE("a layer mixing points and polygons is refused", "[layerreader]")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        QDir(dir.path()), QStringLiteral("mixed.geojson"),
        QByteArrayLiteral(R"({"type":"FeatureCollection","features":[)"
                          R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[130.7,32.8]}},)"
                          R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
                          R"("coordinates":[[[130.0,32.0],[130.1,32.0],[130.1,32.1],[130.0,32.0]]]}}]})"));
    const Diagnostic error = inputErrorOf([&] { readVectorLayer(path); });
    CHECK(error.message.contains(QStringLiteral("mixed.geojson")));
    CHECK(error.message.contains(QStringLiteral("points")));
    CHECK(error.message.contains(QStringLiteral("polygons")));
}

TEST_CASE("reading reports progress and stops when cancelled", "[layerreader][realdata]")
{
    const QString schools = kumamotoFile(QStringLiteral("schools.shp"));
    std::vector<double> fractions;
    Feedback feedback([&](double fraction) { fractions.push_back(fraction); });
    const VectorLayer layer = readVectorLayer(schools, {}, &feedback);
    CHECK(layer.features.size() == 96);
    CHECK(layer.geometryKind == GeometryKind::Point);
    REQUIRE_FALSE(fractions.empty());
    CHECK(fractions.back() == 1.0);
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));

    Feedback cancelled;
    cancelled.cancel();
    CHECK_THROWS_AS(readVectorLayer(schools, {}, &cancelled), Cancelled);
}

TEST_CASE("a shapefile without its .prj is told apart before it is read", "[layerreader][realdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir folder(dir.path());
    REQUIRE(folder.mkpath(QStringLiteral("with")));
    REQUIRE(folder.mkpath(QStringLiteral("without")));
    const QString with = copyKumamotoShapefile(QDir(folder.filePath(QStringLiteral("with"))), QStringLiteral("wards"));
    const QString without = copyKumamotoShapefile(QDir(folder.filePath(QStringLiteral("without"))),
                                                  QStringLiteral("wards"), {QStringLiteral("prj")});
    CHECK_FALSE(isShapefileWithoutPrj(with));
    CHECK(isShapefileWithoutPrj(without));
    // GDAL finds an upper-case .PRJ too.
    REQUIRE(QFile::copy(kumamotoFile(QStringLiteral("wards.prj")), QFileInfo(without).absolutePath() + QStringLiteral("/wards.PRJ")));
    CHECK_FALSE(isShapefileWithoutPrj(without));
    // Other formats carry their CRS inside.
    CHECK_FALSE(isShapefileWithoutPrj(kumamotoFile(QStringLiteral("wards.geojson"))));
}
