#pragma once

#include <optional>

namespace madoguchi {

// The policy's criteria for judging a branch office's counter.
struct Criteria
{
    // The guide for the straight (geodesic) distance from a branch office to the nearest ward office.
    // Kumamoto's 2016 policy used 5 km, the daily travel radius for commuting, school and shopping.
    double distanceThresholdMeters = 5000.0;
    // The fiscal year whose workload is judged (e.g. 2014 for 平成26年度); nullopt = the latest year
    // the offices table has.
    std::optional<int> workloadFiscalYear;
    // For the recommendation: a branch office within the distance guide whose workload (transactions
    // received, 受付件数, in workloadFiscalYear) is at most this is a candidate for closure or a service
    // corner. nullopt = not set: the workload cannot decide.
    std::optional<double> workloadThreshold;
    // For the recommendation when the offices table has no workload for the judged fiscal year: the
    // residents of the office's catchment (those for whom it is the nearest counter) at or below which
    // it is a candidate. nullopt = not set. Ignored whenever the table has that year's workload.
    std::optional<double> catchmentThreshold;

    bool operator==(const Criteria &) const = default;
};

} // namespace madoguchi
