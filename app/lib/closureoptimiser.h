#pragma once

#include "core/closureproblem.h"
#include "core/criteria.h"
#include "core/scenario.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

struct LoadedProject;

// The closure optimiser: which branch offices' counters to close so that residents are harmed least,
// for one number of closures or for every number (the frontier), solved exactly as a mixed-integer
// program with COIN-OR CBC.
//
// Why CBC rather than GLPK (both in Debian): its branch-and-cut (presolve, cutting planes, primal
// heuristics) proves these programs optimal much faster — on the benchmark's generated city (200 branch
// offices, 50,000 cells, 120 closures, residents beyond the guide) cbc solved the program in 1.1 s where
// glpsol took 19.6 s — and its C++ interface lets a run stop on cancel at the next node and return the
// best set found with the proven bound.
//
// The model (ClosureProblem): a binary variable per branch office (1 = closed; fixed by must keep, must
// close and the constraints), and for each set of counters that a group of cells reaches in the order
// of distance, a variable that is 1 when every counter of the set is closed. Residents beyond the guide
// are the cells whose counters within the guide are all closed; the mean distance is each cell's
// distance to its nearest counter plus, for each further counter in its order, the step to it when all
// before it are closed. Cells share these variables, so the program grows with the distinct orders, not
// with the cells.

struct OptimiseRequest
{
    HarmMeasure measure = HarmMeasure::ResidentsBeyondGuide;
    ClosureConstraints constraints;
    // One number of closures (counting the must-close offices); nullopt: every feasible number, the
    // frontier.
    std::optional<int> closures;
    // The scenario to compare with (its closures are measured the same way); nullopt: none.
    std::optional<Scenario> scenario;
    // Wall-clock limit for the whole run in seconds; 0 = none. When it is reached the sets found so far
    // are returned as not proven optimal.
    double timeLimitSeconds = 0.0;
};

// Runs the optimiser on the project's population cells with `criteria` (the distance guide, the judged
// fiscal year). Throws InputError, naming what to fix, when: the project has no population layer; an
// id in must keep / must close is not a branch office of the offices table (a ward office always stays
// open); an office is in both lists; the constraints leave no feasible set (e.g. a must-close office
// that the constraints keep open, or limits on the gains that no set meets); `closures` is negative or
// larger than the offices that may close. Cancelled when feedback is cancelled before any set was found;
// after that, a cancel stops the run and returns what was found (stoppedEarly).
ClosureOptimisation optimiseClosures(const LoadedProject &project, const Criteria &criteria,
                                     const OptimiseRequest &request, Feedback *feedback = nullptr);

// The same on a prepared problem (the tests' and the benchmark's entry).
ClosureOptimisation optimiseClosures(const ClosureProblem &problem, const OptimiseRequest &request,
                                     Feedback *feedback = nullptr);

// The must keep / must close lists a scenario implies, to pre-fill the dialog: its closed offices must
// close, its upgraded offices must stay open.
ClosureConstraints constraintsFromScenario(const Scenario &scenario);

// A new scenario named `name` that closes exactly `set`'s offices: `base`'s other decisions (upgrades,
// service corners) and notes are kept for the offices that stay open; `base`'s closures outside the set
// become Keep.
Scenario scenarioFromClosureSet(const ClosureSet &set, const Scenario &base, const QString &name,
                                const QString &description = {});

} // namespace madoguchi::app
