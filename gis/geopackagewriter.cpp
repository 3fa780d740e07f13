#include "gis/geopackagewriter.h"

#include "core/diagnostic.h"
#include "gis/atomicfile.h"
#include "gis/gdalhandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>


namespace madoguchi::gis {

namespace {

// Messages are looked up in the "GeoPackageWriterText" context of the translations.
struct GeoPackageWriterText
{
    Q_DECLARE_TR_FUNCTIONS(GeoPackageWriterText)
};

// JGD2011 geographic 2D, the CRS of Japan's official data since 2011; stored with longitude as x
// (traditional GIS order), which is what GeoPackage readers expect.
constexpr int kJgd2011Epsg = 6668;

OGRwkbGeometryType singleType(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return wkbPoint;
    case GeometryKind::Line:
        return wkbLineString;
    case GeometryKind::Polygon:
        return wkbPolygon;
    case GeometryKind::None:
        break;
    }
    return wkbNone;
}

OGRwkbGeometryType multiType(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return wkbMultiPoint;
    case GeometryKind::Line:
        return wkbMultiLineString;
    case GeometryKind::Polygon:
        return wkbMultiPolygon;
    case GeometryKind::None:
        break;
    }
    return wkbNone;
}

// Whether a GEOS geometry type fits the layer's kind, and whether it is a multi-part type.
bool fitsKind(int geosType, GeometryKind kind, bool &isMulti)
{
    isMulti = false;
    switch (kind) {
    case GeometryKind::Point:
        isMulti = geosType == GEOS_MULTIPOINT;
        return geosType == GEOS_POINT || isMulti;
    case GeometryKind::Line:
        isMulti = geosType == GEOS_MULTILINESTRING;
        return geosType == GEOS_LINESTRING || geosType == GEOS_LINEARRING || isMulti;
    case GeometryKind::Polygon:
        isMulti = geosType == GEOS_MULTIPOLYGON;
        return geosType == GEOS_POLYGON || isMulti;
    case GeometryKind::None:
        break;
    }
    return false;
}

QString rowLocation(const OutputLayer &layer, std::size_t row)
{
    return GeoPackageWriterText::tr("layer %1, row %2").arg(layer.name).arg(row + 1);
}

// Checks what is the caller's responsibility before any file is touched.
void checkLayers(const std::vector<OutputLayer> &layers)
{
    for (const OutputLayer &layer : layers) {
        if (layer.name.trimmed().isEmpty())
            throw std::invalid_argument("writeGeoPackage: a layer has no name");
        for (const OutputLayer::Row &row : layer.rows) {
            if (row.values.size() != qsizetype(layer.fields.size()))
                throw std::invalid_argument("writeGeoPackage: a row's values are not parallel to the fields");
            if (layer.geometryKind == GeometryKind::None && row.geometry)
                throw std::invalid_argument("writeGeoPackage: a row of a layer without geometry has one");
        }
    }
}

class GeoPackageWriter
{
public:
    GeoPackageWriter(QString targetPath, QString temporaryPath)
        : mTargetPath(std::move(targetPath))
        , mTemporaryPath(std::move(temporaryPath))
    { }

    void write(const std::vector<OutputLayer> &layers)
    {
        GdalErrorCollector collector;
        GDALDriverH driver = GDALGetDriverByName("GPKG");
        if (!driver)
            fail(QString(), GeoPackageWriterText::tr("GDAL has no GeoPackage driver"), collector);

        GdalDatasetPtr dataset(
            GDALCreate(driver, QFile::encodeName(mTemporaryPath).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            fail(QString(), GeoPackageWriterText::tr("cannot create the GeoPackage"), collector);

        OgrSpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
        if (!srs || OSRImportFromEPSG(srs.get(), kJgd2011Epsg) != OGRERR_NONE)
            fail(QString(), GeoPackageWriterText::tr("cannot set up EPSG:6668 (JGD2011)"), collector);
        OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);

        for (const OutputLayer &layer : layers)
            writeLayer(dataset.get(), srs.get(), layer, collector);

        // Closing flushes the last pages: its errors count too.
        dataset.reset();
        if (!collector.errors().isEmpty())
            fail(QString(), GeoPackageWriterText::tr("writing the GeoPackage failed"), collector);
    }

private:
    [[noreturn]] void
    fail(const QString &location, const QString &message, const GdalErrorCollector &collector,
         const QString &hint = GeoPackageWriterText::tr("check that you may write into the folder and "
                                                        "that the disk is not full"))
    {
        // A full disk or a size limit reaches GDAL as SQLite's "disk I/O error" amid the statements it
        // failed: the system's own reason says more.
        const int error = collector.storageError() ? collector.storageError() : errno;
        if (error == ENOSPC || error == EFBIG || error == EDQUOT)
            throw InputError(mTargetPath, location, message + QStringLiteral(": ") + writeErrorReason(error),
                             writeErrorHint(error));
        const QString details = collector.errors();
        throw InputError(mTargetPath, location,
                         details.isEmpty() ? message : message + QStringLiteral(": ") + details, hint);
    }

    void writeLayer(GDALDatasetH dataset, OGRSpatialReferenceH srs, const OutputLayer &layer,
                    GdalErrorCollector &collector)
    {
        const QString layerLocation = GeoPackageWriterText::tr("layer %1").arg(layer.name);
        GEOSContextHandle_t context = geosContext();

        // A layer holding any multi-part geometry is declared multi-part, and its single parts are
        // promoted, so that the declared type is true of every row (QGIS relies on it).
        OGRwkbGeometryType type = singleType(layer.geometryKind);
        if (layer.geometryKind != GeometryKind::None) {
            for (std::size_t r = 0; r < layer.rows.size(); ++r) {
                const GEOSGeometry *geometry = layer.rows[r].geometry.get();
                if (!geometry)
                    continue;
                bool isMulti = false;
                if (!fitsKind(GEOSGeomTypeId_r(context, geometry), layer.geometryKind, isMulti)) {
                    char *typeName = GEOSGeomType_r(context, geometry); // GEOS allocates it
                    const QString type = QString::fromUtf8(typeName);
                    GEOSFree_r(context, typeName);
                    throw InputError(mTargetPath, rowLocation(layer, r),
                                     GeoPackageWriterText::tr("a %1 geometry cannot go into this layer").arg(type),
                                     QString());
                }
                if (isMulti)
                    type = multiType(layer.geometryKind);
            }
        }

        const QByteArray name = layer.name.toUtf8();
        OGRLayerH ogrLayer = GDALDatasetCreateLayer(dataset, name.constData(),
                                                    type == wkbNone ? nullptr : srs, type, nullptr);
        if (!ogrLayer)
            fail(layerLocation, GeoPackageWriterText::tr("cannot create the layer"), collector,
                 GeoPackageWriterText::tr("every layer of a GeoPackage needs its own name"));

        for (const OutputLayer::Field &field : layer.fields) {
            OGRFieldType fieldType = OFTString;
            switch (field.type) {
            case OutputLayer::FieldType::String:
                fieldType = OFTString;
                break;
            case OutputLayer::FieldType::Real:
                fieldType = OFTReal;
                break;
            case OutputLayer::FieldType::Integer:
                fieldType = OFTInteger64;
                break;
            case OutputLayer::FieldType::Boolean:
                fieldType = OFTInteger;
                break;
            }
            const QByteArray fieldName = field.name.toUtf8();
            OGRFieldDefnH definition = OGR_Fld_Create(fieldName.constData(), fieldType);
            if (field.type == OutputLayer::FieldType::Boolean)
                OGR_Fld_SetSubType(definition, OFSTBoolean);
            const OGRErr created = OGR_L_CreateField(ogrLayer, definition, FALSE);
            OGR_Fld_Destroy(definition);
            if (created != OGRERR_NONE)
                fail(layerLocation, GeoPackageWriterText::tr("cannot create the field %1").arg(field.name), collector,
                     GeoPackageWriterText::tr("every field of a layer needs its own name"));
        }

        // One transaction per layer: row by row, SQLite would sync after every insert.
        if (GDALDatasetStartTransaction(dataset, FALSE) != OGRERR_NONE)
            fail(layerLocation, GeoPackageWriterText::tr("cannot start writing the rows"), collector);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(ogrLayer);
        for (std::size_t r = 0; r < layer.rows.size(); ++r) {
            const OutputLayer::Row &row = layer.rows[r];
            OgrFeaturePtr feature(OGR_F_Create(definition));
            for (std::size_t f = 0; f < layer.fields.size(); ++f)
                setValue(feature.get(), int(f), layer, r, row.values.at(qsizetype(f)));
            if (row.geometry) {
                const std::string wkb = geosToWkb(row.geometry.get());
                OGRGeometryH geometry = nullptr;
                if (OGR_G_CreateFromWkb(wkb.data(), srs, &geometry, int(wkb.size())) != OGRERR_NONE
                    || !geometry)
                    fail(rowLocation(layer, r), GeoPackageWriterText::tr("cannot convert the geometry"), collector);
                if (type == multiType(layer.geometryKind) && OGR_G_GetGeometryType(geometry) != type)
                    geometry = OGR_G_ForceTo(geometry, type, nullptr);
                OGR_F_SetGeometryDirectly(feature.get(), geometry);
            }
            if (OGR_L_CreateFeature(ogrLayer, feature.get()) != OGRERR_NONE)
                fail(rowLocation(layer, r), GeoPackageWriterText::tr("cannot write the row"), collector);
        }
        if (GDALDatasetCommitTransaction(dataset) != OGRERR_NONE)
            fail(layerLocation, GeoPackageWriterText::tr("cannot finish writing the rows"), collector);
    }

    void setValue(OGRFeatureH feature, int index, const OutputLayer &layer, std::size_t row,
                  const QVariant &value)
    {
        if (value.isNull() || !value.isValid()) {
            OGR_F_SetFieldNull(feature, index);
            return;
        }
        const OutputLayer::Field &field = layer.fields[std::size_t(index)];
        const auto badValue = [&](const QString &expected) {
            return InputError(mTargetPath, rowLocation(layer, row) + GeoPackageWriterText::tr(", field ") + field.name,
                              GeoPackageWriterText::tr("the value \"%1\" is not %2").arg(value.toString(), expected),
                              QString());
        };
        const bool isReal = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
        switch (field.type) {
        case OutputLayer::FieldType::String:
            OGR_F_SetFieldString(feature, index, value.toString().toUtf8().constData());
            return;
        case OutputLayer::FieldType::Real: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            // NaN would be stored as NULL by SQLite: a silent change of meaning.
            if (!ok || !std::isfinite(number))
                throw badValue(GeoPackageWriterText::tr("a finite number"));
            OGR_F_SetFieldDouble(feature, index, number);
            return;
        }
        case OutputLayer::FieldType::Integer: {
            bool ok = false;
            qlonglong number = 0;
            if (isReal) {
                const double real = value.toDouble();
                ok = std::isfinite(real) && real == std::floor(real) && std::fabs(real) < 9.0e18;
                number = ok ? qlonglong(real) : 0;
            } else {
                number = value.toLongLong(&ok);
            }
            if (!ok)
                throw badValue(GeoPackageWriterText::tr("a whole number"));
            OGR_F_SetFieldInteger64(feature, index, number);
            return;
        }
        case OutputLayer::FieldType::Boolean: {
            int flag = -1;
            if (value.typeId() == QMetaType::Bool) {
                flag = value.toBool() ? 1 : 0;
            } else if (!isReal && value.typeId() != QMetaType::QString) {
                bool ok = false;
                const qlonglong number = value.toLongLong(&ok);
                if (ok && (number == 0 || number == 1))
                    flag = int(number);
            }
            if (flag < 0)
                throw badValue(GeoPackageWriterText::tr("true or false"));
            OGR_F_SetFieldInteger(feature, index, flag);
            return;
        }
        }
    }

    QString mTargetPath;
    QString mTemporaryPath;
};

} // namespace

void writeGeoPackage(const QString &path, const std::vector<OutputLayer> &layers)
{
    checkLayers(layers);
    ensureGdalRegistered();

    // GDAL creates the GeoPackage itself, under the name the atomic file reserved: the GPKG driver
    // refuses to create over an existing file.
    AtomicFile file(path, AtomicFile::Creation::ByWriter);
    GeoPackageWriter(path, file.temporaryPath()).write(layers);
    file.commit();
}

} // namespace madoguchi::gis
