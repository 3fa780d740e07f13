#include "core/scenario.h"

#include "core/diagnostic.h"

#include <QCoreApplication>

namespace madoguchi {

namespace {

// Messages are looked up in the "ScenarioText" context of the translations.
struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioText)
};

QString scenarioKey(int index, const QString &member)
{
    return QStringLiteral("scenarios[%1].%2").arg(index).arg(member);
}

QString scenarioLocation(const Scenario &scenario, const QString &member, const QString &officeId)
{
    return ScenarioText::tr("scenario \"%1\", %2.%3").arg(scenario.name, member, officeId);
}


} // namespace

Decision decisionFor(const Scenario &scenario, const Office &office)
{
    if (office.isWardOffice())
        return Decision::Keep;
    const auto it = scenario.decisions.find(office.id);
    return it == scenario.decisions.end() ? Decision::Keep : it->second;
}

bool isOpenCounter(Decision decision)
{
    return decision != Decision::Close;
}

void validateScenarioNames(const std::vector<Scenario> &scenarios, const QString &file)
{
    // Names are compared as written (after trimming): the planner picks a scenario by its name on the
    // command line and in the workbench, so two names that differ only in spaces would be ambiguous.
    std::map<QString, int> seen;
    for (int i = 0; i < int(scenarios.size()); ++i) {
        const QString name = scenarios[std::size_t(i)].name.trimmed();
        if (name.isEmpty()) {
            throw InputError(file, scenarioKey(i, QStringLiteral("name")),
                             ScenarioText::tr("The scenario has no name."),
                             ScenarioText::tr("Give every scenario a name, e.g. \"現状\" for the status quo."));
        }
        const auto [it, inserted] = seen.emplace(name, i);
        if (!inserted) {
            throw InputError(file, scenarioKey(i, QStringLiteral("name")),
                             ScenarioText::tr("The scenario name \"%1\" is already used by scenarios[%2].")
                                 .arg(name)
                                 .arg(it->second),
                             ScenarioText::tr("Give every scenario a different name."));
        }
    }
}

void validateScenario(const Scenario &scenario, const std::vector<Office> &offices, const QString &file)
{
    for (const auto &[id, decision] : scenario.decisions) {
        const Office *office = findOffice(offices, id);
        if (!office) {
            throw InputError(file, scenarioLocation(scenario, QStringLiteral("decisions"), id),
                             ScenarioText::tr("Scenario \"%1\" decides on office \"%2\", which is not in the "
                                              "offices table.")
                                 .arg(scenario.name, id),
                             ScenarioText::tr("Correct the office id in the scenario (ids are case-sensitive) or "
                                              "add the office to the offices table."));
        }
        if (office->isWardOffice()) {
            throw InputError(file, scenarioLocation(scenario, QStringLiteral("decisions"), id),
                             ScenarioText::tr("Scenario \"%1\" decides \"%2\" for %3 (%4), a ward office: ward "
                                              "offices always keep their counters.")
                                 .arg(scenario.name, decisionKey(decision), id, office->name),
                             ScenarioText::tr("Remove the ward office from the scenario's decisions; only branch "
                                              "offices (出張所) can be decided on."));
        }
    }
    for (const auto &[id, note] : scenario.notes) {
        if (!findOffice(offices, id)) {
            throw InputError(file, scenarioLocation(scenario, QStringLiteral("notes"), id),
                             ScenarioText::tr("Scenario \"%1\" has a note on office \"%2\", which is not in the "
                                              "offices table.")
                                 .arg(scenario.name, id),
                             ScenarioText::tr("Correct the office id of the note or add the office to the "
                                              "offices table."));
        }
    }
}

const Scenario *findScenario(const std::vector<Scenario> &scenarios, const QString &name)
{
    for (const Scenario &scenario : scenarios) {
        if (scenario.name.trimmed() == name.trimmed())
            return &scenario;
    }
    return nullptr;
}

std::map<Decision, int> decisionCounts(const Scenario &scenario, const std::vector<Office> &offices)
{
    std::map<Decision, int> counts{
        {Decision::Keep, 0}, {Decision::ServiceCorner, 0}, {Decision::Close, 0}, {Decision::Upgrade, 0}};
    for (const Office &office : offices) {
        if (office.isBranchOffice())
            ++counts[decisionFor(scenario, office)];
    }
    return counts;
}

} // namespace madoguchi
