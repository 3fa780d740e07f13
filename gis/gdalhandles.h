#pragma once

// RAII for GDAL/OGR handles (as in QGIS's qgsogrutils.h), and the one place where GDAL's errors become
// InputError.

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QString>

#include <memory>

namespace madoguchi::gis {

struct GdalDatasetCloser
{
    void operator()(GDALDatasetH dataset) const;
};
using GdalDatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, GdalDatasetCloser>;

struct OgrFeatureDeleter
{
    void operator()(OGRFeatureH feature) const;
};
using OgrFeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, OgrFeatureDeleter>;

struct OgrGeometryDeleter
{
    void operator()(OGRGeometryH geometry) const;
};
using OgrGeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeometryDeleter>;

struct OgrSpatialReferenceReleaser
{
    void operator()(OGRSpatialReferenceH srs) const;
};
using OgrSpatialReferencePtr =
    std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, OgrSpatialReferenceReleaser>;

struct OgrCoordinateTransformationDeleter
{
    void operator()(OGRCoordinateTransformationH transformation) const;
};
using OgrCoordinateTransformationPtr =
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, OgrCoordinateTransformationDeleter>;

// Registers GDAL's drivers once (thread-safe). Every gis entry point that uses GDAL calls it.
void ensureGdalRegistered();

// Collects the messages GDAL reports on this thread while it is alive (instead of printing them to
// stderr), so they can be put into an InputError or a warning.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    // The failures (CE_Failure, CE_Fatal) joined with "; ", or empty.
    QString errors() const;
    // ENOSPC, EFBIG or EDQUOT when errno said so as the first such failure was reported (a full disk or
    // a size limit under a writer), else 0.
    int storageError() const;
    // The warnings (CE_Warning) joined with "; ", or empty.
    QString warnings() const;

private:
    struct Messages;
    std::unique_ptr<Messages> mMessages;
};

} // namespace madoguchi::gis
