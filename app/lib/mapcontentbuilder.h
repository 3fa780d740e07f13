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

// Projects a loaded project's layers into the display CRS for the map (the expensive part: every vertex
// goes through PROJ), with the offices as the table records them. The display CRS is the automatic one
// for the offices' centre (the JGD2011 plane rectangular zone in Japan). Throws InputError, Cancelled.
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
