#include "core/scenariocomparison.h"

#include "core/scenario.h"

namespace madoguchi {

namespace {

QString noteOn(const Scenario &scenario, const QString &officeId)
{
    const auto it = scenario.notes.find(officeId);
    return it == scenario.notes.end() ? QString() : it->second.trimmed();
}

} // namespace

std::vector<ScenarioDifference> compareScenarios(const Scenario &a, const Scenario &b,
                                                 const std::vector<Office> &offices)
{
    std::vector<ScenarioDifference> differences;
    for (std::size_t i = 0; i < offices.size(); ++i) {
        const Office &office = offices[i];
        ScenarioDifference difference;
        difference.officeIndex = int(i);
        difference.officeId = office.id;
        difference.decisionA = decisionFor(a, office);
        difference.decisionB = decisionFor(b, office);
        difference.noteA = noteOn(a, office.id);
        difference.noteB = noteOn(b, office.id);
        if (difference.decisionChanged() || difference.noteA != difference.noteB)
            differences.push_back(std::move(difference));
    }
    return differences;
}

} // namespace madoguchi
