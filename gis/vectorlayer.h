#pragma once

#include "core/diagnostic.h"
#include "gis/geos.h"
#include "gis/textencoding.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace madoguchi::gis {

enum class GeometryKind { None, Point, Line, Polygon };

// "point", "line", "polygon", "none"
QString geometryKindName(GeometryKind kind);

struct Feature
{
    qint64 fid = -1;     // the source's feature id
    int number = 0;      // 1-based position in the source, for messages ("feature 12")
    QVariantList values; // parallel to VectorLayer::fieldNames; null QVariant = empty/NULL
    // In geographic JGD2011/WGS 84 degrees, x = longitude, y = latitude. Null for features without
    // geometry.
    GeosGeometryPtr geometry;
};

// A layer read into memory: attributes decoded to Unicode, geometry in geographic degrees.
// Move-only (it owns GEOS geometries).
struct VectorLayer
{
    QString path;       // the file it was read from
    QString layerName;  // the layer inside it
    QString driver;     // GDAL driver short name ("ESRI Shapefile", "GPKG", "GeoJSON", "CSV")
    GeometryKind geometryKind = GeometryKind::None;
    QStringList fieldNames;
    std::vector<Feature> features;

    QString sourceCrs;  // the source's CRS, e.g. "EPSG:6668" or its name
    bool crsFromOverride = false;
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource encodingSource = EncodingSource::Format;
    Diagnostics warnings; // e.g. invalid geometries that were repaired

    int fieldIndex(const QString &name) const { return fieldNames.indexOf(name); }
    // The feature's value of the named field; a null QVariant when absent or NULL.
    QVariant value(const Feature &feature, const QString &fieldName) const;
};

} // namespace madoguchi::gis
