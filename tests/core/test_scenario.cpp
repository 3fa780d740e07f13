#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/scenario.h"

#include <stdexcept>

using namespace madoguchi;

namespace {

Office office(const QString &id, OfficeKind kind)
{
    Office o;
    o.id = id;
    o.name = id + QStringLiteral("出張所");
    o.kind = kind;
    o.ward = QStringLiteral("中央区");
    return o;
}

std::vector<Office> offices()
{
    return {office(QStringLiteral("ward_chuo"), OfficeKind::WardOffice),
            office(QStringLiteral("br_oe"), OfficeKind::Branch),
            office(QStringLiteral("br_hanazono"), OfficeKind::GeneralBranch),
            office(QStringLiteral("br_tatsuda"), OfficeKind::Branch),
            office(QStringLiteral("br_koda"), OfficeKind::GeneralBranch)};
}

Scenario named(const QString &name)
{
    Scenario scenario;
    scenario.name = name;
    return scenario;
}

template<typename Function>
Diagnostic errorOf(Function function)
{
    try {
        function();
    } catch (const InputError &error) {
        return error.diagnostic();
    }
    FAIL("no InputError was thrown");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a branch office the scenario does not mention keeps its counter")
{
    Scenario scenario = named(QStringLiteral("2016年方針"));
    scenario.decisions[QStringLiteral("br_oe")] = Decision::Close;
    scenario.decisions[QStringLiteral("br_tatsuda")] = Decision::Upgrade;
    const std::vector<Office> all = offices();
    CHECK(decisionFor(scenario, all[1]) == Decision::Close);
    CHECK(decisionFor(scenario, all[3]) == Decision::Upgrade);
    CHECK(decisionFor(scenario, all[2]) == Decision::Keep);
}

TEST_CASE("a ward office always keeps its counter, whatever the scenario says")
{
    Scenario scenario = named(QStringLiteral("誤り"));
    scenario.decisions[QStringLiteral("ward_chuo")] = Decision::Close;
    CHECK(decisionFor(scenario, offices()[0]) == Decision::Keep);
}

TEST_CASE("only a closed counter is shut to residents — a service corner stays open")
{
    CHECK(isOpenCounter(Decision::Keep));
    CHECK(isOpenCounter(Decision::Upgrade));
    CHECK(isOpenCounter(Decision::ServiceCorner));
    CHECK_FALSE(isOpenCounter(Decision::Close));
}

TEST_CASE("decision counts include the branch offices the scenario leaves out as kept, never ward offices")
{
    Scenario scenario = named(QStringLiteral("案A"));
    scenario.decisions[QStringLiteral("br_oe")] = Decision::Close;
    scenario.decisions[QStringLiteral("br_hanazono")] = Decision::ServiceCorner;
    const std::map<Decision, int> counts = decisionCounts(scenario, offices());
    CHECK(counts.at(Decision::Close) == 1);
    CHECK(counts.at(Decision::ServiceCorner) == 1);
    CHECK(counts.at(Decision::Upgrade) == 0);
    CHECK(counts.at(Decision::Keep) == 2);
}

TEST_CASE("a scenario without a name is rejected, naming its key in the list")
{
    const std::vector<Scenario> scenarios{named(QStringLiteral("現状")), named(QStringLiteral("  "))};
    const Diagnostic error = errorOf([&] { validateScenarioNames(scenarios, QStringLiteral("p.madoguchi")); });
    CHECK(error.file == QStringLiteral("p.madoguchi"));
    CHECK(error.location == QStringLiteral("scenarios[1].name"));
    CHECK_FALSE(error.hint.isEmpty());
}

TEST_CASE("two scenarios with the same name are rejected at the second, naming the first")
{
    const std::vector<Scenario> scenarios{named(QStringLiteral("現状")), named(QStringLiteral("2016年方針")),
                                          named(QStringLiteral("現状 "))};
    const Diagnostic error = errorOf([&] { validateScenarioNames(scenarios); });
    CHECK(error.location == QStringLiteral("scenarios[2].name"));
    CHECK(error.message.contains(QStringLiteral("現状")));
    CHECK(error.message.contains(QStringLiteral("scenarios[0]")));
}

TEST_CASE("distinct non-empty scenario names pass")
{
    CHECK_NOTHROW(validateScenarioNames({named(QStringLiteral("現状")), named(QStringLiteral("2016年方針"))}));
    CHECK_NOTHROW(validateScenarioNames({}));
}

TEST_CASE("a scenario deciding on an office that is not in the table names the scenario and the id")
{
    Scenario scenario = named(QStringLiteral("2016年方針"));
    scenario.decisions[QStringLiteral("br_oe")] = Decision::Close;
    scenario.decisions[QStringLiteral("br_ooe")] = Decision::Close;
    const Diagnostic error = errorOf([&] { validateScenario(scenario, offices(), QStringLiteral("k.madoguchi")); });
    CHECK(error.file == QStringLiteral("k.madoguchi"));
    CHECK(error.message.contains(QStringLiteral("2016年方針")));
    CHECK(error.message.contains(QStringLiteral("br_ooe")));
    CHECK(error.location.contains(QStringLiteral("br_ooe")));
}

TEST_CASE("a scenario deciding on a ward office is rejected")
{
    Scenario scenario = named(QStringLiteral("案B"));
    scenario.decisions[QStringLiteral("ward_chuo")] = Decision::ServiceCorner;
    const Diagnostic error = errorOf([&] { validateScenario(scenario, offices()); });
    CHECK(error.message.contains(QStringLiteral("ward_chuo")));
    CHECK(error.message.contains(QStringLiteral("案B")));
    CHECK(error.message.contains(QStringLiteral("ward office")));
}

TEST_CASE("a note on an unknown office is rejected, a note on a ward office is allowed")
{
    Scenario scenario = named(QStringLiteral("案C"));
    scenario.notes[QStringLiteral("ward_chuo")] = QStringLiteral("来庁者増に備え窓口を増設");
    CHECK_NOTHROW(validateScenario(scenario, offices()));
    scenario.notes[QStringLiteral("br_nowhere")] = QStringLiteral("?");
    const Diagnostic error = errorOf([&] { validateScenario(scenario, offices()); });
    CHECK(error.message.contains(QStringLiteral("br_nowhere")));
}

TEST_CASE("a scenario is found by its name, ignoring surrounding spaces")
{
    const std::vector<Scenario> scenarios{named(QStringLiteral("現状")), named(QStringLiteral("2016年方針"))};
    REQUIRE(findScenario(scenarios, QStringLiteral("2016年方針")) == &scenarios[1]);
    CHECK(findScenario(scenarios, QStringLiteral(" 現状")) == &scenarios[0]);
    CHECK(findScenario(scenarios, QStringLiteral("2017年方針")) == nullptr);
}
