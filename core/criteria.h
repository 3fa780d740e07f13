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

    bool operator==(const Criteria &) const = default;
};

} // namespace madoguchi
