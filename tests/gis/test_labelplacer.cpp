#include "testsupport.h"

#include "gis/labelplacer.h"

#include <cmath>
#include <functional>
#include <random>

using namespace madoguchi::gis;

namespace {

bool overlapsAnother(const std::vector<LabelPlacer::Placement> &placements)
{
    for (std::size_t i = 0; i < placements.size(); ++i) {
        for (std::size_t j = i + 1; j < placements.size(); ++j) {
            if (placements[i].rect.intersects(placements[j].rect))
                return true;
        }
    }
    return false;
}

LabelPlacer::Request request(int key, int priority, std::vector<QRectF> candidates,
                             std::function<bool(const QRectF &)> accepts = {})
{
    return LabelPlacer::Request{key, priority, std::move(candidates), std::move(accepts)};
}

LabelPlacer::Request around(int key, int priority, QPointF point, QSizeF size = QSizeF(60, 14))
{
    return request(key, priority, LabelPlacer::candidatesAround(point, size, 4.0, 1.0));
}

} // namespace

TEST_CASE("no two placed labels overlap, however crowded the points", "[labelplacer]")
{
    const QRectF bounds(0, 0, 400, 300);
    LabelPlacer placer(bounds);
    std::mt19937 random(20160401);
    std::uniform_real_distribution<double> x(20, 380);
    std::uniform_real_distribution<double> y(20, 280);
    std::vector<LabelPlacer::Request> requests;
    for (int i = 0; i < 150; ++i)
        requests.push_back(around(i, i % 3, QPointF(x(random), y(random))));

    const std::vector<LabelPlacer::Placement> placements = placer.placeAll(requests);

    CHECK(placements.size() > 10);         // some fit …
    CHECK(placements.size() < requests.size()); // … and 150 labels of 60 × 14 px cannot all fit
    CHECK_FALSE(overlapsAnother(placements));
    for (const LabelPlacer::Placement &placement : placements) {
        CHECK(bounds.contains(placement.rect));
        // The rectangle is one of the request's own candidates.
        const auto &candidates = requests[std::size_t(placement.key)].candidates;
        CHECK(candidates[std::size_t(placement.candidateIndex)] == placement.rect);
    }
}

TEST_CASE("a higher-priority label wins the only free place even when requested later", "[labelplacer]")
{
    LabelPlacer placer;
    const QRectF onlyPlace(10, 10, 50, 12);
    const std::vector<LabelPlacer::Request> requests = {
        request(1, 10, {onlyPlace}),  // e.g. a branch office
        request(2, 100, {onlyPlace}), // e.g. a ward office
    };
    const std::vector<LabelPlacer::Placement> placements = placer.placeAll(requests);
    REQUIRE(placements.size() == 1);
    CHECK(placements.front().key == 2);
}

TEST_CASE("labels of equal priority are served in the order requested", "[labelplacer]")
{
    LabelPlacer placer;
    const QRectF place(0, 0, 30, 10);
    const std::vector<LabelPlacer::Placement> placements = placer.placeAll({request(7, 5, {place}), request(8, 5, {place})});
    REQUIRE(placements.size() == 1);
    CHECK(placements.front().key == 7);
}

TEST_CASE("a label whose eight positions are all taken is left out", "[labelplacer]")
{
    LabelPlacer placer(QRectF(0, 0, 500, 500));
    const QPointF point(250, 250);
    // An obstacle covering the whole neighbourhood of the point.
    placer.addObstacle(QRectF(150, 200, 200, 100));
    const std::vector<LabelPlacer::Placement> placements = placer.placeAll({around(1, 1, point)});
    CHECK(placements.empty());
    CHECK(placer.placedLabels().empty());
}

TEST_CASE("a label takes the next position when the preferred one is blocked", "[labelplacer]")
{
    LabelPlacer placer(QRectF(0, 0, 500, 500));
    const QPointF point(250, 250);
    const QSizeF size(60, 14);
    const QRectF topRight = LabelPlacer::rectAround(point, size, 4.0, 1.0, LabelPlacer::Position::TopRight);
    placer.addObstacle(topRight.adjusted(5, 5, -5, -5));
    const std::vector<LabelPlacer::Placement> placements = placer.placeAll({around(1, 1, point, size)});
    REQUIRE(placements.size() == 1);
    CHECK(placements.front().candidateIndex == 1);
    CHECK(placements.front().rect == LabelPlacer::rectAround(point, size, 4.0, 1.0, LabelPlacer::Position::TopLeft));
}

TEST_CASE("labels that would cross the map's edge are moved inside or left out", "[labelplacer]")
{
    LabelPlacer placer(QRectF(0, 0, 200, 100));
    // Near the right edge: the right-hand positions stick out, so a left-hand one is taken.
    const std::vector<LabelPlacer::Placement> placements = placer.placeAll({around(1, 1, QPointF(190, 50))});
    REQUIRE(placements.size() == 1);
    CHECK(placements.front().rect.right() <= 200);
    CHECK(placements.front().rect.left() < 190);
}

TEST_CASE("positions around a symbol leave the symbol and the gap clear", "[labelplacer]")
{
    const QPointF point(100, 100);
    const QSizeF size(40, 10);
    const double radius = 5.0;
    const double gap = 2.0;
    for (const QRectF &rect : LabelPlacer::candidatesAround(point, size, radius, gap)) {
        // The nearest point of the rectangle to the symbol's centre is at least radius + gap away
        // (diagonal positions touch the circle's 45° point offset by the gap on both axes).
        const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
        const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
        CHECK(std::hypot(dx, dy) >= radius - 1e-9);
        CHECK(std::max(dx, dy) >= gap - 1e-9);
        CHECK(rect.size() == size);
    }
    const QRectF topRight = LabelPlacer::rectAround(point, size, radius, gap, LabelPlacer::Position::TopRight);
    CHECK(topRight.left() > point.x());
    CHECK(topRight.bottom() < point.y());
    const QRectF right = LabelPlacer::rectAround(point, size, radius, gap, LabelPlacer::Position::Right);
    CHECK(right.left() == Approx(point.x() + radius + gap));
    CHECK(right.center().y() == Approx(point.y()));
}

TEST_CASE("labels placed one at a time avoid obstacles and earlier labels", "[labelplacer]")
{
    LabelPlacer placer;
    placer.addObstacle(QRectF(0, 0, 10, 10));
    CHECK_FALSE(placer.placeFirstFree({QRectF(5, 5, 10, 10)}));
    const auto first = placer.placeFirstFree({QRectF(5, 5, 10, 10), QRectF(20, 0, 10, 10)});
    REQUIRE(first);
    CHECK(*first == QRectF(20, 0, 10, 10));
    CHECK_FALSE(placer.isFree(QRectF(25, 5, 10, 10)));
    // Touching edges is not overlapping.
    CHECK(placer.isFree(QRectF(30, 0, 10, 10)));
}

TEST_CASE("a request's own test is asked only about free candidates and can refuse them", "[labelplacer]")
{
    LabelPlacer placer;
    placer.addObstacle(QRectF(0, 0, 10, 10));
    std::vector<QRectF> asked;
    const std::vector<QRectF> candidates = {QRectF(0, 0, 10, 10), QRectF(20, 0, 10, 10), QRectF(40, 0, 10, 10)};
    // E.g. "the label's centre must lie inside the ward": here, refuse the second candidate.
    const auto placements = placer.placeAll({request(1, 1, candidates, [&](const QRectF &rect) {
        asked.push_back(rect);
        return rect.left() != 20;
    })});
    REQUIRE(placements.size() == 1);
    CHECK(placements.front().rect == candidates[2]);
    CHECK(asked == std::vector<QRectF>{candidates[1], candidates[2]});
}
