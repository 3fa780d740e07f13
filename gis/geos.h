#pragma once

// RAII for the GEOS reentrant C API. One GEOS context per thread, created on first use and destroyed
// when the thread ends. Geometries are owned by GeosGeometryPtr; they may be read from any thread but
// must be destroyed (and modified) on one thread at a time.

// Also defined by CMake for the gis target (as 1); guard so both spellings agree.
#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

#include <QString>

#include <memory>

namespace madoguchi::gis {

// The calling thread's GEOS context.
GEOSContextHandle_t geosContext();

struct GeosGeometryDeleter
{
    void operator()(GEOSGeometry *geometry) const;
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

struct GeosPreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *prepared) const;
};
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

struct GeosStrTreeDeleter
{
    void operator()(GEOSSTRtree *tree) const;
};
using GeosStrTreePtr = std::unique_ptr<GEOSSTRtree, GeosStrTreeDeleter>;

// The last error GEOS reported on this thread (empty if none), and clears it.
QString takeLastGeosError();

// A point geometry (x = longitude, y = latitude when geographic).
GeosGeometryPtr makeGeosPoint(double x, double y);

// Well-known binary in and out (for GDAL/OGR). Throws InputError on failure.
GeosGeometryPtr geosFromWkb(const unsigned char *wkb, size_t size);
std::string geosToWkb(const GEOSGeometry *geometry);

GeosGeometryPtr cloneGeometry(const GEOSGeometry *geometry);

} // namespace madoguchi::gis
