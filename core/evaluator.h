#pragma once

#include "core/catchment.h"
#include "core/criteria.h"
#include "core/diagnostic.h"
#include "core/office.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi {

class DistanceCalculator;
class Feedback;

// What the spatial layers say about an office's site, found by gis (point-in-polygon joins).
struct SiteContext
{
    // Name of the ward polygon containing the office; nullopt when it lies outside every ward.
    std::optional<QString> wardAtSite;
    // Name of the school district containing the office; nullopt when outside every district.
    std::optional<QString> schoolDistrictAtSite;
    bool operator==(const SiteContext &) const = default;
};

struct EvaluationInput
{
    std::vector<Office> offices;
    // Parallel to `offices` when a ward layer or a school-district layer is loaded; otherwise empty.
    std::vector<SiteContext> sites;
    bool hasWardLayer = false;
    bool hasSchoolDistrictLayer = false;
    // The population layer's cells, when one is loaded.
    std::optional<std::vector<PopulationCell>> population;
    Criteria criteria;
};

// The evaluation of one branch office.
struct BranchOfficeEvaluation
{
    int officeIndex = -1; // into EvaluationInput::offices

    // The nearest ward office of any ward, and the geodesic distance to it. Distances equal to within
    // 1 mm go to the ward office whose id sorts first by Unicode code point.
    QString nearestWardOfficeId;
    double distanceToNearestWardOfficeMeters = 0.0;
    // The ward office of the office's own ward (by the table's ward); empty/nullopt when that ward has
    // no ward office in the table.
    QString ownWardOfficeId;
    std::optional<double> distanceToOwnWardOfficeMeters;
    // distanceToNearestWardOfficeMeters <= criteria.distanceThresholdMeters
    bool withinThreshold = false;

    // From the spatial layers (copied from SiteContext), when loaded.
    std::optional<QString> wardAtSite;
    std::optional<QString> schoolDistrictAtSite;

    // Residents for whom this counter is the nearest of all counters (ward and branch offices), when a
    // population layer is loaded.
    std::optional<CounterCatchment> catchment;
};

struct Evaluation
{
    Criteria criteria;
    QString distanceMethod;                        // DistanceCalculator::description()
    std::vector<BranchOfficeEvaluation> branchOffices; // in table order
    // Catchments of the ward offices too (all counters, table order), when a population layer is loaded.
    std::vector<CounterCatchment> allCatchments;
    std::optional<double> totalPopulation;         // sum over all cells
    std::optional<double> totalPopulation65;
    // Things the planner should check: an office whose site lies in another ward than the table says,
    // or outside every ward; population cells without a 65+ value.
    Diagnostics warnings;
};

// The policy's first question for every branch office: how far is the nearest ward office, and is it
// within the guide? Pure and deterministic: the same input gives the same output.
// Throws InputError when the offices cannot be evaluated (no ward office, no branch office, duplicate
// office ids); Cancelled when feedback is cancelled.
Evaluation evaluate(const EvaluationInput &input, const DistanceCalculator &distance,
                    Feedback *feedback = nullptr);

} // namespace madoguchi
