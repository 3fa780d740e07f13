// The interactive map: rendering on a worker thread, the moved picture while a render runs, and every
// way of navigating and selecting with mouse, wheel and keys.
#include "testsupport.h"

#include "core/feedback.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/maprenderjob.h"
#include "core/evaluator.h"
#include "gis/displaycrs.h"
#include "gis/mapcontent.h"
#include "gis/maprenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::sharedDataDir;
using madoguchi::test::sourceDir;

namespace {

// Renders take well under a second here; the limit only keeps a broken canvas from hanging the run.
constexpr int kRenderTimeoutMs = 60000;

bool waitForRender(const MapCanvas &canvas, int timeoutMs = kRenderTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (canvas.isRendering() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return !canvas.isRendering();
}

QPainterPath square(double x, double y, double size)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addRect(QRectF(x, y, size, size));
    return path;
}

gis::MapPolygon ward(const QString &name, double x, double y, double size, int colorIndex)
{
    gis::MapPolygon polygon;
    polygon.name = name;
    polygon.path = square(x, y, size);
    polygon.bounds = polygon.path.boundingRect();
    polygon.labelPoint = polygon.bounds.center();
    polygon.areaSquareMeters = size * size;
    polygon.colorIndex = colorIndex;
    return polygon;
}

// Two 2 km wards side by side at the origin of zone II (33°N 131°E), a ward office and three branch
// offices with decisions, well apart at any size the tests use.
std::shared_ptr<gis::MapContent> syntheticContent()
{
    auto content = std::make_shared<gis::MapContent>();
    content->crs = gis::DisplayCrs::japanZone(2);
    content->wards.push_back(ward(QStringLiteral("西区"), 0, 0, 2000, 0));
    content->wards.push_back(ward(QStringLiteral("東区"), 2000, 0, 2000, 1));
    content->offices.push_back({QStringLiteral("keep"), QStringLiteral("大江出張所"), OfficeKind::Branch,
                                Decision::Keep, QPointF(600, 1000)});
    content->offices.push_back({QStringLiteral("close"), QStringLiteral("花園総合出張所"), OfficeKind::GeneralBranch,
                                Decision::Close, QPointF(3000, 1500)});
    content->offices.push_back({QStringLiteral("upgrade"), QStringLiteral("龍田出張所"), OfficeKind::Branch,
                                Decision::Upgrade, QPointF(3000, 500)});
    content->offices.push_back({QStringLiteral("ward"), QStringLiteral("中央区役所"), OfficeKind::WardOffice,
                                std::nullopt, QPointF(1400, 1000)});
    content->updateBounds();
    return content;
}

// Thousands of labelled wards: a render that takes long enough to be interrupted.
std::shared_ptr<gis::MapContent> heavyContent()
{
    auto content = syntheticContent();
    for (int row = 0; row < 80; ++row)
        for (int column = 0; column < 80; ++column)
            content->wards.push_back(ward(QStringLiteral("区%1").arg(row * 80 + column), column * 25.0,
                                          row * 25.0, 24.0, (row + column) % 8));
    content->updateBounds();
    return content;
}

const gis::MapOffice &officeById(const gis::MapContent &content, const QString &id)
{
    for (const gis::MapOffice &office : content.offices)
        if (office.id == id)
            return office;
    FAIL("no office " << id);
    throw std::logic_error("unreachable");
}

QPointF screenPositionOf(const MapCanvas &canvas, const QString &officeId)
{
    return canvas.mapSettings().toScreen(officeById(*canvas.content(), officeId).point);
}

// A canvas of `size` showing `content`, its first render done.
std::unique_ptr<MapCanvas> shownCanvas(std::shared_ptr<const gis::MapContent> content, QSize size = QSize(800, 600))
{
    auto canvas = std::make_unique<MapCanvas>();
    canvas->resize(size);
    canvas->show();
    REQUIRE(QTest::qWaitForWindowExposed(canvas.get()));
    canvas->setContent(std::move(content));
    REQUIRE(waitForRender(*canvas));
    REQUIRE_FALSE(canvas->renderedImage().isNull());
    return canvas;
}

QColor pixelAt(const QImage &image, const QPointF &logicalPoint)
{
    const double ratio = image.devicePixelRatio();
    return image.pixelColor(int(std::floor(logicalPoint.x() * ratio)), int(std::floor(logicalPoint.y() * ratio)));
}

bool sameColor(const QColor &a, const QColor &b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

std::string describe(const QColor &color)
{
    return color.name().toStdString();
}

void sendWheel(MapCanvas &canvas, const QPointF &position, int angleDeltaY)
{
    QWheelEvent event(position, canvas.mapToGlobal(position), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&canvas, &event);
}

void drag(MapCanvas &canvas, Qt::MouseButton button, const QPoint &from, const QPoint &to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(&canvas, button, modifiers, from);
    const QPoint middle = (from + to) / 2;
    QTest::mouseMove(&canvas, middle);
    QTest::mouseMove(&canvas, to);
    QTest::mouseRelease(&canvas, button, modifiers, to);
}

QStringList lastSelection(const QSignalSpy &spy)
{
    return spy.last().at(0).toStringList();
}

// The Kumamoto sample with its evaluation, loaded once for all real-data tests.
std::shared_ptr<const gis::MapContent> sampleContent()
{
    static std::shared_ptr<const gis::MapContent> content = [] {
        ProjectLoadOptions options;
        options.dataSearchPaths = {sharedDataDir()};
        const LoadedProject project =
            loadProject(sourceDir() + QStringLiteral("/data/kumamoto/kumamoto.madoguchi"), options);
        const Evaluation evaluation = evaluateProject(project, project.project.criteria);
        return withEvaluation(buildBaseMapContent(project), project, evaluation);
    }();
    return content;
}

} // namespace

// Without content ---------------------------------------------------------------------------------

TEST_CASE("an empty canvas shows the open-a-project hint and renders nothing", "[canvas]")
{
    MapCanvas canvas;
    canvas.resize(600, 400);
    canvas.show();
    REQUIRE(QTest::qWaitForWindowExposed(&canvas));
    QTest::qWait(50);
    CHECK_FALSE(canvas.isRendering());
    CHECK(canvas.renderedImage().isNull());
    const QImage shown = canvas.grab().toImage();
    const QColor corner = shown.pixelColor(5, 5);
    // The hint is dark text across the middle of the light background.
    int darkInMiddle = 0;
    for (int x = 0; x < shown.width(); ++x)
        darkInMiddle += shown.pixelColor(x, shown.height() / 2).lightness() < corner.lightness() - 60 ? 1 : 0;
    int darkInCorner = 0;
    for (int x = 0; x < 60; ++x)
        darkInCorner += shown.pixelColor(x, 10).lightness() < corner.lightness() - 60 ? 1 : 0;
    CHECK(corner.lightness() > 200);
    CHECK(darkInMiddle > 20);
    CHECK(darkInCorner == 0);
}

// Rendering ---------------------------------------------------------------------------------------

TEST_CASE("the rendered image shows each office in its decision colour", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    const QImage image = canvas->renderedImage();
    CHECK(image.size() == canvas->size() * canvas->devicePixelRatioF());
    CHECK(image.format() == QImage::Format_ARGB32_Premultiplied);
    const gis::MapStyle &style = canvas->mapSettings().style;
    for (const gis::MapOffice &office : canvas->content()->offices) {
        INFO(office.id.toStdString());
        const QColor seen = pixelAt(image, screenPositionOf(*canvas, office.id));
        INFO("seen " << describe(seen) << ", expected " << describe(style.decisionColor(office.decision)));
        CHECK(sameColor(seen, style.decisionColor(office.decision)));
    }
}

TEST_CASE("a render job renders at the device pixel ratio it is given", "[canvas]")
{
    const auto content = syntheticContent();
    gis::MapSettings settings;
    settings.outputSize = QSize(300, 200);
    settings.showLegend = false; // it would cover the offices at this size
    settings.zoomToFit(content->bounds);
    const madoguchi::Feedback cancel;
    const MapRenderResult result = MapRenderJob::render(*content, settings, 2.0, &cancel);
    REQUIRE(result.complete);
    CHECK(result.image.size() == QSize(600, 400));
    CHECK(result.image.devicePixelRatio() == 2.0);
    const gis::MapOffice &close = officeById(*content, QStringLiteral("close"));
    const QColor seen = pixelAt(result.image, settings.toScreen(close.point));
    INFO("seen " << describe(seen) << " at " << settings.toScreen(close.point).x() << ", "
                 << settings.toScreen(close.point).y());
    CHECK(sameColor(seen, settings.style.closeColor));

    madoguchi::Feedback cancelled;
    cancelled.cancel();
    const MapRenderResult stopped = MapRenderJob::render(*content, settings, 1.0, &cancelled);
    CHECK_FALSE(stopped.complete);
    CHECK(stopped.image.isNull());
}

TEST_CASE("while a new image renders the last one is drawn moved to the new view", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    const QColor closeColor = canvas->mapSettings().style.closeColor;
    const QPointF before = screenPositionOf(*canvas, QStringLiteral("close"));
    QTest::keyClick(canvas.get(), Qt::Key_Down); // no events run until the grab: the old image is all there is
    REQUIRE(canvas->isRendering());
    const QPointF after = screenPositionOf(*canvas, QStringLiteral("close"));
    REQUIRE(std::abs(after.y() - before.y()) > 100.0);
    const QImage shown = canvas->grab().toImage();
    CHECK(sameColor(pixelAt(shown, after), closeColor));
    CHECK_FALSE(sameColor(pixelAt(shown, before), closeColor));

    // Zooming scales the old picture about the cursor.
    REQUIRE(waitForRender(*canvas));
    const QPointF keep = screenPositionOf(*canvas, QStringLiteral("keep"));
    sendWheel(*canvas, QPointF(keep.x() + 40, keep.y()), 240);
    const QPointF zoomed = screenPositionOf(*canvas, QStringLiteral("keep"));
    REQUIRE(std::abs(zoomed.x() - keep.x()) > 10.0);
    REQUIRE(QRectF(canvas->rect()).contains(zoomed));
    CHECK(sameColor(pixelAt(canvas->grab().toImage(), zoomed), canvas->mapSettings().style.keepColor));
}

TEST_CASE("after a burst of view changes the image shows the final view", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    int finished = 0;
    QObject::connect(canvas.get(), &MapCanvas::renderFinished, [&finished](double milliseconds) {
        CHECK(milliseconds >= 0.0);
        ++finished;
    });
    const QPointF anchor = screenPositionOf(*canvas, QStringLiteral("upgrade"));
    for (int i = 0; i < 8; ++i) {
        sendWheel(*canvas, anchor + QPointF(20, 10), 120);
        QTest::keyClick(canvas.get(), i % 2 ? Qt::Key_Up : Qt::Key_Left);
        QTest::qWait(i * 3);
    }
    REQUIRE(waitForRender(*canvas));
    CHECK(finished >= 1);
    CHECK(finished < 8); // the burst was coalesced
    CHECK(canvas->renderedImageSettings().visibleExtent() == canvas->extent());
    const gis::MapSettings settings = canvas->mapSettings();
    for (const gis::MapOffice &office : canvas->content()->offices) {
        const QPointF position = settings.toScreen(office.point);
        if (!QRectF(canvas->rect()).adjusted(10, 10, -10, -10).contains(position))
            continue;
        INFO(office.id.toStdString());
        CHECK(sameColor(pixelAt(canvas->renderedImage(), position), settings.style.decisionColor(office.decision)));
    }
}

TEST_CASE("resizing re-renders at the new size", "[canvas]")
{
    const auto content = syntheticContent();
    auto canvas = shownCanvas(content, QSize(600, 400));

    SECTION("the freshly opened content stays whole")
    {
        canvas->resize(900, 700);
        REQUIRE(waitForRender(*canvas));
        CHECK(canvas->renderedImage().size() == QSize(900, 700) * canvas->devicePixelRatioF());
        CHECK(canvas->extent().contains(content->bounds));
        // Fitted again: the content fills the new size in one direction, less the margin.
        CHECK(std::min(canvas->extent().width() / content->bounds.width(),
                       canvas->extent().height() / content->bounds.height())
              < 1.2);
    }
    SECTION("a navigated view keeps its centre and scale")
    {
        sendWheel(*canvas, QPointF(300, 200), 120);
        REQUIRE(waitForRender(*canvas));
        const double metersPerPixel = canvas->mapSettings().metersPerPixel();
        const QPointF centre = canvas->extent().center();
        canvas->resize(900, 700);
        REQUIRE(waitForRender(*canvas));
        CHECK(canvas->renderedImage().size() == QSize(900, 700) * canvas->devicePixelRatioF());
        CHECK(canvas->mapSettings().metersPerPixel() == Approx(metersPerPixel).epsilon(1e-9));
        CHECK(canvas->extent().center().x() == Approx(centre.x()).margin(1e-6));
        CHECK(canvas->extent().center().y() == Approx(centre.y()).margin(1e-6));
    }
}

TEST_CASE("destroying the canvas while it renders is safe", "[canvas]")
{
    const auto content = heavyContent();
    int deletedWhileRendering = 0;
    for (int delayMs : {0, 2, 10, 35, 40, 60, 120}) {
        INFO("deleted after " << delayMs << " ms");
        auto canvas = std::make_unique<MapCanvas>();
        canvas->resize(1000, 800);
        canvas->show();
        REQUIRE(QTest::qWaitForWindowExposed(canvas.get()));
        canvas->setContent(content);
        QTest::qWait(delayMs);
        deletedWhileRendering += canvas->isRendering() ? 1 : 0;
        canvas.reset();
        // Results queued by a job that finished just before the deletion must go nowhere.
        QTest::qWait(20);
    }
    // No crash and no use after free (run it under the asan preset too), and the case was exercised.
    CHECK(deletedWhileRendering >= 3);
}

TEST_CASE("a changed view cancels the render in progress", "[canvas]")
{
    auto canvas = shownCanvas(heavyContent(), QSize(1000, 800));
    QSignalSpy finished(canvas.get(), &MapCanvas::renderFinished);
    canvas->zoomIn();
    // The render starts after 30 ms (later on a busy machine) and runs for a few hundred ms: wait until
    // it runs, however long the start takes, and change the view while it does.
    REQUIRE(QTest::qWaitFor([&canvas] { return canvas->isRendering(); }, 10000));
    REQUIRE(finished.count() == 0);
    canvas->zoomOut();
    REQUIRE(waitForRender(*canvas));
    // Only the last view was delivered; the outdated render was dropped.
    CHECK(finished.count() == 1);
    CHECK(canvas->renderedImageSettings().visibleExtent() == canvas->extent());
}

// Selection ---------------------------------------------------------------------------------------

TEST_CASE("a click on an office with the select tool selects it", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Select);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);

    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      screenPositionOf(*canvas, QStringLiteral("close")).toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected) == QStringList{QStringLiteral("close")});
    CHECK(canvas->selectedOfficeIds() == QStringList{QStringLiteral("close")});
    CHECK(canvas->mapSettings().selectedOfficeIds == QSet<QString>{QStringLiteral("close")});

    // A few pixels off the symbol still picks it.
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      (screenPositionOf(*canvas, QStringLiteral("ward")) + QPointF(8, 0)).toPoint());
    REQUIRE(selected.count() == 2);
    CHECK(lastSelection(selected) == QStringList{QStringLiteral("ward")});
}

TEST_CASE("a click beside every office clears the selection", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Select);
    canvas->setSelectedOfficeIds({QStringLiteral("keep"), QStringLiteral("close")});
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    const QPointF keep = screenPositionOf(*canvas, QStringLiteral("keep"));
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier, (keep + QPointF(0, 60)).toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected).isEmpty());
    CHECK(canvas->selectedOfficeIds().isEmpty());
}

TEST_CASE("Shift-click adds to the selection and Ctrl-click toggles", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Select);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    const QPoint keep = screenPositionOf(*canvas, QStringLiteral("keep")).toPoint();
    const QPoint close = screenPositionOf(*canvas, QStringLiteral("close")).toPoint();
    const QPoint upgrade = screenPositionOf(*canvas, QStringLiteral("upgrade")).toPoint();

    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier, close);
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ShiftModifier, keep);
    // In content order, not click order.
    CHECK(lastSelection(selected) == (QStringList{QStringLiteral("keep"), QStringLiteral("close")}));
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ControlModifier, upgrade);
    CHECK(lastSelection(selected)
          == (QStringList{QStringLiteral("keep"), QStringLiteral("close"), QStringLiteral("upgrade")}));
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ControlModifier, close);
    CHECK(lastSelection(selected) == (QStringList{QStringLiteral("keep"), QStringLiteral("upgrade")}));
    // A modified click beside every office keeps the selection.
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::ShiftModifier, keep + QPoint(0, 60));
    CHECK(selected.count() == 4);
    CHECK(canvas->selectedOfficeIds() == (QStringList{QStringLiteral("keep"), QStringLiteral("upgrade")}));
}

TEST_CASE("a box drawn with the select tool selects the offices inside it", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Select);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    const QPointF close = screenPositionOf(*canvas, QStringLiteral("close"));
    const QPointF upgrade = screenPositionOf(*canvas, QStringLiteral("upgrade"));
    // Drawn from the bottom right to the top left: the direction does not matter.
    drag(*canvas, Qt::LeftButton, (upgrade + QPointF(30, 30)).toPoint(), (close - QPointF(30, 30)).toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected) == (QStringList{QStringLiteral("close"), QStringLiteral("upgrade")}));

    // Shift adds the box to the selection.
    const QPointF keep = screenPositionOf(*canvas, QStringLiteral("keep"));
    drag(*canvas, Qt::LeftButton, (keep - QPointF(20, 20)).toPoint(), (keep + QPointF(20, 20)).toPoint(),
         Qt::ShiftModifier);
    REQUIRE(selected.count() == 2);
    CHECK(lastSelection(selected)
          == (QStringList{QStringLiteral("keep"), QStringLiteral("close"), QStringLiteral("upgrade")}));
}

TEST_CASE("setSelectedOfficeIds re-renders with the selection ring and emits nothing", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    const gis::MapSettings settings = canvas->mapSettings();
    const gis::MapOffice &keep = officeById(*canvas->content(), QStringLiteral("keep"));
    // On the ring: the symbol's radius plus the renderer's 2.2 pt gap.
    const double ringRadius = (settings.style.officeSymbol(keep.kind).sizePoints / 2.0 + 2.2) * settings.pixelsPerPoint();
    const QPointF onRing = settings.toScreen(keep.point) + QPointF(0, -ringRadius);
    CHECK_FALSE(sameColor(pixelAt(canvas->renderedImage(), onRing), settings.style.selectionColor, 40));

    canvas->setSelectedOfficeIds({QStringLiteral("keep")});
    CHECK(canvas->isRendering());
    REQUIRE(waitForRender(*canvas));
    CHECK(selected.count() == 0);
    CHECK(canvas->selectedOfficeIds() == QStringList{QStringLiteral("keep")});
    const QColor seen = pixelAt(canvas->renderedImage(), onRing);
    INFO("seen " << describe(seen));
    CHECK(sameColor(seen, settings.style.selectionColor, 40));
}

TEST_CASE("the identify tool reports the clicked office", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Identify);
    QSignalSpy identified(canvas.get(), &MapCanvas::officeIdentified);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      screenPositionOf(*canvas, QStringLiteral("upgrade")).toPoint());
    REQUIRE(identified.count() == 1);
    CHECK(identified.last().at(0).toString() == QStringLiteral("upgrade"));
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected) == QStringList{QStringLiteral("upgrade")});
    // Beside every office nothing is identified.
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      (screenPositionOf(*canvas, QStringLiteral("upgrade")) + QPointF(0, 70)).toPoint());
    CHECK(identified.count() == 1);
}

TEST_CASE("the pan tool neither selects nor identifies on a click", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    REQUIRE(canvas->tool() == MapCanvas::Tool::Pan);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    QSignalSpy identified(canvas.get(), &MapCanvas::officeIdentified);
    const QRectF before = canvas->extent();
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      screenPositionOf(*canvas, QStringLiteral("close")).toPoint());
    CHECK(selected.count() == 0);
    CHECK(identified.count() == 0);
    CHECK(canvas->extent() == before);
}

TEST_CASE("hovering an office shows the provider's tooltip", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setOfficeTooltipProvider([](const QString &id) {
        return id == QStringLiteral("close") ? QStringLiteral("花園総合出張所\n最寄りの区役所まで 1.60 km") : QString();
    });
    const auto showTooltipAt = [&canvas](const QPointF &position) {
        QHelpEvent help(QEvent::ToolTip, position.toPoint(), canvas->mapToGlobal(position.toPoint()));
        QApplication::sendEvent(canvas.get(), &help);
    };
    showTooltipAt(screenPositionOf(*canvas, QStringLiteral("close")));
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == QStringLiteral("花園総合出張所\n最寄りの区役所まで 1.60 km"));
    // No text from the provider: the office's name.
    showTooltipAt(screenPositionOf(*canvas, QStringLiteral("keep")));
    CHECK(QToolTip::text() == QStringLiteral("大江出張所"));
    // Beside every office: no tooltip.
    showTooltipAt(screenPositionOf(*canvas, QStringLiteral("keep")) + QPointF(0, 80));
    QTest::qWait(400); // QToolTip fades out
    CHECK_FALSE(QToolTip::isVisible());
}

// Navigation --------------------------------------------------------------------------------------

TEST_CASE("a wheel notch zooms about the cursor by 1.25", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    double scale = 0.0;
    QObject::connect(canvas.get(), &MapCanvas::extentChanged,
                     [&scale](const QRectF &, double scaleDenominator) { scale = scaleDenominator; });
    const gis::DisplayCrs crs = canvas->content()->crs;
    const double scaleBefore = canvas->mapSettings().scaleDenominator(crs);
    const QPointF cursor(523, 211);
    const QPointF mapPoint = canvas->mapSettings().toMap(cursor);

    sendWheel(*canvas, cursor, 120);
    const QPointF after = canvas->mapSettings().toScreen(mapPoint);
    CHECK(std::hypot(after.x() - cursor.x(), after.y() - cursor.y()) < 1.0);
    CHECK(scale == Approx(scaleBefore / 1.25).epsilon(1e-6));

    // A touchpad's half notch zooms by the square root; the other way out again.
    sendWheel(*canvas, cursor, 60);
    CHECK(scale == Approx(scaleBefore / 1.25 / std::sqrt(1.25)).epsilon(1e-6));
    sendWheel(*canvas, cursor, -180);
    CHECK(scale == Approx(scaleBefore).epsilon(1e-6));
    const QPointF back = canvas->mapSettings().toScreen(mapPoint);
    CHECK(std::hypot(back.x() - cursor.x(), back.y() - cursor.y()) < 1.0);
}

TEST_CASE("zooming stops at the closest scale", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    for (int i = 0; i < 100; ++i)
        sendWheel(*canvas, QPointF(400, 300), 120);
    const double closest = canvas->mapSettings().metersPerPixel();
    CHECK(closest > 0.01);
    sendWheel(*canvas, QPointF(400, 300), 120);
    CHECK(canvas->mapSettings().metersPerPixel() == Approx(closest));
}

TEST_CASE("arrow keys pan by a quarter of the view and +/- zoom by 2", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    const QRectF start = canvas->extent();
    QTest::keyClick(canvas.get(), Qt::Key_Left);
    CHECK(canvas->extent().left() == Approx(start.left() - start.width() / 4));
    CHECK(canvas->extent().top() == Approx(start.top()));
    QTest::keyClick(canvas.get(), Qt::Key_Up); // north: larger y
    CHECK(canvas->extent().top() == Approx(start.top() + start.height() / 4));
    QTest::keyClick(canvas.get(), Qt::Key_Right);
    QTest::keyClick(canvas.get(), Qt::Key_Down);
    CHECK(canvas->extent().left() == Approx(start.left()).margin(1e-6));
    CHECK(canvas->extent().top() == Approx(start.top()).margin(1e-6));

    QTest::keyClick(canvas.get(), Qt::Key_Plus);
    CHECK(canvas->extent().width() == Approx(start.width() / 2));
    CHECK(canvas->extent().center().x() == Approx(start.center().x()));
    QTest::keyClick(canvas.get(), Qt::Key_Equal);
    CHECK(canvas->extent().width() == Approx(start.width() / 4));
    QTest::keyClick(canvas.get(), Qt::Key_Minus);
    CHECK(canvas->extent().width() == Approx(start.width() / 2));
}

TEST_CASE("Home and zoomToFullExtent show all of the content", "[canvas]")
{
    const auto content = syntheticContent();
    auto canvas = shownCanvas(content);
    CHECK(canvas->extent().contains(content->bounds));
    for (int i = 0; i < 6; ++i)
        sendWheel(*canvas, QPointF(100, 100), 120);
    REQUIRE_FALSE(canvas->extent().contains(content->bounds));
    QTest::keyClick(canvas.get(), Qt::Key_Home);
    CHECK(canvas->extent().contains(content->bounds));
    sendWheel(*canvas, QPointF(100, 100), 480);
    canvas->zoomToFullExtent();
    CHECK(canvas->extent().contains(content->bounds));
}

TEST_CASE("dragging with the pan tool keeps the map point under the cursor", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    const QPoint from(300, 300);
    const QPoint to(420, 250);
    const QPointF grabbed = canvas->mapSettings().toMap(from);
    drag(*canvas, Qt::LeftButton, from, to);
    const QPointF now = canvas->mapSettings().toScreen(grabbed);
    CHECK(now.x() == Approx(to.x()).margin(0.01));
    CHECK(now.y() == Approx(to.y()).margin(0.01));
}

TEST_CASE("the middle button pans in any tool", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::Select);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    const QPoint from(200, 200);
    const QPoint to(260, 320);
    const QPointF grabbed = canvas->mapSettings().toMap(from);
    drag(*canvas, Qt::MiddleButton, from, to);
    const QPointF now = canvas->mapSettings().toScreen(grabbed);
    CHECK(now.x() == Approx(to.x()).margin(0.01));
    CHECK(now.y() == Approx(to.y()).margin(0.01));
    CHECK(selected.count() == 0);
}

TEST_CASE("the zoom tool zooms into a dragged box and 2x about a clicked point", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::ZoomIn);
    const QRect box(QPoint(100, 150), QPoint(300, 250));
    const QRectF boxOnMap = canvas->mapSettings().screenToMap().mapRect(QRectF(box));
    drag(*canvas, Qt::LeftButton, box.topLeft(), box.bottomRight() + QPoint(1, 1));
    const QRectF shown = canvas->extent();
    CHECK(shown.contains(boxOnMap.adjusted(1e-6, 1e-6, -1e-6, -1e-6)));
    // The box's wider side fills the view.
    CHECK(shown.width() == Approx(boxOnMap.width()).epsilon(1e-6));
    CHECK(shown.center().x() == Approx(boxOnMap.center().x()));
    CHECK(shown.center().y() == Approx(boxOnMap.center().y()));

    const QPoint click(500, 400);
    const QPointF clicked = canvas->mapSettings().toMap(click);
    const double metersPerPixel = canvas->mapSettings().metersPerPixel();
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier, click);
    CHECK(canvas->mapSettings().metersPerPixel() == Approx(metersPerPixel / 2));
    const QPointF stays = canvas->mapSettings().toScreen(clicked);
    CHECK(std::hypot(stays.x() - click.x(), stays.y() - click.y()) < 1.0);
}

TEST_CASE("Escape drops a box being drawn", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    canvas->setTool(MapCanvas::Tool::ZoomIn);
    const QRectF before = canvas->extent();
    QTest::mousePress(canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(canvas.get(), QPoint(200, 200));
    QTest::keyClick(canvas.get(), Qt::Key_Escape);
    QTest::mouseRelease(canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    CHECK(canvas->extent() == before);
}

TEST_CASE("new content in the same CRS keeps the view, in another CRS shows the new content", "[canvas]")
{
    auto canvas = shownCanvas(syntheticContent());
    sendWheel(*canvas, QPointF(200, 200), 360);
    const QRectF navigated = canvas->extent();
    canvas->setContent(syntheticContent());
    CHECK(canvas->extent() == navigated);
    REQUIRE(waitForRender(*canvas));

    auto elsewhere = syntheticContent();
    elsewhere->crs = gis::DisplayCrs::japanZone(9);
    for (gis::MapOffice &office : elsewhere->offices)
        office.point += QPointF(50000, 50000);
    elsewhere->wards.clear();
    elsewhere->updateBounds();
    canvas->setContent(elsewhere);
    CHECK(canvas->extent().contains(elsewhere->bounds));
    REQUIRE(waitForRender(*canvas));

    canvas->setContent(nullptr);
    CHECK_FALSE(canvas->isRendering());
    CHECK(canvas->renderedImage().isNull());
}

// The Kumamoto sample ----------------------------------------------------------------------------

TEST_CASE("clicks on the sample select 大江出張所 and 中央区役所 and a click on the sea clears", "[realdata]")
{
    auto canvas = shownCanvas(sampleContent(), QSize(1000, 750));
    canvas->setTool(MapCanvas::Tool::Select);
    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);

    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      screenPositionOf(*canvas, QStringLiteral("br_oe")).toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected) == QStringList{QStringLiteral("br_oe")});
    CHECK(officeById(*canvas->content(), QStringLiteral("br_oe")).name == QStringLiteral("大江出張所"));

    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier,
                      screenPositionOf(*canvas, QStringLiteral("ward_chuo")).toPoint());
    REQUIRE(selected.count() == 2);
    CHECK(lastSelection(selected) == QStringList{QStringLiteral("ward_chuo")});

    // 有明海, west of 河内 (130.59°E).
    const QPointF sea = canvas->mapSettings().toScreen(canvas->content()->crs.forward(GeoPoint{130.55, 32.76}));
    REQUIRE(QRectF(canvas->rect()).contains(sea));
    QTest::mouseClick(canvas.get(), Qt::LeftButton, Qt::NoModifier, sea.toPoint());
    REQUIRE(selected.count() == 3);
    CHECK(lastSelection(selected).isEmpty());
}

TEST_CASE("a box over 中央区 selects the offices inside it", "[realdata]")
{
    auto canvas = shownCanvas(sampleContent(), QSize(1000, 750));
    canvas->setTool(MapCanvas::Tool::Select);
    const auto &wards = canvas->content()->wards;
    const auto chuo = std::find_if(wards.begin(), wards.end(),
                                   [](const gis::MapPolygon &ward) { return ward.name == QStringLiteral("中央区"); });
    REQUIRE(chuo != wards.end());
    const gis::MapSettings settings = canvas->mapSettings();
    const QRect box = settings.mapToScreen().mapRect(chuo->bounds).toAlignedRect();
    QStringList expected;
    for (const gis::MapOffice &office : canvas->content()->offices)
        if (QRectF(box).contains(settings.toScreen(office.point)))
            expected.push_back(office.id);
    REQUIRE(expected.contains(QStringLiteral("ward_chuo")));
    REQUIRE(expected.contains(QStringLiteral("br_oe")));
    REQUIRE_FALSE(expected.contains(QStringLiteral("ward_kita")));

    QSignalSpy selected(canvas.get(), &MapCanvas::officesSelected);
    drag(*canvas, Qt::LeftButton, box.topLeft(), box.bottomRight());
    REQUIRE(selected.count() == 1);
    CHECK(lastSelection(selected) == expected);
}

TEST_CASE("the rendered sample shows each office in its decision colour", "[realdata]")
{
    auto canvas = shownCanvas(sampleContent(), QSize(1000, 750));
    const gis::MapSettings settings = canvas->mapSettings();
    const QImage image = canvas->renderedImage();
    int closed = 0;
    for (const gis::MapOffice &office : canvas->content()->offices) {
        const QColor expected = settings.style.decisionColor(office.decision);
        const QColor seen = pixelAt(image, settings.toScreen(office.point));
        INFO(office.name.toStdString() << ": seen " << describe(seen) << ", expected " << describe(expected));
        CHECK(sameColor(seen, expected));
        closed += office.decision == Decision::Close ? 1 : 0;
    }
    CHECK(closed == 7);
}

TEST_CASE("the cursor over 大江出張所 is reported at its coordinates", "[realdata]")
{
    auto canvas = shownCanvas(sampleContent(), QSize(1000, 750));
    std::optional<GeoPoint> geographic;
    QPointF display;
    bool left = false;
    QObject::connect(canvas.get(), &MapCanvas::cursorMoved, [&](const GeoPoint &point, const QPointF &onMap) {
        geographic = point;
        display = onMap;
    });
    QObject::connect(canvas.get(), &MapCanvas::cursorLeft, [&left] { left = true; });
    const QPointF oe = screenPositionOf(*canvas, QStringLiteral("br_oe"));
    QMouseEvent move(QEvent::MouseMove, oe, canvas->mapToGlobal(oe), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.get(), &move);
    REQUIRE(geographic);
    // offices.csv: 32.79886, 130.72509; a pixel here is about 40 m, 0.0005°.
    CHECK(geographic->longitudeDeg == Approx(130.72509).margin(0.0005));
    CHECK(geographic->latitudeDeg == Approx(32.79886).margin(0.0005));
    const QPointF expectedDisplay = officeById(*canvas->content(), QStringLiteral("br_oe")).point;
    CHECK(display.x() == Approx(expectedDisplay.x()).margin(1e-3));
    CHECK(display.y() == Approx(expectedDisplay.y()).margin(1e-3));

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(canvas.get(), &leave);
    CHECK(left);
}

TEST_CASE("the sample at full extent shows all its content, zoomed in on a ward less", "[realdata]")
{
    const auto content = sampleContent();
    auto canvas = shownCanvas(content, QSize(1000, 750));
    CHECK(canvas->extent().contains(content->bounds));
    canvas->zoomToOffices({QStringLiteral("br_oe")});
    CHECK_FALSE(canvas->extent().contains(content->bounds));
    CHECK(canvas->extent().contains(officeById(*content, QStringLiteral("br_oe")).point));
    CHECK(canvas->extent().height() >= 3000.0);
    canvas->zoomToFullExtent();
    CHECK(canvas->extent().contains(content->bounds));
    REQUIRE(waitForRender(*canvas));
}

TEST_CASE("destroying the canvas while it renders the sample is safe", "[realdata]")
{
    const auto content = sampleContent();
    int deletedWhileRendering = 0;
    for (int delayMs : {0, 31, 45, 80}) {
        auto canvas = std::make_unique<MapCanvas>();
        canvas->resize(1600, 1000);
        canvas->show();
        REQUIRE(QTest::qWaitForWindowExposed(canvas.get()));
        canvas->setContent(content);
        QTest::qWait(delayMs);
        deletedWhileRendering += canvas->isRendering() ? 1 : 0;
        canvas.reset();
        QTest::qWait(20);
    }
    CHECK(deletedWhileRendering >= 2);
}

// Not run by default: the render times of the sample at 1600 x 1000, through renderFinished.
TEST_CASE("render times of the sample at 1600 x 1000", "[.][benchmark]")
{
    auto canvas = shownCanvas(sampleContent(), QSize(1600, 1000));
    std::vector<double> times;
    QObject::connect(canvas.get(), &MapCanvas::renderFinished,
                     [&times](double milliseconds) { times.push_back(milliseconds); });
    const auto measure = [&](const char *what, const std::function<void()> &change) {
        times.clear();
        for (int i = 0; i < 5; ++i) {
            change();
            REQUIRE(waitForRender(*canvas));
        }
        std::sort(times.begin(), times.end());
        WARN(what << ": median " << times[times.size() / 2] << " ms, min " << times.front() << " ms, max "
                  << times.back() << " ms over " << times.size() << " renders");
    };
    bool in = false;
    measure("full extent", [&] {
        canvas->zoomToFullExtent();
        canvas->setSelectedOfficeIds(in ? QStringList{} : QStringList{QStringLiteral("br_oe")});
        in = !in;
    });
    measure("pan by a quarter", [&] { QTest::keyClick(canvas.get(), (in = !in) ? Qt::Key_Left : Qt::Key_Right); });
    canvas->zoomToOffices({QStringLiteral("ward_chuo")});
    REQUIRE(waitForRender(*canvas));
    measure("zoomed on 中央区役所", [&] { QTest::keyClick(canvas.get(), (in = !in) ? Qt::Key_Left : Qt::Key_Right); });
    QElapsedTimer paint;
    paint.start();
    QTest::keyClick(canvas.get(), Qt::Key_Plus);
    for (int i = 0; i < 20; ++i)
        canvas->repaint();
    WARN("painting the moved last image: " << double(paint.nsecsElapsed()) / 1e6 / 20 << " ms per frame");
}

// Not run by default: grabs of the canvas for looking at (MADOGUCHI_SCREENSHOT_DIR).
TEST_CASE("screenshots of the canvas", "[.][screenshot]")
{
    const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    {
        MapCanvas empty;
        empty.resize(800, 500);
        empty.show();
        REQUIRE(QTest::qWaitForWindowExposed(&empty));
        empty.grab().save(dir + QStringLiteral("/canvas-empty.png"));
    }
    auto canvas = shownCanvas(sampleContent(), QSize(1200, 800));
    canvas->grab().save(dir + QStringLiteral("/canvas-full.png"));
    canvas->setSelectedOfficeIds({QStringLiteral("br_oe"), QStringLiteral("ward_chuo")});
    REQUIRE(waitForRender(*canvas));
    canvas->grab().save(dir + QStringLiteral("/canvas-selected.png"));
    const QPointF oe = screenPositionOf(*canvas, QStringLiteral("br_oe"));
    for (int i = 0; i < 3; ++i)
        sendWheel(*canvas, oe, 120);
    canvas->grab().save(dir + QStringLiteral("/canvas-zooming-old-image.png"));
    REQUIRE(waitForRender(*canvas));
    canvas->grab().save(dir + QStringLiteral("/canvas-zoomed.png"));
    canvas->setTool(MapCanvas::Tool::Select);
    QTest::mousePress(canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
    QTest::mouseMove(canvas.get(), QPoint(500, 420));
    canvas->grab().save(dir + QStringLiteral("/canvas-selection-box.png"));
    QTest::mouseRelease(canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(500, 420));
    QTest::keyClick(canvas.get(), Qt::Key_Left);
    canvas->grab().save(dir + QStringLiteral("/canvas-panning-old-image.png"));
}
