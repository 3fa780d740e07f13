#include "gis/layerreader.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/gdalhandles.h"
#include "gis/spatialreference.h"

#include <cpl_string.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <vector>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "LayerReaderText" context of the translations.
struct LayerReaderText
{
    Q_DECLARE_TR_FUNCTIONS(LayerReaderText)
};

QString damagedHint()
{
    return LayerReaderText::tr(
        "copy the file again from its source; a shapefile needs its .shp, .shx and .dbf together");
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString featureLocation(int number)
{
    return LayerReaderText::tr("feature %1").arg(number);
}

// The companion of a shapefile with the given extension, in lower or upper case as GDAL looks for it.
std::optional<QString> companionFile(const QFileInfo &shp, const QString &extension)
{
    const QString base = shp.absolutePath() + QLatin1Char('/') + shp.completeBaseName() + QLatin1Char('.');
    for (const QString &candidate : {base + extension.toLower(), base + extension.toUpper()}) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return std::nullopt;
}

quint32 littleEndian32(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return quint32(data[0]) | (quint32(data[1]) << 8) | (quint32(data[2]) << 16) | (quint32(data[3]) << 24);
}

quint16 littleEndian16(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return quint16(data[0] | (data[1] << 8));
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return (quint32(data[0]) << 24) | (quint32(data[1]) << 16) | (quint32(data[2]) << 8) | quint32(data[3]);
}

QByteArray readPrefix(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, LayerReaderText::tr("%1 cannot be read: %2")
            .arg(fileNameOf(path), file.errorString()),
                         LayerReaderText::tr("check that the file exists and that you may read it"));
    return file.read(size);
}

// The .shp and .shx headers state the file length (in 16-bit words). A file shorter than that was cut
// off (an interrupted copy or download); GDAL would silently return fewer or empty shapes.
void checkShapeFileLength(const QString &path, const QString &what)
{
    const QByteArray header = readPrefix(path, 100);
    const qint64 actualBytes = QFileInfo(path).size();
    if (header.size() < 100)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated or not a shapefile %2: it has only %3 bytes")
                             .arg(fileNameOf(path), what)
                             .arg(actualBytes),
                         damagedHint());
    if (bigEndian32(header, 0) != 9994)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is not a shapefile %2 (wrong file code)").arg(fileNameOf(path), what),
                         damagedHint());
    const qint64 declaredBytes = qint64(bigEndian32(header, 24)) * 2;
    if (actualBytes < declaredBytes)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: it has %2 bytes, but its header says %3")
                             .arg(fileNameOf(path))
                             .arg(actualBytes)
                             .arg(declaredBytes),
                         damagedHint());
}

// What the reader needs from a DBF before GDAL opens it: the language driver id, the record counts
// (to prove later that every record was read) and the raw bytes of the text fields (to detect the
// encoding). Text fields are separated by '\n' so that no multi-byte sequence can span two fields.
struct DbfInfo
{
    quint8 languageDriverId = 0;
    qint64 recordCount = 0;
    qint64 deletedCount = 0;
    bool allRecordsScanned = true;
    QByteArray text;
};

DbfInfo readDbfInfo(const QString &path)
{
    // Large enough for any real attribute table of a city; beyond it only the detection sample and
    // the deleted-record count are cut short.
    constexpr qint64 maxScannedBytes = 256 * 1024 * 1024;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, LayerReaderText::tr("%1 cannot be read: %2")
            .arg(fileNameOf(path), file.errorString()),
                         LayerReaderText::tr("check that the file exists and that you may read it"));
    const QByteArray header = file.read(32);
    if (header.size() < 32)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: its header is incomplete").arg(fileNameOf(path)),
                         damagedHint());
    DbfInfo info;
    info.recordCount = littleEndian32(header, 4);
    const int headerLength = littleEndian16(header, 8);
    const int recordLength = littleEndian16(header, 10);
    info.languageDriverId = static_cast<quint8>(header.at(29));

    const qint64 expectedBytes = qint64(headerLength) + info.recordCount * recordLength;
    if (headerLength < 33 || file.size() < expectedBytes)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: it has %2 bytes, but its header announces %3 "
                                             "records in %4 bytes")
                             .arg(fileNameOf(path))
                             .arg(file.size())
                             .arg(info.recordCount)
                             .arg(expectedBytes),
                         damagedHint());

    struct TextField
    {
        int offset;
        int width;
    };
    std::vector<TextField> textFields;
    const QByteArray descriptors = file.read(headerLength - 32);
    int offsetInRecord = 1; // after the deletion flag
    for (int at = 0; at + 32 <= descriptors.size() && descriptors.at(at) != '\r'; at += 32) {
        const char type = descriptors.at(at + 11);
        int width = static_cast<unsigned char>(descriptors.at(at + 16));
        if (type == 'C') // dBase/FoxPro store wide character fields' high byte in the decimals byte
            width += 256 * static_cast<unsigned char>(descriptors.at(at + 17));
        if (type == 'C')
            textFields.push_back({offsetInRecord, width});
        offsetInRecord += width;
    }

    if (recordLength <= 0 || !file.seek(headerLength))
        return info;
    qint64 recordsToScan = info.recordCount;
    if (recordsToScan * recordLength > maxScannedBytes) {
        recordsToScan = maxScannedBytes / recordLength;
        info.allRecordsScanned = false;
    }
    const QByteArray records = file.read(recordsToScan * recordLength);
    recordsToScan = std::min(recordsToScan, qint64(records.size()) / recordLength);
    for (qint64 record = 0; record < recordsToScan; ++record) {
        const qint64 start = record * recordLength;
        if (records.at(start) == '*')
            ++info.deletedCount;
        for (const TextField &field : textFields) {
            if (field.offset + field.width > recordLength)
                break;
            info.text.append(records.constData() + start + field.offset, field.width);
            info.text.append('\n');
        }
    }
    return info;
}

qint64 shxRecordCount(const QString &shxPath)
{
    return (QFileInfo(shxPath).size() - 100) / 8;
}

struct EncodingChoice
{
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource source = EncodingSource::Format;
};

QString encodingOrigin(EncodingSource source, const QString &cpgPath)
{
    switch (source) {
    case EncodingSource::CodePageFile:
        return LayerReaderText::tr("its .cpg file %1").arg(fileNameOf(cpgPath));
    case EncodingSource::DbfLanguageDriver:
        return LayerReaderText::tr("its DBF language driver id");
    case EncodingSource::Override:
        return LayerReaderText::tr("the encoding set for this layer");
    case EncodingSource::Detected:
    case EncodingSource::Format:
        break;
    }
    return LayerReaderText::tr("detection");
}

QString encodingHint()
{
    return LayerReaderText::tr(
        "set \"encoding\" for this layer in the project file (\"CP932\" for Shift_JIS, or \"UTF-8\")");
}

// Decides the DBF's text encoding: override, then .cpg, then language driver id, then detection from
// the bytes. Contradictions between the stated encoding and the bytes are errors (UTF-8 stated, bytes
// not UTF-8) or warnings (CP932 stated, bytes look like UTF-8), never silent mojibake.
EncodingChoice chooseShapefileEncoding(const QString &shpPath, const QString &dbfPath, const DbfInfo &dbf,
                                       const std::optional<QString> &cpgPath,
                                       const std::optional<TextEncoding> &override, Diagnostics &warnings)
{
    const EncodingGuess guess = guessEncoding(dbf.text);
    EncodingChoice choice;
    if (override) {
        choice = {*override, EncodingSource::Override};
    } else if (cpgPath) {
        const QString named = QString::fromUtf8(readPrefix(*cpgPath, 256)).trimmed();
        const std::optional<TextEncoding> parsed = parseTextEncoding(named);
        if (parsed) {
            choice = {*parsed, EncodingSource::CodePageFile};
        } else if (guess == EncodingGuess::Ascii) {
            // Plain ASCII reads the same in any encoding the .cpg may name.
            choice = {TextEncoding::Utf8, EncodingSource::CodePageFile};
        } else {
            throw InputError(*cpgPath, {},
                             LayerReaderText::tr("%1 names the encoding \"%2\", which is not supported (only "
                                                 "CP932/Shift_JIS and UTF-8 are)")
                                 .arg(fileNameOf(*cpgPath), named),
                             encodingHint() + LayerReaderText::tr(" to override it"));
        }
    } else if (dbf.languageDriverId == 0x13 || dbf.languageDriverId == 0x7B) {
        // 0x13: Japanese Shift-JIS (code page 932); 0x7B: Japanese Shift-JIS, Windows.
        choice = {TextEncoding::Cp932, EncodingSource::DbfLanguageDriver};
    } else {
        switch (guess) {
        case EncodingGuess::Ascii:
        case EncodingGuess::Utf8:
            choice = {TextEncoding::Utf8, EncodingSource::Detected};
            break;
        case EncodingGuess::Cp932:
            choice = {TextEncoding::Cp932, EncodingSource::Detected};
            break;
        case EncodingGuess::Unknown:
            throw InputError(dbfPath, {},
                             LayerReaderText::tr("The text attributes of %1 are neither valid UTF-8 nor valid "
                                                 "CP932 (Shift_JIS), and there is no .cpg file naming the encoding")
                                 .arg(fileNameOf(dbfPath)),
                             encodingHint());
        }
    }

    const QString origin = encodingOrigin(choice.source, cpgPath.value_or(QString()));
    if (choice.encoding == TextEncoding::Utf8
        && (guess == EncodingGuess::Cp932 || guess == EncodingGuess::Unknown)) {
        throw InputError(dbfPath, {},
                         (guess == EncodingGuess::Cp932
                              ? LayerReaderText::tr("The text attributes of %1 are not valid UTF-8, although %2 says "
                                                    "UTF-8; they look like CP932 (Shift_JIS)")
                              : LayerReaderText::tr("The text attributes of %1 are not valid UTF-8, although %2 says "
                                                    "UTF-8"))
                             .arg(fileNameOf(dbfPath), origin),
                         encodingHint());
    }
    if (choice.encoding == TextEncoding::Cp932 && guess == EncodingGuess::Unknown) {
        throw InputError(dbfPath, {},
                         LayerReaderText::tr("The text attributes of %1 are not valid CP932 (Shift_JIS), although "
                                             "%2 says CP932")
                             .arg(fileNameOf(dbfPath), origin),
                         encodingHint());
    }
    if (choice.encoding == TextEncoding::Cp932) {
        // GDAL's own recoding drops bytes that have no Unicode equivalent (and says so once per
        // process), so the text is converted here first, where every loss is an error.
        try {
            decodeText(dbf.text, TextEncoding::Cp932, dbfPath);
        } catch (const InputError &error) {
            throw InputError(dbfPath, {},
                             LayerReaderText::tr("The text attributes of %1 cannot be read as CP932 (Shift_JIS), "
                                                 "as %2 says: %3")
                                 .arg(fileNameOf(dbfPath), origin, error.diagnostic().message),
                             encodingHint());
        }
    }
    if (choice.encoding == TextEncoding::Cp932 && guess == EncodingGuess::Utf8) {
        warnings.push_back({Severity::Warning, shpPath, {},
                            LayerReaderText::tr("The text attributes look like UTF-8, but %1 says CP932 "
                                                "(Shift_JIS): names may be garbled")
                                .arg(origin),
                            encodingHint()});
    }
    return choice;
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

} // namespace

VectorLayer readVectorLayer(const QString &path, const LayerReadOptions &options, Feedback *feedback)
{
    ensureGdalRegistered();
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        throw InputError(path, {}, LayerReaderText::tr("%1 does not exist").arg(fileName),
                         LayerReaderText::tr("check the path in the project file or on the command line"));

    VectorLayer layer;
    layer.path = path;

    // The CRS override is checked first: a typo in it should not wait for a long read.
    OgrSpatialReferencePtr overrideSrs;
    if (options.crs)
        overrideSrs = spatialReferenceFromUserText(*options.crs, path, QStringLiteral("crs"));

    CPLStringList openOptions;
    const bool isShapefile = info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0;
    std::optional<DbfInfo> dbf;
    std::optional<qint64> shxRecords;
    if (isShapefile) {
        // GDAL opens a .shp without its .dbf (no attributes) and would, if allowed, rebuild a missing
        // .shx. Both hide a broken copy, so they are refused here with the missing file named.
        for (const QString &extension : {QStringLiteral("shx"), QStringLiteral("dbf")}) {
            if (!companionFile(info, extension))
                throw InputError(path, {},
                                 LayerReaderText::tr("%1.%2 is missing: a shapefile needs its .shp, .shx and .dbf")
                                     .arg(info.completeBaseName(), extension),
                                 LayerReaderText::tr("copy all the files that came with %1 (.shp, .shx, .dbf, .prj, "
                                                     ".cpg) into the same folder")
                                     .arg(fileName));
        }
        const QString shxPath = *companionFile(info, QStringLiteral("shx"));
        const QString dbfPath = *companionFile(info, QStringLiteral("dbf"));
        checkShapeFileLength(path, QStringLiteral("(.shp)"));
        checkShapeFileLength(shxPath, LayerReaderText::tr("index (.shx)"));
        dbf = readDbfInfo(dbfPath);
        shxRecords = shxRecordCount(shxPath);
        if (*shxRecords != dbf->recordCount)
            throw InputError(path, {},
                             LayerReaderText::tr("%1 and %2 do not belong together: the index has %3 shapes, "
                                                 "the attribute table %4 records")
                                 .arg(fileNameOf(shxPath), fileNameOf(dbfPath))
                                 .arg(*shxRecords)
                                 .arg(dbf->recordCount),
                             damagedHint());

        const EncodingChoice choice =
            chooseShapefileEncoding(path, dbfPath, *dbf, companionFile(info, QStringLiteral("cpg")),
                                    options.encoding, layer.warnings);
        layer.encoding = choice.encoding;
        layer.encodingSource = choice.source;
        // Stated explicitly, even when it came from the .cpg, so GDAL and this reader cannot disagree.
        openOptions.SetNameValue("ENCODING", textEncodingName(choice.encoding).toUtf8().constData());
    } else {
        layer.encoding = TextEncoding::Utf8;
        layer.encodingSource = EncodingSource::Format;
        if (options.encoding && *options.encoding != TextEncoding::Utf8)
            layer.warnings.push_back({Severity::Warning, path, QStringLiteral("encoding"),
                                      LayerReaderText::tr("The encoding %1 set for this layer was ignored: this "
                                                          "format always stores text as UTF-8")
                                          .arg(textEncodingName(*options.encoding)),
                                      LayerReaderText::tr("remove \"encoding\" for this layer from the project file")});
    }

    GdalErrorCollector collector;
    GdalDatasetPtr dataset(GDALOpenEx(path.toUtf8().constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                      openOptions.List(), nullptr));
    if (!dataset) {
        const QString reason = collector.errors().isEmpty() ? LayerReaderText::tr("the format is not recognised")
                                                            : collector.errors();
        throw InputError(path, {}, LayerReaderText::tr("%1 cannot be read as a vector layer: %2").arg(fileName, reason),
                         LayerReaderText::tr("check that it is a complete Shapefile, GeoPackage or GeoJSON file; "
                                             "copy it again from its source"));
    }
    layer.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset.get())));

    const int layerCount = GDALDatasetGetLayerCount(dataset.get());
    if (layerCount == 0)
        throw InputError(path, {}, LayerReaderText::tr("%1 contains no vector layer").arg(fileName),
                         LayerReaderText::tr("check that this is the right file"));
    OGRLayerH ogrLayer = nullptr;
    if (!options.layerName.isEmpty()) {
        ogrLayer = GDALDatasetGetLayerByName(dataset.get(), options.layerName.toUtf8().constData());
        if (!ogrLayer) {
            QStringList names;
            for (int i = 0; i < layerCount; ++i)
                names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset.get(), i)));
            throw InputError(path, {},
                             LayerReaderText::tr("%1 has no layer named \"%2\"").arg(fileName, options.layerName),
                             LayerReaderText::tr("choose one of: %1").arg(names.join(QStringLiteral(", "))));
        }
    } else {
        ogrLayer = GDALDatasetGetLayer(dataset.get(), 0);
        if (layerCount > 1)
            layer.warnings.push_back({Severity::Warning, path, {},
                                      LayerReaderText::tr("%1 has %2 layers; the first, \"%3\", was read")
                                          .arg(fileName)
                                          .arg(layerCount)
                                          .arg(QString::fromUtf8(OGR_L_GetName(ogrLayer))),
                                      LayerReaderText::tr("name the layer to read in the project file")});
    }
    layer.layerName = QString::fromUtf8(OGR_L_GetName(ogrLayer));

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(ogrLayer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    std::vector<OGRFieldType> fieldTypes;
    for (int i = 0; i < fieldCount; ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
        layer.fieldNames << textFromGdal(OGR_Fld_GetNameRef(field), path,
                                         LayerReaderText::tr("field %1").arg(i + 1), layer);
        fieldTypes.push_back(OGR_Fld_GetType(field));
    }

    // Coordinate reference system and the transformation to geographic JGD2011.
    const OGRwkbGeometryType layerGeometryType = OGR_L_GetGeomType(ogrLayer);
    const bool hasGeometryColumn = wkbFlatten(layerGeometryType) != wkbNone;
    OgrSpatialReferencePtr sourceSrs;
    if (OGRSpatialReferenceH own = OGR_L_GetSpatialRef(ogrLayer))
        sourceSrs.reset(OSRClone(own)); // keeps the layer's data axis mapping
    OgrCoordinateTransformationPtr transformation;
    if (hasGeometryColumn) {
        if (overrideSrs) {
            if (sourceSrs && !OSRIsSame(sourceSrs.get(), overrideSrs.get()))
                layer.warnings.push_back({Severity::Info, path, QStringLiteral("crs"),
                                          LayerReaderText::tr("The layer's own coordinate reference system %1 was "
                                                              "replaced by %2, as set for this layer")
                                              .arg(crsShortName(sourceSrs.get()), crsShortName(overrideSrs.get())),
                                          {}});
            sourceSrs = std::move(overrideSrs);
            layer.crsFromOverride = true;
        }
        if (!sourceSrs)
            throw InputError(path, {},
                             (isShapefile ? LayerReaderText::tr("%1 has no coordinate reference system (no .prj)")
                                          : LayerReaderText::tr("%1 has no coordinate reference system"))
                                 .arg(fileName),
                             LayerReaderText::tr("add the .prj that came with the data, or set \"crs\" for this layer "
                                                 "in the project file (e.g. \"EPSG:6668\" for JGD2011 "
                                                 "latitude/longitude) or pass --crs ROLE=EPSG:6668 on the command "
                                                 "line"));
        layer.sourceCrs = crsShortName(sourceSrs.get());
        if (!(isGeographicJgd2011OrWgs84(sourceSrs.get()) && dataIsEastingFirst(sourceSrs.get())))
            transformation = transformationToJgd2011(sourceSrs.get(), path);
    }

    const std::optional<GeometryKind> declaredKind = kindOfOgrType(layerGeometryType);
    std::set<GeometryKind> featureKinds;

    const GIntBig total = OGR_L_GetFeatureCount(ogrLayer, TRUE);
    OGR_L_ResetReading(ogrLayer);
    int number = 0;
    for (;;) {
        OgrFeaturePtr ogrFeature(OGR_L_GetNextFeature(ogrLayer));
        if (!collector.errors().isEmpty())
            throw InputError(path, featureLocation(number + 1),
                             LayerReaderText::tr("%1 cannot be read: %2").arg(fileName, collector.errors()),
                             damagedHint());
        if (!ogrFeature)
            break;
        ++number;
        const QString location = featureLocation(number);
        if (feedback) {
            if ((number - 1) % 256 == 0) // from the first feature on, then every 256
                feedback->checkCancelled();
            if (total > 0)
                feedback->setProgress(std::min(1.0, double(number) / double(total)));
        }

        Feature feature;
        feature.fid = OGR_F_GetFID(ogrFeature.get());
        feature.number = number;
        for (int i = 0; i < fieldCount; ++i)
            feature.values << fieldValue(ogrFeature.get(), i, fieldTypes[std::size_t(i)], path,
                                         location + LayerReaderText::tr(", field ") + layer.fieldNames.at(i), layer);

        OgrGeometryPtr geometry(OGR_F_StealGeometry(ogrFeature.get()));
        if (!geometry || OGR_G_IsEmpty(geometry.get())) {
            if (hasGeometryColumn)
                layer.warnings.push_back({Severity::Warning, path, location,
                                          LayerReaderText::tr("The feature has no geometry; it is kept without a "
                                                              "location"),
                                          {}});
            layer.features.push_back(std::move(feature));
            continue;
        }
        if (OGR_GT_IsNonLinear(OGR_G_GetGeometryType(geometry.get())))
            geometry.reset(OGR_G_GetLinearGeometry(geometry.get(), 0.0, nullptr));
        OGR_G_FlattenTo2D(geometry.get());
        if (transformation && OGR_G_Transform(geometry.get(), transformation.get()) != OGRERR_NONE)
            throw InputError(path, location,
                             LayerReaderText::tr("The geometry cannot be transformed from %1 to JGD2011: %2")
                                 .arg(layer.sourceCrs,
                                      collector.errors().isEmpty() ? LayerReaderText::tr("coordinates out of range")
                                                                   : collector.errors()),
                             LayerReaderText::tr("check the coordinate reference system of this layer"));

        std::vector<unsigned char> wkb(std::size_t(OGR_G_WkbSize(geometry.get())));
        OGR_G_ExportToIsoWkb(geometry.get(), wkbNDR, wkb.data());
        GeosGeometryPtr geos;
        try {
            geos = geosFromWkb(wkb.data(), wkb.size());
        } catch (const InputError &error) {
            throw InputError(path, location, error.diagnostic().message,
                             LayerReaderText::tr("repair the geometry in a GIS, or remove the feature"));
        }

        const std::optional<GeometryKind> kind = kindOfGeos(geos.get());
        if (!kind)
            throw InputError(path, location,
                             LayerReaderText::tr("The geometry mixes points, lines and polygons"),
                             LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
        if (declaredKind && *declaredKind != GeometryKind::None && *kind != *declaredKind)
            throw InputError(path, location,
                             LayerReaderText::tr("The geometry is a %1, but the layer holds %2s")
                                 .arg(geometryKindName(*kind), geometryKindName(*declaredKind)),
                             LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
        geos = normalizedCollection(std::move(geos), *kind);
        featureKinds.insert(*kind);

        GEOSContextHandle_t context = geosContext();
        if (*kind == GeometryKind::Polygon && GEOSisValid_r(context, geos.get()) == 0) {
            char *reasonText = GEOSisValidReason_r(context, geos.get());
            const QString reason = reasonText ? QString::fromUtf8(reasonText) : LayerReaderText::tr("invalid");
            GEOSFree_r(context, reasonText);
            GeosGeometryPtr repaired = repairedPolygon(geos.get());
            if (!repaired)
                throw InputError(path, location,
                                 LayerReaderText::tr("The polygon is invalid (%1) and cannot be repaired: %2")
                                     .arg(reason, takeLastGeosError()),
                                 LayerReaderText::tr("repair the geometry in a GIS, or remove the feature"));
            geos = normalizedCollection(std::move(repaired), GeometryKind::Polygon);
            layer.warnings.push_back({Severity::Warning, path, location,
                                      LayerReaderText::tr("The polygon was invalid (%1) and was repaired").arg(reason),
                                      LayerReaderText::tr("check the boundary of this feature in a GIS")});
        }
        feature.geometry = std::move(geos);
        layer.features.push_back(std::move(feature));
    }

    if (layer.features.empty())
        throw InputError(path, {}, LayerReaderText::tr("%1 has no features").arg(fileName),
                         LayerReaderText::tr("check that this is the right file and layer; it holds no data"));

    if (dbf && dbf->allRecordsScanned) {
        const qint64 expected = dbf->recordCount - dbf->deletedCount;
        if (qint64(layer.features.size()) != expected)
            throw InputError(path, {},
                             LayerReaderText::tr("Only %1 of the %2 features of %3 could be read: the shapefile is "
                                                 "damaged")
                                 .arg(layer.features.size())
                                 .arg(expected)
                                 .arg(fileName),
                             damagedHint());
    }

    if (declaredKind && *declaredKind != GeometryKind::None) {
        layer.geometryKind = *declaredKind;
    } else if (featureKinds.size() == 1) {
        layer.geometryKind = *featureKinds.begin();
    } else if (featureKinds.size() > 1) {
        throw InputError(path, {},
                         LayerReaderText::tr("%1 mixes %2").arg(fileName, kindListText(featureKinds)),
                         LayerReaderText::tr("split the layer so that each holds one kind of geometry"));
    }

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
