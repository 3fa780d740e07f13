#include "core/fieldmapping.h"

#include "core/fiscalyear.h"

#include <initializer_list>

namespace madoguchi {

namespace {

// Attribute names compare without regard to width (ＮＡＭＥ, ﾅﾏｴ), case or surrounding spaces.
QString normalizedName(QStringView name)
{
    return name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
}

// The layer's attribute names, kept next to their normalised forms so that a match can hand back the
// name exactly as the source spells it (GDAL needs that to read the field).
class FieldNames
{
public:
    explicit FieldNames(const QStringList &names)
        : mOriginal(names)
    {
        mNormalized.reserve(names.size());
        for (const QString &name : names)
            mNormalized.append(normalizedName(name));
    }

    // The first candidate, in priority order, that the layer has; empty if none.
    QString find(std::initializer_list<const char16_t *> candidates) const
    {
        for (const char16_t *candidate : candidates) {
            const qsizetype at = mNormalized.indexOf(normalizedName(QStringView(candidate)));
            if (at >= 0)
                return mOriginal.at(at);
        }
        return {};
    }

    bool has(const char16_t *name) const { return !find({name}).isEmpty(); }

    const QStringList &original() const { return mOriginal; }

private:
    QStringList mOriginal;
    QStringList mNormalized;
};

// 国土数値情報 A27 (小学校区) changed its attribute layout between editions. Since the 2016 edition the
// district polygons carry A27_001 行政区域コード, A27_002 設置主体, A27_003 学校コード, A27_004 名称,
// A27_005 所在地 (the web API spells the name A27_004_ja). The 2010 edition numbered the polygons'
// attributes A27_005 市区町村コード … A27_007 名称, A27_008 所在地, and its school points A27_001 … A27_003
// 名称, A27_004 所在地. Taking A27_004 blindly would label districts with addresses in the 2010 files.
void detectA27(const FieldNames &names, FieldMapping &mapping)
{
    if (names.has(u"A27_007") && names.has(u"A27_008")) {
        mapping.name = names.find({u"A27_007"});
        return;
    }
    if (names.has(u"A27_005")) {
        mapping.name = names.find({u"A27_004", u"A27_004_ja"});
        if (!mapping.name.isEmpty())
            mapping.code = names.find({u"A27_003"});
        return;
    }
    if (names.has(u"A27_003") && names.has(u"A27_004"))
        mapping.name = names.find({u"A27_003"});
    else
        mapping.name = names.find({u"A27_004_ja"});
}

void detectOffices(const FieldNames &names, FieldMapping &mapping)
{
    mapping.id = names.find({u"id", u"office_id", u"コード", u"番号"});
    mapping.name = names.find({u"name_ja", u"name", u"名称", u"施設名", u"出張所名"});
    mapping.nameEn = names.find({u"name_en", u"英語名称"});
    mapping.kind = names.find({u"kind", u"type", u"種別", u"区分"});
    mapping.ward = names.find({u"ward", u"区", u"区名", u"所管区"});
    mapping.address = names.find({u"address", u"所在地", u"住所"});
    // Geographic and projected coordinates are kept apart: "y" is a projected northing in metres,
    // never a latitude in degrees.
    mapping.latitude = names.find({u"lat", u"latitude", u"緯度"});
    mapping.longitude = names.find({u"lon", u"lng", u"long", u"longitude", u"経度"});
    mapping.x = names.find({u"x", u"X座標", u"easting"});
    mapping.y = names.find({u"y", u"Y座標", u"northing"});
    mapping.decision = names.find({u"decision", u"decision_2016", u"方針", u"2016年方針", u"判断"});

    const QStringList taken{mapping.id,       mapping.name,      mapping.nameEn, mapping.kind,
                            mapping.ward,     mapping.address,   mapping.latitude,
                            mapping.longitude, mapping.x,        mapping.y,      mapping.decision};
    for (const QString &field : names.original()) {
        if (taken.contains(field))
            continue;
        const std::optional<int> year = fiscalYearFromColumnName(field);
        // The first column for a year wins; a second one is most likely a copy or a note.
        if (year && !mapping.workloadByFiscalYear.contains(*year))
            mapping.workloadByFiscalYear.emplace(*year, field);
    }
}

} // namespace

QString layerRoleKey(LayerRole role)
{
    switch (role) {
    case LayerRole::Wards:
        return QStringLiteral("wards");
    case LayerRole::SchoolDistricts:
        return QStringLiteral("schoolDistricts");
    case LayerRole::Schools:
        return QStringLiteral("schools");
    case LayerRole::Population:
        return QStringLiteral("population");
    case LayerRole::Offices:
        return QStringLiteral("offices");
    }
    return {};
}

std::optional<LayerRole> layerRoleFromKey(QStringView key)
{
    for (LayerRole role : {LayerRole::Wards, LayerRole::SchoolDistricts, LayerRole::Schools,
                           LayerRole::Population, LayerRole::Offices}) {
        if (key == layerRoleKey(role))
            return role;
    }
    return std::nullopt;
}

FieldMapping FieldMapping::overriddenBy(const FieldMapping &other) const
{
    FieldMapping result = *this;
    const auto take = [](QString &ours, const QString &theirs) {
        if (!theirs.isEmpty())
            ours = theirs;
    };
    take(result.name, other.name);
    take(result.code, other.code);
    take(result.population, other.population);
    take(result.population65, other.population65);
    take(result.id, other.id);
    take(result.nameEn, other.nameEn);
    take(result.kind, other.kind);
    take(result.ward, other.ward);
    take(result.address, other.address);
    take(result.latitude, other.latitude);
    take(result.longitude, other.longitude);
    take(result.x, other.x);
    take(result.y, other.y);
    take(result.decision, other.decision);
    // The workload columns are one choice: mixing detected and explicit years would judge offices on a
    // series the planner never chose.
    if (!other.workloadByFiscalYear.empty())
        result.workloadByFiscalYear = other.workloadByFiscalYear;
    return result;
}

FieldMapping detectFieldMapping(LayerRole role, const QStringList &fieldNames)
{
    const FieldNames names(fieldNames);
    FieldMapping mapping;
    switch (role) {
    case LayerRole::Wards:
        mapping.name = names.find({u"N03_004", u"区名", u"ward", u"name", u"名称"});
        mapping.code = names.find({u"N03_007", u"code", u"区コード"});
        break;
    case LayerRole::SchoolDistricts:
        detectA27(names, mapping);
        if (mapping.name.isEmpty())
            mapping.name = names.find({u"SCHOOL", u"学校名", u"小学校名", u"名称", u"name"});
        if (mapping.code.isEmpty())
            mapping.code = names.find({u"学校コード", u"school_code"});
        break;
    case LayerRole::Schools:
        mapping.name = names.find({u"NAME", u"名称", u"施設名", u"学校名", u"P29_004", u"P29_004_ja"});
        // 国土数値情報 P29 (学校): P29_002 学校コード, P29_004 名称.
        mapping.code = names.find({u"学校コード", u"school_code"});
        if (mapping.code.isEmpty() && (names.has(u"P29_004") || names.has(u"P29_004_ja")))
            mapping.code = names.find({u"P29_002"});
        break;
    case LayerRole::Population:
        // The *_IN columns of the reference layer hold the residents inside the city (edge meshes
        // apportioned by area) and so come before the whole-mesh counts.
        mapping.population =
            names.find({u"POP_IN", u"JINKO", u"人口", u"POP", u"PTN_2020", u"population", u"人口総数"});
        mapping.population65 = names.find(
            {u"POP65_IN", u"POP65", u"PTC_2020", u"65歳以上人口", u"老年人口", u"population65"});
        break;
    case LayerRole::Offices:
        detectOffices(names, mapping);
        break;
    }
    return mapping;
}

} // namespace madoguchi
