#pragma once

#include "core/office.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi {
struct ScenarioImpact;
}

namespace madoguchi::app {

struct ScenarioAnalysis;

// What the correlation chart puts on its y axis against the distance to the nearest ward office.
enum class CorrelationMeasure {
    Workload,    // 受付件数 of one fiscal year, from the offices table (transactions)
    Catchment,   // residents for whom the office is the nearest counter (population layer)
    Catchment65, // the same, aged 65 and over
};

// "workload", "catchment", "catchment65": stable keys for settings and the command line.
QString correlationMeasureKey(CorrelationMeasure measure);

// One branch office on the chart. Ward offices are never points: they are what the distance is
// measured to.
struct CorrelationPoint
{
    QString officeId;
    QString name; // Japanese name as in the table
    OfficeKind kind = OfficeKind::Branch;
    // The scenario's decision when a scenario is given, else the decision the table recorded (if any).
    std::optional<Decision> decision;
    double distanceKm = 0.0; // geodesic, to the nearest ward office
    // The measure in its own unit (transactions or residents); nullopt when it is missing for this
    // office (an empty workload cell): missing is not zero and must never be plotted as 0.
    std::optional<double> value;
    // The recommendation (with the project's criteria) calls it a candidate for closure.
    bool candidate = false;
};

// The measures a project can show: Workload when the offices table has workload columns, Catchment
// when a population layer was evaluated, Catchment65 when that layer also has 65+ values. In that
// order; may be empty.
std::vector<CorrelationMeasure> availableMeasures(const ScenarioAnalysis &analysis);

// The measures a scenario's impact can chart before and after, in the same order: Workload when it has
// a fiscal year (counts were loaded), Catchment when its counters have catchments (a population layer),
// Catchment65 when some cell behind them has a 65+ value.
std::vector<CorrelationMeasure> impactMeasures(const ScenarioImpact &impact);

// One point per branch office of the analysis's evaluation, in its order. For Workload, `fiscalYear`
// picks the year (nullopt = the year the recommendation judges, judgedWorkloadFiscalYear()); an office
// whose cell for that year is empty or absent gets no value. For the catchments, offices get no value
// when the evaluation has no catchments. The decisions are the analysis's scenario's (without one, those
// the offices table records); `candidate` is the analysis's recommendation.
std::vector<CorrelationPoint> correlationPoints(const ScenarioAnalysis &analysis, CorrelationMeasure measure,
                                                std::optional<int> fiscalYear = std::nullopt);

// Pearson's correlation coefficient of (distanceKm, value) over the points that have a value;
// nullopt with fewer than 3 such points or when either variable is constant.
std::optional<double> pearsonCorrelation(const std::vector<CorrelationPoint> &points);

// The ordinary least-squares line value = slope * distanceKm + intercept over the points with a
// value; nullopt with fewer than 2 such points or when all distances are equal.
struct LeastSquaresLine
{
    double slope = 0.0;     // value units per km
    double intercept = 0.0; // value units
};
std::optional<LeastSquaresLine> leastSquaresLine(const std::vector<CorrelationPoint> &points);

} // namespace madoguchi::app
