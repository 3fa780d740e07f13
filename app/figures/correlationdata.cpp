#include "app/figures/correlationdata.h"

#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

struct Sums
{
    int n = 0;
    double meanX = 0.0;
    double meanY = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
};

// Two-pass (means first), so large catchments near each other do not lose precision.
Sums sumsOf(const std::vector<CorrelationPoint> &points)
{
    Sums s;
    for (const CorrelationPoint &point : points) {
        if (!point.value)
            continue;
        ++s.n;
        s.meanX += point.distanceKm;
        s.meanY += *point.value;
    }
    if (s.n == 0)
        return s;
    s.meanX /= s.n;
    s.meanY /= s.n;
    for (const CorrelationPoint &point : points) {
        if (!point.value)
            continue;
        const double dx = point.distanceKm - s.meanX;
        const double dy = *point.value - s.meanY;
        s.sxx += dx * dx;
        s.syy += dy * dy;
        s.sxy += dx * dy;
    }
    return s;
}

} // namespace

QString correlationMeasureKey(CorrelationMeasure measure)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        return QStringLiteral("workload");
    case CorrelationMeasure::Catchment:
        return QStringLiteral("catchment");
    case CorrelationMeasure::Catchment65:
        return QStringLiteral("catchment65");
    }
    return {};
}

std::vector<CorrelationMeasure> availableMeasures(const ScenarioAnalysis &analysis)
{
    const LoadedProject &project = *analysis.project;
    const Evaluation &evaluation = analysis.evaluation;
    std::vector<CorrelationMeasure> measures;
    if (!project.offices.fiscalYears.empty())
        measures.push_back(CorrelationMeasure::Workload);
    bool hasCatchments = false;
    for (const BranchOfficeEvaluation &branch : evaluation.branchOffices)
        hasCatchments = hasCatchments || branch.catchment.has_value();
    if (project.population && hasCatchments) {
        measures.push_back(CorrelationMeasure::Catchment);
        if (evaluation.totalPopulation65)
            measures.push_back(CorrelationMeasure::Catchment65);
    }
    return measures;
}

std::vector<CorrelationPoint> correlationPoints(const ScenarioAnalysis &analysis, CorrelationMeasure measure,
                                                std::optional<int> fiscalYear)
{
    const Evaluation &evaluation = analysis.evaluation;
    const std::vector<Office> &offices = analysis.offices();
    const Scenario *scenario = analysis.scenarioOrNull();
    if (measure == CorrelationMeasure::Workload && !fiscalYear)
        fiscalYear = judgedWorkloadFiscalYear(evaluation.criteria, offices);
    const std::vector<Recommendation> &recommendations = analysis.recommendations;

    std::vector<CorrelationPoint> points;
    points.reserve(evaluation.branchOffices.size());
    for (std::size_t i = 0; i < evaluation.branchOffices.size(); ++i) {
        const BranchOfficeEvaluation &branch = evaluation.branchOffices[i];
        const Office &office = offices.at(static_cast<std::size_t>(branch.officeIndex));
        CorrelationPoint point;
        point.officeId = office.id;
        point.name = office.name;
        point.kind = office.kind;
        point.decision = scenario ? std::optional<Decision>(decisionFor(*scenario, office)) : office.recordedDecision;
        point.distanceKm = branch.distanceToNearestWardOfficeMeters / 1000.0;
        switch (measure) {
        case CorrelationMeasure::Workload:
            if (fiscalYear) {
                const auto cell = office.workloadByFiscalYear.find(*fiscalYear);
                if (cell != office.workloadByFiscalYear.end())
                    point.value = cell->second;
            }
            break;
        case CorrelationMeasure::Catchment:
            if (branch.catchment)
                point.value = branch.catchment->population;
            break;
        case CorrelationMeasure::Catchment65:
            if (branch.catchment)
                point.value = branch.catchment->population65;
            break;
        }
        point.candidate = i < recommendations.size()
                          && recommendations[i].verdict == RecommendationVerdict::Candidate;
        points.push_back(std::move(point));
    }
    return points;
}

std::optional<double> pearsonCorrelation(const std::vector<CorrelationPoint> &points)
{
    const Sums s = sumsOf(points);
    if (s.n < 3 || s.sxx <= 0.0 || s.syy <= 0.0)
        return std::nullopt;
    return s.sxy / std::sqrt(s.sxx * s.syy);
}

std::optional<LeastSquaresLine> leastSquaresLine(const std::vector<CorrelationPoint> &points)
{
    const Sums s = sumsOf(points);
    if (s.n < 2 || s.sxx <= 0.0)
        return std::nullopt;
    LeastSquaresLine line;
    line.slope = s.sxy / s.sxx;
    line.intercept = s.meanY - line.slope * s.meanX;
    return line;
}

std::vector<CorrelationMeasure> impactMeasures(const ScenarioImpact &impact)
{
    std::vector<CorrelationMeasure> measures;
    if (impact.fiscalYear)
        measures.push_back(CorrelationMeasure::Workload);
    const bool catchments = std::any_of(impact.counters.begin(), impact.counters.end(),
                                        [](const CounterImpact &c) { return c.catchmentBefore.has_value(); });
    if (catchments) {
        measures.push_back(CorrelationMeasure::Catchment);
        const bool any65 = std::any_of(impact.counters.begin(), impact.counters.end(), [](const CounterImpact &c) {
            return c.catchmentBefore && c.catchmentBefore->cells > c.catchmentBefore->cellsWithoutPopulation65;
        });
        if (any65)
            measures.push_back(CorrelationMeasure::Catchment65);
    }
    return measures;
}

} // namespace madoguchi::app
