#include "gis/gdalhandles.h"

#include <cerrno>
#include <cpl_conv.h>
#include <cpl_error.h>

#include <QStringList>

#include <mutex>

namespace madoguchi::gis {

void GdalDatasetCloser::operator()(GDALDatasetH dataset) const
{
    GDALClose(dataset);
}

void OgrFeatureDeleter::operator()(OGRFeatureH feature) const
{
    OGR_F_Destroy(feature);
}

void OgrGeometryDeleter::operator()(OGRGeometryH geometry) const
{
    OGR_G_DestroyGeometry(geometry);
}

void OgrSpatialReferenceReleaser::operator()(OGRSpatialReferenceH srs) const
{
    OSRRelease(srs);
}

void OgrCoordinateTransformationDeleter::operator()(OGRCoordinateTransformationH transformation) const
{
    OCTDestroyCoordinateTransformation(transformation);
}

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // The user's files are read, never repaired: a shapefile without its .shx must be refused with
        // a clear message instead of GDAL quietly writing a rebuilt one next to the data.
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
    });
}

struct GdalErrorCollector::Messages
{
    QStringList errors;
    QStringList warnings;
    int systemError = 0;

    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<Messages *>(CPLGetErrorHandlerUserData());
        if (!self)
            return;
        // The system's error of the failed call that GDAL (or SQLite under it) reports, before anything
        // else can change errno.
        const int error = errno;
        const QString text = QString::fromUtf8(message).trimmed();
        switch (level) {
        case CE_Failure:
        case CE_Fatal:
            if (self->systemError == 0 && (error == ENOSPC || error == EFBIG || error == EDQUOT))
                self->systemError = error;
            self->errors.append(text);
            break;
        case CE_Warning:
            self->warnings.append(text);
            break;
        case CE_None:
        case CE_Debug:
            break;
        }
    }
};

GdalErrorCollector::GdalErrorCollector() : mMessages(std::make_unique<Messages>())
{
    // GDAL keeps the handler stack per thread, so collectors on different threads do not interfere and
    // nested collectors on one thread each see only their own scope's messages.
    CPLPushErrorHandlerEx(&Messages::handle, mMessages.get());
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

QString GdalErrorCollector::errors() const
{
    return mMessages->errors.join(QStringLiteral("; "));
}

int GdalErrorCollector::storageError() const
{
    return mMessages->systemError;
}

QString GdalErrorCollector::warnings() const
{
    return mMessages->warnings.join(QStringLiteral("; "));
}

} // namespace madoguchi::gis
