// The correlation chart in the workbench: the figure of app/figures (tested in tests/figures) in a
// widget, with the planner's clicks, boxes and hovering.
#include "testsupport.h"
#include "englishnumbers.h"

#include "app/workbench/correlationchart.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::EnglishNumbers;

namespace {

CorrelationPoint point(const QString &id, double distanceKm, std::optional<double> value)
{
    CorrelationPoint p;
    p.officeId = id;
    p.name = id;
    p.kind = OfficeKind::Branch;
    p.decision = Decision::Keep;
    p.distanceKm = distanceKm;
    p.value = value;
    return p;
}

// The points against the catchment, with the 5 km guide and no value threshold.
CorrelationFigureData catchmentData(std::vector<CorrelationPoint> points)
{
    CorrelationFigureData data;
    data.points = std::move(points);
    return data;
}

std::vector<CorrelationPoint> syntheticPoints()
{
    return {point(QStringLiteral("a"), 1.0, 2.0), point(QStringLiteral("b"), 2.0, 4.0),
            point(QStringLiteral("c"), 3.0, 5.0), point(QStringLiteral("d"), 4.0, 4.0)};
}

// Where an office's point is on the widget (the figure's own mapping).
QPoint screenPositionOf(const CorrelationChart &chart, const QString &officeId)
{
    const auto position = chart.viewPositionOf(officeId);
    REQUIRE(position);
    return position->toPoint();
}

void showAt(CorrelationChart &chart, int width, int height)
{
    chart.resize(width, height);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST_CASE("the chart lays its figure out at the widget's size and paints it")
{
    CorrelationChart chart;
    chart.setData(catchmentData(syntheticPoints()));
    showAt(chart, 900, 640);
    CHECK(chart.figure().size() == QSizeF(900, 640));
    CHECK(chart.figure().plotArea().contains(*chart.viewPositionOf(QStringLiteral("c"))));
    CHECK(chart.points().size() == 4);
    CHECK(chart.pearsonR());
    const QImage image = chart.grab().toImage();
    CHECK(image.width() == 900);
    chart.resize(600, 400);
    QCoreApplication::processEvents();
    CHECK(chart.figure().size() == QSizeF(600, 400));
}

TEST_CASE("clicking a point's screen position selects its office, and clicking empty space clears the selection")
{
    CorrelationChart chart;
    chart.setData(catchmentData(syntheticPoints()));
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);

    const QPoint c = screenPositionOf(chart, QStringLiteral("c"));
    QTest::mouseClick(&chart, Qt::LeftButton, {}, c);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == QStringList{QStringLiteral("c")});
    CHECK(chart.selectedOfficeIds() == QStringList{QStringLiteral("c")});

    // Ctrl adds another office.
    const QPoint a = screenPositionOf(chart, QStringLiteral("a"));
    QTest::mouseClick(&chart, Qt::LeftButton, Qt::ControlModifier, a);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == (QStringList{QStringLiteral("c"), QStringLiteral("a")}));

    // Far from every point (the bottom-right corner of the plot area).
    const QPoint empty = (chart.figure().plotArea().bottomRight() - QPointF(5, 5)).toPoint();
    QTest::mouseClick(&chart, Qt::LeftButton, {}, empty);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList().isEmpty());
}

TEST_CASE("dragging a box over the chart selects the offices inside it")
{
    CorrelationChart chart;
    chart.setData(catchmentData(syntheticPoints()));
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);

    // A box around b (2, 4) and c (3, 5), leaving out a (1, 2) and d (4, 4).
    const QPoint b = screenPositionOf(chart, QStringLiteral("b"));
    const QPoint c = screenPositionOf(chart, QStringLiteral("c"));
    const QPoint from(b.x() - 15, c.y() - 15);
    const QPoint to(c.x() + 15, b.y() + 15);
    QWidget *viewport = &chart;
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    REQUIRE(selected.count() == 1);
    QStringList ids = selected.takeFirst().front().toStringList();
    ids.sort();
    CHECK(ids == (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}

TEST_CASE("setSelectedOfficeIds rings the office's point in the selection colour without emitting")
{
    CorrelationChart chart;
    chart.setData(catchmentData(syntheticPoints()));
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);
    const gis::MapStyle style;

    const auto position = chart.viewPositionOf(QStringLiteral("b"));
    REQUIRE(position);
    // The ring's radius: the enlarged symbol's half width plus the gap (see MapStyle); probe its left
    // and right edges.
    const double pt = chart.logicalDpiY() / 72.0;
    const double radius = style.branchSymbol.sizePoints * pt * 1.4 / 2.0 + style.selectionGapPoints * pt;
    const auto ringPixel = [&](const QImage &image, int side) {
        return image.pixelColor(QPoint(int(std::lround(position->x() + side * radius)),
                                       int(std::lround(position->y()))));
    };
    const QImage before = chart.grab().toImage();
    CHECK(colourDistance(ringPixel(before, 1), style.selectionColor) > 120);

    chart.setSelectedOfficeIds({QStringLiteral("b")});
    const QImage after = chart.grab().toImage();
    CHECK(colourDistance(ringPixel(after, 1), style.selectionColor) < 60);
    CHECK(colourDistance(ringPixel(after, -1), style.selectionColor) < 60);
    CHECK(chart.selectedOfficeIds() == QStringList{QStringLiteral("b")});
    CHECK(selected.isEmpty());
}

TEST_CASE("hovering a point shows the office's name, distance and value")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points[1].name = QStringLiteral("託麻総合出張所");
    points[1].distanceKm = 5.34;
    points[1].value = 74321.0;
    const EnglishNumbers english;
    CorrelationChart chart;
    chart.setData(catchmentData(points));
    showAt(chart, 800, 600);

    const QPoint b = screenPositionOf(chart, QStringLiteral("b"));
    QWidget *viewport = &chart;
    QMouseEvent move(QEvent::MouseMove, QPointF(b), viewport->mapToGlobal(QPointF(b)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    REQUIRE(QToolTip::isVisible());
    const QString text = QToolTip::text();
    CHECK(text.contains(QStringLiteral("託麻総合出張所")));
    CHECK(text.contains(QStringLiteral("5.34 km")));
    CHECK(text.contains(QStringLiteral("74,321")));
    QToolTip::hideText();
}
