#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/feedback.h"

#include <vector>

using namespace madoguchi;

TEST_CASE("a stage's progress is its part of the whole, and the whole never moves back")
{
    std::vector<double> reported;
    Feedback whole([&reported](double fraction) { reported.push_back(fraction); });
    {
        Feedback reading(whole, 0.0, 0.5);
        reading.setProgress(0.5);
        reading.setProgress(1.0);
        CHECK(reading.progress() == 1.0);
    }
    CHECK(whole.progress() == Approx(0.5));
    {
        // A stage that reports 0 … 1 once per layer: the second layer's start leaves the whole where it was.
        Feedback projecting(whole, 0.5, 0.4);
        projecting.setProgress(1.0);
        projecting.setProgress(0.0);
        projecting.setProgress(0.5);
    }
    CHECK(whole.progress() == Approx(0.9));
    const std::vector<double> expected{0.25, 0.5, 0.9, 0.9, 0.9};
    REQUIRE(reported.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(reported[i] == Approx(expected[i]));
    // Fractions outside 0 … 1 are held to it.
    Feedback last(whole, 0.9, 0.1);
    last.setProgress(7.0);
    CHECK(whole.progress() == Approx(1.0));
}

TEST_CASE("cancelling the whole cancels its stages, and a stage's own cancel stays its own")
{
    Feedback whole;
    Feedback stage(whole, 0.2, 0.3);
    CHECK_FALSE(stage.isCancelled());
    stage.cancel();
    CHECK(stage.isCancelled());
    CHECK_FALSE(whole.isCancelled());
    Feedback other(whole, 0.5, 0.5);
    whole.cancel();
    CHECK(other.isCancelled());
    CHECK_THROWS_AS(other.checkCancelled(), Cancelled);
}
