#pragma once

#include "gis/mapcontent.h"

#include <memory>

namespace madoguchi {
struct Evaluation;
class Feedback;
struct Scenario;
struct ScenarioImpact;
}

namespace madoguchi::app {

struct LoadedProject;

// The map projection of a project: the one its file names ("displayCrs", rule Project), else the zone the
// MLIT notice assigns to the wards' municipalities (gis::DisplayCrs::forAreas over the wards' N03
// attributes and mapped code and name), else — no ward names a prefecture, or no wards — the zone whose
// origin is nearest the wards' (or offices') centre, or UTM outside Japan. Its reason() says which.
// Throws InputError when the project file names a CRS that cannot be a map projection.
gis::DisplayCrs displayCrsFor(const LoadedProject &project);

// Projects a loaded project's layers into the display CRS for the map (the expensive part: every vertex
// goes through PROJ), with the offices as the table records them. The display CRS is displayCrsFor's.
// Throws InputError, Cancelled.
gis::MapContent buildBaseMapContent(const LoadedProject &project, Feedback *feedback = nullptr);

// The base content plus what the evaluation adds: the geodesic line from each branch office to its
// nearest ward office and the threshold circles around the ward offices. Cheap: the layers are shared
// with `base` (QPainterPath is implicitly shared).
std::shared_ptr<const gis::MapContent> withEvaluation(const gis::MapContent &base, const LoadedProject &project,
                                                      const Evaluation &evaluation);

// The evaluated content (withEvaluation's result) showing a scenario: each branch office gets the
// scenario's decision (decisionFor: Keep where the scenario does not mention it; ward offices keep
// theirs). With `impact` (assessImpact of the same project, scenario and criteria; may be null) it also
// fills the impact layer:
// - one transfer line per impact->transfers entry, along the geodesic from the closed office to its
//   receiving counter, with the impact's distance;
// - MapPopulationCell::beyondThresholdAfter on every cell the impact flags in
//   cellsBeyondThresholdAfter (its nearest open counter is farther than the distance guide, measured
//   by the impact assessment), so the hatched cells' residents add up to
//   impact->residentsBeyondThreshold->populationAfter (as long as every feature of the layer has a
//   geometry the map can draw). Nothing is measured again here.
// Whatever a previous scenario put in `evaluated` (transfer lines, flags) is replaced. Cheap next to
// buildBaseMapContent: the layers are shared with `evaluated`.
// Throws InputError when the scenario names an office that is not in the table or decides on a ward
// office, or when `impact` was assessed for other decisions than the scenario's, on another population
// layer, or names an office the table does not have.
std::shared_ptr<const gis::MapContent> withScenario(const gis::MapContent &evaluated, const LoadedProject &project,
                                                    const Scenario &scenario, const ScenarioImpact *impact);

} // namespace madoguchi::app
