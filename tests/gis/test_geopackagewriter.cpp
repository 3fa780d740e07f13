#include "testsupport.h"

#include "core/diagnostic.h"
#include "gis/gdalhandles.h"
#include "gis/geopackagewriter.h"
#include "gis/geos.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
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

const QString kOfficesLayer = QStringLiteral("出張所");
const QString kLinesLayer = QStringLiteral("最寄りの区役所");

std::vector<OutputLayer> sampleLayers()
{
    OutputLayer offices;
    offices.name = kOfficesLayer;
    offices.geometryKind = GeometryKind::Point;
    offices.fields = {{QStringLiteral("名称"), OutputLayer::FieldType::String},
                      {QStringLiteral("距離_m"), OutputLayer::FieldType::Real},
                      {QStringLiteral("受付件数"), OutputLayer::FieldType::Integer},
                      {QStringLiteral("5km以内"), OutputLayer::FieldType::Boolean}};
    OutputLayer::Row oe;
    oe.geometry = fromWkt("POINT (130.72509 32.79886)");
    oe.values = {QStringLiteral("大江出張所"), 1681.25, qlonglong(12345), true};
    offices.rows.push_back(std::move(oe));
    OutputLayer::Row kawachi;
    kawachi.geometry = fromWkt("POINT (130.58728 32.83111)");
    kawachi.values = {QStringLiteral("河内総合出張所"), 6123.5, QVariant(), false};
    offices.rows.push_back(std::move(kawachi));
    OutputLayer::Row nowhere;
    nowhere.values = {QStringLiteral("位置不明"), QVariant(), 0, QVariant()};
    offices.rows.push_back(std::move(nowhere));

    OutputLayer lines;
    lines.name = kLinesLayer;
    lines.geometryKind = GeometryKind::Line;
    lines.fields = {{QStringLiteral("区役所"), OutputLayer::FieldType::String}};
    OutputLayer::Row line;
    line.geometry = fromWkt("LINESTRING (130.72509 32.79886, 130.70786 32.80300)");
    line.values = {QStringLiteral("中央区役所")};
    lines.rows.push_back(std::move(line));
    OutputLayer::Row multi;
    multi.geometry = fromWkt("MULTILINESTRING ((130.5 32.8, 130.6 32.8), (130.6 32.8, 130.65 32.77))");
    multi.values = {QStringLiteral("西区役所")};
    lines.rows.push_back(std::move(multi));

    std::vector<OutputLayer> layers;
    layers.push_back(std::move(offices));
    layers.push_back(std::move(lines));
    return layers;
}

GdalDatasetPtr openReadOnly(const QString &path)
{
    ensureGdalRegistered();
    const char *const drivers[] = {"GPKG", nullptr};
    GdalDatasetPtr dataset(GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                      drivers, nullptr, nullptr));
    REQUIRE(dataset);
    return dataset;
}

QString stringField(OGRFeatureH feature, const QString &name)
{
    const int index = OGR_F_GetFieldIndex(feature, name.toUtf8().constData());
    REQUIRE(index >= 0);
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, index));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("two layers with Japanese names and fields are written into a GeoPackage GDAL reads back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("熊本市の分析"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/出張所の評価.gpkg");

    writeGeoPackage(path, sampleLayers());

    CHECK(filesIn(folder) == QStringList{QStringLiteral("出張所の評価.gpkg")});
    GdalDatasetPtr dataset = openReadOnly(path);
    REQUIRE(GDALDatasetGetLayerCount(dataset.get()) == 2);

    OGRLayerH offices = GDALDatasetGetLayerByName(dataset.get(), kOfficesLayer.toUtf8().constData());
    REQUIRE(offices);
    CHECK(OGR_L_GetFeatureCount(offices, TRUE) == 3);
    CHECK(wkbFlatten(OGR_L_GetGeomType(offices)) == wkbPoint);

    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(offices);
    REQUIRE(srs);
    CHECK(QString::fromUtf8(OSRGetAuthorityName(srs, nullptr)) == QStringLiteral("EPSG"));
    CHECK(QString::fromUtf8(OSRGetAuthorityCode(srs, nullptr)) == QStringLiteral("6668"));

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(offices);
    const int flagIndex = OGR_FD_GetFieldIndex(definition, "5km以内");
    REQUIRE(flagIndex >= 0);
    CHECK(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, flagIndex)) == OFTInteger);
    CHECK(OGR_Fld_GetSubType(OGR_FD_GetFieldDefn(definition, flagIndex)) == OFSTBoolean);
    const int countIndex = OGR_FD_GetFieldIndex(definition, "受付件数");
    const int distanceIndex = OGR_FD_GetFieldIndex(definition, "距離_m");
    REQUIRE(countIndex >= 0);
    REQUIRE(distanceIndex >= 0);
    CHECK(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, distanceIndex)) == OFTReal);

    OGR_L_ResetReading(offices);
    OgrFeaturePtr first(OGR_L_GetNextFeature(offices));
    REQUIRE(first);
    CHECK(stringField(first.get(), QStringLiteral("名称")) == QStringLiteral("大江出張所"));
    CHECK(OGR_F_GetFieldAsDouble(first.get(), distanceIndex) == 1681.25);
    CHECK(OGR_F_GetFieldAsInteger64(first.get(), countIndex) == 12345);
    CHECK(OGR_F_GetFieldAsInteger(first.get(), flagIndex) == 1);
    OGRGeometryH point = OGR_F_GetGeometryRef(first.get());
    REQUIRE(point);
    // Longitude stays x: traditional GIS order, not EPSG's latitude-first axis order.
    CHECK(OGR_G_GetX(point, 0) == 130.72509);
    CHECK(OGR_G_GetY(point, 0) == 32.79886);

    OgrFeaturePtr second(OGR_L_GetNextFeature(offices));
    REQUIRE(second);
    CHECK(stringField(second.get(), QStringLiteral("名称")) == QStringLiteral("河内総合出張所"));
    CHECK(OGR_F_IsFieldNull(second.get(), countIndex));
    CHECK(OGR_F_GetFieldAsInteger(second.get(), flagIndex) == 0);

    OgrFeaturePtr third(OGR_L_GetNextFeature(offices));
    REQUIRE(third);
    CHECK(OGR_F_GetGeometryRef(third.get()) == nullptr);
    CHECK(OGR_F_IsFieldNull(third.get(), distanceIndex));

    OGRLayerH lines = GDALDatasetGetLayerByName(dataset.get(), kLinesLayer.toUtf8().constData());
    REQUIRE(lines);
    CHECK(OGR_L_GetFeatureCount(lines, TRUE) == 2);
    // One multi-part row makes the layer multi-part, its single line promoted.
    CHECK(wkbFlatten(OGR_L_GetGeomType(lines)) == wkbMultiLineString);
    OGR_L_ResetReading(lines);
    OgrFeaturePtr line(OGR_L_GetNextFeature(lines));
    REQUIRE(line);
    CHECK(stringField(line.get(), QStringLiteral("区役所")) == QStringLiteral("中央区役所"));
    CHECK(wkbFlatten(OGR_G_GetGeometryType(OGR_F_GetGeometryRef(line.get()))) == wkbMultiLineString);
}

TEST_CASE("writing over an existing GeoPackage replaces it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.gpkg"));
    writeGeoPackage(path, sampleLayers());

    std::vector<OutputLayer> one = sampleLayers();
    one.pop_back();
    one.front().rows.pop_back();
    writeGeoPackage(path, one);

    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("result.gpkg")});
    GdalDatasetPtr dataset = openReadOnly(path);
    CHECK(GDALDatasetGetLayerCount(dataset.get()) == 1);
    CHECK(OGR_L_GetFeatureCount(GDALDatasetGetLayer(dataset.get(), 0), TRUE) == 2);
}

TEST_CASE("a write into a folder that does not exist fails naming the file and leaves nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("無い/result.gpkg"));
    try {
        writeGeoPackage(path, sampleLayers());
        FAIL("the write succeeded");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
    }
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("a write onto a path that is a folder fails and leaves the folder as it was")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.gpkg"));
    REQUIRE(QDir().mkpath(path));
    test::writeFile(QDir(path), QStringLiteral("keep.txt"), "kept");
    CHECK_THROWS_AS(writeGeoPackage(path, sampleLayers()), InputError);
    CHECK(QFileInfo(path).isDir());
    CHECK(filesIn(path) == QStringList{QStringLiteral("keep.txt")});
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("result.gpkg")});
}

TEST_CASE("a failing write leaves an existing GeoPackage untouched and no temporary files")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.gpkg"));
    writeGeoPackage(path, sampleLayers());
    const QByteArray before = readAll(path);

    // Two layers of one name: GDAL refuses the second after the first was written.
    std::vector<OutputLayer> clashing = sampleLayers();
    clashing.back().name = clashing.front().name;
    try {
        writeGeoPackage(path, clashing);
        FAIL("the write succeeded");
    } catch (const InputError &error) {
        INFO(error.what());
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().message.startsWith(QStringLiteral("cannot create the layer")));
    }

    // A value that is not a number in a Real field.
    std::vector<OutputLayer> badValue = sampleLayers();
    badValue.front().rows.front().values[1] = QStringLiteral("遠い");
    try {
        writeGeoPackage(path, badValue);
        FAIL("the write succeeded");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().location == QStringLiteral("layer 出張所, row 1, field 距離_m"));
    }

    CHECK(readAll(path) == before);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("result.gpkg")});
}

TEST_CASE("a geometry of another kind than its layer's is refused")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<OutputLayer> layers = sampleLayers();
    layers.front().rows.front().geometry = fromWkt("LINESTRING (0 0, 1 1)");
    CHECK_THROWS_AS(writeGeoPackage(dir.filePath(QStringLiteral("x.gpkg")), layers), InputError);
    CHECK(filesIn(dir.path()).isEmpty());
}
