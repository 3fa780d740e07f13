#pragma once

#include "core/catchment.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/project.h"
#include "gis/officetable.h"
#include "gis/vectorlayer.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

// A spatial layer of a project, read and checked against its role.
struct LoadedLayer
{
    LayerRole role = LayerRole::Wards;
    QString resolvedPath;
    bool foundViaSearchPath = false;
    gis::VectorLayer layer;
    FieldMapping fields;      // detected, then overridden by the project's mapping
    bool approximate = false; // e.g. nearest-school areas standing in for school districts

    // The feature's value of the mapped name field (wards, districts, schools), trimmed.
    QString featureName(int featureIndex) const;
};

// Whether a layer marks itself as an approximation (every feature has APPROX = 1): what
// LoadedLayer::approximate is when the project does not say.
bool marksItselfApproximate(const gis::VectorLayer &layer);

// A layer the project names but that could not be loaded (only with MissingLayers::Skip).
struct MissingLayer
{
    LayerRole role = LayerRole::Wards;
    QString path;   // as written in the project file
    Diagnostic problem;
};

enum class MissingLayers {
    Fail, // a layer that is missing or unreadable is an error (command line)
    Skip, // load the rest and report it (workbench)
};

struct ProjectLoadOptions
{
    QStringList dataSearchPaths;                 // see dataSearchPaths()
    std::map<LayerRole, QString> crsOverrides;   // --crs ROLE=EPSG:…
    std::map<LayerRole, QString> encodingOverrides; // --encoding ROLE=CP932
    MissingLayers missingLayers = MissingLayers::Fail;
};

struct LoadedProject
{
    Project project;
    QString projectPath; // absolute
    // The offices as the table has them, with Project::importedWorkload applied over their workload
    // (applyImportedWorkload).
    gis::OfficeTable offices;
    QString officesPath; // absolute path of the offices table
    // The workload columns as the offices table itself has them, by office id (before any import).
    WorkloadCounts tableWorkload;
    // The layers, read once and shared read-only between copies of the project (the workbench copies
    // the project on an edit of its counts; an analysis keeps the copy it was made from). Null when the
    // project has no such layer or it could not be loaded.
    std::shared_ptr<const LoadedLayer> wards;
    std::shared_ptr<const LoadedLayer> schoolDistricts;
    std::shared_ptr<const LoadedLayer> schools;
    std::shared_ptr<const LoadedLayer> population;
    // What the analysis needs from the layers, prepared once per load: the population layer as cells
    // (gis::populationCells: one per feature, in layer order), and where each office's site lies
    // (parallel to offices.offices; empty without a ward or school-district layer).
    std::shared_ptr<const std::vector<PopulationCell>> populationCells;
    std::vector<SiteContext> sites;
    std::vector<MissingLayer> missingLayers;
    // What the planner should know about how the data was read: encodings used, layers found on the
    // data search path, repaired geometries, missing layers.
    Diagnostics messages;

    const LoadedLayer *layer(LayerRole role) const;
};

// Reads the project file and every layer it names, checking each against its role (wards and school
// districts are polygons, schools points, population has a numeric population field — a feature whose
// count is not a number makes the layer unusable; each has the fields the analysis needs), and prepares
// the population cells and the offices' sites. The offices table is always required. Throws InputError (naming the file,
// the row or feature and what to do) for anything that makes the project unusable; Cancelled on cancel.
// Sets each office's workload to the table's (tableWorkload) overlaid with project.importedWorkload
// (imported counts win for the same office and year; ids not in the table are ignored) and recomputes
// offices.fiscalYears.
void applyImportedWorkload(LoadedProject &project);

LoadedProject loadProject(const QString &projectPath, const ProjectLoadOptions &options = {},
                          Feedback *feedback = nullptr);

} // namespace madoguchi::app
