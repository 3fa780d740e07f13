#pragma once

#include "core/catchment.h"
#include "core/diagnostic.h"
#include "core/office.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace madoguchi {

class DistanceCalculator;
class Feedback;
struct EvaluationInput;
struct Scenario;

// What one counter (ward or branch office) looks like before the scenario (every counter open, as
// today) and after it.
struct CounterImpact
{
    int officeIndex = -1; // into EvaluationInput::offices
    QString officeId;
    QString ward;         // the table's ward
    Decision decision = Decision::Keep;
    bool openAfter = true; // Keep, Upgrade and ServiceCorner are open; Close is not

    // Workload (transactions, 受付件数) in ScenarioImpact::fiscalYear; nullopt when the table has no
    // workload for that year, or when a count it needs is empty. After: a closed counter has 0; an open
    // counter has its own plus the whole workload of every closed office it receives (receivedFrom).
    std::optional<double> workloadBefore;
    std::optional<double> workloadAfter;
    // The closed offices whose workload this counter receives (table order).
    QStringList receivedFrom;

    // For a closed office: the receiving counter (the nearest open counter to the office) and the
    // geodesic distance to it in metres.
    QString receivingOfficeId;
    std::optional<double> distanceToReceivingMeters;

    // Residents for whom this counter is the nearest open counter, before and after (recomputed over
    // the open counters, so each resident goes to their own nearest open counter, which need not be the
    // closed office's receiving counter). nullopt without a population layer; a closed counter's
    // catchment after is empty.
    std::optional<CounterCatchment> catchmentBefore;
    std::optional<CounterCatchment> catchmentAfter;
};

// The simple model the policy's summary uses: a closed office's workload and catchment move as a whole
// to the receiving counter.
struct CounterTransfer
{
    QString fromOfficeId;
    QString toOfficeId;
    double distanceMeters = 0.0;
    std::optional<double> workload;     // in ScenarioImpact::fiscalYear; nullopt when not known
    std::optional<double> population;   // the closed office's catchment before; nullopt without population
    std::optional<double> population65;
};

// Totals of the counters the table puts in one ward.
struct WardImpact
{
    QString ward;
    int openCountersBefore = 0;
    int openCountersAfter = 0;
    std::optional<double> workloadBefore;
    std::optional<double> workloadAfter;
    std::optional<double> populationBefore; // catchment residents of the ward's counters
    std::optional<double> populationAfter;
    std::optional<double> population65Before;
    std::optional<double> population65After;
};

// Residents whose nearest counter is farther than the distance guide (geodesic, from the cell's
// representative point).
struct ResidentsBeyondThreshold
{
    double thresholdMeters = 0.0;
    double populationBefore = 0.0;
    double populationAfter = 0.0;
    double population65Before = 0.0; // over the cells that have a 65+ value
    double population65After = 0.0;
};

// How far the residents of a closed office's former catchment must go.
struct ClosedOfficeAccess
{
    QString officeId;
    double population = 0.0;   // residents of its catchment before the closure
    double population65 = 0.0;
    // Population-weighted mean distance from those residents to their nearest counter, before (this
    // office) and after (their nearest open counter), in metres; nullopt when the catchment is empty.
    std::optional<double> meanDistanceBeforeMeters;
    std::optional<double> meanDistanceAfterMeters;
};

struct ScenarioImpact
{
    QString scenarioName;
    // The fiscal year whose workload is moved (judgedWorkloadFiscalYear); nullopt = no counts.
    std::optional<int> fiscalYear;
    std::vector<CounterImpact> counters;    // every office, in table order
    std::vector<CounterTransfer> transfers; // one per closed office, in table order
    std::vector<WardImpact> wards;          // in the order the wards first appear in the table
    // Sums over every counter; before and after are equal (nothing is lost or created), nullopt when a
    // count is missing.
    std::optional<double> totalWorkloadBefore;
    std::optional<double> totalWorkloadAfter;
    // With a population layer only.
    std::optional<ResidentsBeyondThreshold> residentsBeyondThreshold;
    // For each population cell (in the order of EvaluationInput::population), whether its residents'
    // nearest open counter after the scenario is farther than the guide: the cells the map hatches,
    // whose residents add up to residentsBeyondThreshold->populationAfter. Empty without population.
    std::vector<bool> cellsBeyondThresholdAfter;
    // The population-weighted mean distance from every resident to the nearest counter (each cell's
    // representative point to the counter its residents are assigned to), before and after, in metres.
    // nullopt without population or when the layer counts nobody.
    std::optional<double> meanDistanceBeforeMeters;
    std::optional<double> meanDistanceAfterMeters;
    std::vector<ClosedOfficeAccess> closedOffices; // in table order
    // What the planner should know: missing counts that leave a workload unknown.
    Diagnostics warnings;

    int closedCount() const;
    const CounterImpact *counter(const QString &officeId) const;
};

// The impact of a scenario on the counters: which stay open, where each closed counter's work goes, and
// how far residents must travel. The open counters are the ward offices and the branch offices the
// scenario keeps, upgrades or turns into a service corner.
//
// A service corner counts as open for residents' access (it still issues certificates) and keeps its
// own workload: the part of it that is not certificates cannot be split off without data, so the model
// moves a counter's workload only when the counter is closed. A closed counter's workload and catchment
// go to the nearest open counter by distance from the closed office (ties within 1 mm to the office id
// that sorts first by code point, as in the evaluation); catchments after are recomputed with
// assignCatchments over the open counters.
//
// Uses input.offices, input.population and input.criteria (distance guide, fiscal year); not the sites.
// Pure and deterministic. Throws InputError when the scenario names an office that is not in the table
// or decides on a ward office, when the offices cannot be evaluated (no ward office, duplicate ids),
// or when a distance cannot be computed; Cancelled when feedback is cancelled.
ScenarioImpact assessImpact(const EvaluationInput &input, const Scenario &scenario, const DistanceCalculator &distance,
                            Feedback *feedback = nullptr);

} // namespace madoguchi
