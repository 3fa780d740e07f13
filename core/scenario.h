#pragma once

#include "core/office.h"

#include <QString>

#include <map>
#include <vector>

namespace madoguchi {

// A set of decisions on the branch offices' counters that the planner wants to compare with others
// ("現状", "2016年方針", …). It is the planner's record, kept in the project file; it is separate from
// the tool's recommendation and from the decision an offices table may have recorded.
struct Scenario
{
    QString name;        // unique within the project, non-empty
    QString description; // may be empty
    // Branch office id -> decision. A branch office that is absent keeps its counter (Keep); ward
    // offices always keep theirs and must not appear here.
    std::map<QString, Decision> decisions;
    // Office id (branch or ward office) -> the planner's note on it in this scenario.
    std::map<QString, QString> notes;

    bool operator==(const Scenario &) const = default;
};

// The scenario's decision for the office: Keep for a ward office and for a branch office the scenario
// does not mention.
Decision decisionFor(const Scenario &scenario, const Office &office);

// Whether residents can still go to the office's counter under the decision: Keep, Upgrade and
// ServiceCorner (a service corner still issues certificates) are open; Close is not.
bool isOpenCounter(Decision decision);

// Checks the names of a project's scenarios: each non-empty (after trimming) and unique. Throws
// InputError naming `file` and the key of the offending scenario, e.g. "scenarios[1].name"
// (0-based, as in the JSON list).
void validateScenarioNames(const std::vector<Scenario> &scenarios, const QString &file = {});

// Checks a scenario against the offices table: every office id in its decisions and notes must be in
// `offices`, and no decision may be given for a ward office. Throws InputError naming `file` (the
// project file, when known), the scenario and the id. Call it before evaluating a scenario: the
// project file is read before the offices table, so it cannot be checked earlier.
void validateScenario(const Scenario &scenario, const std::vector<Office> &offices, const QString &file = {});

// The scenario with that name (compared after trimming, as names are validated), or nullptr.
const Scenario *findScenario(const std::vector<Scenario> &scenarios, const QString &name);

// How many branch offices of `offices` get each decision (the absent ones count as Keep). Every
// decision is present in the result, with 0 when no office gets it. Ward offices are not counted.
std::map<Decision, int> decisionCounts(const Scenario &scenario, const std::vector<Office> &offices);

} // namespace madoguchi
