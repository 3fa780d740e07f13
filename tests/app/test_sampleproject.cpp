// The bundled Kumamoto sample project, loaded with the shared reference layers.
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "core/evaluator.h"

#include <numeric>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

} // namespace

TEST_CASE("the sample loads its offices and the four reference layers", "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    CHECK(project.offices.offices.size() == 19);
    CHECK(std::count_if(project.offices.offices.begin(), project.offices.offices.end(),
                        [](const Office &o) { return o.isWardOffice(); })
          == 5);
    REQUIRE(project.wards);
    REQUIRE(project.schoolDistricts);
    REQUIRE(project.schools);
    REQUIRE(project.population);
    CHECK(project.missingLayers.empty());
    CHECK(project.wards->foundViaSearchPath);
    CHECK(project.wards->layer.encoding == gis::TextEncoding::Cp932);
    CHECK(project.wards->fields.name == QStringLiteral("N03_004"));
    CHECK(project.schoolDistricts->approximate);
    CHECK_FALSE(project.wards->approximate);
    CHECK(project.schoolDistricts->layer.features.size() == 92);
    CHECK(project.schools->layer.features.size() == 96);
    CHECK(project.population->layer.features.size() == 1622);
    // No workload columns: the FY2014 counts were never published.
    CHECK(project.offices.fiscalYears.empty());
    // The recorded 2016 decisions: seven closures and one upgrade.
    int closed = 0, upgraded = 0;
    for (const Office &office : project.offices.offices) {
        closed += office.recordedDecision == Decision::Close ? 1 : 0;
        upgraded += office.recordedDecision == Decision::Upgrade ? 1 : 0;
    }
    CHECK(closed == 7);
    CHECK(upgraded == 1);
}

TEST_CASE("sample catchments add up to the city's population", "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);
    REQUIRE(evaluation.allCatchments.size() == 19);
    const double total = std::accumulate(evaluation.allCatchments.begin(), evaluation.allCatchments.end(), 0.0,
                                         [](double sum, const CounterCatchment &c) { return sum + c.population; });
    const double total65 = std::accumulate(evaluation.allCatchments.begin(), evaluation.allCatchments.end(), 0.0,
                                           [](double sum, const CounterCatchment &c) { return sum + c.population65; });
    // Published with the reference data: sum of POP_IN = 737,783; of POP65_IN = 190,717 (2020 census).
    CHECK(std::abs(total - 737783.0) / 737783.0 < 0.001);
    CHECK(std::abs(total65 - 190717.0) / 190717.0 < 0.001);
    const int cells = std::accumulate(evaluation.allCatchments.begin(), evaluation.allCatchments.end(), 0,
                                      [](int sum, const CounterCatchment &c) { return sum + c.cells; });
    CHECK(cells == 1622);
    // Every counter serves somebody in a city of 740,000.
    for (const CounterCatchment &catchment : evaluation.allCatchments) {
        INFO(catchment.officeId.toStdString());
        CHECK(catchment.population > 1000.0);
    }
}

TEST_CASE("sample offices each lie in their stated ward and in a school district", "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);
    CHECK(evaluation.branchOffices.size() == 14);
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &office = project.offices.offices.at(result.officeIndex);
        INFO(office.id.toStdString());
        CHECK(result.wardAtSite == office.ward);
        CHECK(result.schoolDistrictAtSite.has_value());
    }
    for (const Diagnostic &warning : evaluation.warnings)
        CHECK_FALSE(warning.message.contains(QStringLiteral("ward")));
}

TEST_CASE("without the reference layers the sample still loads its offices and names the missing layers")
{
    ProjectLoadOptions options;
    options.dataSearchPaths = {}; // nowhere to find kumamoto/*.shp
    options.missingLayers = MissingLayers::Skip;
    const LoadedProject project = loadProject(test::sampleProjectPath(), options);
    CHECK(project.offices.offices.size() == 19);
    CHECK_FALSE(project.wards);
    CHECK(project.missingLayers.size() == 4);
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);
    CHECK(evaluation.branchOffices.size() == 14);
    CHECK_FALSE(evaluation.totalPopulation);

    options.missingLayers = MissingLayers::Fail;
    CHECK_THROWS_AS(loadProject(test::sampleProjectPath(), options), InputError);
}
