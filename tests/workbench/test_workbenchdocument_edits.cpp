#include "sampleproject.h"
#include "testsupport.h"

#include "app/figures/correlationdata.h"
#include "app/lib/projectfile.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/scenario.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

constexpr int kLoadTimeoutMs = 60000;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void openSample(WorkbenchDocument &document)
{
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    document.open(test::sampleProjectPath(), {test::sharedDataDir()});
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    REQUIRE(failed.isEmpty());
}

// The offices the table's rows hold in a column, by office id.
QVariant tableValue(const WorkbenchDocument &document, const QString &officeId, const QString &column)
{
    const EvaluationTable &table = document.table();
    const int index = table.column(column);
    if (index < 0)
        return {};
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        if (document.offices()[std::size_t(table.officeIndexOfRow[row])].id == officeId)
            return table.rows[row].value(index);
    return {};
}

} // namespace

TEST_CASE("the sample opens on its last scenario, 2016年方針, with the decisions, recommendation and impact derived",
          "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    CHECK(document.scenarioNames() == QStringList{QStringLiteral("現状"), QStringLiteral("2016年方針")});
    CHECK(document.currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Close);
    CHECK(document.decision(QStringLiteral("br_tatsuda")) == Decision::Upgrade);
    CHECK(document.decision(QStringLiteral("ward_chuo")) == Decision::Keep);
    CHECK(tableValue(document, QStringLiteral("br_oe"), QStringLiteral("decision")).toString() == QStringLiteral("close"));
    CHECK(document.recommendations().size() == 14);
    REQUIRE(document.impact());
    CHECK(document.impact()->closedCount() == 7);
    CHECK(document.undoStack()->count() == 0);
    CHECK_FALSE(document.isModified());

    QSignalSpy changed(&document, &WorkbenchDocument::evaluationChanged);
    document.setCurrentScenario(QStringLiteral("現状"));
    CHECK(changed.count() == 1);
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Keep);
    REQUIRE(document.impact());
    CHECK(document.impact()->closedCount() == 0);
    // Switching what is shown is not an edit.
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("a decision edit is undone and redone, and the impact follows", "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    QSignalSpy changed(&document, &WorkbenchDocument::evaluationChanged);

    document.setDecision(QStringLiteral("br_oe"), Decision::Keep);
    CHECK(changed.count() == 1);
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText().contains(QStringLiteral("大江出張所")));
    CHECK(document.isModified());
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Keep);
    CHECK(document.impact()->closedCount() == 6);
    CHECK(tableValue(document, QStringLiteral("br_oe"), QStringLiteral("decision")).toString() == QStringLiteral("keep"));

    document.undoStack()->undo();
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Close);
    CHECK(document.impact()->closedCount() == 7);
    CHECK_FALSE(document.isModified());
    document.undoStack()->redo();
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Keep);
    CHECK(document.impact()->closedCount() == 6);

    // Several offices at once are one command; ward offices and unchanged offices are left out.
    document.setDecisions({QStringLiteral("br_takuma"), QStringLiteral("br_kawachi"), QStringLiteral("ward_chuo")},
                          Decision::ServiceCorner);
    CHECK(document.undoStack()->count() == 2);
    CHECK(document.decision(QStringLiteral("br_takuma")) == Decision::ServiceCorner);
    CHECK(document.decision(QStringLiteral("br_kawachi")) == Decision::ServiceCorner);
    CHECK(document.decision(QStringLiteral("ward_chuo")) == Decision::Keep);
    document.setDecisions({QStringLiteral("br_takuma")}, Decision::ServiceCorner);
    CHECK(document.undoStack()->count() == 2);
    document.undoStack()->undo();
    CHECK(document.decision(QStringLiteral("br_takuma")) == Decision::Keep);
    CHECK(document.decision(QStringLiteral("br_kawachi")) == Decision::Keep);
}

TEST_CASE("a note edit is undone and redone", "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    CHECK(document.note(QStringLiteral("br_tatsuda")).startsWith(QStringLiteral("総合出張所の機能に拡充")));
    document.setNote(QStringLiteral("br_oe"), QStringLiteral("地元説明会で要望あり"));
    CHECK(document.note(QStringLiteral("br_oe")) == QStringLiteral("地元説明会で要望あり"));
    CHECK(tableValue(document, QStringLiteral("br_oe"), QStringLiteral("note")).toString()
          == QStringLiteral("地元説明会で要望あり"));
    document.undoStack()->undo();
    CHECK(document.note(QStringLiteral("br_oe")).isEmpty());
    document.undoStack()->redo();
    CHECK(document.note(QStringLiteral("br_oe")) == QStringLiteral("地元説明会で要望あり"));
    // An empty note removes it.
    document.setNote(QStringLiteral("br_oe"), QString());
    CHECK(document.note(QStringLiteral("br_oe")).isEmpty());
    CHECK(document.undoStack()->count() == 2);
}

TEST_CASE("a threshold edit is undone and redone — criteria that cannot be judged change nothing", "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    auto within = [&] {
        int count = 0;
        for (const BranchOfficeEvaluation &result : document.evaluation()->branchOffices)
            count += result.withinThreshold ? 1 : 0;
        return count;
    };
    REQUIRE(within() == 11);
    Criteria criteria = document.criteria();
    criteria.distanceThresholdMeters = 8000.0;
    document.setCriteria(criteria);
    CHECK(within() == 13);
    CHECK(document.mapContent()->thresholdMeters() == Approx(8000.0));
    document.undoStack()->undo();
    CHECK(within() == 11);
    CHECK(document.criteria().distanceThresholdMeters == 5000.0);
    CHECK(document.mapContent()->thresholdMeters() == Approx(5000.0));
    document.undoStack()->redo();
    CHECK(within() == 13);

    // A catchment threshold makes the near offices with small catchments candidates.
    criteria.catchmentThreshold = 40000.0;
    document.setCriteria(criteria);
    int candidates = 0;
    for (const Recommendation &recommendation : document.recommendations())
        candidates += recommendation.verdict == RecommendationVerdict::Candidate ? 1 : 0;
    CHECK(candidates > 0);
    document.undoStack()->undo();
    for (const Recommendation &recommendation : document.recommendations())
        CHECK(recommendation.verdict != RecommendationVerdict::Candidate);

    const int commands = document.undoStack()->count();
    Criteria negative = document.criteria();
    negative.catchmentThreshold = -5.0;
    CHECK_THROWS_AS(document.setCriteria(negative), InputError);
    CHECK(document.undoStack()->count() == commands);
    CHECK(document.criteria().catchmentThreshold != negative.catchmentThreshold);
}

TEST_CASE("imported workload counts are applied over the table, undone and redone, and saved with the project",
          "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    REQUIRE(document.project()->offices.fiscalYears.empty());
    // Test values only: the real FY2014 counts were never published.
    WorkloadCounts counts;
    counts[QStringLiteral("br_oe")][2014] = 11111.0;
    counts[QStringLiteral("br_akitsu")][2014] = std::nullopt;
    document.importWorkload(counts, QStringLiteral("/somewhere/counts_h26.csv"));
    CHECK(document.undoStack()->undoText().contains(QStringLiteral("counts_h26.csv")));
    CHECK(document.project()->offices.fiscalYears == std::vector<int>{2014});
    const Office *oe = document.office(QStringLiteral("br_oe"));
    REQUIRE(oe);
    REQUIRE(oe->workloadByFiscalYear.count(2014) == 1);
    CHECK(oe->workloadByFiscalYear.at(2014) == 11111.0);
    CHECK(tableValue(document, QStringLiteral("br_oe"), QStringLiteral("workload_fy2014")).toDouble() == 11111.0);
    CHECK(tableValue(document, QStringLiteral("br_akitsu"), QStringLiteral("workload_fy2014")).isNull());
    const auto measures = availableMeasures(*document.analysis());
    CHECK(measures.front() == CorrelationMeasure::Workload);

    document.undoStack()->undo();
    CHECK(document.project()->offices.fiscalYears.empty());
    CHECK(document.office(QStringLiteral("br_oe"))->workloadByFiscalYear.empty());
    document.undoStack()->redo();
    CHECK(document.office(QStringLiteral("br_oe"))->workloadByFiscalYear.at(2014) == 11111.0);

    WorkloadCounts unknown;
    unknown[QStringLiteral("br_nowhere")][2014] = 1.0;
    CHECK_THROWS_AS(document.importWorkload(unknown, QStringLiteral("x.csv")), InputError);

    // Saved elsewhere, the project keeps its scenarios, edits and counts; the sample is untouched.
    document.setDecision(QStringLiteral("br_hanazono"), Decision::Keep);
    const QByteArray sampleHash = fileHash(test::sampleProjectPath());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("計画案.madoguchi"));
    document.save(copy);
    CHECK_FALSE(document.isModified());
    CHECK(document.projectPath() == copy);
    CHECK(fileHash(test::sampleProjectPath()) == sampleHash);

    const Project saved = readProjectFile(copy);
    CHECK(saved.workloadSources == QStringList{QStringLiteral("counts_h26.csv")});
    CHECK(saved.importedWorkload.at(QStringLiteral("br_oe")).at(2014) == 11111.0);
    CHECK_FALSE(saved.importedWorkload.at(QStringLiteral("br_akitsu")).at(2014).has_value());
    const Scenario *policy = findScenario(saved.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    CHECK(policy->decisions.at(QStringLiteral("br_hanazono")) == Decision::Keep);

    WorkbenchDocument reopened;
    QSignalSpy loaded(&reopened, &WorkbenchDocument::loaded);
    QSignalSpy failed(&reopened, &WorkbenchDocument::loadFailed);
    reopened.open(copy, {test::sharedDataDir()});
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    INFO((failed.isEmpty() ? QString() : failed.front().front().toString()));
    REQUIRE(failed.isEmpty());
    CHECK(reopened.office(QStringLiteral("br_oe"))->workloadByFiscalYear.at(2014) == 11111.0);
    CHECK(reopened.project()->wards != nullptr);
    CHECK(reopened.project()->population != nullptr);
}

TEST_CASE("scenarios are added, copied, renamed and removed as undoable edits", "[realdata]")
{
    WorkbenchDocument document;
    openSample(document);
    QSignalSpy scenarios(&document, &WorkbenchDocument::scenariosChanged);

    document.addScenario(QStringLiteral("案A"), QStringLiteral("2016年方針"));
    CHECK(scenarios.count() == 1);
    CHECK(document.currentScenarioName() == QStringLiteral("案A"));
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Close);
    document.setDecision(QStringLiteral("br_oe"), Decision::Keep);
    // The copy is edited, not its source.
    CHECK(document.scenario(QStringLiteral("2016年方針"))->decisions.at(QStringLiteral("br_oe")) == Decision::Close);

    CHECK_THROWS_AS(document.addScenario(QStringLiteral(" 現状 ")), InputError);
    CHECK_THROWS_AS(document.addScenario(QStringLiteral("  ")), InputError);
    CHECK_THROWS_AS(document.renameScenario(QStringLiteral("案A"), QStringLiteral("現状")), InputError);

    document.renameScenario(QStringLiteral("案A"), QStringLiteral("案B"));
    CHECK(document.currentScenarioName() == QStringLiteral("案B"));
    CHECK(document.scenarioNames().contains(QStringLiteral("案B")));
    document.undoStack()->undo();
    CHECK(document.currentScenarioName() == QStringLiteral("案A"));

    document.removeScenario(QStringLiteral("案A"));
    CHECK_FALSE(document.scenarioNames().contains(QStringLiteral("案A")));
    CHECK(document.currentScenarioName() == QStringLiteral("2016年方針"));
    document.undoStack()->undo();
    CHECK(document.scenarioNames().contains(QStringLiteral("案A")));
    CHECK(document.currentScenarioName() == QStringLiteral("案A"));
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Keep);

    // Everything undone: the project equals its file again.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    CHECK_FALSE(document.isModified());
    CHECK(document.scenarioNames() == QStringList{QStringLiteral("現状"), QStringLiteral("2016年方針")});

    document.removeScenario(QStringLiteral("現状"));
    CHECK_THROWS_AS(document.removeScenario(QStringLiteral("2016年方針")), InputError);
}

TEST_CASE("a project without scenarios gets the status quo and the table's recorded decisions")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile offices(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    test::writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), offices.readAll());
    const QString project = test::writeFile(QDir(dir.path()), QStringLiteral("plain.madoguchi"), R"({
        "format": "madoguchi-project", "version": 1, "name": "plain",
        "layers": { "offices": { "path": "offices.csv", "crs": "EPSG:6668", "fields": { "decision": "decision_2016" } } }
    })");
    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    document.open(project);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    REQUIRE(document.scenarioNames().size() == 2);
    CHECK(document.scenarioNames().front() == QStringLiteral("現状"));
    CHECK(document.currentScenario()->decisions.size() == 14);
    CHECK(document.decision(QStringLiteral("br_oe")) == Decision::Close);
    CHECK_FALSE(document.isModified());
    // Without a population layer the impact still moves the closed counters.
    REQUIRE(document.impact());
    CHECK(document.impact()->transfers.size() == 7);
}
