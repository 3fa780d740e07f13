#include "planartestdistance.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/evaluator.h"
#include "core/feedback.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <stdexcept>

using namespace madoguchi;

namespace {

using test::PlanarTestDistance;

Office office(const QString &id, OfficeKind kind, const QString &ward, double x, double y)
{
    Office o;
    o.id = id;
    o.name = id + QStringLiteral("出張所");
    o.kind = kind;
    o.ward = ward;
    o.location = GeoPoint{x, y};
    return o;
}

const QString kChuo = QStringLiteral("中央区");
const QString kHigashi = QStringLiteral("東区");
const QString kKita = QStringLiteral("北区");

// Two wards side by side: 中央区's ward office at (0, 0), 東区's at (10, 0) (1 unit = 1 km).
std::vector<Office> twoWards()
{
    return {office(QStringLiteral("ward_chuo"), OfficeKind::WardOffice, kChuo, 0, 0),
            office(QStringLiteral("ward_higashi"), OfficeKind::WardOffice, kHigashi, 10, 0),
            // In 中央区 but nearer 東区's ward office.
            office(QStringLiteral("br_border"), OfficeKind::Branch, kChuo, 8, 0),
            // Exactly 5 km from ward_chuo.
            office(QStringLiteral("br_five"), OfficeKind::GeneralBranch, kChuo, 0, 5),
            // 5.001 km from ward_chuo.
            office(QStringLiteral("br_beyond"), OfficeKind::Branch, kChuo, 0, -5.001)};
}

const BranchOfficeEvaluation &resultFor(const Evaluation &evaluation, const EvaluationInput &input,
                                        const QString &id)
{
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        if (input.offices[std::size_t(result.officeIndex)].id == id)
            return result;
    }
    FAIL("no result for " << id);
    throw std::logic_error("unreachable");
}

bool hasWarning(const Evaluation &evaluation, const QString &location, const QString &text)
{
    return std::any_of(evaluation.warnings.begin(), evaluation.warnings.end(), [&](const Diagnostic &d) {
        return d.severity == Severity::Warning && d.location == location && d.message.contains(text);
    });
}

InputError evaluationError(const EvaluationInput &input)
{
    try {
        evaluate(input, PlanarTestDistance());
    } catch (const InputError &error) {
        return error;
    }
    FAIL("the evaluation did not fail");
    throw std::logic_error("unreachable");
}

std::vector<PopulationCell> gridCells()
{
    std::vector<PopulationCell> cells;
    int n = 0;
    for (int x = -4; x <= 14; ++x) {
        for (int y = -6; y <= 6; ++y) {
            std::optional<double> population65;
            if (n % 5 != 0)
                population65 = double(n % 40);
            cells.push_back(PopulationCell{QStringLiteral("m%1").arg(n), GeoPoint{x + 0.5, y + 0.25},
                                           double(100 + (n * 37) % 900), population65});
            ++n;
        }
    }
    return cells;
}

void requireSameResult(const BranchOfficeEvaluation &a, const BranchOfficeEvaluation &b)
{
    CHECK(a.nearestWardOfficeId == b.nearestWardOfficeId);
    CHECK(a.distanceToNearestWardOfficeMeters == b.distanceToNearestWardOfficeMeters);
    CHECK(a.ownWardOfficeId == b.ownWardOfficeId);
    CHECK(a.distanceToOwnWardOfficeMeters == b.distanceToOwnWardOfficeMeters);
    CHECK(a.withinThreshold == b.withinThreshold);
    CHECK(a.wardAtSite == b.wardAtSite);
    CHECK(a.schoolDistrictAtSite == b.schoolDistrictAtSite);
    REQUIRE(a.catchment.has_value() == b.catchment.has_value());
    if (a.catchment) {
        CHECK(a.catchment->officeId == b.catchment->officeId);
        CHECK(a.catchment->population == b.catchment->population);
        CHECK(a.catchment->population65 == b.catchment->population65);
        CHECK(a.catchment->cells == b.catchment->cells);
        CHECK(a.catchment->cellsWithoutPopulation65 == b.catchment->cellsWithoutPopulation65);
    }
}

} // namespace

TEST_CASE("the nearest ward office of any ward is found, and the own ward's office separately")
{
    EvaluationInput input;
    input.offices = twoWards();
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());

    REQUIRE(evaluation.branchOffices.size() == 3);
    const BranchOfficeEvaluation &border = resultFor(evaluation, input, QStringLiteral("br_border"));
    CHECK(border.officeIndex == 2);
    CHECK(border.nearestWardOfficeId == QStringLiteral("ward_higashi"));
    CHECK(border.distanceToNearestWardOfficeMeters == Approx(2000.0));
    CHECK(border.ownWardOfficeId == QStringLiteral("ward_chuo"));
    REQUIRE(border.distanceToOwnWardOfficeMeters.has_value());
    CHECK(*border.distanceToOwnWardOfficeMeters == Approx(8000.0));
    CHECK(border.withinThreshold);
    CHECK_FALSE(border.catchment.has_value());
    CHECK(evaluation.distanceMethod == QStringLiteral("planar test distance"));
    CHECK(evaluation.warnings.empty());
}

TEST_CASE("branch offices are reported in table order, ward offices left out")
{
    EvaluationInput input;
    input.offices = twoWards();
    std::swap(input.offices[0], input.offices[3]);
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());
    std::vector<int> indices;
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices)
        indices.push_back(result.officeIndex);
    CHECK(indices == std::vector<int>{0, 2, 4});
}

TEST_CASE("a branch office exactly at the distance guide is within it, one metre further is not")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.criteria.distanceThresholdMeters = 5000.0;
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());

    const BranchOfficeEvaluation &five = resultFor(evaluation, input, QStringLiteral("br_five"));
    CHECK(five.distanceToNearestWardOfficeMeters == 5000.0);
    CHECK(five.withinThreshold);
    const BranchOfficeEvaluation &beyond = resultFor(evaluation, input, QStringLiteral("br_beyond"));
    CHECK(beyond.distanceToNearestWardOfficeMeters == Approx(5001.0));
    CHECK_FALSE(beyond.withinThreshold);

    input.criteria.distanceThresholdMeters = 4999.0;
    CHECK_FALSE(
        resultFor(evaluate(input, PlanarTestDistance()), input, QStringLiteral("br_five")).withinThreshold);
}

TEST_CASE("two equally near ward offices: the id that sorts first wins, whatever the table order")
{
    // z_ward comes first in the table; a_ward sorts first.
    EvaluationInput input;
    input.offices = {office(QStringLiteral("z_ward"), OfficeKind::WardOffice, kHigashi, 10, 0),
                     office(QStringLiteral("a_ward"), OfficeKind::WardOffice, kChuo, 0, 0),
                     office(QStringLiteral("br_middle"), OfficeKind::Branch, kChuo, 5, 0)};
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());
    CHECK(evaluation.branchOffices.at(0).nearestWardOfficeId == QStringLiteral("a_ward"));

    std::swap(input.offices[0], input.offices[1]);
    const Evaluation swapped = evaluate(input, PlanarTestDistance());
    CHECK(swapped.branchOffices.at(0).nearestWardOfficeId == QStringLiteral("a_ward"));
}

TEST_CASE("a ward with two ward offices gives the nearer one as the own ward office")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.offices.push_back(office(QStringLiteral("ward_chuo_annex"), OfficeKind::WardOffice, kChuo, 0, 4));
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());
    const BranchOfficeEvaluation &five = resultFor(evaluation, input, QStringLiteral("br_five"));
    CHECK(five.ownWardOfficeId == QStringLiteral("ward_chuo_annex"));
    CHECK(*five.distanceToOwnWardOfficeMeters == Approx(1000.0));
}

TEST_CASE("a ward without a ward office leaves the own distance empty and says so once")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.offices.push_back(office(QStringLiteral("br_kita1"), OfficeKind::Branch, kKita, 0, 20));
    input.offices.push_back(office(QStringLiteral("br_kita2"), OfficeKind::Branch, kKita, 1, 20));
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());

    const BranchOfficeEvaluation &kita = resultFor(evaluation, input, QStringLiteral("br_kita1"));
    CHECK(kita.ownWardOfficeId.isEmpty());
    CHECK_FALSE(kita.distanceToOwnWardOfficeMeters.has_value());
    CHECK(kita.nearestWardOfficeId == QStringLiteral("ward_chuo"));
    CHECK(kita.distanceToNearestWardOfficeMeters == Approx(20000.0));
    CHECK_FALSE(kita.withinThreshold);

    const auto count
        = std::count_if(evaluation.warnings.begin(), evaluation.warnings.end(), [](const Diagnostic &d) {
              return d.message.contains(QStringLiteral("ward 北区 has no ward office in the table"));
          });
    CHECK(count == 1);
    CHECK(hasWarning(evaluation, QStringLiteral("ward 北区"), QStringLiteral("br_kita1, br_kita2")));
}

TEST_CASE("offices outside every ward polygon or in another ward than the table says are warned about")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.hasWardLayer = true;
    input.sites.resize(input.offices.size());
    input.sites[0].wardAtSite = kChuo;                     // ward_chuo: agrees
    input.sites[1].wardAtSite = std::nullopt;              // ward_higashi: outside every ward
    input.sites[2].wardAtSite = kHigashi;                  // br_border: the table says 中央区
    input.sites[3].wardAtSite = QStringLiteral(" 中央区"); // br_five: the same ward, a stray space
    input.sites[4].wardAtSite = kChuo;
    input.sites[4].schoolDistrictAtSite = QStringLiteral("白川小学校");

    const Evaluation evaluation = evaluate(input, PlanarTestDistance());

    CHECK(hasWarning(evaluation, QStringLiteral("office ward_higashi (ward_higashi出張所)"),
                     QStringLiteral("lies outside every ward polygon: check its coordinates")));
    CHECK(hasWarning(evaluation, QStringLiteral("office br_border (br_border出張所)"),
                     QStringLiteral("lies in 東区 on the map, but the table says 中央区")));
    CHECK(evaluation.warnings.size() == 2);

    const BranchOfficeEvaluation &border = resultFor(evaluation, input, QStringLiteral("br_border"));
    CHECK(border.wardAtSite == kHigashi);
    const BranchOfficeEvaluation &beyond = resultFor(evaluation, input, QStringLiteral("br_beyond"));
    CHECK(beyond.schoolDistrictAtSite == QStringLiteral("白川小学校"));
}

TEST_CASE("without a ward layer an office's missing ward at site is not a warning")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.hasSchoolDistrictLayer = true;
    input.sites.resize(input.offices.size());
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());
    CHECK(evaluation.warnings.empty());
}

TEST_CASE("duplicate office ids are refused, naming the id")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.offices[4].id = QStringLiteral("br_five");
    input.offices[3].sourceRow = 4;
    input.offices[4].sourceRow = 5;
    const InputError error = evaluationError(input);
    CHECK(error.diagnostic().message.contains(QStringLiteral("br_five")));
    CHECK(error.diagnostic().message.contains(QStringLiteral("rows 4 and 5")));
}

TEST_CASE("a table without a ward office is refused with a hint naming the kind to add")
{
    EvaluationInput input;
    input.offices = {office(QStringLiteral("br"), OfficeKind::Branch, kChuo, 0, 0)};
    const InputError error = evaluationError(input);
    CHECK(error.diagnostic().hint
          == QStringLiteral("the offices table needs at least one row of kind ward_office (区役所)"));
}

TEST_CASE("a table without a branch office, or without any office, is refused")
{
    EvaluationInput input;
    input.offices = {office(QStringLiteral("ward"), OfficeKind::WardOffice, kChuo, 0, 0)};
    CHECK(evaluationError(input).diagnostic().message.contains(QStringLiteral("no branch office")));
    input.offices.clear();
    CHECK(evaluationError(input).diagnostic().message.contains(QStringLiteral("no offices")));
}

TEST_CASE("a distance guide that is not a positive distance is refused")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.criteria.distanceThresholdMeters = 0.0;
    CHECK(evaluationError(input).diagnostic().location == QStringLiteral("criteria.distanceThresholdMeters"));
    input.criteria.distanceThresholdMeters = std::nan("");
    CHECK_THROWS_AS(evaluate(input, PlanarTestDistance()), InputError);
}

TEST_CASE("site contexts that are not parallel to the offices are a programming error")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.sites.resize(2);
    CHECK_THROWS_AS(evaluate(input, PlanarTestDistance()), std::invalid_argument);
    input.sites.clear();
    input.hasWardLayer = true;
    CHECK_THROWS_AS(evaluate(input, PlanarTestDistance()), std::invalid_argument);
}

TEST_CASE("an office whose distance cannot be computed is an input error naming it")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.offices[2].location.latitudeDeg = std::nan("");
    CHECK(evaluationError(input).diagnostic().location.contains(QStringLiteral("br_border")));
}

TEST_CASE("catchments cover every counter and add up to the population, 65+ only where known")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.population = gridCells();
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());

    double cellsTotal = 0.0;
    double cells65 = 0.0;
    int without65 = 0;
    for (const PopulationCell &cell : *input.population) {
        cellsTotal += cell.population;
        if (cell.population65)
            cells65 += *cell.population65;
        else
            ++without65;
    }
    REQUIRE(evaluation.allCatchments.size() == input.offices.size());
    double total = 0.0;
    double total65 = 0.0;
    int cellCount = 0;
    for (std::size_t i = 0; i < input.offices.size(); ++i) {
        CHECK(evaluation.allCatchments[i].officeId == input.offices[i].id);
        total += evaluation.allCatchments[i].population;
        total65 += evaluation.allCatchments[i].population65;
        cellCount += evaluation.allCatchments[i].cells;
    }
    CHECK(total == cellsTotal);
    CHECK(total65 == cells65);
    CHECK(cellCount == int(input.population->size()));
    CHECK(evaluation.totalPopulation == cellsTotal);
    CHECK(evaluation.totalPopulation65 == cells65);

    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        REQUIRE(result.catchment.has_value());
        CHECK(result.catchment->officeId == input.offices[std::size_t(result.officeIndex)].id);
        CHECK(result.catchment->population
              == evaluation.allCatchments[std::size_t(result.officeIndex)].population);
    }
    // The ward offices get residents too: they are counters.
    CHECK(evaluation.allCatchments[0].cells > 0);
    CHECK(evaluation.allCatchments[1].cells > 0);

    REQUIRE(without65 > 0);
    CHECK(hasWarning(evaluation, QStringLiteral("population layer"),
                     QStringLiteral("%1 of %2 population cells have no 65+ value")
                         .arg(without65)
                         .arg(input.population->size())));
}

TEST_CASE("a cancelled evaluation throws Cancelled, before or during the catchments")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.population = gridCells();
    for (int i = 0; i < 20; ++i)
        input.population->insert(input.population->end(), input.population->begin(),
                                 input.population->begin() + 200);

    Feedback before;
    before.cancel();
    CHECK_THROWS_AS(evaluate(input, PlanarTestDistance(), &before), Cancelled);

    Feedback *self = nullptr;
    double lastProgress = 0.0;
    bool monotonic = true;
    Feedback midway([&](double fraction) {
        monotonic = monotonic && fraction >= lastProgress;
        lastProgress = fraction;
        if (fraction > 0.5)
            self->cancel();
    });
    self = &midway;
    CHECK_THROWS_AS(evaluate(input, PlanarTestDistance(), &midway), Cancelled);
    CHECK(lastProgress < 1.0);
    CHECK(monotonic);

    Feedback complete;
    evaluate(input, PlanarTestDistance(), &complete);
    CHECK(complete.progress() == 1.0);
}

TEST_CASE("the same input gives the same output, and shuffling the table changes no office's result")
{
    EvaluationInput input;
    input.offices = twoWards();
    input.offices.push_back(office(QStringLiteral("br_kita"), OfficeKind::Branch, kKita, 3, 9));
    input.offices.push_back(office(QStringLiteral("br_tie"), OfficeKind::Branch, kHigashi, 5, 0));
    input.population = gridCells();

    const Evaluation first = evaluate(input, PlanarTestDistance());
    const Evaluation second = evaluate(input, PlanarTestDistance());
    REQUIRE(first.branchOffices.size() == second.branchOffices.size());
    for (std::size_t i = 0; i < first.branchOffices.size(); ++i) {
        CHECK(first.branchOffices[i].officeIndex == second.branchOffices[i].officeIndex);
        requireSameResult(first.branchOffices[i], second.branchOffices[i]);
    }
    REQUIRE(first.warnings.size() == second.warnings.size());
    for (std::size_t i = 0; i < first.warnings.size(); ++i)
        CHECK(first.warnings[i].toString() == second.warnings[i].toString());

    std::mt19937 random(2017);
    for (int round = 0; round < 5; ++round) {
        EvaluationInput shuffled = input;
        std::shuffle(shuffled.offices.begin(), shuffled.offices.end(), random);
        const Evaluation other = evaluate(shuffled, PlanarTestDistance());
        REQUIRE(other.branchOffices.size() == first.branchOffices.size());
        for (const BranchOfficeEvaluation &result : first.branchOffices) {
            const QString id = input.offices[std::size_t(result.officeIndex)].id;
            INFO("office " << id.toStdString());
            requireSameResult(result, resultFor(other, shuffled, id));
        }
        CHECK(other.totalPopulation == first.totalPopulation);
    }
}
