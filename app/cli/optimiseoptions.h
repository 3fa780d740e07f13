#pragma once

// The closure optimiser's options that optimise, export chart --chart frontier and export report
// --alternatives share: the measure it minimises, the planner's constraints, the judged fiscal year and
// the time limit; and the one run of the optimiser they all make.

#include "app/lib/closureoptimiser.h"
#include "core/closureproblem.h"
#include "core/criteria.h"

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace madoguchi::app {
struct LoadedProject;
} // namespace madoguchi::app

namespace madoguchi::app::cli {

// --must-keep IDS, --must-close IDS, --require-within-guide, --max-workload N, --max-gain N,
// --max-gain-workload N and --time-limit S. The commands that take them also offer --fiscal-year (the
// year whose workload the limits judge), each with its own description.
void addClosureConstraintOptions(QCommandLineParser &parser);

// Whether any option of addClosureConstraintOptions() is given: the exports refuse them when they draw
// no frontier.
bool closureConstraintOptionsSet(const QCommandLineParser &parser);

// --measure beyond|beyond65|mean-distance: what the optimiser minimises.
void addHarmMeasureOption(QCommandLineParser &parser);

// The measure --measure names; residents beyond the guide when it is not given. Throws UsageError for a
// key that is not a measure.
HarmMeasure harmMeasureOption(const QCommandLineParser &parser);

// What the options ask the optimiser for: `measure`, the constraints and the time limit; no number of
// closures (the frontier) and no scenario. Throws UsageError for a value that is not usable.
OptimiseRequest optimiseRequestFromOptions(const QCommandLineParser &parser, HarmMeasure measure);

// Runs the optimiser on `project` with `criteria`, and says on `err` how long it took unless `quiet`, and
// (always) when the time limit stopped it before every set was proven optimal. Throws InputError as
// optimiseClosures() does.
ClosureOptimisation runOptimisation(const LoadedProject &project, const Criteria &criteria,
                                    const OptimiseRequest &request, QTextStream &err, bool quiet);

} // namespace madoguchi::app::cli
