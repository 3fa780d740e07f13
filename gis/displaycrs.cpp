#include "gis/displaycrs.h"

#include "core/diagnostic.h"
#include "gis/japanzones.h"
#include "gis/projgeodesic.h"

#include <QCoreApplication>

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numbers>
#include <stdexcept>
#include <unordered_map>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "DisplayCrsText" context of the translations.
struct DisplayCrsText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCrsText)
};

// 平面直角座標系 (国土交通省告示第九号, as published by GSI). The origins are given in degrees and
// minutes there: zone III's 132°10′ is 132.1666…°.
constexpr double minutes(int degrees, int minutesOfArc)
{
    return degrees + minutesOfArc / 60.0;
}

const std::array<DisplayCrs::JapanZone, 19> kJapanZones = {{
    {1, 6669, 33.0, minutes(129, 30)},
    {2, 6670, 33.0, minutes(131, 0)},
    {3, 6671, 36.0, minutes(132, 10)},
    {4, 6672, 33.0, minutes(133, 30)},
    {5, 6673, 36.0, minutes(134, 20)},
    {6, 6674, 36.0, minutes(136, 0)},
    {7, 6675, 36.0, minutes(137, 10)},
    {8, 6676, 36.0, minutes(138, 30)},
    {9, 6677, 36.0, minutes(139, 50)},
    {10, 6678, 40.0, minutes(140, 50)},
    {11, 6679, 44.0, minutes(140, 15)},
    {12, 6680, 44.0, minutes(142, 15)},
    {13, 6681, 44.0, minutes(144, 15)},
    {14, 6682, 26.0, minutes(142, 0)},
    {15, 6683, 26.0, minutes(127, 30)},
    {16, 6684, 26.0, minutes(124, 0)},
    {17, 6685, 26.0, minutes(131, 0)},
    {18, 6686, 20.0, minutes(136, 0)},
    {19, 6687, 26.0, minutes(154, 0)},
}};

// Where the plane rectangular zones are used: Japan as a few boxes, from Yonaguni (122.9°E) to
// Minamitorishima (154.0°E) and from Okinotorishima (20.4°N) to Etorofu (45.6°N). The main box leaves
// out the corners that hold the Korean peninsula, Ulleungdo and Russia's Primorye coast; Taiwan,
// Jeju and mainland China lie west of the boxes.
struct GeoBox
{
    double west, east, south, north;
    bool contains(const GeoPoint &p) const
    {
        return p.longitudeDeg >= west && p.longitudeDeg <= east && p.latitudeDeg >= south && p.latitudeDeg <= north;
    }
};

bool isInJapan(const GeoPoint &point)
{
    static constexpr GeoBox mainIslands{128.3, 149.0, 30.0, 45.6};
    static constexpr GeoBox korea{128.3, 129.9, 34.8, 45.6};
    static constexpr GeoBox ulleungdo{128.3, 132.0, 36.5, 45.6};
    static constexpr GeoBox primorye{128.3, 139.3, 41.3, 45.6};
    static constexpr GeoBox nanseiIslands{122.5, 131.5, 23.5, 30.0};
    static constexpr GeoBox izuIslands{138.5, 143.0, 27.8, 30.0};
    static constexpr GeoBox ogasawaraAndOkinotori{136.0, 154.5, 20.0, 27.8};
    if (mainIslands.contains(point))
        return !korea.contains(point) && !ulleungdo.contains(point) && !primorye.contains(point);
    return nanseiIslands.contains(point) || izuIslands.contains(point) || ogasawaraAndOkinotori.contains(point);
}

QString romanNumeral(int number)
{
    static const char *const numerals[] = {"I",   "II",   "III",  "IV", "V",   "VI",  "VII",
                                           "VIII", "IX",  "X",    "XI", "XII", "XIII", "XIV",
                                           "XV",   "XVI", "XVII", "XVIII", "XIX"};
    return QLatin1String(numerals[number - 1]);
}

bool isJapanZoneCode(int epsgCode)
{
    return epsgCode >= 6669 && epsgCode <= 6687;
}

bool isJgd2011UtmCode(int epsgCode)
{
    return epsgCode >= 6688 && epsgCode <= 6692;
}

bool isUtmCode(int epsgCode)
{
    return (epsgCode >= 32601 && epsgCode <= 32660) || (epsgCode >= 32701 && epsgCode <= 32760);
}

// The geographic CRS the data is taken to be in for this display CRS: JGD2011 for the Japanese zones
// and JGD2011's UTM zones (so PROJ picks the exact, datum-free projection) and WGS 84 for UTM.
const char *geographicSourceFor(int epsgCode)
{
    return isJapanZoneCode(epsgCode) || isJgd2011UtmCode(epsgCode) ? "EPSG:6668" : "EPSG:4326";
}

// "札幌市", "札幌市, 小樽市" or "札幌市, 小樽市, 江別市 …" (at most three named).
QString joinedPlaces(const QStringList &places)
{
    constexpr int shown = 3;
    QString text = places.mid(0, shown).join(DisplayCrsText::tr(", "));
    if (places.size() > shown)
        text += DisplayCrsText::tr(" …");
    return text;
}

struct PjDestroyer
{
    void operator()(PJ *pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDestroyer>;

// The calling thread's PROJ context and the transformations made on it. PJ objects are bound to the
// context they were made with and are not thread-safe, hence one set per thread; they are destroyed
// before the context when the thread ends.
class ThreadProj
{
public:
    ThreadProj() : mContext(proj_context_create())
    {
        // Errors are read back through proj_context_errno and reported as InputError instead.
        proj_log_level(mContext, PJ_LOG_NONE);
    }
    ~ThreadProj()
    {
        mTransformations.clear();
        proj_context_destroy(mContext);
    }
    ThreadProj(const ThreadProj &) = delete;
    ThreadProj &operator=(const ThreadProj &) = delete;

    // Geographic degrees (lon, lat order) <-> display metres (east, north).
    PJ *transformation(int epsgCode)
    {
        auto found = mTransformations.find(epsgCode);
        if (found != mTransformations.end())
            return found->second.get();

        const QByteArray target = QStringLiteral("EPSG:%1").arg(epsgCode).toLatin1();
        PjPtr raw(proj_create_crs_to_crs(mContext, geographicSourceFor(epsgCode), target.constData(),
                                         nullptr));
        if (!raw)
            throw InputError(QString(), DisplayCrsText::tr("display CRS EPSG:%1").arg(epsgCode),
                             DisplayCrsText::tr("PROJ cannot create the projection: %1").arg(lastError()),
                             DisplayCrsText::tr("Check that PROJ's database (proj.db) is installed."));
        PjPtr normalized(proj_normalize_for_visualization(mContext, raw.get()));
        if (!normalized)
            throw InputError(QString(), DisplayCrsText::tr("display CRS EPSG:%1").arg(epsgCode),
                             DisplayCrsText::tr("PROJ cannot normalise the axis order: %1").arg(lastError()));
        PJ *result = normalized.get();
        mTransformations.emplace(epsgCode, std::move(normalized));
        return result;
    }

    PJ_CONTEXT *context() const { return mContext; }

    QString lastError() const
    {
        const int error = proj_context_errno(mContext);
        if (error == 0)
            return DisplayCrsText::tr("unknown error");
        return QString::fromUtf8(proj_context_errno_string(mContext, error));
    }

private:
    PJ_CONTEXT *mContext = nullptr;
    std::unordered_map<int, PjPtr> mTransformations;
};

ThreadProj &threadProj()
{
    thread_local ThreadProj proj;
    return proj;
}

const ProjGeodesic &grs80()
{
    static const ProjGeodesic geodesic;
    return geodesic;
}

// Of the zones 1 … 19 given (at least one), the one whose origin is nearest to `center`.
int nearestZoneOf(const std::vector<int> &zones, const GeoPoint &center)
{
    int nearest = zones.front();
    double nearestMeters = std::numeric_limits<double>::infinity();
    for (const int number : zones) {
        const DisplayCrs::JapanZone &zone = kJapanZones[std::size_t(number - 1)];
        const double meters =
            grs80().distanceMeters(center, GeoPoint{zone.originLongitudeDeg, zone.originLatitudeDeg});
        if (meters < nearestMeters) {
            nearestMeters = meters;
            nearest = number;
        }
    }
    return nearest;
}

} // namespace

const std::array<DisplayCrs::JapanZone, 19> &DisplayCrs::japanZones()
{
    return kJapanZones;
}

DisplayCrs::DisplayCrs(int epsgCode, QString name) : mEpsgCode(epsgCode), mName(std::move(name)) {}

DisplayCrs DisplayCrs::automaticFor(const GeoPoint &center)
{
    if (!std::isfinite(center.longitudeDeg) || !std::isfinite(center.latitudeDeg)
        || std::abs(center.latitudeDeg) > 90.0)
        throw InputError(QString(), DisplayCrsText::tr("display CRS"),
                         DisplayCrsText::tr("cannot choose a map projection for the point (%1, %2)")
                             .arg(center.longitudeDeg)
                             .arg(center.latitudeDeg),
                         DisplayCrsText::tr("Check that the layers hold geographic coordinates in degrees."));
    if (isInJapan(center)) {
        const JapanZone *nearest = nullptr;
        double nearestMeters = std::numeric_limits<double>::infinity();
        for (const JapanZone &zone : kJapanZones) {
            const double meters =
                grs80().distanceMeters(center, GeoPoint{zone.originLongitudeDeg, zone.originLatitudeDeg});
            if (meters < nearestMeters) {
                nearestMeters = meters;
                nearest = &zone;
            }
        }
        DisplayCrs crs = japanZone(nearest->number);
        crs.mRule = Rule::NearestOrigin;
        return crs;
    }
    const double lon = std::remainder(center.longitudeDeg, 360.0); // -180 … 180
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    DisplayCrs crs = fromEpsg((center.latitudeDeg >= 0.0 ? 32600 : 32700) + zone);
    crs.mRule = Rule::Utm;
    return crs;
}

DisplayCrs DisplayCrs::forAreas(const std::vector<AdministrativeArea> &areas, const GeoPoint &center)
{
    // Plane rectangular zones are for Japan only, whatever codes the data carries.
    if (!std::isfinite(center.longitudeDeg) || !std::isfinite(center.latitudeDeg) || !isInJapan(center))
        return automaticFor(center);
    std::vector<NoticeZone> found;
    std::map<int, int> countByZone;
    for (const AdministrativeArea &area : areas) {
        NoticeZone zone = noticeZoneFor(area);
        if (zone.zone == 0)
            continue;
        ++countByZone[zone.zone];
        found.push_back(std::move(zone));
    }
    if (found.empty())
        return automaticFor(center);

    // The zone of most areas; of zones as common, the one whose origin is nearest the data.
    int most = 0;
    std::vector<int> commonest;
    for (const auto &[zone, count] : countByZone) {
        if (count > most) {
            most = count;
            commonest.clear();
        }
        if (count == most)
            commonest.push_back(zone);
    }
    const int chosen = commonest.size() == 1 ? commonest.front() : nearestZoneOf(commonest, center);

    DisplayCrs crs = japanZone(chosen);
    crs.mRule = Rule::Notice;
    crs.mAgreeing = most;
    crs.mAreas = int(areas.size());
    bool prefectureWide = true;
    for (const NoticeZone &zone : found) {
        if (zone.zone != chosen)
            continue;
        if (!zone.place.isEmpty() && !crs.mPlaces.contains(zone.place))
            crs.mPlaces << zone.place;
        if (!zone.municipality.isEmpty() && !crs.mMunicipalities.contains(zone.municipality))
            crs.mMunicipalities << zone.municipality;
        prefectureWide = prefectureWide && zone.basis == NoticeBasis::Prefecture;
        crs.mByLocation = crs.mByLocation || zone.splitMunicipality;
    }
    // The municipalities are named beside a prefecture's zone only: a split prefecture's zone is
    // already named after them.
    if (!prefectureWide || crs.mMunicipalities == crs.mPlaces)
        crs.mMunicipalities.clear();
    return crs;
}

bool DisplayCrs::isSupportedEpsg(int epsgCode)
{
    return isJapanZoneCode(epsgCode) || isJgd2011UtmCode(epsgCode) || isUtmCode(epsgCode);
}

int DisplayCrs::epsgCodeOf(const QString &text)
{
    QString code = text.trimmed();
    if (code.startsWith(QStringLiteral("EPSG:"), Qt::CaseInsensitive))
        code = code.mid(5).trimmed();
    if (code.isEmpty() || code.size() > 9)
        return 0;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    return code.toInt();
}

DisplayCrs DisplayCrs::fromProjectText(const QString &text)
{
    const int code = epsgCodeOf(text);
    if (code == 0)
        throw InputError(QString(), DisplayCrsText::tr("display CRS"),
                         DisplayCrsText::tr("“%1” is not an EPSG code").arg(text),
                         DisplayCrsText::tr("Give the map projection as EPSG:6680, e.g. a JGD2011 plane "
                                            "rectangular zone (EPSG:6669 to 6687)."));
    DisplayCrs crs = fromEpsg(code);
    crs.mRule = Rule::Project;
    return crs;
}

DisplayCrs DisplayCrs::fromEpsg(int epsgCode)
{
    if (isJapanZoneCode(epsgCode))
        return japanZone(epsgCode - 6668);
    if (isJgd2011UtmCode(epsgCode))
        return DisplayCrs(epsgCode, QStringLiteral("JGD2011 / UTM zone %1N").arg(epsgCode - 6688 + 51));
    if (isUtmCode(epsgCode)) {
        const bool north = epsgCode < 32700;
        const int zone = epsgCode - (north ? 32600 : 32700);
        return DisplayCrs(epsgCode, QStringLiteral("WGS 84 / UTM zone %1%2")
                                        .arg(zone)
                                        .arg(north ? QLatin1Char('N') : QLatin1Char('S')));
    }
    throw InputError(QString(), DisplayCrsText::tr("display CRS"),
                     DisplayCrsText::tr("EPSG:%1 cannot be used as the map projection").arg(epsgCode),
                     DisplayCrsText::tr("Use a JGD2011 plane rectangular zone (EPSG:6669 to 6687), a JGD2011 "
                                        "UTM zone (EPSG:6688 to 6692) or a WGS 84 UTM zone (EPSG:32601 to "
                                        "32660, 32701 to 32760)."));
}

DisplayCrs DisplayCrs::japanZone(int zoneNumber)
{
    if (zoneNumber < 1 || zoneNumber > 19)
        throw InputError(QString(), DisplayCrsText::tr("display CRS"),
                         DisplayCrsText::tr("there is no plane rectangular zone %1").arg(zoneNumber),
                         DisplayCrsText::tr("The JGD2011 plane rectangular zones are numbered 1 (I) to 19 (XIX)."));
    const JapanZone &zone = kJapanZones[std::size_t(zoneNumber - 1)];
    return DisplayCrs(zone.epsgCode,
                      QStringLiteral("JGD2011 / 平面直角座標系 %1").arg(romanNumeral(zoneNumber)));
}

QString DisplayCrs::authorityId() const
{
    return QStringLiteral("EPSG:%1").arg(mEpsgCode);
}

std::optional<DisplayCrs::EpsgInfo> DisplayCrs::epsgInfo(int epsgCode)
{
    if (epsgCode <= 0)
        return std::nullopt;
    PJ_CONTEXT *context = threadProj().context();
    const QByteArray code = QByteArray::number(epsgCode);
    PjPtr crs(proj_create_from_database(context, "EPSG", code.constData(), PJ_CATEGORY_CRS, 0, nullptr));
    if (!crs)
        return std::nullopt;
    EpsgInfo info;
    info.name = QString::fromUtf8(proj_get_name(crs.get()));
    const PJ_TYPE type = proj_get_type(crs.get());
    info.projected = type == PJ_TYPE_PROJECTED_CRS;
    info.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
    info.deprecated = proj_is_deprecated(crs.get()) != 0;
    return info;
}

QString DisplayCrs::label() const
{
    if (isJapanZoneCode(mEpsgCode))
        return DisplayCrsText::tr("JGD2011 zone %1").arg(romanNumeral(mEpsgCode - 6668));
    return mName;
}

QString DisplayCrs::reason() const
{
    switch (mRule) {
    case Rule::Given:
        return QString();
    case Rule::Project:
        return DisplayCrsText::tr("the projection named in the project file");
    case Rule::NearestOrigin:
        return DisplayCrsText::tr("the data names no prefecture or municipality of the MLIT notice's table, so "
                                  "the zone whose origin is nearest to the data's centre");
    case Rule::Utm:
        return DisplayCrsText::tr("outside Japan, so the UTM zone of the data's longitude");
    case Rule::Notice:
        break;
    }
    const QString places = joinedPlaces(mPlaces);
    QString text;
    if (mByLocation)
        text = DisplayCrsText::tr("the zone the MLIT notice assigns to where the data of %1 lies (its islands lie "
                                  "in several zones)")
                   .arg(places);
    else if (!mMunicipalities.isEmpty())
        text = DisplayCrsText::tr("the zone the MLIT notice assigns to %1 (%2)")
                   .arg(places, joinedPlaces(mMunicipalities));
    else
        text = DisplayCrsText::tr("the zone the MLIT notice assigns to %1").arg(places);
    if (mAgreeing < mAreas)
        text = DisplayCrsText::tr("%1, for %2 of the %3 areas").arg(text).arg(mAgreeing).arg(mAreas);
    return text;
}

QString DisplayCrs::description() const
{
    const QString why = reason();
    return why.isEmpty() ? label() : DisplayCrsText::tr("%1 — %2").arg(label(), why);
}

QPointF DisplayCrs::forward(const GeoPoint &point) const
{
    double x = point.longitudeDeg;
    double y = point.latitudeDeg;
    forwardInPlace(&x, &y, 1);
    return QPointF(x, y);
}

void DisplayCrs::forwardInPlace(double *x, double *y, std::size_t count) const
{
    if (!isValid())
        throw std::logic_error("DisplayCrs::forwardInPlace on an invalid CRS");
    if (count == 0)
        return;
    ThreadProj &proj = threadProj();
    PJ *transformation = proj.transformation(mEpsgCode);
    proj_errno_reset(transformation);
    proj_trans_generic(transformation, PJ_FWD, x, sizeof(double), count, y, sizeof(double), count,
                       nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < count; ++i) {
        // PROJ marks a point it could not transform with HUGE_VAL.
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || std::abs(x[i]) > 1e15 || std::abs(y[i]) > 1e15)
            throw InputError(QString(), DisplayCrsText::tr("point %1 of %2").arg(i + 1).arg(count),
                             DisplayCrsText::tr("cannot project a coordinate to %1 (%2): %3")
                                 .arg(mName, authorityId(), proj.lastError()),
                             DisplayCrsText::tr("Check that the layer's coordinates are longitude/latitude "
                                                "degrees near the mapped area."));
    }
}

GeoPoint DisplayCrs::inverse(const QPointF &displayPoint) const
{
    if (!isValid())
        throw std::logic_error("DisplayCrs::inverse on an invalid CRS");
    ThreadProj &proj = threadProj();
    PJ *transformation = proj.transformation(mEpsgCode);
    proj_errno_reset(transformation);
    const PJ_COORD result =
        proj_trans(transformation, PJ_INV, proj_coord(displayPoint.x(), displayPoint.y(), 0.0, 0.0));
    if (!std::isfinite(result.xy.x) || !std::isfinite(result.xy.y) || std::abs(result.xy.x) > 1e10)
        throw InputError(QString(), DisplayCrsText::tr("display point (%1, %2)")
            .arg(displayPoint.x()).arg(displayPoint.y()),
                         DisplayCrsText::tr("cannot convert a map position of %1 back to longitude/latitude: %2")
                             .arg(mName, proj.lastError()));
    return GeoPoint{result.xy.x, result.xy.y};
}

// Both quantities by central differences over about ±1 m: the projection is smooth, so the truncation
// error (of order step² times the third derivative) is far below 1e-9, and the rounding error of the
// projected coordinates (about 1e-10 m at 1e5 m) is far below it too.
double DisplayCrs::scaleFactor(const GeoPoint &point) const
{
    constexpr double stepDeg = 1e-5;
    const GeoPoint west{point.longitudeDeg - stepDeg, point.latitudeDeg};
    const GeoPoint east{point.longitudeDeg + stepDeg, point.latitudeDeg};
    const QPointF a = forward(west);
    const QPointF b = forward(east);
    const double projected = std::hypot(b.x() - a.x(), b.y() - a.y());
    const double ground = grs80().distanceMeters(west, east);
    return projected / ground;
}

double DisplayCrs::meridianConvergenceDeg(const GeoPoint &point) const
{
    constexpr double stepDeg = 1e-5;
    const QPointF south = forward(GeoPoint{point.longitudeDeg, point.latitudeDeg - stepDeg});
    const QPointF north = forward(GeoPoint{point.longitudeDeg, point.latitudeDeg + stepDeg});
    // The direction of true north on the grid as a bearing clockwise from +y is -convergence.
    return -std::atan2(north.x() - south.x(), north.y() - south.y()) * 180.0 / std::numbers::pi;
}

} // namespace madoguchi::gis
