#pragma once

// Private to the layer reader (layerreader.cpp): what it checks of a shapefile before GDAL opens it,
// and the messages both share.

#include "core/diagnostic.h"
#include "gis/textencoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

#include <optional>

namespace madoguchi::gis::layerreading {

// Messages are looked up in the "LayerReaderText" context of the translations.
struct LayerReaderText
{
    Q_DECLARE_TR_FUNCTIONS(LayerReaderText)
};

// The hint for a file that is damaged or incomplete.
QString damagedHint();
// The hint for text in the wrong encoding: how to set the layer's encoding.
QString encodingHint();
QString fileNameOf(const QString &path);

// The companion of a shapefile with the given extension, in lower or upper case as GDAL looks for it.
std::optional<QString> companionFile(const QFileInfo &shp, const QString &extension);

// What the checks found: the DBF's text encoding, and how many features GDAL must return.
struct ShapefileCheck
{
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource encodingSource = EncodingSource::Format;
    // The DBF's records less the deleted ones; unknown when the DBF was too large to scan whole.
    std::optional<qint64> expectedFeatures;
};

// Refuses a shapefile whose .shx or .dbf is missing, truncated or does not belong to it, and decides
// the DBF's text encoding (override, then .cpg, then language driver id, then detection). Throws
// InputError; adds a warning to `warnings` where the stated encoding and the bytes disagree.
ShapefileCheck checkShapefile(const QString &shpPath, const std::optional<TextEncoding> &encoding,
                              Diagnostics &warnings);

} // namespace madoguchi::gis::layerreading
