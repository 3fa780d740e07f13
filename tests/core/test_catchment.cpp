#include "planartestdistance.h"
#include "testsupport.h"

#include "core/catchment.h"
#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/feedback.h"

#include <cmath>
#include <numeric>
#include <random>

using namespace madoguchi;

namespace {

using test::PlanarTestDistance;

PopulationCell cell(const QString &id, double x, double y, double population,
                    std::optional<double> population65 = std::nullopt)
{
    return PopulationCell{id, GeoPoint{x, y}, population, population65};
}

Counter counter(const QString &id, double x, double y)
{
    return Counter{id, GeoPoint{x, y}};
}

const CounterCatchment &catchmentOf(const CatchmentAssignment &assignment, const QString &officeId)
{
    for (const CounterCatchment &catchment : assignment.catchments) {
        if (catchment.officeId == officeId)
            return catchment;
    }
    FAIL("no catchment for " << officeId);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("every cell is assigned to its nearest counter with the distance to it")
{
    const PlanarTestDistance distance;
    const std::vector<Counter> counters{counter(QStringLiteral("west"), 0, 0),
                                        counter(QStringLiteral("east"), 10, 0),
                                        counter(QStringLiteral("north"), 0, 10)};
    const std::vector<PopulationCell> cells{
        cell(QStringLiteral("c1"), 1, 1, 100), cell(QStringLiteral("c2"), 9, 1, 200),
        cell(QStringLiteral("c3"), 1, 8, 300), cell(QStringLiteral("c4"), 6, 0, 400)};

    const CatchmentAssignment assignment = assignCatchments(cells, counters, distance);

    REQUIRE(assignment.counterOfCell == std::vector<int>{0, 1, 2, 1});
    REQUIRE(assignment.distanceOfCellMeters.size() == 4);
    CHECK(assignment.distanceOfCellMeters[0] == Approx(1000.0 * std::sqrt(2.0)));
    CHECK(assignment.distanceOfCellMeters[1] == Approx(1000.0 * std::sqrt(2.0)));
    CHECK(assignment.distanceOfCellMeters[2] == Approx(1000.0 * std::sqrt(5.0)));
    CHECK(assignment.distanceOfCellMeters[3] == Approx(4000.0));

    REQUIRE(assignment.catchments.size() == 3);
    CHECK(assignment.catchments[0].officeId == QStringLiteral("west"));
    CHECK(assignment.catchments[0].population == 100.0);
    CHECK(assignment.catchments[0].cells == 1);
    CHECK(assignment.catchments[1].officeId == QStringLiteral("east"));
    CHECK(assignment.catchments[1].population == 600.0);
    CHECK(assignment.catchments[1].cells == 2);
    CHECK(assignment.catchments[2].population == 300.0);
}

TEST_CASE("a cell equidistant from two counters goes to the office id that sorts first, in any table order")
{
    const PlanarTestDistance distance;
    const std::vector<PopulationCell> cells{cell(QStringLiteral("middle"), 0, 0, 50)};
    const std::vector<Counter> forward{counter(QStringLiteral("b_office"), -1, 0),
                                       counter(QStringLiteral("a_office"), 1, 0)};
    const std::vector<Counter> reversed{forward[1], forward[0]};

    const CatchmentAssignment first = assignCatchments(cells, forward, distance);
    const CatchmentAssignment second = assignCatchments(cells, reversed, distance);

    CHECK(forward[std::size_t(first.counterOfCell[0])].officeId == QStringLiteral("a_office"));
    CHECK(reversed[std::size_t(second.counterOfCell[0])].officeId == QStringLiteral("a_office"));
    CHECK(catchmentOf(first, QStringLiteral("a_office")).population == 50.0);
    CHECK(catchmentOf(first, QStringLiteral("b_office")).population == 0.0);
}

TEST_CASE("distances within a millimetre are a tie, a larger difference is not")
{
    const PlanarTestDistance distance;
    const std::vector<PopulationCell> cells{cell(QStringLiteral("c"), 0, 0, 1)};

    // b is 0.5 mm nearer than a: still a tie, so a (sorting first) wins.
    const std::vector<Counter> halfMillimetre{counter(QStringLiteral("b"), -1, 0),
                                              counter(QStringLiteral("a"), 1.0000005, 0)};
    CHECK(assignCatchments(cells, halfMillimetre, distance).counterOfCell[0] == 1);

    // b is 2 mm nearer: b wins.
    const std::vector<Counter> twoMillimetres{counter(QStringLiteral("b"), -1, 0),
                                              counter(QStringLiteral("a"), 1.000002, 0)};
    CHECK(assignCatchments(cells, twoMillimetres, distance).counterOfCell[0] == 0);
}

TEST_CASE("office ids in a tie are ordered by code point, not by UTF-16 code unit")
{
    const PlanarTestDistance distance;
    const std::vector<PopulationCell> cells{cell(QStringLiteral("c"), 0, 0, 1)};
    // U+1F3E2 (a surrogate pair in UTF-16, 0xD83C...) sorts after U+FF21 by code point, although its
    // first UTF-16 unit is smaller.
    const char32_t building[] = {0x1F3E2};
    const QString supplementary = QString::fromUcs4(building, 1);
    const QString fullwidthA = QString(QChar(0xFF21));
    REQUIRE(supplementary < fullwidthA); // the code-unit order the rule must not use

    const std::vector<Counter> counters{counter(supplementary, -1, 0), counter(fullwidthA, 1, 0)};
    CHECK(assignCatchments(cells, counters, distance).counterOfCell[0] == 1);
}

TEST_CASE("catchments add up to the layer's totals, the 65+ sums counting only cells with a value")
{
    const PlanarTestDistance distance;
    std::mt19937 random(20160401);
    std::uniform_real_distribution<double> coordinate(-20.0, 20.0);
    std::uniform_int_distribution<int> residents(0, 3000);
    std::vector<PopulationCell> cells;
    for (int i = 0; i < 500; ++i) {
        const double population = residents(random);
        std::optional<double> population65;
        if (i % 7 != 0)
            population65 = std::floor(population * 0.26);
        cells.push_back(
            cell(QString::number(i), coordinate(random), coordinate(random), population, population65));
    }
    const std::vector<Counter> counters{
        counter(QStringLiteral("o1"), 0, 0), counter(QStringLiteral("o2"), 10, 5),
        counter(QStringLiteral("o3"), -12, 3), counter(QStringLiteral("o4"), 4, -15),
        counter(QStringLiteral("o5"), -5, -5)};

    const CatchmentAssignment assignment = assignCatchments(cells, counters, distance);

    double expectedPopulation = 0.0;
    double expectedPopulation65 = 0.0;
    int expectedWithout65 = 0;
    for (const PopulationCell &c : cells) {
        expectedPopulation += c.population;
        if (c.population65)
            expectedPopulation65 += *c.population65;
        else
            ++expectedWithout65;
    }
    double population = 0.0;
    double population65 = 0.0;
    int cellCount = 0;
    int without65 = 0;
    for (const CounterCatchment &catchment : assignment.catchments) {
        population += catchment.population;
        population65 += catchment.population65;
        cellCount += catchment.cells;
        without65 += catchment.cellsWithoutPopulation65;
    }
    CHECK(population == expectedPopulation);
    CHECK(population65 == expectedPopulation65);
    CHECK(cellCount == 500);
    CHECK(without65 == expectedWithout65);
    CHECK(expectedWithout65 > 0);

    // Each cell's counter is really the nearest one.
    REQUIRE(assignment.counterOfCell.size() == cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const double assigned = assignment.distanceOfCellMeters[i];
        for (const Counter &other : counters)
            CHECK(assigned <= distance.distanceMeters(cells[i].representativePoint, other.location) + 0.001);
    }
}

TEST_CASE("cells without residents are still assigned and counted")
{
    const PlanarTestDistance distance;
    const std::vector<PopulationCell> cells{cell(QStringLiteral("mountain"), 5, 5, 0, 0.0),
                                            cell(QStringLiteral("river"), 6, 5, 0)};
    const std::vector<Counter> counters{counter(QStringLiteral("o"), 0, 0)};

    const CatchmentAssignment assignment = assignCatchments(cells, counters, distance);

    CHECK(assignment.catchments[0].cells == 2);
    CHECK(assignment.catchments[0].cellsWithoutPopulation65 == 1);
    CHECK(assignment.catchments[0].population == 0.0);
    CHECK(assignment.counterOfCell == std::vector<int>{0, 0});
}

TEST_CASE("cells without any counter are an input error — no cells give empty catchments")
{
    const PlanarTestDistance distance;
    const std::vector<PopulationCell> cells{cell(QStringLiteral("c"), 0, 0, 10)};
    CHECK_THROWS_AS(assignCatchments(cells, {}, distance), InputError);

    const CatchmentAssignment empty = assignCatchments({}, {counter(QStringLiteral("o"), 0, 0)}, distance);
    REQUIRE(empty.catchments.size() == 1);
    CHECK(empty.catchments[0].cells == 0);
    CHECK(empty.counterOfCell.empty());
}

TEST_CASE("a negative or non-finite population is refused, naming the cell")
{
    const PlanarTestDistance distance;
    const std::vector<Counter> counters{counter(QStringLiteral("o"), 0, 0)};
    try {
        assignCatchments({cell(QStringLiteral("493016111"), 0, 0, -3)}, counters, distance);
        FAIL("a negative population was accepted");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().location.contains(QStringLiteral("493016111")));
    }
    CHECK_THROWS_AS(assignCatchments({cell(QStringLiteral("c"), 0, 0, std::nan(""))}, counters, distance),
                    InputError);
    CHECK_THROWS_AS(assignCatchments({cell(QStringLiteral("c"), 0, 0, 5, -1.0)}, counters, distance),
                    InputError);
}

TEST_CASE("a distance that cannot be computed is an input error, not a silent assignment")
{
    const PlanarTestDistance distance;
    const std::vector<Counter> counters{counter(QStringLiteral("o"), std::nan(""), 0),
                                        counter(QStringLiteral("p"), 1, 0)};
    CHECK_THROWS_AS(assignCatchments({cell(QStringLiteral("c"), 0, 0, 1)}, counters, distance), InputError);
}

TEST_CASE("a cancelled feedback stops the assignment with Cancelled")
{
    const PlanarTestDistance distance;
    std::vector<PopulationCell> cells;
    for (int i = 0; i < 1000; ++i)
        cells.push_back(cell(QString::number(i), i * 0.01, 0, 1));
    const std::vector<Counter> counters{counter(QStringLiteral("o"), 0, 0)};

    Feedback cancelledBefore;
    cancelledBefore.cancel();
    CHECK_THROWS_AS(assignCatchments(cells, counters, distance, &cancelledBefore), Cancelled);

    Feedback *self = nullptr;
    Feedback cancelledMidway([&self](double fraction) {
        if (fraction > 0.3)
            self->cancel();
    });
    self = &cancelledMidway;
    CHECK_THROWS_AS(assignCatchments(cells, counters, distance, &cancelledMidway), Cancelled);
    CHECK(cancelledMidway.progress() < 1.0);

    Feedback finished;
    assignCatchments(cells, counters, distance, &finished);
    CHECK(finished.progress() == 1.0);
}
