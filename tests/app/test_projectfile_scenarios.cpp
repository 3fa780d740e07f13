// The project file's scenarios, recommendation thresholds and growth flags; and the sample's scenarios.
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/projectfile.h"
#include "core/diagnostic.h"
#include "core/scenario.h"
#include "gis/officetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <set>

using namespace madoguchi;
using madoguchi::app::projectFromJson;
using madoguchi::app::projectToJson;
using madoguchi::app::readProjectFile;
using madoguchi::app::writeProjectFile;

namespace {

const QString SourceName = QStringLiteral("熊本/案.madoguchi");

Project projectWithScenarios()
{
    Project project;
    project.name = QStringLiteral("熊本市 出張所窓口の見直し");
    LayerSource offices;
    offices.path = QStringLiteral("offices.csv");
    project.layers[LayerRole::Offices] = offices;
    project.criteria.distanceThresholdMeters = 4500;
    project.criteria.workloadFiscalYear = 2014;
    project.criteria.workloadThreshold = 20000.5;
    project.criteria.catchmentThreshold = 50000;
    project.growingSchoolDistricts = {QStringLiteral("託麻南小学校区"), QStringLiteral("龍田小学校区")};

    Scenario statusQuo;
    statusQuo.name = QStringLiteral("現状");
    Scenario policy;
    policy.name = QStringLiteral("2016年方針");
    policy.description = QStringLiteral("7か所を廃止。\n\"龍田\" は機能強化");
    policy.decisions = {{QStringLiteral("br_oe"), Decision::Close},
                        {QStringLiteral("br_tatsuda"), Decision::Upgrade},
                        {QStringLiteral("br_koda"), Decision::Keep},
                        {QStringLiteral("br_hanazono"), Decision::ServiceCorner}};
    policy.notes = {{QStringLiteral("br_oe"), QStringLiteral("大江交流室で取次")},
                    {QStringLiteral("ward_chuo"), QStringLiteral("窓口を1つ増設")}};
    project.scenarios = {statusQuo, policy};
    return project;
}

QJsonObject minimalRoot()
{
    QJsonObject offices{{QStringLiteral("path"), QStringLiteral("offices.csv")}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("madoguchi-project")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("layers"), QJsonObject{{QStringLiteral("offices"), offices}}}};
}

QByteArray withKey(const QString &key, const QJsonValue &value)
{
    QJsonObject root = minimalRoot();
    root.insert(key, value);
    return QJsonDocument(root).toJson();
}

QJsonObject scenario(const QString &name, const QJsonObject &decisions = {})
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("decisions"), decisions}};
}

void checkError(const QByteArray &json, const QString &location, const QString &messagePart)
{
    INFO(json.toStdString());
    try {
        projectFromJson(json, SourceName);
        FAIL("accepted");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == SourceName);
        CHECK(error.diagnostic().location == location);
        CHECK(error.diagnostic().message.contains(messagePart));
        CHECK_FALSE(error.diagnostic().hint.isEmpty());
    }
}

} // namespace

TEST_CASE("scenarios, thresholds and growing districts survive a round trip, Japanese text exactly")
{
    const Project original = projectWithScenarios();
    const Project read = projectFromJson(projectToJson(original), SourceName);
    CHECK(read.criteria == original.criteria);
    REQUIRE(read.scenarios.size() == 2);
    CHECK(read.scenarios[0] == original.scenarios[0]);
    CHECK(read.scenarios[1] == original.scenarios[1]);
    CHECK(read.scenarios[1].description == QStringLiteral("7か所を廃止。\n\"龍田\" は機能強化"));
    CHECK(read.growingSchoolDistricts == original.growingSchoolDistricts);
    CHECK(read == original);
}

TEST_CASE("a project saved with scenarios opens again unchanged, and the scenario order is kept")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Project original = projectWithScenarios();
    std::swap(original.scenarios[0], original.scenarios[1]);
    const QString path = dir.filePath(QStringLiteral("見直し.madoguchi"));
    writeProjectFile(original, path);
    const Project read = readProjectFile(path);
    CHECK(read == original);
    CHECK(read.scenarios[0].name == QStringLiteral("2016年方針"));
}

TEST_CASE("decisions are written as English keys and read in Japanese too")
{
    const QJsonObject written = QJsonDocument::fromJson(projectToJson(projectWithScenarios())).object();
    const QJsonObject decisions = written.value(QStringLiteral("scenarios"))
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value(QStringLiteral("decisions"))
                                      .toObject();
    CHECK(decisions.value(QStringLiteral("br_oe")).toString() == QStringLiteral("close"));
    CHECK(decisions.value(QStringLiteral("br_hanazono")).toString() == QStringLiteral("service_corner"));

    const QJsonObject japanese{{QStringLiteral("br_oe"), QStringLiteral("廃止")},
                               {QStringLiteral("br_hanazono"), QStringLiteral("行政サービスコーナー")},
                               {QStringLiteral("br_tatsuda"), QStringLiteral("機能強化")},
                               {QStringLiteral("br_koda"), QStringLiteral("継続")}};
    const Project project = projectFromJson(
        withKey(QStringLiteral("scenarios"), QJsonArray{scenario(QStringLiteral("案"), japanese)}), SourceName);
    REQUIRE(project.scenarios.size() == 1);
    const std::map<QString, Decision> expected{{QStringLiteral("br_oe"), Decision::Close},
                                               {QStringLiteral("br_hanazono"), Decision::ServiceCorner},
                                               {QStringLiteral("br_tatsuda"), Decision::Upgrade},
                                               {QStringLiteral("br_koda"), Decision::Keep}};
    CHECK(project.scenarios[0].decisions == expected);
}

TEST_CASE("a project without scenarios or thresholds reads as none, and writes no such keys")
{
    const Project project = projectFromJson(QJsonDocument(minimalRoot()).toJson(), SourceName);
    CHECK(project.scenarios.empty());
    CHECK(project.growingSchoolDistricts.isEmpty());
    CHECK_FALSE(project.criteria.workloadThreshold.has_value());
    CHECK_FALSE(project.criteria.catchmentThreshold.has_value());
    const QJsonObject written = QJsonDocument::fromJson(projectToJson(project)).object();
    CHECK_FALSE(written.contains(QStringLiteral("scenarios")));
    CHECK_FALSE(written.contains(QStringLiteral("growingSchoolDistricts")));
    CHECK_FALSE(written.value(QStringLiteral("criteria")).toObject().contains(QStringLiteral("workloadThreshold")));
}

TEST_CASE("scenario errors name the key in the list")
{
    checkError(withKey(QStringLiteral("scenarios"),
                       QJsonArray{scenario(QStringLiteral("現状")), scenario(QStringLiteral("現状"))}),
               QStringLiteral("scenarios[1].name"), QStringLiteral("現状"));
    checkError(withKey(QStringLiteral("scenarios"), QJsonArray{scenario(QStringLiteral("現状")), scenario(QString())}),
               QStringLiteral("scenarios[1].name"), QStringLiteral("no name"));
    checkError(withKey(QStringLiteral("scenarios"),
                       QJsonArray{QJsonObject{{QStringLiteral("description"), QStringLiteral("名無し")}}}),
               QStringLiteral("scenarios[0].name"), QStringLiteral("no name"));
    checkError(withKey(QStringLiteral("scenarios"),
                       QJsonArray{scenario(QStringLiteral("案"),
                                           QJsonObject{{QStringLiteral("br_oe"), QStringLiteral("maybe")}})}),
               QStringLiteral("scenarios[0].decisions.br_oe"), QStringLiteral("maybe"));
    checkError(withKey(QStringLiteral("scenarios"),
                       QJsonArray{scenario(QStringLiteral("案"), QJsonObject{{QStringLiteral("br_oe"), 1}})}),
               QStringLiteral("scenarios[0].decisions.br_oe"), QStringLiteral("not a number"));
    checkError(withKey(QStringLiteral("scenarios"), QJsonObject{{QStringLiteral("name"), QStringLiteral("案")}}),
               QStringLiteral("scenarios"), QStringLiteral("an object"));
    checkError(withKey(QStringLiteral("scenarios"), QJsonArray{QStringLiteral("現状")}),
               QStringLiteral("scenarios[0]"), QStringLiteral("a string"));
    checkError(withKey(QStringLiteral("growingSchoolDistricts"), QJsonArray{1}),
               QStringLiteral("growingSchoolDistricts[0]"), QStringLiteral("a number"));
}

TEST_CASE("recommendation thresholds must be numbers of zero or more")
{
    auto criteria = [](const QString &key, const QJsonValue &value) {
        return withKey(QStringLiteral("criteria"), QJsonObject{{key, value}});
    };
    checkError(criteria(QStringLiteral("workloadThreshold"), -1), QStringLiteral("criteria.workloadThreshold"),
               QStringLiteral("zero or more"));
    checkError(criteria(QStringLiteral("catchmentThreshold"), QStringLiteral("50000")),
               QStringLiteral("criteria.catchmentThreshold"), QStringLiteral("a string"));
    const Project zero = projectFromJson(criteria(QStringLiteral("workloadThreshold"), 0), SourceName);
    CHECK(zero.criteria.workloadThreshold == 0.0);
}

TEST_CASE("a threshold that is not a number is not saved, and the previous file is left as it was")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.madoguchi"));
    Project project = projectWithScenarios();
    writeProjectFile(project, path);
    QFile before(path);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    project.criteria.catchmentThreshold = std::nan("");
    CHECK_THROWS_AS(writeProjectFile(project, path), InputError);
    project.criteria.catchmentThreshold = 1;
    project.scenarios.push_back(project.scenarios[0]); // a duplicate name
    CHECK_THROWS_AS(writeProjectFile(project, path), InputError);

    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);
}

TEST_CASE("the sample's 2016 policy scenario lists exactly the seven closures and one upgrade")
{
    const Project project = readProjectFile(test::sampleProjectPath());
    REQUIRE(project.scenarios.size() == 2);
    CHECK(project.scenarios[0].name == QStringLiteral("現状"));
    CHECK(std::all_of(project.scenarios[0].decisions.begin(), project.scenarios[0].decisions.end(),
                         [](const auto &entry) { return entry.second == Decision::Keep; }));

    const Scenario *policy = findScenario(project.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    std::set<QString> closed, upgraded;
    for (const auto &[id, decision] : policy->decisions) {
        if (decision == Decision::Close)
            closed.insert(id);
        if (decision == Decision::Upgrade)
            upgraded.insert(id);
        CHECK(decision != Decision::ServiceCorner);
    }
    CHECK(closed
          == std::set<QString>{QStringLiteral("br_oe"), QStringLiteral("br_akitsu"), QStringLiteral("br_tobu"),
                               QStringLiteral("br_hanazono"), QStringLiteral("br_akita"), QStringLiteral("br_nanbu"),
                               QStringLiteral("br_hokubu")});
    CHECK(upgraded == std::set<QString>{QStringLiteral("br_tatsuda")});
}

TEST_CASE("the sample's scenarios fit its offices table and the 2016 one matches the table's recorded decisions")
{
    const Project project = readProjectFile(test::sampleProjectPath());
    gis::OfficeTableOptions options;
    options.fields = project.layers.at(LayerRole::Offices).fields;
    options.crs = project.layers.at(LayerRole::Offices).crs;
    const gis::OfficeTable table
        = gis::readOfficeTable(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"), options);
    for (const Scenario &scenario : project.scenarios)
        CHECK_NOTHROW(validateScenario(scenario, table.offices));

    const Scenario &policy = *findScenario(project.scenarios, QStringLiteral("2016年方針"));
    const std::map<Decision, int> counts = decisionCounts(policy, table.offices);
    CHECK(counts.at(Decision::Close) == 7);
    CHECK(counts.at(Decision::Upgrade) == 1);
    CHECK(counts.at(Decision::Keep) == 6);
    for (const Office &office : table.offices) {
        if (!office.isBranchOffice())
            continue;
        INFO(office.id.toStdString());
        REQUIRE(office.recordedDecision.has_value());
        CHECK(decisionFor(policy, office) == *office.recordedDecision);
    }
    CHECK(decisionCounts(*findScenario(project.scenarios, QStringLiteral("現状")), table.offices).at(Decision::Keep)
          == 14);
}

TEST_CASE("imported workload counts survive a round trip, an empty cell as null, not zero")
{
    Project original = projectWithScenarios();
    original.importedWorkload[QStringLiteral("br_oe")][2014] = 12345.0;
    original.importedWorkload[QStringLiteral("br_oe")][2015] = std::nullopt;
    original.importedWorkload[QStringLiteral("ward_chuo")][2014] = 0.0;
    original.workloadSources = {QStringLiteral("受付件数_H26.csv")};
    const QByteArray json = projectToJson(original);
    const QJsonObject counts = QJsonDocument::fromJson(json)
                                   .object()
                                   .value(QStringLiteral("importedWorkload"))
                                   .toObject()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    CHECK(counts.value(QStringLiteral("br_oe")).toObject().value(QStringLiteral("2015")).isNull());
    CHECK(counts.value(QStringLiteral("ward_chuo")).toObject().value(QStringLiteral("2014")).toDouble() == 0.0);
    const Project read = projectFromJson(json, SourceName);
    CHECK(read.importedWorkload == original.importedWorkload);
    CHECK(read.workloadSources == original.workloadSources);
    CHECK(read == original);
    // Nothing imported: no key written.
    CHECK_FALSE(QJsonDocument::fromJson(projectToJson(projectWithScenarios()))
                    .object()
                    .contains(QStringLiteral("importedWorkload")));
}

TEST_CASE("imported workload counts that are not counts are refused naming the key")
{
    auto counts = [](const QJsonValue &value, const QString &year = QStringLiteral("2014")) {
        return withKey(QStringLiteral("importedWorkload"),
                       QJsonObject{{QStringLiteral("counts"),
                                    QJsonObject{{QStringLiteral("br_oe"), QJsonObject{{year, value}}}}}});
    };
    checkError(counts(-1.0), QStringLiteral("importedWorkload.counts.br_oe.2014"), QStringLiteral("negative"));
    checkError(counts(QStringLiteral("12件")), QStringLiteral("importedWorkload.counts.br_oe.2014"),
               QStringLiteral("must be"));
    checkError(counts(5.0, QStringLiteral("H26")), QStringLiteral("importedWorkload.counts.br_oe.H26"),
               QStringLiteral("not a fiscal year"));
}
