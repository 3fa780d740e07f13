#include "testsupport.h"

#include "core/scenario.h"
#include "core/scenariocomparison.h"

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

// A ward office between branch offices, so that table order is not the order of the ids.
std::vector<Office> offices()
{
    return {office(QStringLiteral("br_tatsuda"), OfficeKind::Branch),
            office(QStringLiteral("ward_chuo"), OfficeKind::WardOffice),
            office(QStringLiteral("br_oe"), OfficeKind::Branch),
            office(QStringLiteral("br_hanazono"), OfficeKind::GeneralBranch),
            office(QStringLiteral("br_akitsu"), OfficeKind::Branch)};
}

Scenario named(const QString &name)
{
    Scenario scenario;
    scenario.name = name;
    return scenario;
}

QStringList idsOf(const std::vector<ScenarioDifference> &differences)
{
    QStringList ids;
    for (const ScenarioDifference &difference : differences)
        ids << difference.officeId;
    return ids;
}

} // namespace

TEST_CASE("identical scenarios have no differences")
{
    Scenario a = named(QStringLiteral("2016年方針"));
    a.decisions = {{QStringLiteral("br_oe"), Decision::Close}, {QStringLiteral("br_tatsuda"), Decision::Upgrade}};
    a.notes = {{QStringLiteral("ward_chuo"), QStringLiteral("受け入れ窓口を増設")}};
    Scenario b = a;
    b.name = QStringLiteral("copy");
    b.description = QStringLiteral("the same decisions under another name");
    CHECK(compareScenarios(a, b, offices()).empty());
    CHECK(compareScenarios(a, a, offices()).empty());
}

TEST_CASE("a branch office a scenario does not mention equals one it explicitly keeps")
{
    Scenario absent = named(QStringLiteral("現状"));
    Scenario explicitKeep = named(QStringLiteral("explicit"));
    for (const Office &o : offices())
        if (o.isBranchOffice())
            explicitKeep.decisions[o.id] = Decision::Keep;
    CHECK(compareScenarios(absent, explicitKeep, offices()).empty());
    CHECK(compareScenarios(explicitKeep, absent, offices()).empty());
}

TEST_CASE("a changed decision is reported with both scenarios' decisions and notes")
{
    Scenario a = named(QStringLiteral("現状"));
    Scenario b = named(QStringLiteral("2016年方針"));
    b.decisions = {{QStringLiteral("br_oe"), Decision::Close}, {QStringLiteral("br_tatsuda"), Decision::Keep}};
    b.notes = {{QStringLiteral("br_oe"), QStringLiteral("第2段階で廃止")}};
    const std::vector<ScenarioDifference> differences = compareScenarios(a, b, offices());
    REQUIRE(differences.size() == 1);
    const ScenarioDifference &oe = differences.front();
    CHECK(oe.officeId == QStringLiteral("br_oe"));
    CHECK(oe.officeIndex == 2);
    CHECK(oe.decisionA == Decision::Keep);
    CHECK(oe.decisionB == Decision::Close);
    CHECK(oe.decisionChanged());
    CHECK(oe.noteA.isEmpty());
    CHECK(oe.noteB == QStringLiteral("第2段階で廃止"));
}

TEST_CASE("a difference only in the note is reported without a changed decision, also for a ward office")
{
    Scenario a = named(QStringLiteral("a"));
    a.decisions = {{QStringLiteral("br_hanazono"), Decision::ServiceCorner}};
    a.notes = {{QStringLiteral("br_hanazono"), QStringLiteral("証明書のみ")}};
    Scenario b = a;
    b.name = QStringLiteral("b");
    b.notes = {{QStringLiteral("br_hanazono"), QStringLiteral("証明書と税の相談")},
               {QStringLiteral("ward_chuo"), QStringLiteral("窓口を2つ増設")}};
    const std::vector<ScenarioDifference> differences = compareScenarios(a, b, offices());
    REQUIRE(differences.size() == 2);
    CHECK(differences[0].officeId == QStringLiteral("ward_chuo"));
    CHECK_FALSE(differences[0].decisionChanged());
    CHECK(differences[0].decisionA == Decision::Keep);
    CHECK(differences[0].noteA.isEmpty());
    CHECK(differences[0].noteB == QStringLiteral("窓口を2つ増設"));
    CHECK(differences[1].officeId == QStringLiteral("br_hanazono"));
    CHECK_FALSE(differences[1].decisionChanged());
    CHECK(differences[1].decisionA == Decision::ServiceCorner);
    CHECK(differences[1].decisionB == Decision::ServiceCorner);
    CHECK(differences[1].noteA == QStringLiteral("証明書のみ"));
    CHECK(differences[1].noteB == QStringLiteral("証明書と税の相談"));
}

TEST_CASE("notes are compared after trimming, so spaces alone are no difference")
{
    Scenario a = named(QStringLiteral("a"));
    a.notes = {{QStringLiteral("br_oe"), QStringLiteral("  見直し ")}, {QStringLiteral("br_akitsu"), QStringLiteral(" ")}};
    Scenario b = named(QStringLiteral("b"));
    b.notes = {{QStringLiteral("br_oe"), QStringLiteral("見直し")}};
    CHECK(compareScenarios(a, b, offices()).empty());
}

TEST_CASE("differences come in the order of the offices table, not of the ids")
{
    Scenario a = named(QStringLiteral("a"));
    Scenario b = named(QStringLiteral("b"));
    // std::map sorts the decisions by id (br_akitsu < br_hanazono < br_oe < br_tatsuda); the table
    // has br_tatsuda first and br_akitsu last.
    b.decisions = {{QStringLiteral("br_akitsu"), Decision::Close},
                   {QStringLiteral("br_hanazono"), Decision::Close},
                   {QStringLiteral("br_oe"), Decision::ServiceCorner},
                   {QStringLiteral("br_tatsuda"), Decision::Upgrade}};
    b.notes = {{QStringLiteral("ward_chuo"), QStringLiteral("受け入れ")}};
    const std::vector<ScenarioDifference> differences = compareScenarios(a, b, offices());
    CHECK(idsOf(differences)
          == (QStringList{QStringLiteral("br_tatsuda"), QStringLiteral("ward_chuo"), QStringLiteral("br_oe"),
                          QStringLiteral("br_hanazono"), QStringLiteral("br_akitsu")}));
    for (std::size_t i = 0; i + 1 < differences.size(); ++i)
        CHECK(differences[i].officeIndex < differences[i + 1].officeIndex);
}

TEST_CASE("a decision a scenario gives for an office not in the table is not reported")
{
    Scenario a = named(QStringLiteral("a"));
    Scenario b = named(QStringLiteral("b"));
    b.decisions = {{QStringLiteral("br_unknown"), Decision::Close}};
    CHECK(compareScenarios(a, b, offices()).empty());
}
