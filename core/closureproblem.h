#pragma once

#include "core/criteria.h"
#include "core/office.h"
#include "core/terms.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace madoguchi {

class DistanceCalculator;
class Feedback;
struct EvaluationInput;
struct Scenario;

// Choosing which branch offices' counters to close (the closure optimiser): the measures of harm, the
// planner's constraints, and the answer. The solver itself (a mixed-integer program) lives in app/lib
// (closureoptimiser.h); this part is the model, independent of any solver.

// What a set of closures is judged by; the optimiser minimises one of them.
enum class HarmMeasure {
    ResidentsBeyondGuide,   // residents whose nearest open counter is farther than the distance guide
    Residents65BeyondGuide, // the same, residents aged 65+
    MeanDistance,           // population-weighted mean distance to the nearest open counter
};

const std::vector<HarmMeasure> &allHarmMeasures();
// "beyond", "beyond65", "mean-distance" (the command line's and the project's keys).
QString harmMeasureKey(HarmMeasure measure);
std::optional<HarmMeasure> harmMeasureFromKey(QStringView key);
// 目安を超える住民 / Residents beyond the guide, 目安を超える65歳以上の住民 / Residents 65+ beyond the guide,
// 最寄りの窓口までの平均距離 / Mean distance to the nearest counter.
QString harmMeasureName(HarmMeasure measure, Language language);
// The unit a value of the measure is in: 人 / residents, m / m.
QString harmMeasureUnit(HarmMeasure measure, Language language);

// What the planner fixes before the optimiser chooses. Every limit is off unless set.
struct ClosureConstraints
{
    // Branch offices whose counter must stay open (e.g. an upgrade such as 龍田) or must close.
    QStringList mustKeep;
    QStringList mustClose;
    // The policy's first criterion: only a counter within the distance guide of its nearest ward office
    // may close.
    bool requireWithinGuide = false;
    // Only a counter whose workload (受付件数) in the judged fiscal year is at most this may close.
    // Not applied (and said so) when the offices table has no counts for that year.
    std::optional<double> maxWorkload;
    // No open counter may gain more residents than this (its catchment after the closures less its
    // catchment with every counter open), nor more workload (the closed counters' workload it receives,
    // as the impact analysis moves it).
    std::optional<double> maxResidentsGained;
    std::optional<double> maxWorkloadGained;

    bool operator==(const ClosureConstraints &) const = default;
};

// The harm of one set of closures, as the impact analysis measures it (the same cells, representative
// points, geodesic distances and tie rule), so that these equal the scenario impact of the set.
struct ClosureSetMeasures
{
    double residentsBeyond = 0.0;
    double residents65Beyond = 0.0;
    double meanDistanceMeters = 0.0;
    // The most residents / workload any open counter gains (0 when nothing closes); workload nullopt
    // without counts.
    double maxResidentsGained = 0.0;
    std::optional<double> maxWorkloadGained;

    double value(HarmMeasure measure) const;
};

// One set of closures the optimiser found, or the scenario's own.
struct ClosureSet
{
    int closures = 0;              // the number of counters closed (closedOfficeIds.size())
    QStringList closedOfficeIds;   // in table order
    ClosureSetMeasures measures;
    // Whether the solver proved that no set of this many closures does better on the measure. When
    // not (time limit, cancel), `bound` is the best lower bound the solver proved.
    bool provenOptimal = false;
    std::optional<double> bound;
};

// Why a branch office cannot close in this optimisation.
enum class KeepReason {
    MustKeep,      // the planner's list
    BeyondGuide,   // requireWithinGuide, and it is farther than the guide from its nearest ward office
    WorkloadAbove, // maxWorkload, and its workload is above it
    NoWorkload,    // maxWorkload, and its count for the judged year is missing
};

struct KeptOffice
{
    QString officeId;
    KeepReason reason;
};

// The optimiser's answer.
struct ClosureOptimisation
{
    HarmMeasure measure = HarmMeasure::ResidentsBeyondGuide;
    Criteria criteria;
    ClosureConstraints constraints;
    std::optional<int> fiscalYear;  // the judged year of the workload; nullopt: no counts
    // The branch offices (table order): those the optimiser could choose to close, those that stay open
    // and why, and those that must close.
    QStringList freeOfficeIds;
    std::vector<KeptOffice> keptOffices;
    QStringList mustCloseOfficeIds;
    // Constraints that were asked for but could not be applied, in plain words (e.g. the workload limit
    // without counts).
    QStringList notApplied;
    double totalPopulation = 0.0;
    double totalPopulation65 = 0.0;
    // The best set for each number of closures asked (the frontier: every feasible k in increasing
    // order; or the one k asked for).
    std::vector<ClosureSet> frontier;
    // The compared scenario's own closures, measured the same way (nullopt when none was given).
    QString scenarioName;
    std::optional<ClosureSet> scenarioSet;
    // True when the run was cancelled or hit its time limit: the frontier then holds what was found.
    bool stoppedEarly = false;
    double seconds = 0.0; // the solver's wall time
    // The size of the mixed-integer program for one number of closures: its variables (binary and
    // continuous) and constraints.
    int programVariables = 0;
    int programConstraints = 0;

    // The frontier's set with k closures, or nullptr.
    const ClosureSet *setWithClosures(int k) const;
};

// The problem the optimiser solves, prepared once from the project: for each population cell the
// counters that can be its nearest open counter (sorted by geodesic distance, ties by office id as in
// assignCatchments, up to and including the nearest ward office, which always stays open, and any
// counter within the tie tolerance of it), and for each branch office the counters its workload can
// go to (the same rule from the office's location). Pure and deterministic.
class ClosureProblem
{
public:
    struct Reach
    {
        int office = -1;       // index into offices
        double meters = 0.0;
    };

    // Throws InputError when there is no population layer, no ward office, or a distance cannot be
    // computed; Cancelled when feedback is cancelled.
    static ClosureProblem build(const EvaluationInput &input, const DistanceCalculator &distance,
                                Feedback *feedback = nullptr);

    const std::vector<Office> &offices() const { return mOffices; }
    const Criteria &criteria() const { return mCriteria; }
    std::size_t cellCount() const { return mCellReach.size(); }
    const std::vector<Reach> &cellReach(std::size_t cell) const { return mCellReach[cell]; }
    double cellPopulation(std::size_t cell) const { return mPopulation[cell]; }
    double cellPopulation65(std::size_t cell) const { return mPopulation65[cell]; }
    const std::vector<Reach> &officeReach(std::size_t office) const { return mOfficeReach[office]; }
    double totalPopulation() const { return mTotalPopulation; }
    double totalPopulation65() const { return mTotalPopulation65; }
    // The workload of each office in the judged fiscal year (nullopt when its count is missing), and
    // that year (nullopt: the table has no counts).
    const std::vector<std::optional<double>> &workload() const { return mWorkload; }
    std::optional<int> fiscalYear() const { return mFiscalYear; }
    // Distance from each office to its nearest ward office (0 for a ward office).
    double distanceToWardOfficeMeters(std::size_t office) const { return mDistanceToWard[office]; }
    int officeIndex(const QString &officeId) const; // -1 when not in the table
    // The office whose counter a cell's residents go to while every counter is open.
    int baseCounterOfCell(std::size_t cell) const { return mBaseCounterOfCell[cell]; }

    // The residents, 65+, mean distance and gains when the offices flagged in `closed` (parallel to
    // offices()) close: each cell's residents go to their nearest open counter by exactly the rule of
    // assignCatchments, each closed counter's workload to the counter nearest to it.
    ClosureSetMeasures measure(const std::vector<bool> &closed) const;

private:
    std::vector<Office> mOffices;
    Criteria mCriteria;
    std::vector<std::vector<Reach>> mCellReach;
    std::vector<double> mPopulation;
    std::vector<double> mPopulation65;
    std::vector<std::vector<Reach>> mOfficeReach;
    std::vector<std::optional<double>> mWorkload;
    std::optional<int> mFiscalYear;
    std::vector<double> mDistanceToWard;
    std::vector<int> mBaseCounterOfCell; // every counter open
    double mTotalPopulation = 0.0;
    double mTotalPopulation65 = 0.0;
};

} // namespace madoguchi
