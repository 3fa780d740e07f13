#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <map>
#include <optional>

namespace madoguchi {

enum class LayerRole {
    Wards,           // ward polygons (N03)
    SchoolDistricts, // elementary-school district polygons (A27 or the city's own)
    Schools,         // elementary-school points
    Population,      // polygons (or points) with a numeric population field
    Offices,         // ward and branch offices: a CSV with coordinate columns or a point layer
};

// "wards", "schoolDistricts", "schools", "population", "offices" (the project file's keys).
QString layerRoleKey(LayerRole role);
std::optional<LayerRole> layerRoleFromKey(QStringView key);

// Which attribute holds what, for one layer. An empty string means "not mapped". Only the members that
// make sense for the layer's role are used.
struct FieldMapping
{
    // wards, school districts, schools, offices
    QString name; // wards: N03_004; school districts: A27_004 or SCHOOL; schools: NAME; offices: 名称/name
    // wards: N03_007; school districts and schools: a code if the layer has one
    QString code;

    // population
    QString population;   // e.g. POP_IN, JINKO, POP, PTN_2020, 人口
    QString population65; // residents aged 65+, e.g. POP65_IN, POP65, PTC_2020, 65歳以上人口

    // offices
    QString id;
    QString nameEn;
    QString kind;
    QString ward;
    QString address;
    QString latitude;  // geographic coordinate columns (CSV)
    QString longitude;
    QString x;         // projected coordinate columns (CSV); need an explicit CRS
    QString y;
    QString decision;  // a recorded decision, e.g. the 2016 policy
    std::map<int, QString> workloadByFiscalYear; // fiscal year -> column

    // The members of `other` that are set replace ours (an explicit mapping wins over detection).
    FieldMapping overriddenBy(const FieldMapping &other) const;
    bool operator==(const FieldMapping &) const = default;
};

// Guesses the mapping for a layer of the given role from its attribute names: the N03 convention
// (N03_004 ward name, N03_007 code), A27 (A27_004 school name), the reference layers' names (SCHOOL,
// NAME, POP_IN, POP65_IN, JINKO, …) and common office-table headers in Japanese and English (名称/name,
// 種別/kind, 区/ward, 緯度/lat, 経度/lon, and per-fiscal-year workload columns such as fy2014_count,
// H26, 平成26年度). Matching ignores case, width and surrounding spaces. Members it cannot find stay empty.
FieldMapping detectFieldMapping(LayerRole role, const QStringList &fieldNames);

} // namespace madoguchi
