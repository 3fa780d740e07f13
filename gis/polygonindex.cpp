#include "gis/polygonindex.h"

#include "core/diagnostic.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "PolygonIndexText" context of the translations.
struct PolygonIndexText
{
    Q_DECLARE_TR_FUNCTIONS(PolygonIndexText)
};

// An STR-tree node capacity of 10 is GEOS's usual choice: the layers here have tens to a few
// thousand polygons, for which the capacity hardly matters.
constexpr std::size_t kNodeCapacity = 10;

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::None:
        return PolygonIndexText::tr("no");
    case GeometryKind::Point:
        return PolygonIndexText::tr("point");
    case GeometryKind::Line:
        return PolygonIndexText::tr("line");
    case GeometryKind::Polygon:
        return PolygonIndexText::tr("polygon");
    }
    return PolygonIndexText::tr("unknown");
}

} // namespace

struct PolygonIndex::Entry
{
    int featureIndex = -1;
    GeosPreparedPtr prepared; // of the layer's geometry, which it points into
};

PolygonIndex::PolygonIndex(const VectorLayer &layer)
{
    if (layer.geometryKind != GeometryKind::Polygon) {
        throw InputError(layer.path, layer.layerName,
                         PolygonIndexText::tr("%1 is not a polygon layer: it has %2 geometries")
                             .arg(QFileInfo(layer.path).fileName(), kindName(layer.geometryKind)),
                         PolygonIndexText::tr("choose a layer of areas (e.g. the ward boundaries) for this role"));
    }
    GEOSContextHandle_t context = geosContext();

    mEntries.reserve(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const Feature &feature = layer.features[i];
        // A feature without geometry cannot contain anything; it is not an error here (the reader
        // reports such features).
        if (!feature.geometry || GEOSisEmpty_r(context, feature.geometry.get()) == 1)
            continue;
        GeosPreparedPtr prepared(GEOSPrepare_r(context, feature.geometry.get()));
        if (!prepared) {
            throw InputError(layer.path, PolygonIndexText::tr("feature %1").arg(feature.number),
                             PolygonIndexText::tr("its polygon cannot be prepared for point-in-polygon tests: %1")
                                 .arg(takeLastGeosError()),
                             PolygonIndexText::tr("repair the geometry in a GIS (e.g. QGIS's Fix geometries)"));
        }
        mEntries.push_back(Entry{int(i), std::move(prepared)});
    }

    // The tree holds pointers to the entries: they are not moved after this point.
    mTree.reset(GEOSSTRtree_create_r(context, kNodeCapacity));
    if (!mTree)
        throw InputError(layer.path, QString(),
                         PolygonIndexText::tr("cannot create a spatial index: %1").arg(takeLastGeosError()));
    for (Entry &entry : mEntries) {
        GEOSSTRtree_insert_r(context, mTree.get(),
                             layer.features[std::size_t(entry.featureIndex)].geometry.get(), &entry);
    }
}

PolygonIndex::~PolygonIndex() = default;

std::vector<int> PolygonIndex::featuresCovering(const GeoPoint &point) const
{
    GEOSContextHandle_t context = geosContext();
    const GeosGeometryPtr geometry = makeGeosPoint(point.longitudeDeg, point.latitudeDeg);

    std::vector<const Entry *> candidates;
    GEOSSTRtree_query_r(
        context, mTree.get(), geometry.get(),
        [](void *item, void *userdata) {
            static_cast<std::vector<const Entry *> *>(userdata)->push_back(static_cast<const Entry *>(item));
        },
        &candidates);

    std::vector<int> covering;
    for (const Entry *entry : candidates) {
        const char covers = GEOSPreparedCovers_r(context, entry->prepared.get(), geometry.get());
        if (covers == 2) {
            throw InputError(QString(), PolygonIndexText::tr("feature index %1").arg(entry->featureIndex),
                             PolygonIndexText::tr("the point-in-polygon test failed: %1").arg(takeLastGeosError()),
                             PolygonIndexText::tr("repair the polygon layer's geometry in a GIS"));
        }
        if (covers == 1)
            covering.push_back(entry->featureIndex);
    }
    std::sort(covering.begin(), covering.end());
    return covering;
}

std::optional<int> PolygonIndex::firstFeatureCovering(const GeoPoint &point) const
{
    const std::vector<int> covering = featuresCovering(point);
    if (covering.empty())
        return std::nullopt;
    return covering.front();
}

} // namespace madoguchi::gis
