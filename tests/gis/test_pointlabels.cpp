#include "testsupport.h"

#include "gis/pointlabels.h"
#include "labelcheck.h"

#include <random>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

// `count` symbols scattered over `area`, most of them in a few tight clusters (as offices bunch
// around a city centre), with names of 4 to 9 characters.
std::vector<LabelledPoint> scatteredPoints(int count, const QRectF &area, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QPointF centres[] = {area.center(), area.center() + QPointF(area.width() * 0.2, -area.height() * 0.15)};
    std::vector<LabelledPoint> points;
    for (int i = 0; i < count; ++i) {
        QPointF anchor(area.left() + unit(random) * area.width(), area.top() + unit(random) * area.height());
        if (i % 3 != 0)
            anchor = centres[i % 2] + QPointF((unit(random) - 0.5) * 150.0, (unit(random) - 0.5) * 100.0);
        const int characters = 4 + i % 6;
        points.push_back({anchor, 4.0, QSizeF(characters * 11.0, 14.0), i % 4 == 0 ? 1 : 0});
    }
    return points;
}

PointLabelOptions options()
{
    PointLabelOptions options;
    options.gap = 1.5;
    options.leaderGaps = {8.0, 16.0, 26.0, 40.0};
    options.numberSize = [](int number) { return QSizeF(number < 10 ? 9.0 : 16.0, 12.0); };
    return options;
}

std::vector<PointLabel> place(const std::vector<LabelledPoint> &points, const QRectF &bounds,
                              const std::vector<QRectF> &texts = {})
{
    LabelPlacer placer(bounds);
    for (const LabelledPoint &point : points)
        placer.addSymbol(point.anchor, point.radius);
    for (const QRectF &text : texts)
        placer.addObstacle(text);
    return placePointLabels(placer, points, options());
}

} // namespace

TEST_CASE("well spread points are all named beside their symbols", "[pointlabels]")
{
    std::vector<LabelledPoint> points;
    for (int i = 0; i < 12; ++i)
        points.push_back({QPointF(40 + (i % 4) * 120, 40 + (i / 4) * 90), 4.0, QSizeF(70, 14), 0});
    const auto labels = place(points, QRectF(0, 0, 520, 300));
    CHECK(test::labelProblems(points, labels).isEmpty());
    for (const PointLabel &label : labels) {
        CHECK(label.kind == PointLabel::Kind::Name);
        CHECK_FALSE(label.leader);
    }
}

TEST_CASE("the places beside a symbol can be tried in the caller's order", "[pointlabels]")
{
    // A row of points on a line chart: named above them, centred, where the order asks for that first.
    std::vector<LabelledPoint> points;
    for (int i = 0; i < 6; ++i)
        points.push_back({QPointF(40 + i * 80, 150), 4.0, QSizeF(50, 14), 0});
    PointLabelOptions above = options();
    above.besidePositions = {LabelPlacer::Position::Top, LabelPlacer::Position::Bottom};
    LabelPlacer placer(QRectF(0, 0, 520, 300));
    for (const LabelledPoint &point : points)
        placer.addSymbol(point.anchor, point.radius);
    const auto labels = placePointLabels(placer, points, above);
    CHECK(test::labelProblems(points, labels).isEmpty());
    for (std::size_t i = 0; i < points.size(); ++i) {
        CHECK(labels[i].kind == PointLabel::Kind::Name);
        CHECK(labels[i].rect.center().x() == Approx(points[i].anchor.x()));
        CHECK(labels[i].rect.bottom() < points[i].anchor.y());
    }
    // The default order starts at the top right.
    const auto cartographic = place(points, QRectF(0, 0, 520, 300));
    CHECK(cartographic[0].rect.left() > points[0].anchor.x());
}

TEST_CASE("a dense figure names every point, numbering those with no room, with no overlap",
          "[pointlabels]")
{
    const QRectF bounds(0, 0, 520, 360);
    for (unsigned seed : {1u, 7u, 23u, 99u}) {
        const auto points = scatteredPoints(34, bounds.adjusted(20, 20, -20, -20), seed);
        const std::vector<QRectF> texts = {QRectF(8, 8, 150, 14), QRectF(360, 8, 150, 14)};
        const auto labels = place(points, bounds, texts);
        INFO("seed " << seed);
        const QStringList problems = test::labelProblems(points, labels, texts);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());

        // Numbers count up from 1 without gaps, in the points' order.
        int expected = 1;
        int leaders = 0;
        for (const PointLabel &label : labels) {
            if (label.kind == PointLabel::Kind::Number)
                CHECK(label.number == expected++);
            leaders += label.leader ? 1 : 0;
        }
        CHECK(expected > 1); // this case is dense enough that some names do not fit
        CHECK(leaders > 0);
    }
}

TEST_CASE("closures and candidates are named before the rest", "[pointlabels]")
{
    // Two points so close that only one name fits beside them in a tiny figure.
    const std::vector<LabelledPoint> points = {{QPointF(50, 20), 4.0, QSizeF(40, 12), 0},
                                               {QPointF(58, 20), 4.0, QSizeF(40, 12), 1}};
    const auto labels = place(points, QRectF(0, 0, 110, 40));
    CHECK(labels[1].kind == PointLabel::Kind::Name);
    CHECK(labels[0].kind != PointLabel::Kind::None);
    CHECK(test::labelProblems(points, labels).isEmpty());
}

TEST_CASE("without numbers, a name with no room is left out rather than drawn over another",
          "[pointlabels]")
{
    std::vector<LabelledPoint> points;
    for (int i = 0; i < 6; ++i)
        points.push_back({QPointF(30 + i * 3, 30), 3.0, QSizeF(50, 12), 0});
    LabelPlacer placer(QRectF(0, 0, 80, 60));
    PointLabelOptions plain;
    plain.leaderGaps = {6.0};
    const auto labels = placePointLabels(placer, points, plain);
    int named = 0;
    for (const PointLabel &label : labels)
        named += label.kind == PointLabel::Kind::Name ? 1 : 0;
    CHECK(named >= 1);
    CHECK(named < 6);
    const auto placed = placer.placedLabels();
    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            CHECK_FALSE(placed[i].intersects(placed[j]));
}

TEST_CASE("distance to a rectangle and the nearest-point rule", "[pointlabels]")
{
    CHECK(distanceToRect(QPointF(0, 0), QRectF(3, 4, 10, 10)) == Approx(5.0));
    CHECK(distanceToRect(QPointF(5, 5), QRectF(3, 4, 10, 10)) == 0.0);
    const std::vector<LabelledPoint> points = {{QPointF(0, 0), 2.0, QSizeF(), 0}, {QPointF(30, 0), 2.0, QSizeF(), 0}};
    CHECK(isNearestToOwnPoint(points, 0, QRectF(4, -5, 10, 10)));
    CHECK_FALSE(isNearestToOwnPoint(points, 0, QRectF(18, -5, 10, 10)));
}
