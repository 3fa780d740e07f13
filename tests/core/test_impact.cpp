#include "planartestdistance.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/evaluator.h"
#include "core/feedback.h"
#include "core/impact.h"
#include "core/scenario.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

using namespace madoguchi;

namespace {

using test::PlanarTestDistance;

const QString kChuo = QStringLiteral("中央区");
const QString kHigashi = QStringLiteral("東区");
const QString kNishi = QStringLiteral("西区");

Office office(const QString &id, OfficeKind kind, const QString &ward, double x, double y,
              std::optional<double> fy2014 = std::nullopt)
{
    Office o;
    o.id = id;
    o.name = id + QStringLiteral("出張所");
    o.kind = kind;
    o.ward = ward;
    o.location = GeoPoint{x, y};
    if (fy2014)
        o.workloadByFiscalYear[2014] = fy2014;
    return o;
}

PopulationCell cell(const QString &id, double x, double y, double population, std::optional<double> population65)
{
    return PopulationCell{id, GeoPoint{x, y}, population, population65};
}

// A layout worked out by hand (1 unit = 1 km):
//   ward_a (0,0) 中央区 5000 transactions        ward_b (10,0) 東区 4000
//   br_near (2,0) 西区 300       -> closed; nearest open counter ward_a, 2 km (moves across wards)
//   br_far (0,8) 中央区 800      -> closed; nearest open counter br_keep, 1 km (not a ward office)
//   br_keep (1,8) 中央区 1200    -> kept
//   br_corner (8,0) 東区 600     -> service corner: open, keeps its own workload
//   br_east (7.5,0) 東区 200     -> closed; nearest open counter the service corner, 0.5 km
//   br_up (10,5) 東区 900        -> upgraded
EvaluationInput handLayout()
{
    EvaluationInput input;
    input.offices = {office(QStringLiteral("ward_a"), OfficeKind::WardOffice, kChuo, 0, 0, 5000),
                     office(QStringLiteral("ward_b"), OfficeKind::WardOffice, kHigashi, 10, 0, 4000),
                     office(QStringLiteral("br_near"), OfficeKind::Branch, kNishi, 2, 0, 300),
                     office(QStringLiteral("br_far"), OfficeKind::Branch, kChuo, 0, 8, 800),
                     office(QStringLiteral("br_keep"), OfficeKind::GeneralBranch, kChuo, 1, 8, 1200),
                     office(QStringLiteral("br_corner"), OfficeKind::Branch, kHigashi, 8, 0, 600),
                     office(QStringLiteral("br_east"), OfficeKind::Branch, kHigashi, 7.5, 0, 200),
                     office(QStringLiteral("br_up"), OfficeKind::Branch, kHigashi, 10, 5, 900)};
    input.criteria.distanceThresholdMeters = 3000;
    return input;
}

// Cells for the hand layout; the comments give the nearest counter and distance before -> after.
std::vector<PopulationCell> handCells()
{
    return {cell(QStringLiteral("c1"), 2.2, 0, 100, 10),     // br_near 0.2 -> ward_a 2.2
            cell(QStringLiteral("c2"), 0, 9, 200, 50),       // br_far 1.0 -> br_keep 1.414
            cell(QStringLiteral("c3"), 0, 4.5, 400, 100),    // br_far 3.5 -> br_keep 3.64 (beyond both)
            cell(QStringLiteral("c4"), 6.5, 0, 50, std::nullopt), // br_east 1.0 -> br_corner 1.5
            cell(QStringLiteral("c5"), 5, -4, 1000, 300),    // br_east 4.72 -> br_corner 5.0 (beyond both)
            cell(QStringLiteral("c6"), 10, 2, 300, 30),      // ward_b 2.0 -> ward_b 2.0
            cell(QStringLiteral("c7"), 2, -2.5, 70, 7),      // br_near 2.5 -> ward_a 3.20 (beyond after)
            cell(QStringLiteral("c8"), 4.4, 0, 500, 200)};   // br_near 2.4 -> br_corner 3.6 (beyond after)
}

Scenario handScenario()
{
    Scenario scenario;
    scenario.name = QStringLiteral("案A");
    scenario.decisions = {{QStringLiteral("br_near"), Decision::Close},
                          {QStringLiteral("br_far"), Decision::Close},
                          {QStringLiteral("br_keep"), Decision::Keep},
                          {QStringLiteral("br_corner"), Decision::ServiceCorner},
                          {QStringLiteral("br_east"), Decision::Close},
                          {QStringLiteral("br_up"), Decision::Upgrade}};
    return scenario;
}

const CounterImpact &counterOf(const ScenarioImpact &impact, const QString &id)
{
    const CounterImpact *counter = impact.counter(id);
    if (!counter)
        FAIL("no counter " << id);
    return *counter;
}

const WardImpact &wardOf(const ScenarioImpact &impact, const QString &ward)
{
    for (const WardImpact &candidate : impact.wards) {
        if (candidate.ward == ward)
            return candidate;
    }
    FAIL("no ward " << ward);
    throw std::logic_error("unreachable");
}

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300});
}

struct Sums
{
    double workloadBefore = 0, workloadAfter = 0;
    double populationBefore = 0, populationAfter = 0, population65Before = 0, population65After = 0;
};

Sums sumCounters(const ScenarioImpact &impact)
{
    Sums sums;
    for (const CounterImpact &counter : impact.counters) {
        sums.workloadBefore += counter.workloadBefore.value_or(0);
        sums.workloadAfter += counter.workloadAfter.value_or(0);
        if (counter.catchmentBefore) {
            sums.populationBefore += counter.catchmentBefore->population;
            sums.populationAfter += counter.catchmentAfter->population;
            sums.population65Before += counter.catchmentBefore->population65;
            sums.population65After += counter.catchmentAfter->population65;
        }
    }
    return sums;
}

} // namespace

TEST_CASE("each closed counter's work goes to the nearest open counter, which may be a branch or a service corner")
{
    const ScenarioImpact impact = assessImpact(handLayout(), handScenario(), PlanarTestDistance());
    CHECK(impact.scenarioName == QStringLiteral("案A"));
    CHECK(impact.closedCount() == 3);
    CHECK(impact.counters.size() == 8);

    const CounterImpact &near = counterOf(impact, QStringLiteral("br_near"));
    CHECK_FALSE(near.openAfter);
    CHECK(near.receivingOfficeId == QStringLiteral("ward_a"));
    CHECK(*near.distanceToReceivingMeters == Approx(2000.0));
    CHECK(counterOf(impact, QStringLiteral("br_far")).receivingOfficeId == QStringLiteral("br_keep"));
    CHECK(*counterOf(impact, QStringLiteral("br_far")).distanceToReceivingMeters == Approx(1000.0));
    CHECK(counterOf(impact, QStringLiteral("br_east")).receivingOfficeId == QStringLiteral("br_corner"));

    CHECK(counterOf(impact, QStringLiteral("ward_a")).receivedFrom == QStringList{QStringLiteral("br_near")});
    CHECK(counterOf(impact, QStringLiteral("br_keep")).receivedFrom == QStringList{QStringLiteral("br_far")});
    CHECK(counterOf(impact, QStringLiteral("br_corner")).openAfter);
    CHECK(counterOf(impact, QStringLiteral("br_up")).receivingOfficeId.isEmpty());

    REQUIRE(impact.transfers.size() == 3);
    CHECK(impact.transfers[0].fromOfficeId == QStringLiteral("br_near"));
    CHECK(impact.transfers[0].toOfficeId == QStringLiteral("ward_a"));
    CHECK(impact.transfers[1].fromOfficeId == QStringLiteral("br_far"));
    CHECK(impact.transfers[2].fromOfficeId == QStringLiteral("br_east"));
    CHECK(impact.transfers[2].distanceMeters == Approx(500.0));
}

TEST_CASE("workload moves with closed counters only, and the total is conserved")
{
    const ScenarioImpact impact = assessImpact(handLayout(), handScenario(), PlanarTestDistance());
    REQUIRE(impact.fiscalYear == 2014);
    CHECK(*counterOf(impact, QStringLiteral("ward_a")).workloadAfter == 5300);
    CHECK(*counterOf(impact, QStringLiteral("ward_b")).workloadAfter == 4000);
    CHECK(*counterOf(impact, QStringLiteral("br_keep")).workloadAfter == 2000);
    // The service corner keeps its own work and receives the closed neighbour's.
    CHECK(*counterOf(impact, QStringLiteral("br_corner")).workloadAfter == 800);
    CHECK(*counterOf(impact, QStringLiteral("br_up")).workloadAfter == 900);
    for (const char *closed : {"br_near", "br_far", "br_east"})
        CHECK(*counterOf(impact, QLatin1String(closed)).workloadAfter == 0);
    CHECK(*impact.transfers[1].workload == 800);

    const Sums sums = sumCounters(impact);
    CHECK(sums.workloadBefore == 13000);
    CHECK(relativeDifference(sums.workloadAfter, sums.workloadBefore) <= 1e-6);
    CHECK(*impact.totalWorkloadBefore == 13000);
    CHECK(*impact.totalWorkloadAfter == 13000);
    CHECK(impact.warnings.empty());
}

TEST_CASE("per ward totals follow the work across ward boundaries")
{
    const ScenarioImpact impact = assessImpact(handLayout(), handScenario(), PlanarTestDistance());
    REQUIRE(impact.wards.size() == 3);
    CHECK(impact.wards[0].ward == kChuo);
    CHECK(impact.wards[1].ward == kHigashi);
    CHECK(impact.wards[2].ward == kNishi);

    const WardImpact &nishi = wardOf(impact, kNishi);
    CHECK(*nishi.workloadBefore == 300);
    CHECK(*nishi.workloadAfter == 0);
    CHECK(nishi.openCountersBefore == 1);
    CHECK(nishi.openCountersAfter == 0);
    const WardImpact &chuo = wardOf(impact, kChuo);
    CHECK(*chuo.workloadBefore == 7000);
    CHECK(*chuo.workloadAfter == 7300);
    CHECK(chuo.openCountersAfter == 2);
    const WardImpact &higashi = wardOf(impact, kHigashi);
    CHECK(*higashi.workloadBefore == 5700);
    CHECK(*higashi.workloadAfter == 5700);
    // No population layer: no population totals.
    CHECK_FALSE(higashi.populationBefore.has_value());
}

TEST_CASE("residents go to their own nearest open counter, not necessarily the closed office's receiver")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());

    CHECK(counterOf(impact, QStringLiteral("br_near")).catchmentBefore->population == 670);
    CHECK(counterOf(impact, QStringLiteral("br_far")).catchmentBefore->population == 600);
    CHECK(counterOf(impact, QStringLiteral("br_east")).catchmentBefore->population == 1050);
    CHECK(counterOf(impact, QStringLiteral("ward_b")).catchmentBefore->population == 300);
    CHECK(counterOf(impact, QStringLiteral("br_keep")).catchmentBefore->population == 0);

    // c8 was br_near's (received by ward_a) but is nearer the service corner.
    CHECK(counterOf(impact, QStringLiteral("ward_a")).catchmentAfter->population == 170);
    CHECK(counterOf(impact, QStringLiteral("br_corner")).catchmentAfter->population == 1550);
    CHECK(counterOf(impact, QStringLiteral("br_keep")).catchmentAfter->population == 600);
    CHECK(counterOf(impact, QStringLiteral("ward_b")).catchmentAfter->population == 300);
    for (const char *closed : {"br_near", "br_far", "br_east"}) {
        CHECK(counterOf(impact, QLatin1String(closed)).catchmentAfter->population == 0);
        CHECK(counterOf(impact, QLatin1String(closed)).catchmentAfter->cells == 0);
    }
    CHECK(counterOf(impact, QStringLiteral("br_corner")).catchmentAfter->population65 == 500);
    CHECK(counterOf(impact, QStringLiteral("br_corner")).catchmentAfter->cellsWithoutPopulation65 == 1);

    // The simple transfer moves the whole former catchment to the receiver.
    CHECK(*impact.transfers[0].population == 670);
    CHECK(*impact.transfers[0].population65 == 217);

    const Sums sums = sumCounters(impact);
    CHECK(sums.populationBefore == 2620);
    CHECK(relativeDifference(sums.populationAfter, sums.populationBefore) <= 1e-6);
    CHECK(relativeDifference(sums.population65After, sums.population65Before) <= 1e-6);

    CHECK(*wardOf(impact, kNishi).populationBefore == 670);
    CHECK(*wardOf(impact, kNishi).populationAfter == 0);
    CHECK(*wardOf(impact, kChuo).populationAfter == 770);
    CHECK(*wardOf(impact, kHigashi).populationAfter == 1850);
}

TEST_CASE("residents beyond the distance guide of their nearest counter are counted before and after")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());
    REQUIRE(impact.residentsBeyondThreshold);
    const ResidentsBeyondThreshold &beyond = *impact.residentsBeyondThreshold;
    CHECK(beyond.thresholdMeters == 3000);
    CHECK(beyond.populationBefore == 1400);      // c3, c5
    CHECK(beyond.population65Before == 400);
    CHECK(beyond.populationAfter == 1970);       // c3, c5, c7, c8
    CHECK(beyond.population65After == 607);

    // With a 5 km guide only c5 is beyond after (5.0 km is not beyond 5 km).
    input.criteria.distanceThresholdMeters = 5000;
    const ScenarioImpact wider = assessImpact(input, handScenario(), PlanarTestDistance());
    CHECK(wider.residentsBeyondThreshold->populationBefore == 0);
    CHECK(wider.residentsBeyondThreshold->populationAfter == 0);
    input.criteria.distanceThresholdMeters = 4999;
    const ScenarioImpact narrower = assessImpact(input, handScenario(), PlanarTestDistance());
    CHECK(narrower.residentsBeyondThreshold->populationAfter == 1000);
}

TEST_CASE("a closed office's former residents have a population-weighted mean distance before and after")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());
    REQUIRE(impact.closedOffices.size() == 3);
    const ClosedOfficeAccess &near = impact.closedOffices[0];
    CHECK(near.officeId == QStringLiteral("br_near"));
    CHECK(near.population == 670);
    CHECK(near.population65 == 217);
    // c1 100 residents at 0.2 -> 2.2 km, c7 70 at 2.5 -> hypot(2, 2.5) km, c8 500 at 2.4 -> 3.6 km.
    CHECK(*near.meanDistanceBeforeMeters == Approx((100 * 200.0 + 70 * 2500.0 + 500 * 2400.0) / 670));
    CHECK(*near.meanDistanceAfterMeters
          == Approx((100 * 2200.0 + 70 * 1000.0 * std::hypot(2.0, 2.5) + 500 * 3600.0) / 670));
    CHECK(impact.closedOffices[1].officeId == QStringLiteral("br_far"));
    CHECK(impact.closedOffices[2].officeId == QStringLiteral("br_east"));
}

TEST_CASE("every resident's mean distance to the nearest counter is the cells' distances weighted by residents")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());
    const test::PlanarTestDistance distance;
    // Worked out from the catchment assignment, which the optimiser's figures are checked against.
    std::vector<Counter> all, open;
    for (const Office &office : input.offices) {
        all.push_back(Counter{office.id, office.location});
        if (impact.counter(office.id)->openAfter)
            open.push_back(Counter{office.id, office.location});
    }
    auto mean = [&](const std::vector<Counter> &counters) {
        const CatchmentAssignment assignment = assignCatchments(*input.population, counters, distance);
        double residents = 0.0, weighted = 0.0;
        for (std::size_t c = 0; c < input.population->size(); ++c) {
            residents += (*input.population)[c].population;
            weighted += (*input.population)[c].population * assignment.distanceOfCellMeters[c];
        }
        return weighted / residents;
    };
    REQUIRE(impact.meanDistanceBeforeMeters);
    REQUIRE(impact.meanDistanceAfterMeters);
    CHECK(*impact.meanDistanceBeforeMeters == Approx(mean(all)));
    CHECK(*impact.meanDistanceAfterMeters == Approx(mean(open)));
    CHECK(*impact.meanDistanceAfterMeters > *impact.meanDistanceBeforeMeters);
    // Without residents there is no mean.
    input.population = std::vector<PopulationCell>{cell(QStringLiteral("empty"), 10, 1, 0, 0)};
    CHECK_FALSE(assessImpact(input, handScenario(), PlanarTestDistance()).meanDistanceAfterMeters.has_value());
}

TEST_CASE("a closed office whose catchment is empty has no mean distance")
{
    EvaluationInput input = handLayout();
    input.population = std::vector<PopulationCell>{cell(QStringLiteral("only"), 10, 1, 10, 1)};
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());
    for (const ClosedOfficeAccess &closed : impact.closedOffices) {
        CHECK(closed.population == 0);
        CHECK_FALSE(closed.meanDistanceBeforeMeters.has_value());
    }
}

TEST_CASE("a closed office equidistant from two open counters goes to the id that sorts first, in any order")
{
    EvaluationInput input;
    input.offices = {office(QStringLiteral("z_ward"), OfficeKind::WardOffice, kChuo, 0, 0),
                     office(QStringLiteral("a_ward"), OfficeKind::WardOffice, kHigashi, 10, 0),
                     office(QStringLiteral("br_mid"), OfficeKind::Branch, kChuo, 5, 0)};
    Scenario scenario;
    scenario.name = QStringLiteral("tie");
    scenario.decisions[QStringLiteral("br_mid")] = Decision::Close;
    CHECK(assessImpact(input, scenario, PlanarTestDistance()).counter(QStringLiteral("br_mid"))->receivingOfficeId
          == QStringLiteral("a_ward"));
    std::swap(input.offices[0], input.offices[1]);
    CHECK(assessImpact(input, scenario, PlanarTestDistance()).counter(QStringLiteral("br_mid"))->receivingOfficeId
          == QStringLiteral("a_ward"));
}

TEST_CASE("the status quo changes nothing")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    Scenario statusQuo;
    statusQuo.name = QStringLiteral("現状");
    const ScenarioImpact impact = assessImpact(input, statusQuo, PlanarTestDistance());
    CHECK(impact.closedCount() == 0);
    CHECK(impact.transfers.empty());
    for (const CounterImpact &counter : impact.counters) {
        CHECK(counter.workloadAfter == counter.workloadBefore);
        CHECK(counter.catchmentAfter->population == counter.catchmentBefore->population);
    }
    CHECK(impact.residentsBeyondThreshold->populationAfter == impact.residentsBeyondThreshold->populationBefore);
}

TEST_CASE("without counts there is no workload, and an empty count leaves the receiver's and the totals unknown")
{
    EvaluationInput input = handLayout();
    for (Office &o : input.offices)
        o.workloadByFiscalYear.clear();
    const ScenarioImpact none = assessImpact(input, handScenario(), PlanarTestDistance());
    CHECK_FALSE(none.fiscalYear.has_value());
    CHECK_FALSE(none.totalWorkloadBefore.has_value());
    for (const CounterImpact &counter : none.counters)
        CHECK_FALSE(counter.workloadAfter.has_value());

    input = handLayout();
    input.offices[3].workloadByFiscalYear[2014] = std::nullopt; // br_far, closed into br_keep
    const ScenarioImpact partial = assessImpact(input, handScenario(), PlanarTestDistance());
    CHECK_FALSE(counterOf(partial, QStringLiteral("br_keep")).workloadAfter.has_value());
    CHECK(*counterOf(partial, QStringLiteral("ward_a")).workloadAfter == 5300);
    CHECK_FALSE(partial.totalWorkloadBefore.has_value());
    CHECK_FALSE(partial.totalWorkloadAfter.has_value());
    REQUIRE(partial.warnings.size() == 1);
    CHECK(partial.warnings[0].location.contains(QStringLiteral("br_far")));
}

TEST_CASE("the chosen fiscal year's workload is moved")
{
    EvaluationInput input = handLayout();
    for (Office &o : input.offices)
        o.workloadByFiscalYear[2015] = 1.0;
    CHECK(assessImpact(input, handScenario(), PlanarTestDistance()).fiscalYear == 2015);
    input.criteria.workloadFiscalYear = 2014;
    const ScenarioImpact impact = assessImpact(input, handScenario(), PlanarTestDistance());
    CHECK(impact.fiscalYear == 2014);
    CHECK(*impact.totalWorkloadAfter == 13000);
}

TEST_CASE("a scenario naming an unknown office or deciding on a ward office cannot be assessed")
{
    Scenario scenario = handScenario();
    scenario.decisions[QStringLiteral("br_gone")] = Decision::Close;
    try {
        assessImpact(handLayout(), scenario, PlanarTestDistance());
        FAIL("no error");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().message.contains(QStringLiteral("案A")));
        CHECK(error.diagnostic().message.contains(QStringLiteral("br_gone")));
    }
    scenario = handScenario();
    scenario.decisions[QStringLiteral("ward_a")] = Decision::Close;
    CHECK_THROWS_AS(assessImpact(handLayout(), scenario, PlanarTestDistance()), InputError);
}

TEST_CASE("random layouts conserve workload and residents, and the result does not depend on the table order")
{
    std::mt19937 random(20160401);
    std::uniform_real_distribution<double> coordinate(0.0, 20.0);
    std::uniform_real_distribution<double> count(0.0, 30000.0);
    std::uniform_int_distribution<int> decision(0, 3);
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        EvaluationInput input;
        Scenario scenario;
        scenario.name = QStringLiteral("random");
        for (int i = 0; i < 12; ++i) {
            const bool ward = i < 3;
            const QString id = (ward ? QStringLiteral("ward_%1") : QStringLiteral("br_%1")).arg(i);
            input.offices.push_back(office(id, ward ? OfficeKind::WardOffice : OfficeKind::Branch,
                                           i % 2 ? kChuo : kHigashi, coordinate(random), coordinate(random),
                                           count(random)));
            if (!ward)
                scenario.decisions[id] = static_cast<Decision>(decision(random));
        }
        std::vector<PopulationCell> cells;
        for (int c = 0; c < 200; ++c)
            cells.push_back(cell(QStringLiteral("m%1").arg(c), coordinate(random), coordinate(random), count(random) / 10,
                                 c % 7 ? std::optional<double>(count(random) / 40) : std::nullopt));
        input.population = cells;

        const ScenarioImpact impact = assessImpact(input, scenario, PlanarTestDistance());
        const Sums sums = sumCounters(impact);
        CHECK(relativeDifference(sums.workloadAfter, sums.workloadBefore) <= 1e-6);
        CHECK(relativeDifference(sums.populationAfter, sums.populationBefore) <= 1e-6);
        CHECK(relativeDifference(sums.population65After, sums.population65Before) <= 1e-6);
        double wardPopulationAfter = 0;
        for (const WardImpact &ward : impact.wards)
            wardPopulationAfter += *ward.populationAfter;
        CHECK(relativeDifference(wardPopulationAfter, sums.populationBefore) <= 1e-6);
        // Residents can only lose counters: never fewer beyond the guide after.
        CHECK(impact.residentsBeyondThreshold->populationAfter >= impact.residentsBeyondThreshold->populationBefore);
        for (const CounterImpact &counter : impact.counters) {
            if (!counter.openAfter) {
                const CounterImpact &receiver = counterOf(impact, counter.receivingOfficeId);
                CHECK(receiver.openAfter);
            }
        }

        // Same input, same output; reversed table, same result per office.
        const ScenarioImpact again = assessImpact(input, scenario, PlanarTestDistance());
        EvaluationInput reversed = input;
        std::reverse(reversed.offices.begin(), reversed.offices.end());
        const ScenarioImpact reversedImpact = assessImpact(reversed, scenario, PlanarTestDistance());
        for (const CounterImpact &counter : impact.counters) {
            for (const ScenarioImpact *other : {&again, &reversedImpact}) {
                const CounterImpact &same = counterOf(*other, counter.officeId);
                CHECK(same.receivingOfficeId == counter.receivingOfficeId);
                // Transfers may be added in another order: equal up to rounding.
                CHECK(*same.workloadAfter == Approx(*counter.workloadAfter));
                CHECK(same.catchmentAfter->population == Approx(counter.catchmentAfter->population));
                CHECK(same.catchmentAfter->cells == counter.catchmentAfter->cells);
            }
        }
        CHECK(again.residentsBeyondThreshold->populationAfter == impact.residentsBeyondThreshold->populationAfter);
    }
}

TEST_CASE("the assessment reports progress to the end and stops when cancelled")
{
    EvaluationInput input = handLayout();
    input.population = handCells();
    double last = -1;
    bool monotonic = true;
    Feedback feedback([&](double fraction) {
        monotonic = monotonic && fraction >= last;
        last = fraction;
    });
    assessImpact(input, handScenario(), PlanarTestDistance(), &feedback);
    CHECK(last == 1.0);
    CHECK(monotonic);

    Feedback cancelled;
    cancelled.cancel();
    CHECK_THROWS_AS(assessImpact(input, handScenario(), PlanarTestDistance(), &cancelled), Cancelled);
}
