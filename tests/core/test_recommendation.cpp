#include "planartestdistance.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/evaluator.h"
#include "core/recommendation.h"

#include <cmath>
#include <stdexcept>

using namespace madoguchi;
using Code = RecommendationReasonCode;
using Verdict = RecommendationVerdict;

namespace {

using test::PlanarTestDistance;

Office office(const QString &id, const QString &name, OfficeKind kind, double x, double y)
{
    Office o;
    o.id = id;
    o.name = name;
    o.kind = kind;
    o.ward = QStringLiteral("中央区");
    o.location = GeoPoint{x, y};
    return o;
}

// One ward office at the origin; branch offices at the given distances (km) due north.
EvaluationInput layout(const std::vector<std::pair<QString, double>> &branchesKm)
{
    EvaluationInput input;
    input.offices.push_back(office(QStringLiteral("ward_chuo"), QStringLiteral("中央区役所"), OfficeKind::WardOffice, 0, 0));
    for (const auto &[id, km] : branchesKm)
        input.offices.push_back(office(id, id + QStringLiteral("出張所"), OfficeKind::Branch, 0, km));
    return input;
}

void setWorkload(EvaluationInput &input, const QString &id, int year, std::optional<double> count)
{
    for (Office &o : input.offices) {
        if (o.id == id)
            o.workloadByFiscalYear[year] = count;
    }
}

// The population as single cells placed on the branch offices (the ward office's cell is empty), so that
// each branch office's catchment is exactly its cell.
void setCatchments(EvaluationInput &input, const std::map<QString, double> &residents)
{
    std::vector<PopulationCell> cells;
    for (const Office &o : input.offices) {
        const auto it = residents.find(o.id);
        if (it != residents.end())
            cells.push_back(PopulationCell{o.id, o.location, it->second, it->second / 4});
    }
    input.population = cells;
}

const Recommendation &recommendationFor(const std::vector<Recommendation> &recommendations, const QString &id)
{
    for (const Recommendation &recommendation : recommendations) {
        if (recommendation.officeId == id)
            return recommendation;
    }
    FAIL("no recommendation for " << id);
    throw std::logic_error("unreachable");
}

std::vector<Code> codes(const Recommendation &recommendation)
{
    std::vector<Code> result;
    for (const RecommendationReason &reason : recommendation.reasons)
        result.push_back(reason.code);
    return result;
}

std::vector<Recommendation> recommendFor(const EvaluationInput &input, const RecommendationContext &context = {})
{
    return recommend(evaluate(input, PlanarTestDistance()), input.offices, context);
}

} // namespace

TEST_CASE("within the guide with a workload at the threshold is a candidate — one transaction more keeps it")
{
    EvaluationInput input = layout({{QStringLiteral("br_at"), 2}, {QStringLiteral("br_above"), 2}});
    input.criteria.workloadThreshold = 20000;
    setWorkload(input, QStringLiteral("br_at"), 2014, 20000);
    setWorkload(input, QStringLiteral("br_above"), 2014, 20001);
    const auto recommendations = recommendFor(input);

    const Recommendation &at = recommendationFor(recommendations, QStringLiteral("br_at"));
    CHECK(at.verdict == Verdict::Candidate);
    CHECK(codes(at) == std::vector<Code>{Code::WithinDistance, Code::WorkloadAtOrBelow});
    CHECK(at.reasons[1].value == 20000);
    CHECK(at.reasons[1].threshold == 20000);
    CHECK(at.reasons[1].fiscalYear == 2014);

    const Recommendation &above = recommendationFor(recommendations, QStringLiteral("br_above"));
    CHECK(above.verdict == Verdict::Keep);
    CHECK(codes(above) == std::vector<Code>{Code::WithinDistance, Code::WorkloadAbove});
}

TEST_CASE("exactly at the distance guide is within it — just beyond it keeps the counter whatever the workload")
{
    EvaluationInput input = layout({{QStringLiteral("br_five"), 5.0}, {QStringLiteral("br_beyond"), 5.001}});
    input.criteria.workloadThreshold = 20000;
    setWorkload(input, QStringLiteral("br_five"), 2014, 100);
    setWorkload(input, QStringLiteral("br_beyond"), 2014, 100);
    const auto recommendations = recommendFor(input);

    const Recommendation &five = recommendationFor(recommendations, QStringLiteral("br_five"));
    CHECK(five.verdict == Verdict::Candidate);
    CHECK(five.reasons.front().code == Code::WithinDistance);
    CHECK(five.reasons.front().value == 5000.0);
    CHECK(five.reasons.front().officeId == QStringLiteral("ward_chuo"));

    const Recommendation &beyond = recommendationFor(recommendations, QStringLiteral("br_beyond"));
    CHECK(beyond.verdict == Verdict::Keep);
    // The workload that would have made it a candidate is still shown.
    CHECK(codes(beyond) == std::vector<Code>{Code::BeyondDistance, Code::WorkloadAtOrBelow});
}

TEST_CASE("beyond the guide a missing measure is not listed: the distance alone keeps the counter")
{
    EvaluationInput input = layout({{QStringLiteral("br_far"), 7}});
    const auto recommendations = recommendFor(input);
    const Recommendation &far = recommendations.at(0);
    CHECK(far.verdict == Verdict::Keep);
    CHECK(codes(far) == std::vector<Code>{Code::BeyondDistance});
}

TEST_CASE("an office with an empty count for the judged year is undetermined, not judged by its catchment")
{
    EvaluationInput input = layout({{QStringLiteral("br_counted"), 1}, {QStringLiteral("br_empty"), 2}});
    input.criteria.workloadThreshold = 20000;
    input.criteria.catchmentThreshold = 50000;
    setWorkload(input, QStringLiteral("br_counted"), 2014, 15000);
    setWorkload(input, QStringLiteral("br_empty"), 2014, std::nullopt);
    setCatchments(input, {{QStringLiteral("br_counted"), 100}, {QStringLiteral("br_empty"), 100}});
    const auto recommendations = recommendFor(input);
    const Recommendation &empty = recommendationFor(recommendations, QStringLiteral("br_empty"));
    CHECK(empty.verdict == Verdict::Undetermined);
    CHECK(codes(empty) == std::vector<Code>{Code::WithinDistance, Code::WorkloadMissing});
    CHECK(empty.reasons[1].fiscalYear == 2014);
}

TEST_CASE("counts without a workload threshold leave the office undetermined even with a catchment threshold")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 1}});
    input.criteria.catchmentThreshold = 50000;
    setWorkload(input, QStringLiteral("br_a"), 2014, 1000);
    setCatchments(input, {{QStringLiteral("br_a"), 100}});
    const auto recommendations = recommendFor(input);
    const Recommendation &a = recommendations.at(0);
    CHECK(a.verdict == Verdict::Undetermined);
    CHECK(codes(a) == std::vector<Code>{Code::WithinDistance, Code::NoWorkloadThreshold});
    CHECK(a.reasons[1].value == 1000);
}

TEST_CASE("without counts the catchment decides: at the threshold a candidate, above it kept")
{
    EvaluationInput input = layout({{QStringLiteral("br_small"), 2}, {QStringLiteral("br_large"), 3}});
    input.criteria.catchmentThreshold = 50000;
    setCatchments(input, {{QStringLiteral("br_small"), 50000}, {QStringLiteral("br_large"), 50000.5}});
    const auto recommendations = recommendFor(input);

    const Recommendation &small = recommendationFor(recommendations, QStringLiteral("br_small"));
    CHECK(small.verdict == Verdict::Candidate);
    CHECK(codes(small) == std::vector<Code>{Code::WithinDistance, Code::NoWorkloadCounts, Code::CatchmentAtOrBelow});
    CHECK(small.reasons[2].value == 50000);

    const Recommendation &large = recommendationFor(recommendations, QStringLiteral("br_large"));
    CHECK(large.verdict == Verdict::Keep);
    CHECK(large.reasons[2].code == Code::CatchmentAbove);
}

TEST_CASE("without counts and without a catchment threshold the office is undetermined, and says so")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 2}});
    setCatchments(input, {{QStringLiteral("br_a"), 10}});
    const auto recommendations = recommendFor(input);
    const Recommendation &a = recommendations.at(0);
    CHECK(a.verdict == Verdict::Undetermined);
    CHECK(codes(a) == std::vector<Code>{Code::WithinDistance, Code::NoWorkloadCounts, Code::NoCatchmentThreshold});
    const QStringList texts = reasonTexts(a);
    REQUIRE(texts.size() == 3);
    CHECK(texts[1] == QStringLiteral("the offices table has no workload counts"));
    CHECK(texts[2].contains(QStringLiteral("no catchment threshold")));
}

TEST_CASE("a catchment threshold without a population layer leaves the office undetermined")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 2}});
    input.criteria.catchmentThreshold = 50000;
    const auto recommendations = recommendFor(input);
    const Recommendation &a = recommendations.at(0);
    CHECK(a.verdict == Verdict::Undetermined);
    CHECK(a.reasons.back().code == Code::NoPopulationLayer);
    CHECK(reasonText(a.reasons.back()).contains(QStringLiteral("no population layer")));
}

TEST_CASE("the judged fiscal year is the chosen one when the table has it, else the latest, else none")
{
    std::vector<Office> offices = layout({{QStringLiteral("br_a"), 1}}).offices;
    offices[1].workloadByFiscalYear = {{2013, 100.0}, {2014, 90.0}, {2015, std::nullopt}};
    Criteria criteria;
    CHECK(judgedWorkloadFiscalYear(criteria, offices) == 2015);
    criteria.workloadFiscalYear = 2014;
    CHECK(judgedWorkloadFiscalYear(criteria, offices) == 2014);
    criteria.workloadFiscalYear = 2016;
    CHECK_FALSE(judgedWorkloadFiscalYear(criteria, offices).has_value());
    offices[1].workloadByFiscalYear.clear();
    criteria.workloadFiscalYear.reset();
    CHECK_FALSE(judgedWorkloadFiscalYear(criteria, offices).has_value());
}

TEST_CASE("a chosen fiscal year the table lacks falls back to the catchment and names the year")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 2}});
    input.criteria.workloadFiscalYear = 2014;
    input.criteria.workloadThreshold = 20000;
    input.criteria.catchmentThreshold = 50000;
    setWorkload(input, QStringLiteral("br_a"), 2015, 100);
    setCatchments(input, {{QStringLiteral("br_a"), 60000}});
    const auto recommendations = recommendFor(input);
    const Recommendation &a = recommendations.at(0);
    CHECK(a.verdict == Verdict::Keep);
    REQUIRE(codes(a) == std::vector<Code>{Code::WithinDistance, Code::NoWorkloadCounts, Code::CatchmentAbove});
    CHECK(reasonText(a.reasons[1]) == QStringLiteral("the offices table has no workload for FY2014"));
}

TEST_CASE("a branch office in a school district marked as growing is flagged without changing the verdict")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 1}, {QStringLiteral("br_b"), 2}});
    input.hasSchoolDistrictLayer = true;
    input.sites.resize(input.offices.size());
    input.sites[1].schoolDistrictAtSite = QStringLiteral("託麻南小学校区");
    input.sites[2].schoolDistrictAtSite = QStringLiteral("城東小学校区");
    input.criteria.catchmentThreshold = 50000;
    setCatchments(input, {{QStringLiteral("br_a"), 100}, {QStringLiteral("br_b"), 100}});

    RecommendationContext context;
    // Typed with a full-width space, as planners often do.
    context.growingSchoolDistricts = {QStringLiteral("託麻南小学校区　")};
    const auto recommendations = recommendFor(input, context);
    const Recommendation &a = recommendationFor(recommendations, QStringLiteral("br_a"));
    REQUIRE(a.flags.size() == 1);
    CHECK(a.flags[0].code == Code::GrowingSchoolDistrict);
    CHECK(a.flags[0].schoolDistrict == QStringLiteral("託麻南小学校区"));
    CHECK(a.verdict == Verdict::Candidate);
    CHECK(reasonTexts(a).back() == QStringLiteral("school district 託麻南小学校区 is marked as growing"));
    CHECK(recommendationFor(recommendations, QStringLiteral("br_b")).flags.empty());

    // Without growth data nothing is flagged.
    for (const Recommendation &recommendation : recommendFor(input))
        CHECK(recommendation.flags.empty());
}

TEST_CASE("reasons read as the planner's sentences, with the ward office's name and grouped numbers")
{
    RecommendationReason within;
    within.code = Code::WithinDistance;
    within.value = 2021.7;
    within.threshold = 5000;
    within.officeId = QStringLiteral("ward_chuo");
    within.officeName = QStringLiteral("中央区役所");
    CHECK(reasonText(within) == QStringLiteral("2.02 km to 中央区役所, within the 5 km guide"));

    RecommendationReason beyond = within;
    beyond.code = Code::BeyondDistance;
    beyond.value = 6990;
    beyond.threshold = 4500;
    CHECK(reasonText(beyond) == QStringLiteral("6.99 km to 中央区役所, beyond the 4.5 km guide"));

    RecommendationReason catchment;
    catchment.code = Code::CatchmentAtOrBelow;
    catchment.value = 43593.2;
    catchment.threshold = 50000;
    CHECK(reasonText(catchment) == QStringLiteral("catchment 43,593 residents ≤ 50,000"));

    RecommendationReason workload;
    workload.code = Code::WorkloadAbove;
    workload.value = 20000.4;
    workload.threshold = 20000;
    workload.fiscalYear = 2014;
    // Rounded, 20,000 > 20,000 would read as a contradiction.
    CHECK(reasonText(workload) == QStringLiteral("FY2014 workload 20,000.4 transactions > 20,000"));
}

TEST_CASE("a negative or non-numeric threshold is an input error naming the criterion")
{
    EvaluationInput input = layout({{QStringLiteral("br_a"), 2}});
    input.criteria.workloadThreshold = -1;
    const Evaluation evaluation = evaluate(input, PlanarTestDistance());
    try {
        recommend(evaluation, input.offices);
        FAIL("no error");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().location == QStringLiteral("criteria.workloadThreshold"));
    }
    Evaluation nan = evaluation;
    nan.criteria.workloadThreshold.reset();
    nan.criteria.catchmentThreshold = std::nan("");
    CHECK_THROWS_AS(recommend(nan, input.offices), InputError);
}

TEST_CASE("one recommendation per branch office in the evaluation's order, the same for the same input")
{
    EvaluationInput input = layout({{QStringLiteral("br_c"), 6}, {QStringLiteral("br_a"), 2}, {QStringLiteral("br_b"), 3}});
    input.criteria.catchmentThreshold = 150;
    setCatchments(input, {{QStringLiteral("br_a"), 100}, {QStringLiteral("br_b"), 200}, {QStringLiteral("br_c"), 50}});
    const auto first = recommendFor(input);
    const auto second = recommendFor(input);
    REQUIRE(first.size() == 3);
    CHECK(first[0].officeId == QStringLiteral("br_c"));
    CHECK(first[1].officeId == QStringLiteral("br_a"));
    CHECK(first[2].officeId == QStringLiteral("br_b"));
    CHECK(first[0].verdict == Verdict::Keep);
    CHECK(first[1].verdict == Verdict::Candidate);
    CHECK(first[2].verdict == Verdict::Keep);
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].officeIndex == second[i].officeIndex);
        CHECK(first[i].verdict == second[i].verdict);
        CHECK(first[i].reasons == second[i].reasons);
    }
    CHECK(recommendationVerdictKey(Verdict::Candidate) == QStringLiteral("candidate"));
    CHECK(recommendationVerdictKey(Verdict::Keep) == QStringLiteral("keep"));
    CHECK(recommendationVerdictKey(Verdict::Undetermined) == QStringLiteral("undetermined"));
}
