#include "testsupport.h"

#include "gis/pathsimplification.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

#include <ostream>
#include <vector>

using namespace madoguchi::gis;

// Lets Catch2 print points in failed assertions.
inline std::ostream &operator<<(std::ostream &os, const QPointF &point)
{
    return os << '(' << point.x() << ", " << point.y() << ')';
}

namespace {

using Ring = std::vector<QPointF>;

// The vertices of each subpath of `path`, in order.
std::vector<Ring> ringsOf(const QPainterPath &path)
{
    std::vector<Ring> rings;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo())
            rings.emplace_back();
        rings.back().push_back(QPointF(element.x, element.y));
    }
    return rings;
}

Ring verticesOf(const QPolygonF &polygon)
{
    return Ring(polygon.begin(), polygon.end());
}

QPainterPath pathThrough(const Ring &vertices)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(QList<QPointF>(vertices.begin(), vertices.end())));
    return path;
}

// The output of the screen paths below: 200 × 200 px, with a margin of 10 px around it.
const QRectF kOutput(0, 0, 200, 200);
constexpr double kMargin = 10.0;

} // namespace

TEST_CASE("Douglas–Peucker collapses a collinear run to its end points", "[pathsimplification]")
{
    QPolygonF line;
    for (int i = 0; i <= 10; ++i)
        line << QPointF(i * 3.0, 2.0 * i);

    CHECK(verticesOf(simplifiedPolyline(line, 0.5)) == Ring{{0, 0}, {30, 20}});
}

TEST_CASE("Douglas–Peucker drops a zig-zag within the tolerance and keeps a spike beyond it", "[pathsimplification]")
{
    const QPolygonF zigzag{{0, 0}, {1, 0.3}, {2, -0.3}, {3, 0.3}, {4, -0.3}, {5, 0}};
    CHECK(verticesOf(simplifiedPolyline(zigzag, 0.5)) == Ring{{0, 0}, {5, 0}});
    // At a tolerance below the zig-zag's amplitude its turns stay.
    CHECK(simplifiedPolyline(zigzag, 0.2).size() == zigzag.size());

    const QPolygonF spike{{0, 0}, {2, 1.3}, {5, 3}, {8, 1.3}, {10, 0}};
    CHECK(verticesOf(simplifiedPolyline(spike, 0.5)) == Ring{{0, 0}, {5, 3}, {10, 0}});
}

TEST_CASE("Douglas–Peucker keeps a closed ring's corners and its closing vertex", "[pathsimplification]")
{
    // A square with a vertex in the middle of each side, closed (the last vertex is the first).
    const QPolygonF square{{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {5, 10}, {0, 10}, {0, 5}, {0, 0}};

    CHECK(verticesOf(simplifiedPolyline(square, 0.5)) == Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
}

TEST_CASE("Douglas–Peucker returns a line of three vertices or fewer as it is", "[pathsimplification]")
{
    const QPolygonF collinear{{0, 0}, {1, 0}, {2, 0}};
    CHECK(verticesOf(simplifiedPolyline(collinear, 10.0)) == verticesOf(collinear));
    CHECK(simplifiedPolyline(QPolygonF(), 0.5).isEmpty());
}

TEST_CASE("a screen path is the map path under the transform", "[pathsimplification]")
{
    // North up: map y grows north, screen y south.
    const QTransform worldToScreen(2, 0, 0, -2, 10, 190);
    const QPainterPath mapPath = pathThrough({{0, 0}, {40, 0}, {40, 30}});

    const std::vector<Ring> rings = ringsOf(screenPath(mapPath, worldToScreen, kOutput, kMargin));

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == Ring{{10, 190}, {90, 190}, {90, 130}});
}

TEST_CASE("a screen path drops a sub-pixel zig-zag and collinear vertices", "[pathsimplification]")
{
    // 100 px along y = 50, a vertex every 0.1 px, each 0.1 px off the line to alternate sides.
    Ring line;
    for (int i = 0; i <= 1000; ++i)
        line.push_back(QPointF(50 + i * 0.1, 50 + (i % 2 == 0 ? 0.1 : -0.1)));

    const std::vector<Ring> rings = ringsOf(screenPath(pathThrough(line), QTransform(), kOutput, kMargin));

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == Ring{line.front(), line.back()});
}

TEST_CASE("a screen path drops vertices a fraction of a pixel apart but keeps a ring's last", "[pathsimplification]")
{
    // Each vertex is less than kPathDropPixels from the first.
    const Ring line{{10, 10}, {10.1, 10}, {10.15, 10.05}};

    const std::vector<Ring> rings = ringsOf(screenPath(pathThrough(line), QTransform(), kOutput, kMargin));

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == Ring{{10, 10}, {10.15, 10.05}});
}

TEST_CASE("a screen path keeps each ring closed and separate, and the fill rule", "[pathsimplification]")
{
    QPainterPath mapPath;
    mapPath.setFillRule(Qt::WindingFill);
    // Two closed squares with vertices along their sides; the second is a hole-sized square inside.
    mapPath.addPolygon(QPolygonF{{20, 20}, {100, 20}, {180, 20}, {180, 180}, {20, 180}, {20, 100}, {20, 20}});
    mapPath.addPolygon(QPolygonF{{60, 60}, {60, 140}, {140, 140}, {140, 100}, {140, 60}, {60, 60}});

    const QPainterPath result = screenPath(mapPath, QTransform(), kOutput, kMargin);
    const std::vector<Ring> rings = ringsOf(result);

    CHECK(result.fillRule() == Qt::WindingFill);
    REQUIRE(rings.size() == 2);
    CHECK(rings[0] == Ring{{20, 20}, {180, 20}, {180, 180}, {20, 180}, {20, 20}});
    CHECK(rings[1] == Ring{{60, 60}, {60, 140}, {140, 140}, {140, 60}, {60, 60}});
}

TEST_CASE("a screen path collapses a run beyond one edge of the output and keeps what is visible",
          "[pathsimplification]")
{
    // A closed ring that wanders far beyond the right edge (x > 210) between two vertices inside.
    const Ring ring{{50, 50}, {300, 50}, {400, 20}, {350, 100}, {450, 130}, {300, 150}, {50, 150}, {50, 50}};
    const QPainterPath mapPath = pathThrough(ring);

    const QPainterPath result = screenPath(mapPath, QTransform(), kOutput, kMargin);
    const std::vector<Ring> rings = ringsOf(result);

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == Ring{{50, 50}, {300, 50}, {300, 150}, {50, 150}, {50, 50}});
    // Inside the output the collapsed ring covers exactly what the original did.
    for (int x = 1; x < 200; x += 7) {
        for (int y = 1; y < 200; y += 7) {
            const QPointF point(x + 0.5, y + 0.5);
            INFO(point);
            CHECK(result.contains(point) == mapPath.contains(point));
        }
    }
}

TEST_CASE("a screen path keeps runs beyond different edges apart", "[pathsimplification]")
{
    // Beyond the right edge, then beyond the bottom edge only: the two runs share no edge.
    const Ring line{{100, 100}, {300, 100}, {300, 120}, {100, 300}, {80, 300}, {100, 100}};

    const std::vector<Ring> rings = ringsOf(screenPath(pathThrough(line), QTransform(), kOutput, kMargin));

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == line);

    // Beyond the right edge, then straight across to beyond the left edge.
    const Ring across{{100, 150}, {300, 100}, {-100, 100}, {-100, 180}, {100, 150}};
    const std::vector<Ring> acrossRings =
        ringsOf(screenPath(pathThrough(across), QTransform(), kOutput, kMargin));

    REQUIRE(acrossRings.size() == 1);
    CHECK(acrossRings[0] == across);
}

TEST_CASE("a run that turns a corner beyond the output keeps the corner", "[pathsimplification]")
{
    // Beyond the right edge, beyond the bottom-right corner, beyond the bottom edge: the first and the
    // last share no edge, so the corner vertex stays and the ring never cuts across the output.
    const Ring ring{{100, 100}, {300, 100}, {300, 300}, {100, 300}, {100, 100}};
    const QPainterPath mapPath = pathThrough(ring);

    const QPainterPath result = screenPath(mapPath, QTransform(), kOutput, kMargin);
    const std::vector<Ring> rings = ringsOf(result);

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == ring);
    CHECK(result.contains(QPointF(190, 190)));
}

TEST_CASE("a ring wholly beyond one edge keeps only its first and last vertex", "[pathsimplification]")
{
    const Ring ring{{-100, 0}, {-100, 50}, {-120, 80}, {-100, 100}, {-100, 0}};

    const QPainterPath result = screenPath(pathThrough(ring), QTransform(), kOutput, kMargin);
    const std::vector<Ring> rings = ringsOf(result);

    REQUIRE(rings.size() == 1);
    CHECK(rings[0] == Ring{{-100, 0}, {-100, 0}});
    CHECK_FALSE(result.boundingRect().intersects(kOutput));
}

TEST_CASE("a screen path with curves is mapped without generalising", "[pathsimplification]")
{
    QPainterPath mapPath;
    mapPath.moveTo(10, 10);
    mapPath.lineTo(10.1, 10);
    mapPath.cubicTo(40, 10, 60, 50, 90, 50);
    const QTransform worldToScreen(1, 0, 0, -1, 0, 200);

    const QPainterPath result = screenPath(mapPath, worldToScreen, kOutput, kMargin);

    CHECK(result == worldToScreen.map(mapPath));
    CHECK(result.elementCount() == mapPath.elementCount());
}
