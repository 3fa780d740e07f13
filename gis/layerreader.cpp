#include "gis/layerreader.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/gdalhandles.h"
#include "gis/shapefilecheck.h"
#include "gis/spatialreference.h"

#include <cpl_string.h>

#include <QDate>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <vector>

namespace madoguchi::gis {

using namespace layerreading;

namespace {

QString featureLocation(int number)
{
    return LayerReaderText::tr("feature %1").arg(number);
}

// Text from GDAL is UTF-8 (it recodes shapefiles as told). Anything else means the encoding was wrong.
QString textFromGdal(const char *bytes, const QString &path, const QString &location, const VectorLayer &layer)
{
    const QByteArray raw(bytes ? bytes : "");
    if (guessEncoding(raw) == EncodingGuess::Ascii)
        return QString::fromLatin1(raw);
    try {
        return decodeText(raw, TextEncoding::Utf8, path);
    } catch (const InputError &) {
        throw InputError(path, location,
                         LayerReaderText::tr("The text is not valid after reading it as %1 (%2)")
                             .arg(textEncodingName(layer.encoding), encodingSourceDescription(layer.encodingSource)),
                         encodingHint());
    }
}

QVariant fieldValue(OGRFeatureH feature, int index, OGRFieldType type, const QString &path,
                    const QString &location, const VectorLayer &layer)
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, index))
        return {};
    switch (type) {
    case OFTInteger:
        return QVariant::fromValue(qlonglong(OGR_F_GetFieldAsInteger(feature, index)));
    case OFTInteger64:
        return QVariant::fromValue(qlonglong(OGR_F_GetFieldAsInteger64(feature, index)));
    case OFTReal:
        return QVariant::fromValue(OGR_F_GetFieldAsDouble(feature, index));
    case OFTDate:
    case OFTDateTime:
    case OFTTime: {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, tz = 0;
        float second = 0;
        if (!OGR_F_GetFieldAsDateTimeEx(feature, index, &year, &month, &day, &hour, &minute, &second, &tz))
            return {};
        const QString date = QDate(year, month, day).toString(Qt::ISODate);
        const QString time = QStringLiteral("%1:%2:%3")
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(minute, 2, 10, QLatin1Char('0'))
                                 .arg(int(std::floor(second)), 2, 10, QLatin1Char('0'));
        if (type == OFTDate)
            return date;
        if (type == OFTTime)
            return time;
        return date + QLatin1Char('T') + time;
    }
    case OFTString:
    default: {
        const QString text = textFromGdal(OGR_F_GetFieldAsString(feature, index), path,
                                          location, layer);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

std::optional<GeometryKind> kindOfOgrType(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    if (flat == wkbNone)
        return GeometryKind::None;
    if (flat == wkbPoint || flat == wkbMultiPoint)
        return GeometryKind::Point;
    if (OGR_GT_IsSubClassOf(flat, wkbCurve) || OGR_GT_IsSubClassOf(flat, wkbMultiCurve))
        return GeometryKind::Line;
    if (OGR_GT_IsSubClassOf(flat, wkbSurface) || OGR_GT_IsSubClassOf(flat, wkbMultiSurface))
        return GeometryKind::Polygon;
    return std::nullopt; // unknown or a collection: decided from the features
}

// The kind of a GEOS geometry; nullopt for a collection that mixes kinds, None for an empty one.
std::optional<GeometryKind> kindOfGeos(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t context = geosContext();
    switch (GEOSGeomTypeId_r(context, geometry)) {
    case GEOS_POINT:
    case GEOS_MULTIPOINT:
        return GeometryKind::Point;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
    case GEOS_MULTILINESTRING:
        return GeometryKind::Line;
    case GEOS_POLYGON:
    case GEOS_MULTIPOLYGON:
        return GeometryKind::Polygon;
    default:
        break;
    }
    std::optional<GeometryKind> kind = GeometryKind::None;
    const int count = GEOSGetNumGeometries_r(context, geometry);
    for (int i = 0; i < count; ++i) {
        const std::optional<GeometryKind> part = kindOfGeos(GEOSGetGeometryN_r(context, geometry, i));
        if (!part)
            return std::nullopt;
        if (*part == GeometryKind::None)
            continue;
        if (*kind != GeometryKind::None && *kind != *part)
            return std::nullopt;
        kind = part;
    }
    return kind;
}

void collectParts(const GEOSGeometry *geometry, std::vector<GEOSGeometry *> &parts)
{
    GEOSContextHandle_t context = geosContext();
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_POINT || type == GEOS_LINESTRING || type == GEOS_LINEARRING || type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(context, geometry))
            parts.push_back(GEOSGeom_clone_r(context, geometry));
        return;
    }
    const int count = GEOSGetNumGeometries_r(context, geometry);
    for (int i = 0; i < count; ++i)
        collectParts(GEOSGetGeometryN_r(context, geometry, i), parts);
}

// A geometry collection whose members are all of one kind becomes the matching multi-geometry, so that
// later stages only meet (Multi)Point, (Multi)LineString and (Multi)Polygon.
GeosGeometryPtr normalizedCollection(GeosGeometryPtr geometry, GeometryKind kind)
{
    GEOSContextHandle_t context = geosContext();
    if (GEOSGeomTypeId_r(context, geometry.get()) != GEOS_GEOMETRYCOLLECTION || kind == GeometryKind::None)
        return geometry;
    std::vector<GEOSGeometry *> parts;
    collectParts(geometry.get(), parts);
    const int type = kind == GeometryKind::Point  ? GEOS_MULTIPOINT
                     : kind == GeometryKind::Line ? GEOS_MULTILINESTRING
                                                  : GEOS_MULTIPOLYGON;
    // Takes ownership of the parts (and of the array's contents, not the array).
    GeosGeometryPtr multi(GEOSGeom_createCollection_r(context, type, parts.data(), unsigned(parts.size())));
    if (!multi) {
        for (GEOSGeometry *part : parts)
            GEOSGeom_destroy_r(context, part);
        return geometry;
    }
    return multi;
}

struct MakeValidParamsDeleter
{
    void operator()(GEOSMakeValidParams *params) const { GEOSMakeValidParams_destroy_r(geosContext(), params); }
};

// Repairs an invalid polygon keeping only its area (the "structure" method drops collapsed parts, so
// the result stays polygonal).
GeosGeometryPtr repairedPolygon(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t context = geosContext();
    std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDeleter> params(GEOSMakeValidParams_create_r(context));
    GEOSMakeValidParams_setMethod_r(context, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(context, params.get(), 0);
    return GeosGeometryPtr(GEOSMakeValidWithParams_r(context, geometry, params.get()));
}

// The plural forms are whole words of their own so that a translation need not append an "s".
QString kindPluralName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::None:
        return LayerReaderText::tr("features without geometry");
    case GeometryKind::Point:
        return LayerReaderText::tr("points");
    case GeometryKind::Line:
        return LayerReaderText::tr("lines");
    case GeometryKind::Polygon:
        return LayerReaderText::tr("polygons");
    }
    return {};
}

QString kindListText(const std::set<GeometryKind> &kinds)
{
    QStringList names;
    for (const GeometryKind kind : kinds)
        names << kindPluralName(kind);
    return names.join(LayerReaderText::tr(" and "));
}

// Sets the layer's text encoding and states it to GDAL in `openOptions`. A shapefile is checked first
// (see checkShapefile); the number of features it must yield is returned. Any other format stores text
// as UTF-8.
std::optional<qint64> decideEncoding(const QString &path, bool isShapefile, const LayerReadOptions &options,
                                     VectorLayer &layer, CPLStringList &openOptions)
{
    if (isShapefile) {
        const ShapefileCheck check = checkShapefile(path, options.encoding, layer.warnings);
        layer.encoding = check.encoding;
        layer.encodingSource = check.encodingSource;
        // Stated explicitly, even when it came from the .cpg, so GDAL and this reader cannot disagree.
        openOptions.SetNameValue("ENCODING", textEncodingName(check.encoding).toUtf8().constData());
        return check.expectedFeatures;
    }
    layer.encoding = TextEncoding::Utf8;
    layer.encodingSource = EncodingSource::Format;
    if (options.encoding && *options.encoding != TextEncoding::Utf8)
        layer.warnings.push_back({Severity::Warning, path, QStringLiteral("encoding"),
                                  LayerReaderText::tr("The encoding %1 set for this layer was ignored: this "
                                                      "format always stores text as UTF-8")
                                      .arg(textEncodingName(*options.encoding)),
                                  LayerReaderText::tr("remove \"encoding\" for this layer from the project file")});
    return std::nullopt;
}

GdalDatasetPtr openDataset(const QString &path, const CPLStringList &openOptions,
                           const GdalErrorCollector &collector)
{
    GdalDatasetPtr dataset(GDALOpenEx(path.toUtf8().constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                      openOptions.List(), nullptr));
    if (!dataset) {
        const QString reason = collector.errors().isEmpty() ? LayerReaderText::tr("the format is not recognised")
                                                            : collector.errors();
        throw InputError(path, {},
                         LayerReaderText::tr("%1 cannot be read as a vector layer: %2").arg(fileNameOf(path), reason),
                         LayerReaderText::tr("check that it is a complete Shapefile, GeoPackage or GeoJSON file; "
                                             "copy it again from its source"));
    }
    return dataset;
}

// The layer named in the options, or the first one (with a warning when there are more).
OGRLayerH pickLayer(GDALDatasetH dataset, const QString &path, const QString &layerName, VectorLayer &layer)
{
    const QString fileName = fileNameOf(path);
    const int layerCount = GDALDatasetGetLayerCount(dataset);
    if (layerCount == 0)
        throw InputError(path, {}, LayerReaderText::tr("%1 contains no vector layer").arg(fileName),
                         LayerReaderText::tr("check that this is the right file"));
    if (!layerName.isEmpty()) {
        OGRLayerH named = GDALDatasetGetLayerByName(dataset, layerName.toUtf8().constData());
        if (!named) {
            QStringList names;
            for (int i = 0; i < layerCount; ++i)
                names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, i)));
            throw InputError(path, {}, LayerReaderText::tr("%1 has no layer named \"%2\"").arg(fileName, layerName),
                             LayerReaderText::tr("choose one of: %1").arg(names.join(QStringLiteral(", "))));
        }
        return named;
    }
    OGRLayerH first = GDALDatasetGetLayer(dataset, 0);
    if (layerCount > 1)
        layer.warnings.push_back({Severity::Warning, path, {},
                                  LayerReaderText::tr("%1 has %2 layers; the first, \"%3\", was read")
                                      .arg(fileName)
                                      .arg(layerCount)
                                      .arg(QString::fromUtf8(OGR_L_GetName(first))),
                                  LayerReaderText::tr("name the layer to read in the project file")});
    return first;
}

// Fills the layer's field names and returns the fields' types, in the same order.
std::vector<OGRFieldType> readFieldDefinitions(OGRLayerH ogrLayer, const QString &path, VectorLayer &layer)
{
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(ogrLayer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    std::vector<OGRFieldType> fieldTypes;
    for (int i = 0; i < fieldCount; ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
        layer.fieldNames << textFromGdal(OGR_Fld_GetNameRef(field), path,
                                         LayerReaderText::tr("field %1").arg(i + 1), layer);
        fieldTypes.push_back(OGR_Fld_GetType(field));
    }
    return fieldTypes;
}

// The layer's coordinate reference system (or the one set for it) and the transformation to
// geographic JGD2011; no transformation when the data already is in geographic degrees, x = longitude.
struct ResolvedCrs
{
    OgrSpatialReferencePtr source;
    OgrCoordinateTransformationPtr transformation;
};

ResolvedCrs resolveCrs(OGRLayerH ogrLayer, OgrSpatialReferencePtr overrideSrs, const QString &path,
                       bool isShapefile, VectorLayer &layer)
{
    ResolvedCrs crs;
    if (OGRSpatialReferenceH own = OGR_L_GetSpatialRef(ogrLayer))
        crs.source.reset(OSRClone(own)); // keeps the layer's data axis mapping
    if (overrideSrs) {
        if (crs.source && !OSRIsSame(crs.source.get(), overrideSrs.get()))
            layer.warnings.push_back({Severity::Info, path, QStringLiteral("crs"),
                                      LayerReaderText::tr("The layer's own coordinate reference system %1 was "
                                                          "replaced by %2, as set for this layer")
                                          .arg(crsShortName(crs.source.get()), crsShortName(overrideSrs.get())),
                                      {}});
        crs.source = std::move(overrideSrs);
        layer.crsFromOverride = true;
    }
    if (!crs.source)
        throw InputError(path, {},
                         (isShapefile ? LayerReaderText::tr("%1 has no coordinate reference system (no .prj)")
                                      : LayerReaderText::tr("%1 has no coordinate reference system"))
                             .arg(fileNameOf(path)),
                         LayerReaderText::tr("add the .prj that came with the data, or set \"crs\" for this layer "
                                             "in the project file (e.g. \"EPSG:6668\" for JGD2011 "
                                             "latitude/longitude) or pass --crs ROLE=EPSG:6668 on the command "
                                             "line"));
    layer.sourceCrs = crsShortName(crs.source.get());
    if (!(isGeographicJgd2011OrWgs84(crs.source.get()) && dataIsEastingFirst(crs.source.get())))
        crs.transformation = transformationToJgd2011(crs.source.get(), path);
    return crs;
}

// What reading the features needs besides the features themselves, and what it gathers.
struct FeatureReading
{
    const QString &path;
    VectorLayer &layer;
    const GdalErrorCollector &collector;
    std::vector<OGRFieldType> fieldTypes;
    bool hasGeometryColumn;
    OGRCoordinateTransformationH transformation; // null: the data already is in geographic degrees
    std::optional<GeometryKind> declaredKind;
    std::set<GeometryKind> featureKinds; // the kinds met so far
};

// Replaces an invalid polygon by its repair, with a warning; throws when it cannot be repaired.
GeosGeometryPtr repairedIfInvalid(GeosGeometryPtr geos, const QString &location, FeatureReading &reading)
{
    GEOSContextHandle_t context = geosContext();
    if (GEOSisValid_r(context, geos.get()) != 0)
        return geos;
    char *reasonText = GEOSisValidReason_r(context, geos.get());
    const QString reason = reasonText ? QString::fromUtf8(reasonText) : LayerReaderText::tr("invalid");
    GEOSFree_r(context, reasonText);
    GeosGeometryPtr repaired = repairedPolygon(geos.get());
    if (!repaired)
        throw InputError(reading.path, location,
                         LayerReaderText::tr("The polygon is invalid (%1) and cannot be repaired: %2")
                             .arg(reason, takeLastGeosError()),
                         LayerReaderText::tr("repair the geometry in a GIS, or remove the feature"));
    reading.layer.warnings.push_back({Severity::Warning, reading.path, location,
                                      LayerReaderText::tr("The polygon was invalid (%1) and was repaired").arg(reason),
                                      LayerReaderText::tr("check the boundary of this feature in a GIS")});
    return normalizedCollection(std::move(repaired), GeometryKind::Polygon);
}

// A feature's OGR geometry as a valid two-dimensional GEOS geometry in geographic JGD2011 of the
// layer's kind; throws when it cannot be transformed, parsed or repaired, or is of another kind.
GeosGeometryPtr featureGeometry(OgrGeometryPtr geometry, const QString &location, FeatureReading &reading)
{
    if (OGR_GT_IsNonLinear(OGR_G_GetGeometryType(geometry.get())))
        geometry.reset(OGR_G_GetLinearGeometry(geometry.get(), 0.0, nullptr));
    OGR_G_FlattenTo2D(geometry.get());
    if (reading.transformation && OGR_G_Transform(geometry.get(), reading.transformation) != OGRERR_NONE)
        throw InputError(reading.path, location,
                         LayerReaderText::tr("The geometry cannot be transformed from %1 to JGD2011: %2")
                             .arg(reading.layer.sourceCrs,
                                  reading.collector.errors().isEmpty()
                                      ? LayerReaderText::tr("coordinates out of range")
                                      : reading.collector.errors()),
                         LayerReaderText::tr("check the coordinate reference system of this layer"));

    std::vector<unsigned char> wkb(std::size_t(OGR_G_WkbSize(geometry.get())));
    OGR_G_ExportToIsoWkb(geometry.get(), wkbNDR, wkb.data());
    GeosGeometryPtr geos;
    try {
        geos = geosFromWkb(wkb.data(), wkb.size());
    } catch (const InputError &error) {
        throw InputError(reading.path, location, error.diagnostic().message,
                         LayerReaderText::tr("repair the geometry in a GIS, or remove the feature"));
    }

    const std::optional<GeometryKind> kind = kindOfGeos(geos.get());
    if (!kind)
        throw InputError(reading.path, location,
                         LayerReaderText::tr("The geometry mixes points, lines and polygons"),
                         LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
    const std::optional<GeometryKind> &declaredKind = reading.declaredKind;
    if (declaredKind && *declaredKind != GeometryKind::None && *kind != *declaredKind)
        throw InputError(reading.path, location,
                         LayerReaderText::tr("The geometry is a %1, but the layer holds %2s")
                             .arg(geometryKindName(*kind), geometryKindName(*declaredKind)),
                         LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
    geos = normalizedCollection(std::move(geos), *kind);
    reading.featureKinds.insert(*kind);
    if (*kind == GeometryKind::Polygon)
        geos = repairedIfInvalid(std::move(geos), location, reading);
    return geos;
}

// One feature: its attributes decoded and its geometry (if any) read as featureGeometry does.
Feature readFeature(OGRFeatureH ogrFeature, int number, FeatureReading &reading)
{
    const QString location = featureLocation(number);
    Feature feature;
    feature.fid = OGR_F_GetFID(ogrFeature);
    feature.number = number;
    for (int i = 0; i < int(reading.fieldTypes.size()); ++i)
        feature.values << fieldValue(ogrFeature, i, reading.fieldTypes[std::size_t(i)], reading.path,
                                     location + LayerReaderText::tr(", field ") + reading.layer.fieldNames.at(i),
                                     reading.layer);

    OgrGeometryPtr geometry(OGR_F_StealGeometry(ogrFeature));
    if (!geometry || OGR_G_IsEmpty(geometry.get())) {
        if (reading.hasGeometryColumn)
            reading.layer.warnings.push_back({Severity::Warning, reading.path, location,
                                              LayerReaderText::tr("The feature has no geometry; it is kept without "
                                                                  "a location"),
                                              {}});
        return feature;
    }
    feature.geometry = featureGeometry(std::move(geometry), location, reading);
    return feature;
}

// Reads every feature into the layer, checking for cancellation and reporting progress.
void readFeatures(OGRLayerH ogrLayer, FeatureReading &reading, Feedback *feedback)
{
    const GIntBig total = OGR_L_GetFeatureCount(ogrLayer, TRUE);
    OGR_L_ResetReading(ogrLayer);
    int number = 0;
    for (;;) {
        OgrFeaturePtr ogrFeature(OGR_L_GetNextFeature(ogrLayer));
        if (!reading.collector.errors().isEmpty())
            throw InputError(reading.path, featureLocation(number + 1),
                             LayerReaderText::tr("%1 cannot be read: %2")
                                 .arg(fileNameOf(reading.path), reading.collector.errors()),
                             damagedHint());
        if (!ogrFeature)
            break;
        ++number;
        if (feedback) {
            if ((number - 1) % 256 == 0) // from the first feature on, then every 256
                feedback->checkCancelled();
            if (total > 0)
                feedback->setProgress(std::min(1.0, double(number) / double(total)));
        }
        reading.layer.features.push_back(readFeature(ogrFeature.get(), number, reading));
    }
}

// Refuses a layer without features, or a shapefile of which GDAL returned fewer features than its
// attribute table holds.
void checkFeatureCount(const QString &path, const VectorLayer &layer, const std::optional<qint64> &expected)
{
    const QString fileName = fileNameOf(path);
    if (layer.features.empty())
        throw InputError(path, {}, LayerReaderText::tr("%1 has no features").arg(fileName),
                         LayerReaderText::tr("check that this is the right file and layer; it holds no data"));
    if (expected && qint64(layer.features.size()) != *expected)
        throw InputError(path, {},
                         LayerReaderText::tr("Only %1 of the %2 features of %3 could be read: the shapefile is "
                                             "damaged")
                             .arg(layer.features.size())
                             .arg(*expected)
                             .arg(fileName),
                         damagedHint());
}

// The layer's kind: the declared one, else the one kind its features have; mixed kinds are refused.
void decideGeometryKind(const FeatureReading &reading)
{
    VectorLayer &layer = reading.layer;
    if (reading.declaredKind && *reading.declaredKind != GeometryKind::None) {
        layer.geometryKind = *reading.declaredKind;
    } else if (reading.featureKinds.size() == 1) {
        layer.geometryKind = *reading.featureKinds.begin();
    } else if (reading.featureKinds.size() > 1) {
        throw InputError(reading.path, {},
                         LayerReaderText::tr("%1 mixes %2").arg(fileNameOf(reading.path),
                                                                kindListText(reading.featureKinds)),
                         LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
    }
}

} // namespace

VectorLayer readVectorLayer(const QString &path, const LayerReadOptions &options, Feedback *feedback)
{
    ensureGdalRegistered();
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(path, {}, LayerReaderText::tr("%1 does not exist").arg(info.fileName()),
                         LayerReaderText::tr("check the path in the project file or on the command line"));

    VectorLayer layer;
    layer.path = path;

    // The CRS override is checked first: a typo in it should not wait for a long read.
    OgrSpatialReferencePtr overrideSrs;
    if (options.crs)
        overrideSrs = spatialReferenceFromUserText(*options.crs, path, QStringLiteral("crs"));

    CPLStringList openOptions;
    const bool isShapefile = info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0;
    const std::optional<qint64> expectedFeatures = decideEncoding(path, isShapefile, options, layer, openOptions);

    GdalErrorCollector collector;
    const GdalDatasetPtr dataset = openDataset(path, openOptions, collector);
    layer.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset.get())));
    OGRLayerH ogrLayer = pickLayer(dataset.get(), path, options.layerName, layer);
    layer.layerName = QString::fromUtf8(OGR_L_GetName(ogrLayer));

    std::vector<OGRFieldType> fieldTypes = readFieldDefinitions(ogrLayer, path, layer);
    const OGRwkbGeometryType layerGeometryType = OGR_L_GetGeomType(ogrLayer);
    const bool hasGeometryColumn = wkbFlatten(layerGeometryType) != wkbNone;
    ResolvedCrs crs;
    if (hasGeometryColumn)
        crs = resolveCrs(ogrLayer, std::move(overrideSrs), path, isShapefile, layer);

    FeatureReading reading{path, layer, collector, std::move(fieldTypes), hasGeometryColumn,
                           crs.transformation.get(), kindOfOgrType(layerGeometryType), {}};

    readFeatures(ogrLayer, reading, feedback);
    checkFeatureCount(path, layer, expectedFeatures);
    decideGeometryKind(reading);

    if (!collector.warnings().isEmpty())
        layer.warnings.push_back({Severity::Warning, path, {}, collector.warnings(), {}});
    if (feedback)
        feedback->setProgress(1.0);
    return layer;
}

bool isShapefileWithoutPrj(const QString &path)
{
    const QFileInfo info(path);
    return info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0
           && !companionFile(info, QStringLiteral("prj"));
}

QString describeCrs(const QString &userText)
{
    const OgrSpatialReferencePtr srs = spatialReferenceFromUserText(userText);
    return crsShortName(srs.get());
}

} // namespace madoguchi::gis
