#include "gis/geos.h"

#include "core/diagnostic.h"

#include <QCoreApplication>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "GeosText" context of the translations.
struct GeosText
{
    Q_DECLARE_TR_FUNCTIONS(GeosText)
};

// GEOS formats its messages printf-style; the handler keeps the last error of the context it was
// registered on (userdata is the owning ThreadContext).
struct ThreadContext
{
    GEOSContextHandle_t handle = nullptr;
    QString lastError;

    ThreadContext()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(handle, &ThreadContext::onError, this);
        GEOSContext_setNoticeMessageHandler_r(handle, &ThreadContext::onNotice, this);
    }
    ~ThreadContext() { GEOS_finish_r(handle); }
    ThreadContext(const ThreadContext &) = delete;
    ThreadContext &operator=(const ThreadContext &) = delete;

    static void onError(const char *message, void *userdata)
    {
        static_cast<ThreadContext *>(userdata)->lastError = QString::fromUtf8(message).trimmed();
    }
    // Notices (e.g. "Self-intersection at …" from isValid) are informational: callers that care ask
    // GEOS for a reason explicitly.
    static void onNotice(const char *, void *) {}
};

ThreadContext &threadContext()
{
    thread_local ThreadContext context;
    return context;
}

struct WkbReaderDeleter
{
    void operator()(GEOSWKBReader *reader) const { GEOSWKBReader_destroy_r(geosContext(), reader); }
};
struct WkbWriterDeleter
{
    void operator()(GEOSWKBWriter *writer) const { GEOSWKBWriter_destroy_r(geosContext(), writer); }
};
struct GeosBufferDeleter
{
    void operator()(unsigned char *buffer) const { GEOSFree_r(geosContext(), buffer); }
};

QString geosErrorOr(const QString &fallback)
{
    const QString error = takeLastGeosError();
    return error.isEmpty() ? fallback : error;
}

} // namespace

GEOSContextHandle_t geosContext()
{
    return threadContext().handle;
}

void GeosGeometryDeleter::operator()(GEOSGeometry *geometry) const
{
    GEOSGeom_destroy_r(geosContext(), geometry);
}

void GeosPreparedDeleter::operator()(const GEOSPreparedGeometry *prepared) const
{
    GEOSPreparedGeom_destroy_r(geosContext(), prepared);
}

void GeosStrTreeDeleter::operator()(GEOSSTRtree *tree) const
{
    GEOSSTRtree_destroy_r(geosContext(), tree);
}

QString takeLastGeosError()
{
    QString error;
    std::swap(error, threadContext().lastError);
    return error;
}

GeosGeometryPtr makeGeosPoint(double x, double y)
{
    GEOSContextHandle_t context = geosContext();
    GeosGeometryPtr point(GEOSGeom_createPointFromXY_r(context, x, y));
    if (!point)
        throw InputError({}, {}, GeosText::tr("Cannot create a point: %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    return point;
}

GeosGeometryPtr geosFromWkb(const unsigned char *wkb, size_t size)
{
    GEOSContextHandle_t context = geosContext();
    std::unique_ptr<GEOSWKBReader, WkbReaderDeleter> reader(GEOSWKBReader_create_r(context));
    if (!reader)
        throw InputError({}, {}, GeosText::tr("Cannot create a WKB reader: %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    GeosGeometryPtr geometry(GEOSWKBReader_read_r(context, reader.get(), wkb, size));
    if (!geometry)
        throw InputError({}, {}, GeosText::tr("Unreadable geometry (WKB): %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    return geometry;
}

std::string geosToWkb(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t context = geosContext();
    std::unique_ptr<GEOSWKBWriter, WkbWriterDeleter> writer(GEOSWKBWriter_create_r(context));
    if (!writer)
        throw InputError({}, {}, GeosText::tr("Cannot create a WKB writer: %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    // 2D ISO WKB is what OGR_G_CreateFromWkb and GeoPackage expect; Z/M are never used here.
    GEOSWKBWriter_setOutputDimension_r(context, writer.get(), 2);
    GEOSWKBWriter_setFlavor_r(context, writer.get(), GEOS_WKB_ISO);
    size_t size = 0;
    std::unique_ptr<unsigned char, GeosBufferDeleter> buffer(
        GEOSWKBWriter_write_r(context, writer.get(), geometry, &size));
    if (!buffer)
        throw InputError({}, {}, GeosText::tr("Cannot write a geometry as WKB: %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    return std::string(reinterpret_cast<const char *>(buffer.get()), size);
}

GeosGeometryPtr cloneGeometry(const GEOSGeometry *geometry)
{
    if (!geometry)
        return {};
    GeosGeometryPtr clone(GEOSGeom_clone_r(geosContext(), geometry));
    if (!clone)
        throw InputError({}, {}, GeosText::tr("Cannot copy a geometry: %1")
                                     .arg(geosErrorOr(GeosText::tr("unknown GEOS error"))));
    return clone;
}

} // namespace madoguchi::gis
