#pragma once

#include "core/office.h"

#include <QString>

#include <vector>

namespace madoguchi {

struct Scenario;

// How one office differs between two scenarios: its decision (as decisionFor gives it) or the planner's
// note on it.
struct ScenarioDifference
{
    int officeIndex = -1; // into the offices passed to compareScenarios
    QString officeId;
    Decision decisionA = Decision::Keep;
    Decision decisionB = Decision::Keep;
    QString noteA; // empty when the scenario has no note on the office
    QString noteB;

    bool decisionChanged() const { return decisionA != decisionB; }
    bool operator==(const ScenarioDifference &) const = default;
};

// The offices whose decision or note differs between scenarios `a` and `b`, one entry per office in
// the order of `offices` (the table). Decisions are compared as decisionFor gives them, so a branch
// office that a scenario does not mention equals one it explicitly keeps; ward offices always keep
// their counters and can differ only in their notes. Notes are compared after trimming, so a note of
// only spaces equals no note. Ids in the scenarios that are not in `offices` are not reported (check
// them with validateScenario). Pure; comparing a scenario with itself gives an empty list.
std::vector<ScenarioDifference> compareScenarios(const Scenario &a, const Scenario &b,
                                                 const std::vector<Office> &offices);

} // namespace madoguchi
