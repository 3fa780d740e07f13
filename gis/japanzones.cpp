#include "gis/japanzones.h"

#include "gis/geos.h"
#include "gis/vectorlayer.h"

#include <QStringList>

#include <array>
#include <cmath>
#include <initializer_list>

namespace madoguchi::gis {

namespace {

// JIS X 0401 order; the zone of the prefectures that lie in one (0 for the split ones).
struct Prefecture
{
    const char *name;
    int zone;
};

const std::array<Prefecture, 47> kPrefectures = {{
    {"北海道", 0},   {"青森県", 10},  {"岩手県", 10},  {"宮城県", 10},  {"秋田県", 10},   {"山形県", 10},
    {"福島県", 9},   {"茨城県", 9},   {"栃木県", 9},   {"群馬県", 9},   {"埼玉県", 9},    {"千葉県", 9},
    {"東京都", 0},   {"神奈川県", 9}, {"新潟県", 8},   {"富山県", 7},   {"石川県", 7},    {"福井県", 6},
    {"山梨県", 8},   {"長野県", 8},   {"岐阜県", 7},   {"静岡県", 8},   {"愛知県", 7},    {"三重県", 6},
    {"滋賀県", 6},   {"京都府", 6},   {"大阪府", 6},   {"兵庫県", 5},   {"奈良県", 6},    {"和歌山県", 6},
    {"鳥取県", 5},   {"島根県", 3},   {"岡山県", 5},   {"広島県", 3},   {"山口県", 3},    {"徳島県", 4},
    {"香川県", 4},   {"愛媛県", 4},   {"高知県", 4},   {"福岡県", 2},   {"佐賀県", 2},    {"長崎県", 1},
    {"熊本県", 2},   {"大分県", 2},   {"宮崎県", 2},   {"鹿児島県", 0}, {"沖縄県", 0},
}};

constexpr int Hokkaido = 1;
constexpr int Tokyo = 13;
constexpr int Kagoshima = 46;
constexpr int Okinawa = 47;

// A municipality the notice names, with its 全国地方公共団体コード (without the check digit).
struct Municipality
{
    const char *code;
    const char *name;
};

// 北海道, zone XI: 小樽市・函館市・伊達市・北斗市, the whole of 後志総合振興局 (but 小樽市 listed above),
// 渡島総合振興局 and 檜山振興局, and 豊浦町・壮瞥町・洞爺湖町 of 胆振総合振興局.
const Municipality kHokkaidoXI[] = {
    {"01202", "函館市"},   {"01203", "小樽市"},   {"01233", "伊達市"},   {"01236", "北斗市"},
    // 渡島
    {"01331", "松前町"},   {"01332", "福島町"},   {"01333", "知内町"},   {"01334", "木古内町"},
    {"01337", "七飯町"},   {"01343", "鹿部町"},   {"01345", "森町"},     {"01346", "八雲町"},
    {"01347", "長万部町"},
    // 檜山
    {"01361", "江差町"},   {"01362", "上ノ国町"}, {"01363", "厚沢部町"}, {"01364", "乙部町"},
    {"01367", "奥尻町"},   {"01370", "今金町"},   {"01371", "せたな町"},
    // 後志
    {"01391", "島牧村"},   {"01392", "寿都町"},   {"01393", "黒松内町"}, {"01394", "蘭越町"},
    {"01395", "ニセコ町"}, {"01396", "真狩村"},   {"01397", "留寿都村"}, {"01398", "喜茂別町"},
    {"01399", "京極町"},   {"01400", "倶知安町"}, {"01401", "共和町"},   {"01402", "岩内町"},
    {"01403", "泊村"},     {"01404", "神恵内村"}, {"01405", "積丹町"},   {"01406", "古平町"},
    {"01407", "仁木町"},   {"01408", "余市町"},   {"01409", "赤井川村"},
    // 胆振
    {"01571", "豊浦町"},   {"01575", "壮瞥町"},   {"01584", "洞爺湖町"},
};

// 北海道, zone XIII: 北見市・帯広市・釧路市・網走市・根室市, nine towns of オホーツク総合振興局, and the
// whole of 十勝総合振興局, 釧路総合振興局 and 根室振興局 (with the six villages of the 北方領土).
const Municipality kHokkaidoXIII[] = {
    {"01206", "釧路市"},   {"01207", "帯広市"},   {"01208", "北見市"},   {"01211", "網走市"},
    {"01223", "根室市"},
    // オホーツク
    {"01543", "美幌町"},   {"01544", "津別町"},   {"01545", "斜里町"},   {"01546", "清里町"},
    {"01547", "小清水町"}, {"01549", "訓子府町"}, {"01550", "置戸町"},   {"01552", "佐呂間町"},
    {"01564", "大空町"},
    // 十勝
    {"01631", "音更町"},   {"01632", "士幌町"},   {"01633", "上士幌町"}, {"01634", "鹿追町"},
    {"01635", "新得町"},   {"01636", "清水町"},   {"01637", "芽室町"},   {"01638", "中札内村"},
    {"01639", "更別村"},   {"01641", "大樹町"},   {"01642", "広尾町"},   {"01643", "幕別町"},
    {"01644", "池田町"},   {"01645", "豊頃町"},   {"01646", "本別町"},   {"01647", "足寄町"},
    {"01648", "陸別町"},   {"01649", "浦幌町"},
    // 釧路
    {"01661", "釧路町"},   {"01662", "厚岸町"},   {"01663", "浜中町"},   {"01664", "標茶町"},
    {"01665", "弟子屈町"}, {"01667", "鶴居村"},   {"01668", "白糠町"},
    // 根室
    {"01691", "別海町"},   {"01692", "中標津町"}, {"01693", "標津町"},   {"01694", "羅臼町"},
    {"01695", "色丹村"},   {"01696", "泊村"},     {"01697", "留夜別村"}, {"01698", "留別村"},
    {"01699", "紗那村"},   {"01700", "蘂取村"},
};

// 北海道's 振興局 that lie wholly in one zone (N03_002; "支庁" in data from before 2010).
const char *const kSubprefecturesXI[] = {"後志", "渡島", "檜山"};
const char *const kSubprefecturesXIII[] = {"十勝", "釧路", "根室"};

// 鹿児島県, zone I: the 奄美群島 and the トカラ列島 (十島村) lie wholly in the notice's area of zone I.
const Municipality kKagoshimaI[] = {
    {"46222", "奄美市"},   {"46304", "十島村"},   {"46523", "大和村"},   {"46524", "宇検村"},
    {"46525", "瀬戸内町"}, {"46527", "龍郷町"},   {"46529", "喜界町"},   {"46530", "徳之島町"},
    {"46531", "天城町"},   {"46532", "伊仙町"},   {"46533", "和泊町"},   {"46534", "知名町"},
    {"46535", "与論町"},
};
// 鹿児島県's municipalities with islands in zone I and land in zone II: 薩摩川内市 (the 甑島列島),
// 南さつま市 (宇治群島, 草垣群島), 三島村 (黒島 in I; 硫黄島 and 竹島 east of 130°E in II).
const Municipality kKagoshimaSplit[] = {
    {"46215", "薩摩川内市"}, {"46220", "南さつま市"}, {"46303", "三島村"},
};

// 沖縄県: XVI west of 126°E (宮古・八重山), XVII east of 130°E (大東諸島); none straddles the lines.
const Municipality kOkinawaXVI[] = {
    {"47207", "石垣市"}, {"47214", "宮古島市"}, {"47375", "多良間村"}, {"47381", "竹富町"}, {"47382", "与那国町"},
};
const Municipality kOkinawaXVII[] = {
    {"47357", "南大東村"}, {"47358", "北大東村"},
};

// 東京都: 小笠原村 is the one municipality south of 28°N, and its islands lie in three zones.
const Municipality kTokyoSplit[] = {
    {"13421", "小笠原村"},
};

constexpr double minutes(int degrees, int minutesOfArc)
{
    return degrees + minutesOfArc / 60.0;
}

// The notice's coordinate areas. Each takes a point inside the area.
int tokyoZoneAt(const GeoPoint &p)
{
    if (p.latitudeDeg >= 28.0)
        return 9;
    if (p.longitudeDeg < minutes(140, 30))
        return 18;
    return p.longitudeDeg < 143.0 ? 14 : 19;
}

int okinawaZoneAt(const GeoPoint &p)
{
    if (p.longitudeDeg < 126.0)
        return 16;
    return p.longitudeDeg < 130.0 ? 15 : 17;
}

int kagoshimaZoneAt(const GeoPoint &p)
{
    // 北方北緯32度南方北緯27度西方東経128度18分東方東経130度 (奄美群島は東経130度13分まで): the 奄美群島
    // lie south of 28°40′N, the トカラ列島 and the islands north of them west of 130°E.
    if (p.latitudeDeg < 27.0 || p.latitudeDeg > 32.0 || p.longitudeDeg < minutes(128, 18))
        return 2;
    const double east = p.latitudeDeg < minutes(28, 40) ? minutes(130, 13) : 130.0;
    return p.longitudeDeg <= east ? 1 : 2;
}

QString normalized(const QString &text)
{
    // Full-width digits and the like to ASCII, so "０１１０１" reads as a code.
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

// The five-digit municipal code (or the prefecture's, "01000"), or empty. Four digits are a code read
// as a number, which lost its leading zero (1101 for 01101).
QString municipalCode(const QString &text)
{
    QString code = normalized(text);
    if (code.size() == 4)
        code.prepend(QLatin1Char('0'));
    if (code.size() != 5 && code.size() != 6)
        return QString();
    for (const QChar c : code) {
        if (!c.isDigit())
            return QString();
    }
    return code.left(5);
}

// The names an area may be listed under in the notice's table: the designated city for its wards
// ("札幌市" for N03_003 "札幌市" or e-Stat's "札幌市中央区"), then the municipality itself.
QStringList candidateNames(const AdministrativeArea &area)
{
    QStringList names;
    const QString district = normalized(area.district);
    const QString municipality = normalized(area.municipality);
    if (district.endsWith(QStringLiteral("市")))
        names << district;
    if (municipality.endsWith(QStringLiteral("区"))) {
        const qsizetype city = municipality.indexOf(QStringLiteral("市"));
        if (city > 0 && city + 1 < municipality.size())
            names << municipality.left(city + 1);
    }
    if (!municipality.isEmpty())
        names << municipality;
    return names;
}

// The municipality the area stands for in messages: the city for a designated city's ward.
QString municipalityName(const AdministrativeArea &area)
{
    const QStringList names = candidateNames(area);
    for (const QString &name : names) {
        if (name.endsWith(QStringLiteral("市")) || name.endsWith(QStringLiteral("町"))
            || name.endsWith(QStringLiteral("村")) || name.endsWith(QStringLiteral("区")))
            return name;
    }
    return QString();
}

template<std::size_t N>
const Municipality *findByCode(const Municipality (&list)[N], const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    for (const Municipality &each : list) {
        if (code == QLatin1String(each.code))
            return &each;
    }
    return nullptr;
}

template<std::size_t N>
bool listsName(const Municipality (&list)[N], const QStringList &names)
{
    for (const Municipality &each : list) {
        if (names.contains(QString::fromUtf8(each.name)))
            return true;
    }
    return false;
}

template<std::size_t N>
bool namesSubprefecture(const char *const (&list)[N], const QString &subprefecture)
{
    for (const char *each : list) {
        if (subprefecture.startsWith(QString::fromUtf8(each)))
            return true;
    }
    return false;
}

// A municipality of the prefecture is named, by its code or by a name.
bool namesMunicipality(const QString &code, const QString &municipality)
{
    return !code.isEmpty() || !municipality.isEmpty();
}

NoticeZone hokkaidoZone(const AdministrativeArea &area, const QString &code, NoticeZone result)
{
    const QStringList names = candidateNames(area);
    if (!namesMunicipality(code, result.municipality))
        return result;
    int zone = 0;
    if (findByCode(kHokkaidoXI, code))
        zone = 11;
    else if (findByCode(kHokkaidoXIII, code))
        zone = 13;
    else if (!code.isEmpty())
        zone = 12;
    else {
        const QString subprefecture = normalized(area.subprefecture);
        const bool inXI = listsName(kHokkaidoXI, names);
        const bool inXIII = listsName(kHokkaidoXIII, names);
        if (inXI && inXIII) {
            // 泊村 (後志 and 根室): only the 振興局 tells them apart.
            if (namesSubprefecture(kSubprefecturesXI, subprefecture))
                zone = 11;
            else if (namesSubprefecture(kSubprefecturesXIII, subprefecture))
                zone = 13;
            else
                return result;
        } else if (inXI || inXIII) {
            zone = inXI ? 11 : 13;
        } else if (namesSubprefecture(kSubprefecturesXI, subprefecture)) {
            zone = 11; // a name the lists lack (an older or misspelt one) in a 振興局 wholly in XI
        } else if (namesSubprefecture(kSubprefecturesXIII, subprefecture)) {
            zone = 13;
        } else {
            zone = 12;
        }
    }
    result.zone = zone;
    result.basis = NoticeBasis::Municipality;
    result.place = result.municipality;
    return result;
}

NoticeZone tokyoZone(const AdministrativeArea &area, const QString &code, NoticeZone result)
{
    const bool ogasawara = findByCode(kTokyoSplit, code) || listsName(kTokyoSplit, candidateNames(area));
    if (area.location && area.location->latitudeDeg < 28.0) {
        result.zone = tokyoZoneAt(*area.location);
        result.basis = NoticeBasis::Coordinates;
        result.splitMunicipality = ogasawara;
        result.place = result.municipality.isEmpty() ? prefectureName(Tokyo) : result.municipality;
        return result;
    }
    if (ogasawara)
        return result; // its islands are in three zones; without a location there is no telling which
    result.zone = 9;
    result.basis = NoticeBasis::Prefecture;
    result.place = prefectureName(Tokyo);
    return result;
}

NoticeZone kagoshimaZone(const AdministrativeArea &area, const QString &code, NoticeZone result)
{
    const QStringList names = candidateNames(area);
    if (findByCode(kKagoshimaI, code) || (code.isEmpty() && listsName(kKagoshimaI, names))) {
        result.zone = 1;
        result.basis = NoticeBasis::Municipality;
        result.place = result.municipality;
        return result;
    }
    const bool split = findByCode(kKagoshimaSplit, code) || (code.isEmpty() && listsName(kKagoshimaSplit, names));
    if (split || !namesMunicipality(code, result.municipality)) {
        if (!area.location)
            return result;
        result.zone = kagoshimaZoneAt(*area.location);
        result.basis = NoticeBasis::Coordinates;
        result.splitMunicipality = split;
        result.place = result.municipality.isEmpty() ? prefectureName(Kagoshima) : result.municipality;
        return result;
    }
    result.zone = 2;
    result.basis = NoticeBasis::Municipality;
    result.place = result.municipality;
    return result;
}

NoticeZone okinawaZone(const AdministrativeArea &area, const QString &code, NoticeZone result)
{
    const QStringList names = candidateNames(area);
    if (namesMunicipality(code, result.municipality)) {
        const bool byCode = !code.isEmpty();
        if (byCode ? findByCode(kOkinawaXVI, code) != nullptr : listsName(kOkinawaXVI, names))
            result.zone = 16;
        else if (byCode ? findByCode(kOkinawaXVII, code) != nullptr : listsName(kOkinawaXVII, names))
            result.zone = 17;
        else
            result.zone = 15;
        result.basis = NoticeBasis::Municipality;
        result.place = result.municipality;
        return result;
    }
    if (!area.location)
        return result;
    result.zone = okinawaZoneAt(*area.location);
    result.basis = NoticeBasis::Coordinates;
    result.place = prefectureName(Okinawa);
    return result;
}

// The feature's value of the field at `index` as text; empty for NULL or no such field.
QString textOf(const Feature &feature, int index)
{
    if (index < 0 || index >= feature.values.size())
        return QString();
    const QVariant &value = feature.values.at(index);
    return value.isNull() ? QString() : value.toString().trimmed();
}

// The index of the first of `names` the layer has (case-insensitive); -1 when it has none.
int findField(const VectorLayer &layer, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < layer.fieldNames.size(); ++i) {
            if (layer.fieldNames.at(i).compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

int prefectureCodeOf(const QString &nameOrCode)
{
    const QString text = normalized(nameOrCode);
    if (text.isEmpty())
        return 0;
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if ((text.size() == 1 || text.size() == 2) && number >= 1 && number <= 47)
            return number;
        if (text.size() == 5 || text.size() == 6) {
            const int code = text.left(2).toInt();
            return code >= 1 && code <= 47 ? code : 0;
        }
        return 0;
    }
    for (std::size_t i = 0; i < kPrefectures.size(); ++i) {
        const QString name = QString::fromUtf8(kPrefectures[i].name);
        // "熊本県" or "熊本"; "北海道" has no suffix to drop, "東京" and "京都"/"大阪" drop 都 and 府.
        if (text == name || (name.size() > 2 && text == name.chopped(1)))
            return int(i) + 1;
    }
    return 0;
}

QString prefectureName(int code)
{
    if (code < 1 || code > 47)
        return QString();
    return QString::fromUtf8(kPrefectures[std::size_t(code - 1)].name);
}

int prefectureZone(int code)
{
    if (code < 1 || code > 47)
        return 0;
    return kPrefectures[std::size_t(code - 1)].zone;
}

QString zoneAreas(int zone)
{
    // The split prefectures' parts, after the prefectures that lie wholly in the zone.
    static const char *const parts[19] = {
        "鹿児島県の奄美群島・トカラ列島・甑島列島",                           // I
        "鹿児島県本土・種子島・屋久島",                                       // II
        "", "", "", "", "", "",
        "東京都本土・伊豆諸島",                                               // IX
        "",
        "北海道西部：小樽市・函館市・伊達市・北斗市・後志・渡島・檜山",       // XI
        "北海道中央部：札幌市・旭川市・苫小牧市 …",                           // XII
        "北海道東部：北見市・帯広市・釧路市・網走市・根室市・十勝・釧路・根室", // XIII
        "東京都小笠原村の父島・母島・硫黄島",                                 // XIV
        "沖縄県の沖縄本島・久米島など",                                       // XV
        "沖縄県の宮古・八重山",                                               // XVI
        "沖縄県の大東諸島",                                                   // XVII
        "東京都小笠原村の沖ノ鳥島",                                           // XVIII
        "東京都小笠原村の南鳥島",                                             // XIX
    };
    if (zone < 1 || zone > 19)
        return QString();
    QStringList names;
    for (std::size_t i = 0; i < kPrefectures.size(); ++i) {
        if (kPrefectures[i].zone == zone)
            names << QString::fromUtf8(kPrefectures[i].name);
    }
    const QString part = QString::fromUtf8(parts[zone - 1]);
    if (!part.isEmpty())
        names << part;
    return names.join(QStringLiteral("・"));
}

NoticeZone noticeZoneFor(const AdministrativeArea &area)
{
    NoticeZone result;
    const QString code = municipalCode(area.code);
    const int byName = prefectureCodeOf(area.prefecture);
    // A prefecture named but not known (a foreign country's province): its codes are not Japan's.
    if (byName == 0 && !normalized(area.prefecture).isEmpty())
        return result;
    const int byCode = code.isEmpty() ? 0 : prefectureCodeOf(code);
    // A code that contradicts the prefecture's name is not trusted: the name decides.
    result.prefectureCode = byName != 0 ? byName : byCode;
    // Only a municipality's code helps beyond the prefecture: "01000" is 北海道's own.
    const bool municipal = !code.isEmpty() && !code.endsWith(QStringLiteral("000"));
    const QString usableCode = (byName != 0 && byCode != byName) || !municipal ? QString() : code;
    if (result.prefectureCode == 0)
        return result;
    result.municipality = municipalityName(area);

    const int zone = prefectureZone(result.prefectureCode);
    if (zone != 0) {
        result.zone = zone;
        result.basis = NoticeBasis::Prefecture;
        result.place = prefectureName(result.prefectureCode);
        return result;
    }
    switch (result.prefectureCode) {
    case Hokkaido:
        return hokkaidoZone(area, usableCode, result);
    case Tokyo:
        return tokyoZone(area, usableCode, result);
    case Kagoshima:
        return kagoshimaZone(area, usableCode, result);
    case Okinawa:
        return okinawaZone(area, usableCode, result);
    default:
        return result;
    }
}

std::vector<AdministrativeArea> administrativeAreas(const VectorLayer &layer, const QString &codeField,
                                                    const QString &nameField)
{
    const int prefecture = findField(layer, {"N03_001", "PREF_NAME", "KEN_NAME", "都道府県名"});
    const int subprefecture = findField(layer, {"N03_002"});
    const int district = findField(layer, {"N03_003", "GST_NAME"});
    int municipality = findField(layer, {"N03_004", "CITY_NAME", "市区町村名"});
    int code = findField(layer, {"N03_007", "JCODE", "CITY_CODE"});
    // e-Stat's boundary data: PREF "01" and CITY "101" make the code 01101.
    const int prefNumber = findField(layer, {"PREF"});
    const int cityNumber = findField(layer, {"CITY"});
    if (code < 0 && !codeField.isEmpty())
        code = layer.fieldIndex(codeField);
    if (municipality < 0 && !nameField.isEmpty())
        municipality = layer.fieldIndex(nameField);
    if (prefecture < 0 && code < 0 && (prefNumber < 0 || cityNumber < 0))
        return {};

    std::vector<AdministrativeArea> areas;
    areas.reserve(layer.features.size());
    for (const Feature &feature : layer.features) {
        AdministrativeArea area;
        area.prefecture = textOf(feature, prefecture);
        area.subprefecture = textOf(feature, subprefecture);
        area.district = textOf(feature, district);
        area.municipality = textOf(feature, municipality);
        area.code = textOf(feature, code);
        if (area.code.isEmpty() && prefNumber >= 0 && cityNumber >= 0) {
            const QString pref = textOf(feature, prefNumber);
            const QString city = textOf(feature, cityNumber);
            if (pref.size() == 2 && city.size() == 3)
                area.code = pref + city;
        }
        if (feature.geometry && GEOSisEmpty_r(geosContext(), feature.geometry.get()) == 0) {
            GeosGeometryPtr inside(GEOSPointOnSurface_r(geosContext(), feature.geometry.get()));
            double x = 0.0;
            double y = 0.0;
            if (inside && GEOSGeomGetX_r(geosContext(), inside.get(), &x) == 1
                && GEOSGeomGetY_r(geosContext(), inside.get(), &y) == 1 && std::isfinite(x) && std::isfinite(y))
                area.location = GeoPoint{x, y};
        }
        areas.push_back(std::move(area));
    }
    return areas;
}

} // namespace madoguchi::gis
