#include "app/figures/figureaxis.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace madoguchi::app;

namespace {

double stepOf(const AxisScale &scale)
{
    REQUIRE(scale.ticks.size() >= 2);
    return scale.ticks[1] - scale.ticks[0];
}

// The steps an axis may take: 1, 2, 2.5 or 5 × 10ⁿ.
bool isRoundStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double multiple = step / magnitude;
    for (double allowed : {1.0, 2.0, 2.5, 5.0})
        if (std::abs(multiple - allowed) < 1e-9)
            return true;
    return false;
}

} // namespace

TEST_CASE("an axis for data up to 60,000 ends at 70,000 at most, not at 100,000")
{
    // The correlation chart pads its largest value by 3 % and allows up to eight intervals on y.
    const AxisScale padded = niceLinearScale(0.0, 60000.0 * 1.03, 8, true);
    CHECK(padded.max >= 61800.0);
    CHECK(padded.max <= 70000.0);
    CHECK(padded.min == 0.0);
    const AxisScale exact = niceLinearScale(0.0, 60000.0, 6, true);
    CHECK(exact.max == 60000.0);
    // A small figure with room for four intervals: 3 × 25,000 fits closer than 4 × 20,000.
    const AxisScale small = niceLinearScale(0.0, 61800.0, 4, true);
    CHECK(small.max == 75000.0);
    CHECK(small.ticks.size() == 4);
}

TEST_CASE("an axis ends on its last tick, the first round step at or above the data, within the intervals allowed")
{
    for (int maxTicks = 1; maxTicks <= 10; ++maxTicks) {
        for (double high : {0.7, 1.0, 3.0, 8.52, 9.9, 17.0, 99.0, 101.0, 4321.0, 61800.0, 92486.0, 1.2e6}) {
            INFO("high " << high << ", at most " << maxTicks << " intervals");
            const AxisScale scale = niceLinearScale(0.0, high, maxTicks, high >= 1.0);
            const double step = stepOf(scale);
            CHECK(isRoundStep(step));
            CHECK(scale.min == 0.0);
            CHECK(scale.max == Approx(scale.ticks.back()));
            CHECK(scale.max >= high);
            CHECK(scale.max < high + step);
            CHECK(int(scale.ticks.size()) - 1 <= maxTicks);
            // No round step within the intervals allowed would end lower.
            for (double multiple : {1.0, 2.0, 2.5, 5.0})
                for (int decade = -2; decade <= 7; ++decade) {
                    const double other = multiple * std::pow(10.0, decade);
                    if (high >= 1.0 && std::abs(other - std::round(other)) > 1e-9)
                        continue;
                    if (std::ceil(high / other - 1e-9) <= maxTicks)
                        CHECK(std::ceil(high / other - 1e-9) * other >= scale.max - 1e-6);
                }
        }
    }
}

TEST_CASE("whole steps stay whole and a range not from zero starts on a tick")
{
    const AxisScale counts = niceLinearScale(0.0, 3.0, 10, true);
    CHECK(stepOf(counts) == 1.0);
    CHECK(counts.max == 3.0);
    const AxisScale shifted = niceLinearScale(12.0, 57.0, 5, false);
    CHECK(shifted.min <= 12.0);
    CHECK(shifted.max >= 57.0);
    CHECK(int(shifted.ticks.size()) - 1 <= 5);
    CHECK(std::fmod(shifted.min, stepOf(shifted)) == Approx(0.0).margin(1e-9));
}
