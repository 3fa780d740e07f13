#pragma once

#include "core/geopoint.h"

#include <QPointF>
#include <QString>

#include <array>
#include <cstddef>

namespace madoguchi::gis {

// The projected CRS the map is drawn in: x east and y north, in metres.
//
// In Japan it is a zone of the JGD2011 plane rectangular coordinate system (平面直角座標系,
// EPSG:6669–6687 for zones I–XIX), the system Japanese survey and planning data are published in;
// elsewhere a WGS 84 UTM zone (EPSG:326xx north, 327xx south). Both are conformal transverse Mercator
// projections, so shapes and angles are right on the map and lengths are off by the point scale factor
// (0.9999 at a JGD2011 zone's origin meridian, up to about 1.0001 at its edge).
//
// A DisplayCrs is a small value (the EPSG code and its name): cheap to copy and usable from any thread.
// The PROJ objects behind it are created per thread on first use (one PJ_CONTEXT per thread) and
// reused, so a map can be rendered on a worker thread while the GUI thread transforms clicks.
class DisplayCrs
{
public:
    // One zone of 平面直角座標系 as defined by the 国土交通省告示 (the origins GSI publishes).
    struct JapanZone
    {
        int number = 0; // 1 … 19 (I … XIX)
        int epsgCode = 0; // 6669 … 6687
        double originLatitudeDeg = 0.0;
        double originLongitudeDeg = 0.0;
    };
    static const std::array<JapanZone, 19> &japanZones();

    // An invalid CRS (epsgCode() == 0). forward()/inverse() on it throw std::logic_error.
    DisplayCrs() = default;

    // The automatic choice for data centred on `center` (geographic JGD2011/WGS 84 degrees): in Japan
    // (an outline of boxes around the islands) the plane rectangular zone whose origin is nearest
    // (geodesic distance on GRS80). That is the zone the prefecture uses for the main islands (e.g.
    // Kumamoto -> II, Sapporo -> XII, Tokyo -> IX) but not for every remote island (Amami, officially
    // in zone II, is nearer zone XV's origin): a project can then name its zone with fromEpsg().
    // Elsewhere the WGS 84 UTM zone of the longitude (the Norway/Svalbard exceptions are not applied).
    static DisplayCrs automaticFor(const GeoPoint &center);

    // A zone given by the user: a JGD2011 plane rectangular zone (6669–6687) or a WGS 84 UTM zone
    // (32601–32660, 32701–32760). Throws InputError for any other code.
    static DisplayCrs fromEpsg(int epsgCode);

    // The JGD2011 plane rectangular zone 1 … 19. Throws InputError for another number.
    static DisplayCrs japanZone(int zoneNumber);

    bool isValid() const { return mEpsgCode != 0; }
    int epsgCode() const { return mEpsgCode; }
    QString authorityId() const; // "EPSG:6670"
    // "JGD2011 / 平面直角座標系 II" or "WGS 84 / UTM zone 52N".
    QString name() const { return mName; }

    // Geographic degrees (JGD2011 for the Japanese zones, WGS 84 for UTM; they differ by centimetres)
    // to display metres (x east, y north). Throws InputError when PROJ cannot transform the point.
    QPointF forward(const GeoPoint &point) const;
    // Display metres back to geographic degrees. Throws InputError when PROJ cannot transform it.
    GeoPoint inverse(const QPointF &displayPoint) const;
    // Transforms `count` points in place: on input x = longitude and y = latitude in degrees, on
    // output display metres. For whole layers (one PROJ call instead of one per vertex). Throws
    // InputError when a point cannot be transformed.
    void forwardInPlace(double *x, double *y, std::size_t count) const;

    // The point scale factor k at `point`: (distance on the map) / (distance on the ellipsoid) for a
    // short distance there. Ground distance = projected distance / k.
    double scaleFactor(const GeoPoint &point) const;
    // The meridian (grid) convergence at `point` in degrees: the angle clockwise from true north to
    // grid north (+y). Positive east of the zone's origin meridian in the northern hemisphere, where
    // the meridians lean towards the origin meridian. A north arrow on a north-up map that points to
    // true north is therefore turned by -meridianConvergenceDeg (anticlockwise when positive).
    double meridianConvergenceDeg(const GeoPoint &point) const;

    friend bool operator==(const DisplayCrs &a, const DisplayCrs &b) { return a.mEpsgCode == b.mEpsgCode; }

private:
    DisplayCrs(int epsgCode, QString name);

    int mEpsgCode = 0;
    QString mName;
};

} // namespace madoguchi::gis
