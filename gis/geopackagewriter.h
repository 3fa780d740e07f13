#pragma once

#include "gis/geos.h"
#include "gis/vectorlayer.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace madoguchi::gis {

// A layer to write: fields, and features whose geometry is in geographic JGD2011 degrees (x = lon).
struct OutputLayer
{
    enum class FieldType { String, Real, Integer, Boolean };
    struct Field
    {
        QString name;
        FieldType type = FieldType::String;
    };
    struct Row
    {
        GeosGeometryPtr geometry;
        QVariantList values; // parallel to fields; null QVariant writes NULL
    };

    QString name;
    GeometryKind geometryKind = GeometryKind::Point;
    std::vector<Field> fields;
    std::vector<Row> rows;
};

// Writes the layers into a new GeoPackage (CRS EPSG:6668, JGD2011 geographic) that QGIS opens.
// Written to a temporary file beside `path` and renamed into place only when complete: on any error
// nothing is left at `path` (and an existing file there is untouched). Throws InputError naming the
// file on failure.
void writeGeoPackage(const QString &path, const std::vector<OutputLayer> &layers);

} // namespace madoguchi::gis
