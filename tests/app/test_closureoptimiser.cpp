// The closure optimiser against exhaustive enumeration: on random small cities (every subset of at most
// 14 branch offices tried) and on the Kumamoto sample; and the impact analysis of each set it proposes
// against its own figures.
#include "planartestdistance.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/closureoptimiser.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/codepointorder.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/feedback.h"
#include "core/impact.h"
#include "gis/projgeodesic.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

// The harm of every subset, worked out the plain way: each cell's residents go to the nearest open
// counter (ties within 1 mm to the id that sorts first), each closed counter's workload to the open
// counter nearest to it.
struct Brute
{
    double beyond = 0.0;
    double beyond65 = 0.0;
    double mean = 0.0;
    double residentsGained = 0.0;
    std::optional<double> workloadGained;

    double value(HarmMeasure measure) const
    {
        return measure == HarmMeasure::ResidentsBeyondGuide     ? beyond
               : measure == HarmMeasure::Residents65BeyondGuide ? beyond65
                                                                : mean;
    }
};

class Enumeration
{
public:
    Enumeration(const EvaluationInput &input, const DistanceCalculator &distance) : mInput(input)
    {
        const auto &cells = *input.population;
        for (const PopulationCell &cell : cells) {
            std::vector<double> row;
            for (const Office &office : input.offices)
                row.push_back(distance.distanceMeters(cell.representativePoint, office.location));
            mCellMeters.push_back(row);
        }
        for (const Office &from : input.offices) {
            std::vector<double> row;
            for (const Office &to : input.offices)
                row.push_back(distance.distanceMeters(from.location, to.location));
            mOfficeMeters.push_back(row);
        }
        mYear = judgedWorkloadFiscalYear(input.criteria, input.offices);
    }

    int nearest(const std::vector<double> &meters, const std::vector<bool> &closed, int self = -1) const
    {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t o = 0; o < meters.size(); ++o) {
            if (!closed[o] && int(o) != self)
                best = std::min(best, meters[o]);
        }
        int chosen = -1;
        for (std::size_t o = 0; o < meters.size(); ++o) {
            if (closed[o] || int(o) == self || meters[o] > best + 0.001)
                continue;
            if (chosen < 0 || lessByCodePoint(mInput.offices[o].id, mInput.offices[std::size_t(chosen)].id))
                chosen = int(o);
        }
        return chosen;
    }

    Brute measure(const std::vector<bool> &closed) const
    {
        const auto &cells = *mInput.population;
        const std::vector<bool> none(closed.size(), false);
        Brute result;
        std::vector<double> gained(closed.size(), 0.0);
        double total = 0.0;
        double weighted = 0.0;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const int after = nearest(mCellMeters[c], closed);
            const int before = nearest(mCellMeters[c], none);
            const double meters = mCellMeters[c][std::size_t(after)];
            if (meters > mInput.criteria.distanceThresholdMeters) {
                result.beyond += cells[c].population;
                result.beyond65 += cells[c].population65.value_or(0.0);
            }
            total += cells[c].population;
            weighted += cells[c].population * meters;
            if (after != before)
                gained[std::size_t(after)] += cells[c].population;
        }
        result.mean = total > 0.0 ? weighted / total : 0.0;
        result.residentsGained = *std::max_element(gained.begin(), gained.end());
        if (mYear) {
            std::vector<double> work(closed.size(), 0.0);
            bool known = true;
            for (std::size_t o = 0; o < closed.size(); ++o) {
                if (!closed[o])
                    continue;
                const auto it = mInput.offices[o].workloadByFiscalYear.find(*mYear);
                if (it == mInput.offices[o].workloadByFiscalYear.end() || !it->second) {
                    known = false;
                    continue;
                }
                work[std::size_t(nearest(mOfficeMeters[o], closed, int(o)))] += *it->second;
            }
            if (known)
                result.workloadGained = *std::max_element(work.begin(), work.end());
        }
        return result;
    }

    // For each number of closures, the best value (and, among the sets that tie on it, the smallest mean
    // distance) of the subsets that meet the rules; nullopt when none does.
    struct Best
    {
        double value = 0.0;
        double mean = 0.0;
    };
    std::vector<std::optional<Best>> frontier(HarmMeasure measure, const std::vector<int> &free,
                                              const std::vector<int> &mustClose,
                                              const ClosureConstraints &constraints) const
    {
        std::vector<std::optional<Best>> best(mInput.offices.size() + 1);
        const std::size_t subsets = std::size_t(1) << free.size();
        for (std::size_t mask = 0; mask < subsets; ++mask) {
            std::vector<bool> closed(mInput.offices.size(), false);
            for (int o : mustClose)
                closed[std::size_t(o)] = true;
            for (std::size_t i = 0; i < free.size(); ++i)
                closed[std::size_t(free[i])] = (mask >> i) & 1U;
            const Brute b = this->measure(closed);
            if (constraints.maxResidentsGained && b.residentsGained > *constraints.maxResidentsGained)
                continue;
            if (constraints.maxWorkloadGained && mYear
                && (!b.workloadGained || *b.workloadGained > *constraints.maxWorkloadGained))
                continue;
            const int k = int(std::count(closed.begin(), closed.end(), true));
            const double value = b.value(measure);
            std::optional<Best> &slot = best[std::size_t(k)];
            const double tolerance = 1e-6 * std::max(1.0, std::abs(value));
            if (!slot || value < slot->value - tolerance
                || (std::abs(value - slot->value) <= tolerance && b.mean < slot->mean)) {
                if (!slot || value < slot->value - tolerance)
                    slot = Best{value, b.mean};
                else
                    slot->mean = b.mean;
            }
        }
        return best;
    }

private:
    const EvaluationInput &mInput;
    std::vector<std::vector<double>> mCellMeters;
    std::vector<std::vector<double>> mOfficeMeters;
    std::optional<int> mYear;
};

// A random city on the test plane (one degree = 1 km): 1 to 3 ward offices and `branches` branch
// offices in a 24 km square, cells with residents (some empty, some without a 65+ count), counts for
// FY2014 unless `withoutCounts`.
EvaluationInput randomCity(std::mt19937 &random, int branches, bool withoutCounts)
{
    std::uniform_real_distribution<double> place(0.0, 24.0);
    std::uniform_int_distribution<int> wards(1, 3);
    EvaluationInput input;
    input.criteria.distanceThresholdMeters = 5000.0;
    const int wardCount = wards(random);
    for (int i = 0; i < wardCount + branches; ++i) {
        Office office;
        office.id = i < wardCount ? QStringLiteral("w%1").arg(i) : QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0'));
        office.name = office.id;
        office.kind = i < wardCount ? OfficeKind::WardOffice : OfficeKind::Branch;
        office.ward = QStringLiteral("ward");
        office.location = GeoPoint{place(random), place(random)};
        if (!withoutCounts)
            office.workloadByFiscalYear[2014] = std::round(std::uniform_real_distribution<double>(500, 20000)(random));
        input.offices.push_back(office);
    }
    std::uniform_int_distribution<int> cellCount(20, 90);
    std::uniform_real_distribution<double> residents(0.0, 2000.0);
    std::vector<PopulationCell> cells;
    const int count = cellCount(random);
    for (int i = 0; i < count; ++i) {
        PopulationCell cell;
        cell.id = QString::number(i);
        cell.representativePoint = GeoPoint{place(random), place(random)};
        const double draw = residents(random);
        cell.population = draw < 150.0 ? 0.0 : std::round(draw);
        if (draw > 1900.0)
            cell.population65 = std::nullopt;
        else
            cell.population65 = std::round(cell.population * 0.3);
        cells.push_back(cell);
    }
    input.population = cells;
    return input;
}

struct Instance
{
    EvaluationInput input;
    OptimiseRequest request;
};

// An instance with random constraints; `variant` picks which kinds are used.
Instance randomInstance(unsigned seed, HarmMeasure measure, bool constraints)
{
    std::mt19937 random(seed);
    const int branches = std::uniform_int_distribution<int>(2, 12)(random);
    Instance instance;
    instance.input = randomCity(random, branches, constraints && seed % 5 == 0);
    instance.request.measure = measure;
    if (!constraints)
        return instance;
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    for (const Office &office : instance.input.offices) {
        if (!office.isBranchOffice())
            continue;
        const double draw = coin(random);
        if (draw < 0.1)
            instance.request.constraints.mustKeep.append(office.id);
        else if (draw < 0.18)
            instance.request.constraints.mustClose.append(office.id);
    }
    instance.request.constraints.requireWithinGuide = coin(random) < 0.3;
    if (coin(random) < 0.3)
        instance.request.constraints.maxWorkload = 12000.0;
    if (coin(random) < 0.4)
        instance.request.constraints.maxResidentsGained = std::round(coin(random) * 15000.0);
    if (coin(random) < 0.3)
        instance.request.constraints.maxWorkloadGained = std::round(coin(random) * 30000.0);
    return instance;
}

// The offices the rules leave free and those that must close, worked out from the constraints here
// (not from the optimiser's answer); false when a must-close office is kept by a rule.
bool freeAndClosed(const EvaluationInput &input, const ClosureConstraints &constraints, std::vector<int> &free,
                   std::vector<int> &mustClose, const DistanceCalculator &distance)
{
    const std::optional<int> year = judgedWorkloadFiscalYear(input.criteria, input.offices);
    for (std::size_t o = 0; o < input.offices.size(); ++o) {
        const Office &office = input.offices[o];
        if (!office.isBranchOffice())
            continue;
        double toWard = std::numeric_limits<double>::infinity();
        for (const Office &ward : input.offices) {
            if (ward.isWardOffice())
                toWard = std::min(toWard, distance.distanceMeters(office.location, ward.location));
        }
        std::optional<double> workload;
        if (year && office.workloadByFiscalYear.count(*year))
            workload = office.workloadByFiscalYear.at(*year);
        const bool workloadRules = year && (constraints.maxWorkload || constraints.maxWorkloadGained);
        const bool kept = constraints.mustKeep.contains(office.id)
                          || (constraints.requireWithinGuide && toWard > input.criteria.distanceThresholdMeters)
                          || (workloadRules && !workload)
                          || (year && constraints.maxWorkload && workload && *workload > *constraints.maxWorkload);
        if (constraints.mustClose.contains(office.id)) {
            if (kept && !constraints.mustKeep.contains(office.id))
                return false;
            mustClose.push_back(int(o));
        } else if (!kept) {
            free.push_back(int(o));
        }
    }
    return true;
}

// Runs the optimiser's frontier and the enumeration on one instance and compares every k.
void checkAgainstEnumeration(const Instance &instance, unsigned seed)
{
    const test::PlanarTestDistance distance;
    std::vector<int> free, mustClose;
    const bool consistent = freeAndClosed(instance.input, instance.request.constraints, free, mustClose, distance);
    const ClosureProblem problem = ClosureProblem::build(instance.input, distance);
    INFO("seed " << seed << ", measure " << harmMeasureKey(instance.request.measure).toStdString() << ", "
                 << free.size() << " free, " << mustClose.size() << " must close");
    if (!consistent) {
        CHECK_THROWS_AS(optimiseClosures(problem, instance.request), InputError);
        return;
    }
    const Enumeration enumeration(instance.input, distance);
    const auto best = enumeration.frontier(instance.request.measure, free, mustClose, instance.request.constraints);
    const bool anyFeasible = std::any_of(best.begin(), best.end(), [](const auto &b) { return b.has_value(); });
    if (!anyFeasible) {
        CHECK_THROWS_AS(optimiseClosures(problem, instance.request), InputError);
        return;
    }
    const ClosureOptimisation answer = optimiseClosures(problem, instance.request);
    CHECK_FALSE(answer.stoppedEarly);
    for (std::size_t k = 0; k < best.size(); ++k) {
        INFO("k = " << k);
        const ClosureSet *set = answer.setWithClosures(int(k));
        if (!best[k]) {
            CHECK(set == nullptr);
            continue;
        }
        REQUIRE(set != nullptr);
        CHECK(set->provenOptimal);
        CHECK(set->closedOfficeIds.size() == int(k));
        const double value = set->measures.value(instance.request.measure);
        CHECK(value == Approx(best[k]->value).epsilon(1e-9).margin(1e-6));
        CHECK(set->measures.meanDistanceMeters == Approx(best[k]->mean).epsilon(1e-9));
        // The set's own figures, worked out by the enumeration, and the constraints it meets.
        std::vector<bool> closed(instance.input.offices.size(), false);
        for (const QString &id : set->closedOfficeIds)
            closed[std::size_t(findOfficeIndex(instance.input.offices, id))] = true;
        for (int o : mustClose)
            CHECK(closed[std::size_t(o)]);
        for (std::size_t o = 0; o < closed.size(); ++o) {
            if (closed[o])
                CHECK((std::find(free.begin(), free.end(), int(o)) != free.end()
                       || std::find(mustClose.begin(), mustClose.end(), int(o)) != mustClose.end()));
        }
        const Brute own = enumeration.measure(closed);
        CHECK(set->measures.residentsBeyond == Approx(own.beyond).epsilon(1e-12));
        CHECK(set->measures.residents65Beyond == Approx(own.beyond65).epsilon(1e-12));
        CHECK(set->measures.maxResidentsGained == Approx(own.residentsGained).epsilon(1e-12));
    }
}

void checkRandomInstances(HarmMeasure measure, bool constraints, unsigned firstSeed, int count)
{
    for (int i = 0; i < count; ++i) {
        const unsigned seed = firstSeed + unsigned(i);
        checkAgainstEnumeration(randomInstance(seed, measure, constraints), seed);
    }
}

// The impact analysis of the scenario that closes exactly the set.
ScenarioImpact impactOf(const EvaluationInput &input, const ClosureSet &set, const DistanceCalculator &distance)
{
    Scenario scenario;
    scenario.name = QStringLiteral("set");
    for (const QString &id : set.closedOfficeIds)
        scenario.decisions[id] = Decision::Close;
    return assessImpact(input, scenario, distance);
}

} // namespace

TEST_CASE("the frontier of residents beyond the guide equals enumeration on 60 random cities")
{
    checkRandomInstances(HarmMeasure::ResidentsBeyondGuide, false, 1000, 60);
}

TEST_CASE("the frontier of residents 65+ beyond the guide equals enumeration on 40 random cities")
{
    checkRandomInstances(HarmMeasure::Residents65BeyondGuide, false, 2000, 40);
}

TEST_CASE("the frontier of the mean distance equals enumeration on 50 random cities")
{
    checkRandomInstances(HarmMeasure::MeanDistance, false, 3000, 50);
}

TEST_CASE("with must keep, must close, the guide, workload and gain limits the frontier equals enumeration on "
          "90 random cities")
{
    checkRandomInstances(HarmMeasure::ResidentsBeyondGuide, true, 4000, 30);
    checkRandomInstances(HarmMeasure::Residents65BeyondGuide, true, 5000, 30);
    checkRandomInstances(HarmMeasure::MeanDistance, true, 6000, 30);
}

TEST_CASE("the impact analysis of every frontier set gives the optimiser's own figures")
{
    const test::PlanarTestDistance distance;
    for (unsigned seed = 7000; seed < 7010; ++seed) {
        const Instance instance = randomInstance(seed, HarmMeasure::MeanDistance, false);
        const ClosureOptimisation answer = optimiseClosures(ClosureProblem::build(instance.input, distance),
                                                            instance.request);
        for (const ClosureSet &set : answer.frontier) {
            const ScenarioImpact impact = impactOf(instance.input, set, distance);
            CHECK(impact.closedCount() == set.closures);
            REQUIRE(impact.residentsBeyondThreshold);
            CHECK(impact.residentsBeyondThreshold->populationAfter == set.measures.residentsBeyond);
            CHECK(impact.residentsBeyondThreshold->population65After == set.measures.residents65Beyond);
            REQUIRE(impact.meanDistanceAfterMeters);
            CHECK(*impact.meanDistanceAfterMeters == set.measures.meanDistanceMeters);
        }
    }
}

TEST_CASE("the Kumamoto frontier equals enumeration of all 16,384 sets of its 14 branch offices, and the "
          "impact analysis agrees",
          "[realdata]")
{
    const auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
    const Criteria criteria = project->project.criteria;
    const EvaluationInput input = evaluationInputOf(*project, criteria);
    const gis::ProjGeodesic distance;
    const ClosureProblem problem = ClosureProblem::build(input, distance);
    const Enumeration enumeration(input, distance);
    std::vector<int> free;
    for (std::size_t o = 0; o < input.offices.size(); ++o) {
        if (input.offices[o].isBranchOffice())
            free.push_back(int(o));
    }
    REQUIRE(free.size() == 14);

    for (HarmMeasure measure : allHarmMeasures()) {
        INFO(harmMeasureKey(measure).toStdString());
        OptimiseRequest request;
        request.measure = measure;
        request.scenario = defaultScenario(*project);
        const ClosureOptimisation answer = optimiseClosures(problem, request);
        // One binary variable per branch office, and the "all closed" variables the cells share.
        CHECK(answer.programVariables > 14);
        CHECK(answer.programVariables < 2000);
        CHECK(answer.programConstraints > 1);
        const auto best = enumeration.frontier(measure, free, {}, {});
        REQUIRE(answer.frontier.size() == 15);
        for (const ClosureSet &set : answer.frontier) {
            INFO("k = " << set.closures);
            CHECK(set.provenOptimal);
            CHECK(set.measures.value(measure) == Approx(best[std::size_t(set.closures)]->value).epsilon(1e-9));
            CHECK(set.measures.meanDistanceMeters == Approx(best[std::size_t(set.closures)]->mean).epsilon(1e-9));
            // Through the pipeline, as the workbench and the command line would show the set.
            const ScenarioImpact impact =
                assessProjectImpact(*project, criteria, scenarioFromClosureSet(set, Scenario{}, QStringLiteral("s")));
            CHECK(impact.residentsBeyondThreshold->populationAfter == set.measures.residentsBeyond);
            CHECK(impact.residentsBeyondThreshold->population65After == set.measures.residents65Beyond);
            CHECK(*impact.meanDistanceAfterMeters == set.measures.meanDistanceMeters);
        }
        // The 2016 policy's seven closures, measured the same way.
        REQUIRE(answer.scenarioSet);
        CHECK(answer.scenarioSet->closures == 7);
        const ClosureSet *same = answer.setWithClosures(7);
        REQUIRE(same);
        CHECK(same->measures.value(measure) <= answer.scenarioSet->measures.value(measure) + 1e-9);
    }
}

TEST_CASE("must keep, must close and the number of closures are checked against the offices table")
{
    std::mt19937 random(11);
    const EvaluationInput input = randomCity(random, 6, false);
    const test::PlanarTestDistance distance;
    const ClosureProblem problem = ClosureProblem::build(input, distance);
    QString ward, branch, other;
    for (const Office &office : input.offices) {
        if (office.isWardOffice() && ward.isEmpty())
            ward = office.id;
        else if (office.isBranchOffice() && branch.isEmpty())
            branch = office.id;
        else if (office.isBranchOffice() && other.isEmpty())
            other = office.id;
    }
    auto failure = [&](const OptimiseRequest &request) {
        try {
            optimiseClosures(problem, request);
        } catch (const InputError &error) {
            return error.diagnostic().message;
        }
        return QStringLiteral("no error");
    };

    OptimiseRequest request;
    request.constraints.mustKeep = {QStringLiteral("nowhere")};
    CHECK(failure(request).contains(QStringLiteral("nowhere is not in the offices table")));

    request = {};
    request.constraints.mustClose = {ward};
    CHECK(failure(request).contains(QStringLiteral("is a ward office")));

    request = {};
    request.constraints.mustKeep = {branch};
    request.constraints.mustClose = {branch};
    CHECK(failure(request).contains(QStringLiteral("both in must keep and in must close")));

    request = {};
    request.closures = 7;
    CHECK(failure(request).contains(QStringLiteral("7 closures cannot be chosen")));
    request.closures = -1;
    CHECK(failure(request).contains(QStringLiteral("cannot be chosen")));
    request.constraints.mustClose = {branch, other};
    request.closures = 1;
    CHECK(failure(request).contains(QStringLiteral("between 2 and 6")));

    request = {};
    request.constraints.mustClose = {branch};
    request.constraints.maxWorkload = 0.0;
    CHECK(failure(request).contains(QStringLiteral("must close, but the constraints keep it open")));

    // Nobody may move: no closure at all is possible but the one that moves nobody, if any.
    request = {};
    request.closures = 6;
    request.constraints.maxResidentsGained = 0.0;
    CHECK(failure(request).contains(QStringLiteral("no set of closures meets the constraints")));
}

TEST_CASE("without a population layer the optimiser says what it needs")
{
    std::mt19937 random(5);
    EvaluationInput input = randomCity(random, 4, false);
    input.population.reset();
    try {
        ClosureProblem::build(input, test::PlanarTestDistance());
        FAIL("no error");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().message.contains(QStringLiteral("needs a population layer")));
    }
}

TEST_CASE("without counts the workload limits are reported as not applied")
{
    std::mt19937 random(8);
    const EvaluationInput input = randomCity(random, 5, true);
    OptimiseRequest request;
    request.constraints.maxWorkload = 100.0;
    request.constraints.maxWorkloadGained = 100.0;
    const ClosureOptimisation answer =
        optimiseClosures(ClosureProblem::build(input, test::PlanarTestDistance()), request);
    CHECK(answer.notApplied.size() == 2);
    CHECK(answer.freeOfficeIds.size() == 5);
    CHECK(answer.frontier.size() == 6);
}

TEST_CASE("a cancelled run before any set is found stops with Cancelled; a time limit returns what it found")
{
    std::mt19937 random(9);
    const EvaluationInput input = randomCity(random, 10, false);
    const ClosureProblem problem = ClosureProblem::build(input, test::PlanarTestDistance());
    Feedback feedback;
    feedback.cancel();
    CHECK_THROWS_AS(optimiseClosures(problem, OptimiseRequest{}, &feedback), Cancelled);

    // Stop after the third set of the frontier: the sets found are kept, the run says it stopped.
    int reports = 0;
    Feedback *self = nullptr;
    Feedback stopping([&](double) {
        if (++reports >= 3 && self)
            self->cancel();
    });
    self = &stopping;
    const ClosureOptimisation answer = optimiseClosures(problem, OptimiseRequest{}, &stopping);
    CHECK(answer.stoppedEarly);
    CHECK_FALSE(answer.frontier.empty());
    CHECK(answer.frontier.size() < 11);
}

TEST_CASE("a scenario made from a set closes exactly the set and keeps the base's other decisions")
{
    Scenario base;
    base.name = QStringLiteral("2016年方針");
    base.decisions[QStringLiteral("a")] = Decision::Close;
    base.decisions[QStringLiteral("b")] = Decision::Upgrade;
    base.decisions[QStringLiteral("c")] = Decision::ServiceCorner;
    base.notes[QStringLiteral("b")] = QStringLiteral("総合出張所へ");
    const ClosureConstraints constraints = constraintsFromScenario(base);
    CHECK(constraints.mustClose == QStringList{QStringLiteral("a")});
    CHECK(constraints.mustKeep == QStringList{QStringLiteral("b")});

    ClosureSet set;
    set.closedOfficeIds = {QStringLiteral("c"), QStringLiteral("d")};
    set.closures = 2;
    const Scenario made = scenarioFromClosureSet(set, base, QStringLiteral("最適案"));
    CHECK(made.name == QStringLiteral("最適案"));
    CHECK(made.decisions.size() == 3);
    CHECK(made.decisions.at(QStringLiteral("b")) == Decision::Upgrade);
    CHECK(made.decisions.at(QStringLiteral("c")) == Decision::Close);
    CHECK(made.decisions.at(QStringLiteral("d")) == Decision::Close);
    CHECK(made.decisions.count(QStringLiteral("a")) == 0);
    CHECK(made.notes == base.notes);
}
