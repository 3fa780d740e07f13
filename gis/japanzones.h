#pragma once

#include "core/geopoint.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi::gis {

struct VectorLayer;

// The table of 平成14年国土交通省告示第9号, which says in which zone of the plane rectangular
// coordinate system (平面直角座標系, I … XIX) each part of Japan is surveyed: by prefecture, except
//   北海道 — by municipality: XI for 小樽市・函館市・伊達市・北斗市, 後志・渡島・檜山 and 豊浦町・壮瞥町・
//            洞爺湖町 of 胆振; XIII for 北見市・帯広市・釧路市・網走市・根室市, 十勝・釧路・根室 and nine
//            towns of オホーツク; XII for the rest (札幌市 among them);
//   東京都 — IX, except south of 28°N: XVIII west of 140°30′E, XIV from there to 143°E, XIX east of it
//            (小笠原村: 父島・母島・硫黄島 XIV, 沖ノ鳥島 XVIII, 南鳥島 XIX);
//   鹿児島県 — II, except the islands between 27°N and 32°N west of 130°E (the 奄美群島 to 130°13′E) in I;
//   沖縄県 — XV, XVI west of 126°E (宮古・八重山), XVII east of 130°E (大東諸島).
// The areas the notice draws with coordinates are decided here by the area's location where one
// municipality straddles them (小笠原村, 薩摩川内市 with the 甑島, 三島村, 南さつま市's islands).

// One administrative area as boundary data names it: 国土数値情報 N03 (行政区域) attributes, or the
// e-Stat boundary data's. Any member may be empty.
struct AdministrativeArea
{
    QString prefecture;    // N03_001 "北海道" (or the two-digit code as text)
    QString subprefecture; // N03_002 "石狩振興局": 北海道's 振興局 (支庁 in data before 2010)
    QString district;      // N03_003 "札幌市" (a designated city) or "余市郡"
    QString municipality;  // N03_004 "中央区", "八代市", "余市町"; e-Stat's "札幌市中央区"
    QString code;          // N03_007 "01101": 全国地方公共団体コード, 5 digits (or 6 with the check digit)
    std::optional<GeoPoint> location; // a point inside the area (geographic degrees), for the areas
                                      // the notice draws with coordinates
};

// How the notice's zone of an area was found.
enum class NoticeBasis {
    None,         // the area could not be placed in the notice's table
    Prefecture,   // the prefecture lies in one zone
    Municipality, // the prefecture is split and the notice names the municipality's zone
    Coordinates,  // the notice draws the area with latitude/longitude lines and `location` is inside it
};

struct NoticeZone
{
    int zone = 0; // 1 … 19; 0 when basis is None
    NoticeBasis basis = NoticeBasis::None;
    int prefectureCode = 0; // 1 … 47 when the prefecture was recognised
    QString place;          // the municipality or prefecture the zone belongs to: "札幌市", "熊本県"
    QString municipality;   // the municipality named (a designated city for its wards); may be empty
    // The municipality is split by the notice's coordinates, so its zone depends on the island.
    bool splitMunicipality = false;
};

// The notice's zone for one area. Unknown (zone 0) for an area outside Japan's prefectures (a
// prefecture's name that is not one of the 47 is not looked up by its code either), a split
// prefecture's area without a municipality or location to decide by, or a name that is ambiguous there
// (北海道 has two 泊村: give the code or the 振興局).
NoticeZone noticeZoneFor(const AdministrativeArea &area);

// 1 … 47 for a prefecture's name ("熊本県", or "熊本") or JIS X 0401 code ("43", "43000"); 0 otherwise.
int prefectureCodeOf(const QString &nameOrCode);
// "北海道" … "沖縄県" for 1 … 47; empty otherwise.
QString prefectureName(int code);
// The zone of a prefecture that lies in one zone, 0 for 北海道, 東京都, 鹿児島県 and 沖縄県 (and codes
// outside 1 … 47).
int prefectureZone(int code);

// What the zone covers, in Japanese, for a list of zones: the prefectures in it ("福岡県・佐賀県・…") and
// the parts of split prefectures ("北海道中央部：札幌市・旭川市・苫小牧市 …"). Empty outside 1 … 19.
QString zoneAreas(int zone);

// The areas of a layer's features, from the attributes of 国土数値情報 N03 (N03_001 … N03_004,
// N03_007) or of e-Stat's boundary data (PREF_NAME, CITY_NAME, PREF + CITY); `codeField` and
// `nameField`, the project's mapping of the ward code and name, are read where those are missing.
// Each area's location is a point on the feature's surface. Empty when the layer has none of these
// fields.
std::vector<AdministrativeArea> administrativeAreas(const VectorLayer &layer, const QString &codeField = {},
                                                    const QString &nameField = {});

} // namespace madoguchi::gis
