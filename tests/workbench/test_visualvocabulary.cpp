#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/legendwidget.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/presentationwindow.h"
#include "app/workbench/workbenchdocument.h"
#include "gis/legend.h"
#include "gis/mapcontent.h"
#include "gis/mapsettings.h"
#include "gis/officesymbol.h"

#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <map>
#include <set>

using namespace madoguchi;
using namespace madoguchi::app;

// The map, its legend dock, the exported map's legend, the correlation chart and the presentation window
// must show each office kind and decision with the same symbol and colour: the shared style (MapStyle)
// and the one legend model. These tests look at what each of them actually shows.

namespace {

// An office entry (kind) or a decision entry of a legend, with the colour and kind it shows.
using LegendKey = std::pair<int, int>; // (symbol, kind or decision; -1 = no decision)

std::map<LegendKey, std::pair<QColor, OfficeKind>> officeEntries(const std::vector<gis::LegendEntry> &entries)
{
    std::map<LegendKey, std::pair<QColor, OfficeKind>> result;
    for (const gis::LegendEntry &entry : entries) {
        if (entry.symbol == gis::LegendSymbol::Office)
            result[{int(entry.symbol), int(entry.kind)}] = {entry.color, entry.kind};
        else if (entry.symbol == gis::LegendSymbol::Decision)
            result[{int(entry.symbol), entry.decision ? int(*entry.decision) : -1}] = {entry.color, entry.kind};
    }
    return result;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

// The pixel that covers `position`.
QColor pixel(const QImage &image, const QPointF &position)
{
    const QPoint p(int(std::floor(position.x())), int(std::floor(position.y())));
    REQUIRE(image.rect().contains(p));
    return image.pixelColor(p);
}

// The offices whose symbol no other office's symbol comes near in `positions` (view coordinates).
std::set<QString> unobstructed(const std::map<QString, QPointF> &positions, double clearance)
{
    std::set<QString> result;
    for (const auto &[id, position] : positions) {
        bool clear = true;
        for (const auto &[other, otherPosition] : positions)
            if (other != id && QLineF(position, otherPosition).length() < clearance)
                clear = false;
        if (clear)
            result.insert(id);
    }
    return result;
}

gis::OfficeSymbol &symbolOf(gis::MapStyle &style, OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::WardOffice: return style.wardOfficeSymbol;
    case OfficeKind::GeneralBranch: return style.generalBranchSymbol;
    case OfficeKind::Branch: break;
    }
    return style.branchSymbol;
}

// The pixels of the square of `reach` pixels around `centre` that are nearer to `centre` than to any of
// `others` (the other offices' symbols), in rows.
std::vector<QPoint> ownPixels(const QPointF &centre, int reach, const std::vector<QPointF> &others)
{
    const QPoint origin(int(std::floor(centre.x())) - reach, int(std::floor(centre.y())) - reach);
    std::vector<QPoint> pixels;
    for (int y = 0; y <= 2 * reach; ++y)
        for (int x = 0; x <= 2 * reach; ++x) {
            const QPointF middle = QPointF(origin + QPoint(x, y)) + QPointF(0.5, 0.5);
            const double own = QLineF(middle, centre).length();
            if (std::none_of(others.begin(), others.end(),
                             [&](const QPointF &other) { return QLineF(middle, other).length() < own; }))
                pixels.push_back(origin + QPoint(x, y));
        }
    return pixels;
}

// Which of `pixels` have the colour `fill` (the symbol's inside, without its outline).
std::vector<bool> fillMask(const QImage &image, const std::vector<QPoint> &pixels, const QColor &fill,
                           const QPoint &shift = {})
{
    std::vector<bool> mask;
    for (const QPoint &p : pixels)
        mask.push_back(image.rect().contains(p - shift) && near(image.pixelColor(p - shift), fill, 10));
    return mask;
}

// The same pixels as the symbol painter draws them with `style` alone, at the same place within its pixels.
std::vector<bool> paintedMask(const gis::MapStyle &style, OfficeKind kind, const QColor &fill, const QPointF &centre,
                              int reach, const std::vector<QPoint> &pixels, double pixelsPerPoint)
{
    QImage image(2 * reach + 1, 2 * reach + 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QPoint origin(int(std::floor(centre.x())) - reach, int(std::floor(centre.y())) - reach);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        gis::paintOfficeSymbol(painter, style, kind, fill, centre - QPointF(origin), pixelsPerPoint);
    }
    return fillMask(image, pixels, fill, origin);
}

int mismatch(const std::vector<bool> &a, const std::vector<bool> &b)
{
    int count = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        count += a[i] != b[i] ? 1 : 0;
    return count;
}

// Checks, in an image of the map or a chart, that each office in `positions` is drawn in the colour the
// style gives its decision, in the shape and size the style gives its kind: its pixels match the style's
// symbol better than any other shape, or the same shape a fifth larger or smaller (lines and labels
// drawn near it disturb each comparison alike). `pixelsPerPoint` is
// the drawing's. Selected offices (drawn larger, ringed) and offices close to another are left out.
void checkSymbols(const QImage &image, const std::map<QString, QPointF> &positions, const gis::MapContent &content,
                  const gis::MapStyle &style, double pixelsPerPoint, const QStringList &selected = {})
{
    static int shot = 0;
    if (!qEnvironmentVariableIsEmpty("MADOGUCHI_VOCABULARY_SHOTS"))
        image.save(qEnvironmentVariable("MADOGUCHI_VOCABULARY_SHOTS") + QStringLiteral("/%1.png").arg(shot++));
    int checked = 0;
    const std::set<QString> clear = unobstructed(positions, style.wardOfficeSymbol.sizePoints * pixelsPerPoint + 3.0);
    for (const gis::MapOffice &office : content.offices) {
        const auto position = positions.find(office.id);
        if (position == positions.end() || !clear.count(office.id) || selected.contains(office.id))
            continue;
        const QPointF centre = position->second;
        const QColor fill = style.decisionColor(office.decision);
        INFO(office.name.toStdString() << " at " << centre.x() << ", " << centre.y() << " in "
                                       << fill.name().toStdString() << ", there "
                                       << pixel(image, centre).name().toStdString());
        CHECK(near(pixel(image, centre), fill));
        const int reach = int(std::ceil(style.officeSymbol(office.kind).sizePoints * pixelsPerPoint));
        std::vector<QPointF> others;
        for (const auto &[id, otherCentre] : positions)
            if (id != office.id)
                others.push_back(otherCentre);
        const std::vector<QPoint> pixels = ownPixels(centre, reach, others);
        const std::vector<bool> drawn = fillMask(image, pixels, fill);
        const int own = mismatch(drawn, paintedMask(style, office.kind, fill, centre, reach, pixels, pixelsPerPoint));
        std::vector<gis::MapStyle> alternatives;
        for (const gis::SymbolShape shape : {gis::SymbolShape::Square, gis::SymbolShape::Circle,
                                             gis::SymbolShape::Diamond, gis::SymbolShape::Triangle}) {
            if (shape == style.officeSymbol(office.kind).shape)
                continue;
            alternatives.push_back(style);
            symbolOf(alternatives.back(), office.kind).shape = shape;
        }
        for (const double factor : {1.2, 0.8}) {
            alternatives.push_back(style);
            symbolOf(alternatives.back(), office.kind).sizePoints *= factor;
        }
        for (const gis::MapStyle &other : alternatives) {
            INFO("another symbol: " << int(other.officeSymbol(office.kind).shape) << ", "
                                    << other.officeSymbol(office.kind).sizePoints << " pt");
            CHECK(own < mismatch(drawn, paintedMask(other, office.kind, fill, centre, reach, pixels, pixelsPerPoint)));
        }
        ++checked;
    }
    CHECK(checked >= 10);
}

// The sample open, with the chart dock in front.
struct Workbench : test::SampleWorkbench
{
    Workbench()
    {
        window.chartDock()->show();
        window.chartDock()->raise();
    }
};

void waitForRender(MapCanvas *canvas)
{
    REQUIRE(QTest::qWaitFor([canvas] { return !canvas->isRendering() && !canvas->renderedImage().isNull(); },
                            30000));
    // The image is of the current view.
    REQUIRE(canvas->renderedImageSettings().extent == canvas->mapSettings().extent);
}

std::map<QString, QPointF> mapPositions(const MapCanvas *canvas)
{
    std::map<QString, QPointF> positions;
    const gis::MapSettings settings = canvas->renderedImageSettings();
    // The credits and the scale bar take the bottom of the map: the offices above them.
    const QRectF image = canvas->renderedImage().rect();
    const QRectF open(image.left() + 20, image.top() + 20, image.width() - 40, image.height() * 0.7);
    for (const gis::MapOffice &office : canvas->content()->offices) {
        const QPointF position = settings.toScreen(office.point);
        if (open.contains(position))
            positions[office.id] = position;
    }
    return positions;
}

std::map<QString, QPointF> chartPositions(const CorrelationChart *chart)
{
    std::map<QString, QPointF> positions;
    for (const CorrelationPoint &point : chart->points())
        if (const auto position = chart->viewPositionOf(point.officeId))
            positions[point.officeId] = *position;
    return positions;
}

} // namespace

TEST_CASE("the legend dock, the exported map's legend and the charts' legends give each kind and decision the "
          "same symbol and colour, the style's",
          "[realdata]")
{
    Workbench bench;
    const gis::MapStyle &style = bench.window.canvas()->mapSettings().style;
    const auto content = bench.window.document()->mapContent();
    REQUIRE(content);

    const auto dock = officeEntries(bench.window.layersDock()->legend()->entries());
    const auto exported = officeEntries(gis::mapLegend(*content, bench.window.canvas()->mapSettings(), Language::Japanese));
    const auto chart = officeEntries(bench.window.chartDock()->chart()->figure().legend());
    // The sample's 2016 policy: three kinds; keep, close and upgrade (龍田).
    CHECK(dock.size() == 6);
    CHECK(dock == exported);
    REQUIRE_FALSE(chart.empty());
    for (const auto &[key, value] : chart) {
        INFO("symbol " << key.first << " of " << key.second);
        REQUIRE(dock.count(key) == 1);
        CHECK(dock.at(key) == value);
    }
    for (const auto &[key, value] : dock)
        if (key.first == int(gis::LegendSymbol::Decision))
            CHECK(value.first == style.decisionColor(key.second < 0 ? std::nullopt : std::optional(Decision(key.second))));

    // The presentation's chart shows the same legend.
    QPointer<PresentationWindow> presentation = bench.window.startPresentation(false);
    REQUIRE(presentation);
    REQUIRE(QTest::qWaitForWindowExposed(presentation));
    const auto projected = officeEntries(presentation->chart()->figure().legend());
    CHECK(projected == chart);
    presentation->close();
}

TEST_CASE("the map, the correlation chart and the presentation draw each office with its kind's shape in its "
          "decision's colour",
          "[realdata]")
{
    Workbench bench;
    const auto content = bench.window.document()->mapContent();
    REQUIRE(content);
    // The 2016 policy: seven closures among the branch offices.
    CHECK(std::count_if(content->offices.begin(), content->offices.end(), [](const gis::MapOffice &office) {
              return office.decision == Decision::Close;
          }) == 7);

    MapCanvas *canvas = bench.window.canvas();
    waitForRender(canvas);
    const gis::MapSettings settings = canvas->renderedImageSettings();
    checkSymbols(canvas->renderedImage(), mapPositions(canvas), *content, settings.style, settings.pixelsPerPoint());

    CorrelationChart *chart = bench.window.chartDock()->chart();
    REQUIRE(QTest::qWaitForWindowExposed(chart));
    checkSymbols(chart->grab().toImage(), chartPositions(chart), *content, settings.style, chart->logicalDpiY() / 72.0);

    // The presentation: its map and its chart, and the caption names the decision in the same colour.
    QPointer<PresentationWindow> presentation = bench.window.startPresentation(false);
    REQUIRE(presentation);
    presentation->resize(1280, 800); // a projector's
    REQUIRE(QTest::qWaitForWindowExposed(presentation));
    REQUIRE(QTest::qWaitFor([&] { return !presentation->isFlying(); }, 10000));
    MapCanvas *projectedMap = presentation->canvas();
    projectedMap->zoomToFullExtent();
    waitForRender(projectedMap);
    const gis::MapSettings projectedSettings = projectedMap->renderedImageSettings();
    CHECK(projectedSettings.style.decisionColor(Decision::Close) == settings.style.decisionColor(Decision::Close));
    CHECK(projectedSettings.style.decisionColor(Decision::Keep) == settings.style.decisionColor(Decision::Keep));
    const QStringList current{presentation->currentOfficeId()};
    checkSymbols(projectedMap->renderedImage(), mapPositions(projectedMap), *content, projectedSettings.style,
                 projectedSettings.pixelsPerPoint(), current);
    CorrelationChart *projectedChart = presentation->chart();
    gis::MapStyle chartStyle = settings.style;
    chartStyle.branchSymbol.sizePoints *= 1.3; // the projector's larger branch symbols
    chartStyle.generalBranchSymbol.sizePoints *= 1.3;
    checkSymbols(projectedChart->grab().toImage(), chartPositions(projectedChart), *content, chartStyle,
                 projectedChart->logicalDpiY() / 72.0, current);
    // For looking at: the window and the presentation side by side (MADOGUCHI_VOCABULARY_SHOTS=<folder>).
    if (!qEnvironmentVariableIsEmpty("MADOGUCHI_VOCABULARY_SHOTS")) {
        const QString folder = qEnvironmentVariable("MADOGUCHI_VOCABULARY_SHOTS");
        CHECK(bench.window.grab().save(folder + QStringLiteral("/window.png")));
        CHECK(presentation->grab().save(folder + QStringLiteral("/presentation.png")));
    }
    // The first step is 大江出張所, closed in the 2016 policy.
    REQUIRE(presentation->currentOfficeId() == QStringLiteral("br_oe"));
    CHECK(presentation->captionText().contains(
        QStringLiteral("color:%1").arg(settings.style.decisionColor(Decision::Close).name())));
    presentation->close();
}
