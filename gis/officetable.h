#pragma once

#include "core/diagnostic.h"
#include "core/fieldmapping.h"
#include "core/office.h"
#include "gis/textencoding.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

struct OfficeTableOptions
{
    FieldMapping fields;                  // explicit mapping; wins over detection member by member
    std::optional<TextEncoding> encoding; // CSV / DBF override; otherwise BOM, .cpg or detection
    // CRS of the coordinate columns (CSV) or of the layer without one. For a CSV with lat/lon columns
    // the default is geographic JGD2011 (= WGS 84 to centimetres); x/y columns need it stated.
    std::optional<QString> crs;
    QString layerName; // inside a multi-layer source
};

struct OfficeTable
{
    std::vector<Office> offices;  // in table order; locations in geographic degrees
    FieldMapping fields;          // the mapping used (detected, then overridden)
    std::vector<int> fiscalYears; // workload years found, ascending
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource encodingSource = EncodingSource::Detected;
    QString coordinateCrs;        // e.g. "EPSG:6668"
    Diagnostics warnings;
};

// Reads the offices table: a CSV (UTF-8 with or without BOM, or CP932) with coordinate columns, read
// through GDAL's CSV driver, or a point layer (Shapefile, GeoPackage, GeoJSON).
// Throws InputError naming the file, the row and the column for: a missing id/name/kind/coordinate
// column, an unknown kind, a duplicate id, a coordinate that is not a number or out of range, a
// workload cell that is not a number (an empty cell is missing, not zero), an empty table, an
// unreadable file. Cancelled on cancel.
OfficeTable readOfficeTable(const QString &path, const OfficeTableOptions &options = {},
                            Feedback *feedback = nullptr);

// Parses a count cell: "1234", "1,234", "１２３４", " 1234 " -> 1234; "" -> nullopt (missing);
// anything else (e.g. "-", "n/a", "12件") -> throws InputError with the given file and location.
std::optional<double> parseCountCell(const QString &cell, const QString &file, const QString &location);

} // namespace madoguchi::gis
