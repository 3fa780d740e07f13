#pragma once

#include "core/criteria.h"
#include "core/evaluator.h"
#include "core/impact.h"

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

struct LoadedProject;

// Runs the evaluation of a loaded project: finds the ward and school district at each office's site
// (point in polygon), turns the population layer into cells, and calls core's evaluate() with geodesic
// distances on the GRS80 ellipsoid. Throws InputError (e.g. a population value that is not a number)
// or Cancelled.
Evaluation evaluateProject(const LoadedProject &project, const Criteria &criteria, Feedback *feedback = nullptr);

// The scenario's impact on the loaded project (core's assessImpact), with the same offices, population
// cells and geodesic distances as evaluateProject. Throws InputError (e.g. the scenario names an office
// the table does not have) or Cancelled.
ScenarioImpact assessProjectImpact(const LoadedProject &project, const Criteria &criteria, const Scenario &scenario,
                                   Feedback *feedback = nullptr);

} // namespace madoguchi::app
