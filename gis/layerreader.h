#pragma once

#include "core/project.h"
#include "gis/vectorlayer.h"

#include <QString>

#include <optional>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

struct LayerReadOptions
{
    QString layerName;                       // empty: the first (only) layer
    std::optional<TextEncoding> encoding;    // override; otherwise .cpg, DBF LDID, or detection
    std::optional<QString> crs;              // "EPSG:6670", WKT …: for sources without one; also
                                             // overrides a wrong one
};

// Reads a Shapefile, GeoPackage or GeoJSON layer (anything GDAL/OGR opens as vectors) into memory.
// - Text attributes: honours .cpg; without one, the DBF's language driver id, else detects CP932 vs
//   UTF-8 from the raw bytes and records which it used; options.encoding overrides all of them.
// - CRS from .prj or the format's metadata; geometry is transformed (PROJ, via OGR) to geographic
//   JGD2011 degrees, x = longitude. A source without a CRS and without options.crs is refused with an
//   InputError saying how to set one.
// - Throws InputError naming the file (and the feature) for a missing or unreadable file, a missing
//   .dbf/.shx, a truncated file, an empty layer, or an unparseable geometry. Cancelled on cancel.
VectorLayer readVectorLayer(const QString &path, const LayerReadOptions &options = {},
                            Feedback *feedback = nullptr);

// Whether `path` is a shapefile whose .prj (in either case, as GDAL looks for it) is missing: the layer
// then has no CRS, and reading it needs LayerReadOptions::crs.
bool isShapefileWithoutPrj(const QString &path);

// Validates a CRS given by the user ("EPSG:6670", WKT, PROJ string); returns a short name for reports.
// Throws InputError when GDAL/PROJ cannot make sense of it.
QString describeCrs(const QString &userText);

} // namespace madoguchi::gis
