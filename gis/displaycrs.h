#pragma once

#include "core/geopoint.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace madoguchi::gis {

struct AdministrativeArea;

// The projected CRS the map is drawn in: x east and y north, in metres.
//
// In Japan it is a zone of the JGD2011 plane rectangular coordinate system (平面直角座標系,
// EPSG:6669–6687 for zones I–XIX), the system Japanese survey and planning data are published in;
// elsewhere a WGS 84 UTM zone (EPSG:326xx north, 327xx south). Both are conformal transverse Mercator
// projections, so shapes and angles are right on the map and lengths are off by the point scale factor
// (0.9999 at a JGD2011 zone's origin meridian, up to about 1.0001 at its edge).
//
// A DisplayCrs also says which rule chose it (rule(), reason()), so that the workbench can show why the
// map is drawn in that zone.
//
// A DisplayCrs is a small value (the EPSG code, its name and the rule): cheap to copy and usable from
// any thread.
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

    // How the CRS was chosen.
    enum class Rule {
        Given,         // by fromEpsg() or japanZone(), with no rule to tell
        Project,       // named by the project file ("displayCrs")
        Notice,        // the zone 平成14年国土交通省告示第9号 assigns to the data's municipalities
        NearestOrigin, // in Japan, but no area of the data is in the notice's table
        Utm,           // outside Japan: the UTM zone of the longitude
    };

    // An invalid CRS (epsgCode() == 0). forward()/inverse() on it throw std::logic_error.
    DisplayCrs() = default;

    // The automatic choice for data centred on `center` (geographic JGD2011/WGS 84 degrees): in Japan
    // (an outline of boxes around the islands) the plane rectangular zone whose origin is nearest
    // (geodesic distance on GRS80). That is often the zone the notice assigns, but not always: the
    // 奄美群島 (zone I) are nearer zone XV's origin, and 札幌市's western wards nearer zone XI's. Hence
    // forAreas() for data whose municipalities are known. Elsewhere the WGS 84 UTM zone of the longitude
    // (the Norway/Svalbard exceptions are not applied). rule() is NearestOrigin or Utm.
    static DisplayCrs automaticFor(const GeoPoint &center);

    // The automatic choice for a layer of administrative areas (the wards: gis::administrativeAreas)
    // centred on `center`: the zone the notice assigns to them (japanzones.h), by prefecture, or by
    // municipality in 北海道, 東京都, 鹿児島県 and 沖縄県 — a designated city's wards by their city, so
    // 札幌市 is in XII and 熊本市 in II. Areas in several zones (a whole prefecture's municipalities across
    // a zone boundary) give the zone of most of them. When no area is in the table (no prefecture in the
    // data, or a foreign country), automaticFor(center), which says so in its reason().
    static DisplayCrs forAreas(const std::vector<AdministrativeArea> &areas, const GeoPoint &center);

    // A zone given by the user: a JGD2011 plane rectangular zone (6669–6687), a JGD2011 UTM zone
    // (6688–6692, zones 51N–55N) or a WGS 84 UTM zone (32601–32660, 32701–32760). Throws InputError for
    // any other code.
    static DisplayCrs fromEpsg(int epsgCode);
    // Whether fromEpsg accepts the code.
    static bool isSupportedEpsg(int epsgCode);
    // The project file's "displayCrs" text, "EPSG:6680" (or "6680"): fromEpsg with rule() Project.
    // Throws InputError for text that is not such a code.
    static DisplayCrs fromProjectText(const QString &text);
    // The EPSG code of "EPSG:6680", "epsg:6680" or "6680"; 0 for any other text.
    static int epsgCodeOf(const QString &text);

    // The JGD2011 plane rectangular zone 1 … 19. Throws InputError for another number.
    static DisplayCrs japanZone(int zoneNumber);

    bool isValid() const { return mEpsgCode != 0; }
    int epsgCode() const { return mEpsgCode; }
    QString authorityId() const; // "EPSG:6670"
    // "JGD2011 / 平面直角座標系 II" or "WGS 84 / UTM zone 52N".
    QString name() const { return mName; }
    // The zone as the interface names it, translated: "JGD2011 zone XII" (平面直角座標系 第XII系);
    // name() for UTM.
    QString label() const;

    Rule rule() const { return mRule; }
    // Why this CRS, translated, e.g. "the zone the MLIT notice assigns to 札幌市"; empty for Rule::Given.
    QString reason() const;
    // label() — reason(), or label() alone for Rule::Given.
    QString description() const;

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

    // What PROJ's database (proj.db) knows of EPSG:code, for a code typed by the user.
    struct EpsgInfo
    {
        QString name; // "JGD2011 / Japan Plane Rectangular CS XII"
        bool projected = false;
        bool geographic = false;
        bool deprecated = false;
    };
    // nullopt when the database has no CRS of that code.
    static std::optional<EpsgInfo> epsgInfo(int epsgCode);

private:
    DisplayCrs(int epsgCode, QString name);

    int mEpsgCode = 0;
    QString mName;
    Rule mRule = Rule::Given;
    // For Rule::Notice: the municipalities or prefectures the zone was found for (at most a few), the
    // municipalities of a prefecture-wide zone, how many areas agree out of how many, and whether a
    // municipality spans several zones so the location decided.
    QStringList mPlaces;
    QStringList mMunicipalities;
    int mAgreeing = 0;
    int mAreas = 0;
    bool mByLocation = false;
};

} // namespace madoguchi::gis
