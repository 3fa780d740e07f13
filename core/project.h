#pragma once

#include "core/criteria.h"
#include "core/fieldmapping.h"
#include "core/scenario.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace madoguchi {

// Where one layer of a project comes from and how to read it.
struct LayerSource
{
    // As written in the project file: relative to the project file's folder (or, failing that, to a
    // folder on the data search path), or absolute.
    QString path;
    QString layerName;              // layer inside a multi-layer source (GeoPackage); empty = the first
    std::optional<QString> encoding; // "CP932", "UTF-8"; nullopt = .cpg, else detect
    std::optional<QString> crs;      // e.g. "EPSG:6670"; for sources without a CRS (no .prj, x/y CSV)
    FieldMapping fields;             // explicit mapping; wins over detection member by member
    // The layer is an approximation (e.g. nearest-school areas standing in for school districts) and
    // must be labelled as such wherever it is shown. nullopt = detect (an APPROX attribute set to 1).
    std::optional<bool> approximate;

    bool operator==(const LayerSource &) const = default;
};

// A planning project: the layers by role, the criteria, the planner's scenarios and the credits. Saved
// as a versioned JSON file (*.madoguchi) by app::ProjectFile.
struct Project
{
    QString name;
    std::map<LayerRole, LayerSource> layers;
    Criteria criteria;
    QStringList credits; // 出典 lines printed on maps and reports
    // The map projection the planner chose, "EPSG:6680"; nullopt = chosen from the wards (the zone the
    // MLIT notice assigns to their municipalities, gis::DisplayCrs::forAreas).
    std::optional<QString> displayCrs;
    QString notes;
    // The planner's scenarios, in the order they were written; names unique and non-empty
    // (validateScenarioNames). Their office ids are checked against the offices table when a scenario
    // is evaluated (validateScenario), because the table is read after the project file.
    std::vector<Scenario> scenarios;
    // School districts (小学校区) where the planner expects population growth (e.g. a school to be split
    // in two); flags the branch offices sited in them (RecommendationContext). Usually empty.
    QStringList growingSchoolDistricts;
    // Workload counts imported into the project (e.g. from a counts CSV), by office id and fiscal year.
    // They take precedence over the offices table's columns for the same office and year; the table
    // file itself is never changed. `workloadSources` names the files they came from (file names only).
    WorkloadCounts importedWorkload;
    QStringList workloadSources;

    bool operator==(const Project &) const = default;
};

} // namespace madoguchi
