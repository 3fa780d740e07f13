#pragma once

// Coordinate reference systems through OGR, shared by the layer and offices-table readers. Every
// spatial reference returned here uses the traditional GIS axis order (x = easting/longitude,
// y = northing/latitude), which is how coordinates are stored in Shapefiles, GeoJSON, GeoPackage and
// the coordinate columns of CSV tables.

#include "gis/gdalhandles.h"

#include <QString>

namespace madoguchi::gis {

// Parses a CRS given by the user ("EPSG:6670", WKT, PROJ string). Throws InputError(file, location)
// naming the text when GDAL/PROJ cannot make sense of it.
OgrSpatialReferencePtr spatialReferenceFromUserText(const QString &text, const QString &file = {},
                                                    const QString &location = {});

// Geographic JGD2011 (EPSG:6668), the CRS every geometry is held in.
OgrSpatialReferencePtr geographicJgd2011();

// "EPSG:6668" when the CRS has (or can be matched to) an authority code, else its name.
QString crsShortName(OGRSpatialReferenceH srs);

// True for geographic JGD2011 and WGS 84 (EPSG:6668, EPSG:4326, OGC:CRS84) in any axis order. In Japan
// the two differ by centimetres, so coordinates in either are used as they are.
bool isGeographicJgd2011OrWgs84(OGRSpatialReferenceH srs);

// True when the first coordinate of the data (as mapped by the SRS's data axis mapping) is the
// longitude or easting.
bool dataIsEastingFirst(OGRSpatialReferenceH srs);

// A transformation from `source` to geographic JGD2011 (traditional axis order). Throws InputError
// naming `file` when PROJ has none.
OgrCoordinateTransformationPtr transformationToJgd2011(OGRSpatialReferenceH source, const QString &file);

} // namespace madoguchi::gis
