#pragma once

#include "app/lib/evaluationtable.h"
#include "core/criteria.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <memory>
#include <optional>
#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {
struct MapContent;
}

namespace madoguchi::app {

struct LoadedProject;

// The one analysis pipeline. Every front end — the workbench document, each command of madoguchi-cli,
// every export and figure — asks its question through analyseScenario() and reads the answer from a
// ScenarioAnalysis, so that they all say the same thing.
//
//   load (loadProject: layers, population cells, sites)
//     → evaluate (distances to the ward offices, catchments)
//     → recommend (the policy's criteria)
//     → impact (the scenario's closures: work moved, residents beyond the guide)
//     → table rows (EvaluationTable) and map content (MapContent)
//     → draw and export (MapRenderer, the figures, the table writers)
//
// Failure policy: whatever would make an answer wrong stops the analysis with an InputError naming the
// file, the row or feature and what to do — data that cannot be evaluated, a scenario that names an
// office the table does not have or decides on a ward office. Missing optional data never stops it:
// without a population layer there are no catchments and no residents beyond the guide, without counts
// no workload; the parts that need them are left out and the figures and summaries say so. There is no
// half-made analysis: a front end shows a complete ScenarioAnalysis or the error.

// What to analyse.
struct AnalysisRequest
{
    Criteria criteria;
    // The scenario to judge; nullopt: the evaluation alone (no decisions, no impact, no scenario
    // columns in the table). Recommendations are made either way.
    std::optional<Scenario> scenario;
    // The project's layers projected for the map (buildBaseMapContent), when the front end draws a map:
    // the analysis then adds the evaluation's lines and circles and the scenario's decisions and impact.
    // Null: no map content (the command line's tables need none).
    std::shared_ptr<const gis::MapContent> baseMap;
};

// The answer, complete and immutable once made: safe to share between the GUI thread and a worker
// that draws a figure from it.
struct ScenarioAnalysis
{
    std::shared_ptr<const LoadedProject> project; // the state of the project it was made from
    std::optional<Scenario> scenario;
    Evaluation evaluation; // evaluation.criteria are the criteria asked for
    std::vector<Recommendation> recommendations; // parallel to evaluation.branchOffices
    // The scenario's impact; null without a scenario.
    std::shared_ptr<const ScenarioImpact> impact;
    // The rows of every table export and view (with the scenario's columns when there is a scenario).
    EvaluationTable table;
    // The map of the evaluation and the scenario; null when the request had no base map.
    std::shared_ptr<const gis::MapContent> mapContent;
    // What the planner should check: the evaluation's warnings, then the impact's.
    Diagnostics warnings;

    const Criteria &criteria() const { return evaluation.criteria; }
    const std::vector<Office> &offices() const;
    const Scenario *scenarioOrNull() const { return scenario ? &*scenario : nullptr; }
    // The scenario's decision for the office (Keep without a scenario, for ward offices and for offices
    // the scenario does not mention).
    Decision decisionFor(const Office &office) const;
    const Recommendation *recommendation(const QString &officeId) const;
    const BranchOfficeEvaluation *branchEvaluation(const QString &officeId) const;
};

// Runs the pipeline on `project` (which the analysis keeps). `previous` (may be null) is an earlier
// analysis whose evaluation is reused when it was made from the same offices, layers and criteria, e.g.
// after only a decision changed.
// Throws InputError (see the failure policy above) or Cancelled.
ScenarioAnalysis analyseScenario(std::shared_ptr<const LoadedProject> project, const AnalysisRequest &request,
                                 Feedback *feedback = nullptr, const ScenarioAnalysis *previous = nullptr);

// The scenarios a project offers: its own, or for a project without any the status quo (現状) and,
// when the offices table records decisions, those ("Decisions in the offices table"). The workbench
// adds these to a project without scenarios; the command line uses them in the same way.
std::vector<Scenario> scenariosOf(const LoadedProject &project);
// The scenario a project opens with, and the command line's exports show without --scenario: the last
// of scenariosOf().
Scenario defaultScenario(const LoadedProject &project);

// The steps of the pipeline, for the analyses that need only one of them (e.g. the impact of another
// scenario for a comparison). Both use the population cells and sites prepared at load, with geodesic
// distances on the GRS80 ellipsoid. Throw InputError or Cancelled.
// What the analysis in core is given for the project: its offices, sites and population cells with
// `criteria`.
EvaluationInput evaluationInputOf(const LoadedProject &project, const Criteria &criteria);
Evaluation evaluateProject(const LoadedProject &project, const Criteria &criteria, Feedback *feedback = nullptr);
ScenarioImpact assessProjectImpact(const LoadedProject &project, const Criteria &criteria, const Scenario &scenario,
                                   Feedback *feedback = nullptr);

} // namespace madoguchi::app
