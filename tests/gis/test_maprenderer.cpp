#include "testsupport.h"
#include "labelcheck.h"

#include "core/feedback.h"
#include "gis/layerreader.h"
#include "gis/mapcontent.h"
#include "gis/maprenderer.h"
#include "gis/mapsettings.h"
#include "gis/officetable.h"
#include "gis/projgeodesic.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <numbers>
#include <set>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::gis;
using madoguchi::test::kumamotoFile;

namespace {

QPainterPath square(double x, double y, double size)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addRect(QRectF(x, y, size, size));
    return path;
}

MapPolygon ward(const QString &name, double x, double y, double size, int colorIndex)
{
    MapPolygon polygon;
    polygon.name = name;
    polygon.path = square(x, y, size);
    polygon.bounds = polygon.path.boundingRect();
    polygon.labelPoint = polygon.bounds.center();
    polygon.areaSquareMeters = size * size;
    polygon.colorIndex = colorIndex;
    return polygon;
}

// Two 1 km wards side by side near the origin of zone II, three branch offices with decisions.
MapContent syntheticContent()
{
    MapContent content;
    content.crs = DisplayCrs::japanZone(2);
    content.wards.push_back(ward(QStringLiteral("西区"), 0, 0, 1000, 0));
    content.wards.push_back(ward(QStringLiteral("東区"), 1000, 0, 1000, 1));
    content.offices.push_back(MapOffice{QStringLiteral("keep"), QStringLiteral("大江出張所"), OfficeKind::Branch,
                                        Decision::Keep, QPointF(300, 500)});
    content.offices.push_back(MapOffice{QStringLiteral("close"), QStringLiteral("花園総合出張所"),
                                        OfficeKind::GeneralBranch, Decision::Close, QPointF(1500, 750)});
    content.offices.push_back(MapOffice{QStringLiteral("upgrade"), QStringLiteral("龍田出張所"), OfficeKind::Branch,
                                        Decision::Upgrade, QPointF(1500, 250)});
    content.credits << QStringLiteral("出典：テスト");
    content.updateBounds();
    return content;
}

MapSettings settingsFor(const MapContent &content, QSize size, double dpi = 96.0)
{
    MapSettings settings;
    settings.outputSize = size;
    settings.dpi = dpi;
    settings.showLegend = false;
    settings.showScaleBar = false;
    settings.showNorthArrow = false;
    settings.showCredits = false;
    settings.zoomToFit(content.bounds, 0.05);
    return settings;
}

QImage render(const MapContent &content, const MapSettings &settings, bool *complete = nullptr,
              const madoguchi::Feedback *cancel = nullptr, QColor prefill = Qt::transparent)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(prefill);
    QPainter painter(&image);
    const bool done = MapRenderer::render(painter, content, settings, cancel);
    painter.end();
    if (complete)
        *complete = done;
    return image;
}

QRgb pixelAt(const QImage &image, const QPointF &screenPoint)
{
    return image.pixel(int(std::floor(screenPoint.x())), int(std::floor(screenPoint.y())));
}

int colorDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// The share of the pixels inside `rect` that have exactly `color`.
double shareOfColor(const QImage &image, const QRect &rect, QRgb color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (color & 0xffffff))
                ++count;
        }
    }
    return double(count) / double(rect.width() * rect.height());
}

// Dark pixels along the row through the middle of the image.
int darkPixelsInMiddleRow(const QImage &image)
{
    int count = 0;
    const int y = image.height() / 2;
    for (int x = 0; x < image.width(); ++x) {
        if (qGray(image.pixel(x, y)) < 128)
            ++count;
    }
    return count;
}

QString buildOutputPath(const QString &fileName)
{
    // The test executable lives in <build>/tests; the picture goes next to it in the build tree.
    return QDir(QCoreApplication::applicationDirPath()).filePath(fileName);
}

} // namespace

TEST_CASE("each office is drawn in the colour of its decision", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    const MapSettings settings = settingsFor(content, QSize(400, 220));
    bool complete = false;
    const QImage image = render(content, settings, &complete);
    CHECK(complete);
    const MapStyle &style = settings.style;
    for (const MapOffice &office : content.offices) {
        INFO(office.id.toStdString());
        CHECK(colorDistance(pixelAt(image, settings.toScreen(office.point)), style.decisionColor(office.decision).rgb()) == 0);
    }
}

TEST_CASE("each ward is filled with its own light colour", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    const MapSettings settings = settingsFor(content, QSize(400, 220));
    const QImage image = render(content, settings);
    const MapStyle &style = settings.style;
    CHECK(style.wardFill(0) != style.wardFill(1));
    for (const MapPolygon &polygon : content.wards) {
        const QRect screen = settings.mapToScreen().mapRect(polygon.bounds).toAlignedRect().adjusted(4, 4, -4, -4);
        // Most of the ward shows its fill; outlines, symbols and labels take the rest.
        CHECK(shareOfColor(image, screen, style.wardFill(polygon.colorIndex).rgb()) > 0.6);
    }
}

TEST_CASE("a hidden office layer draws no office symbols", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    MapSettings settings = settingsFor(content, QSize(400, 220));
    settings.layer(MapLayer::Offices).visible = false;
    const QImage image = render(content, settings);
    for (const MapOffice &office : content.offices)
        CHECK(colorDistance(pixelAt(image, settings.toScreen(office.point)), settings.style.decisionColor(office.decision).rgb()) > 30);
}

TEST_CASE("a selected office is drawn with a selection ring", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    MapSettings settings = settingsFor(content, QSize(400, 220));
    settings.labels.offices = false;
    const QImage before = render(content, settings);
    settings.selectedOfficeIds.insert(QStringLiteral("keep"));
    const QImage after = render(content, settings);
    const QPointF centre = settings.toScreen(content.offices.front().point);
    // The ring runs at the symbol's radius plus the style's gap.
    const double radius =
        (settings.style.branchSymbol.sizePoints / 2.0 + settings.style.selectionGapPoints) * settings.pixelsPerPoint();
    const QPointF onRing = centre + QPointF(radius, 0);
    CHECK(colorDistance(pixelAt(after, onRing), settings.style.selectionColor.rgb()) < 40);
    CHECK(colorDistance(pixelAt(before, onRing), settings.style.selectionColor.rgb()) > 60);
    // The symbol itself keeps its decision colour.
    CHECK(colorDistance(pixelAt(after, centre), settings.style.keepColor.rgb()) == 0);
}

TEST_CASE("a cancelled render returns early without drawing", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    const MapSettings settings = settingsFor(content, QSize(200, 120));
    madoguchi::Feedback cancel;
    cancel.cancel();
    bool complete = true;
    const QImage image = render(content, settings, &complete, &cancel, Qt::magenta);
    CHECK_FALSE(complete);
    CHECK(shareOfColor(image, image.rect(), QColor(Qt::magenta).rgb()) == 1.0);
}

TEST_CASE("a cancel from another thread stops a long render part way", "[maprenderer]")
{
    // Enough small wards that a full render takes a good while on this machine and build type.
    MapContent content;
    content.crs = DisplayCrs::japanZone(2);
    MapSettings settings;
    qint64 fullMs = 0;
    for (int count = 20000; fullMs < 150 && count <= 640000; count *= 2) {
        content.wards.clear();
        const int columns = int(std::sqrt(double(count)));
        for (int i = 0; i < count; ++i)
            content.wards.push_back(ward(QString(), (i % columns) * 20.0, (i / columns) * 20.0, 18.0, i));
        content.updateBounds();
        settings = settingsFor(content, QSize(400, 400));
        QElapsedTimer timer;
        timer.start();
        bool complete = false;
        render(content, settings, &complete);
        fullMs = timer.elapsed();
        REQUIRE(complete);
    }
    REQUIRE(fullMs >= 150);

    madoguchi::Feedback cancel;
    bool complete = true;
    QElapsedTimer timer;
    timer.start();
    std::thread worker([&] { render(content, settings, &complete, &cancel); });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    cancel.cancel();
    worker.join();
    const qint64 cancelledMs = timer.elapsed();
    CHECK_FALSE(complete);
    CHECK(cancelledMs < fullMs / 2 + 20);
}

TEST_CASE("a line of 4 pt is 3.125 times as many pixels wide at 300 dpi as at 96 dpi", "[maprenderer]")
{
    MapContent content;
    content.crs = DisplayCrs::japanZone(2);
    content.wards.push_back(ward(QString(), 0, 0, 1000, 0));
    content.updateBounds();
    auto renderAt = [&](double dpi, int size) {
        MapSettings settings = settingsFor(content, QSize(size, size), dpi);
        settings.extent = QRectF(-500, -500, 2000, 2000);
        settings.backgroundColor = Qt::white;
        settings.style.wardFillColors = {QColor(Qt::white)};
        settings.style.wardOutlineColor = Qt::black;
        settings.style.wardOutlineWidthPoints = 4.0;
        return render(content, settings);
    };
    const int at96 = darkPixelsInMiddleRow(renderAt(96.0, 200));
    const int at300 = darkPixelsInMiddleRow(renderAt(300.0, 625));
    // Two edges of 4 pt = 5.33 px each at 96 dpi.
    CHECK(at96 == Approx(2 * 4.0 * 96.0 / 72.0).margin(2.0));
    CHECK(double(at300) / double(at96) == Approx(300.0 / 96.0).epsilon(0.15));
}

TEST_CASE("the population choropleth colours a cell by its density class", "[maprenderer]")
{
    MapContent content;
    content.crs = DisplayCrs::japanZone(2);
    MapPopulationCell cell;
    cell.path = square(0, 0, 1000);
    cell.bounds = cell.path.boundingRect();
    cell.areaSquareMeters = 1e6;
    cell.value = 5000.0; // 5,000 residents/km²
    cell.value65 = 2000.0;  // 40 %
    content.population.push_back(cell);
    content.updateBounds();
    MapSettings settings = settingsFor(content, QSize(200, 200));
    const QPointF inside = settings.toScreen(QPointF(150, 150));

    settings.populationChoropleth = PopulationChoropleth::Density;
    const QRgb density = pixelAt(render(content, settings), inside);
    CHECK(colorDistance(density, MapStyle::classFor(settings.style.densityClasses, 5000.0)->color.rgb()) == 0);
    CHECK(MapStyle::classFor(settings.style.densityClasses, 5000.0)->lowerBound == 4000.0);

    settings.populationChoropleth = PopulationChoropleth::Share65;
    const QRgb share = pixelAt(render(content, settings), inside);
    CHECK(colorDistance(share, settings.style.share65Classes.back().color.rgb()) == 0);

    settings.populationChoropleth = PopulationChoropleth::Off;
    CHECK(colorDistance(pixelAt(render(content, settings), inside), settings.backgroundColor.rgb()) == 0);
}

TEST_CASE("the legend and the credits are drawn in the corners when enabled", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    MapSettings settings = settingsFor(content, QSize(500, 400));
    settings.backgroundColor = QColor(40, 40, 40);
    settings.layer(MapLayer::Wards).visible = false;
    const QPointF bottomRight(settings.outputSize.width() - 12, settings.outputSize.height() - 12);
    const QPointF bottomLeft(12, settings.outputSize.height() - 12);
    const QImage without = render(content, settings);
    settings.showLegend = true;
    settings.showCredits = true;
    const QImage with = render(content, settings);
    CHECK(qGray(pixelAt(without, bottomRight)) < 60);
    CHECK(qGray(pixelAt(with, bottomRight)) > 200);
    CHECK(qGray(pixelAt(without, bottomLeft)) < 60);
    CHECK(qGray(pixelAt(with, bottomLeft)) > 200);
}

TEST_CASE("the same render draws an A4 PDF page in vectors, labels included", "[maprenderer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    const MapContent content = syntheticContent();
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        MapSettings settings = settingsFor(content, QSize(writer.width(), writer.height()), writer.resolution());
        settings.showLegend = true;
        settings.showCredits = true;
        settings.showScaleBar = true;
        settings.showNorthArrow = true;
        CHECK(MapRenderer::render(painter, content, settings));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 5000);
    // Labels are text with outline halos on vector devices (the font embedded, with a map back to the
    // characters for search), never the raster images used on screen.
    CHECK_FALSE(bytes.contains("/Subtype /Image"));
    CHECK(bytes.contains("/FontFile2"));
    CHECK(bytes.contains("/ToUnicode"));
}

TEST_CASE("the office under the mouse and the offices in a rubber band are found", "[maprenderer]")
{
    const MapContent content = syntheticContent();
    const MapSettings settings = settingsFor(content, QSize(400, 220));
    const QPointF keep = settings.toScreen(QPointF(300, 500));
    CHECK(MapRenderer::officeAt(keep + QPointF(3, 2), settings, content) == QStringLiteral("keep"));
    CHECK_FALSE(MapRenderer::officeAt(keep + QPointF(30, 0), settings, content).has_value());

    const QRectF eastWard = settings.mapToScreen().mapRect(QRectF(1000, 0, 1000, 1000));
    CHECK(MapRenderer::officesIn(eastWard, settings, content) == QStringList{QStringLiteral("close"), QStringLiteral("upgrade")});

    MapSettings hidden = settings;
    hidden.layer(MapLayer::Offices).visible = false;
    CHECK_FALSE(MapRenderer::officeAt(keep, hidden, content).has_value());
    CHECK(MapRenderer::officesIn(eastWard, hidden, content).isEmpty());
}

TEST_CASE("the map and screen transforms put north up and invert each other", "[mapsettings]")
{
    MapSettings settings;
    settings.outputSize = QSize(200, 100);
    settings.extent = QRectF(1000, 5000, 2000, 1000); // x 1000–3000 m, y 5000–6000 m (north)
    CHECK(settings.metersPerPixel() == Approx(10.0));
    const QPointF northWest = settings.toScreen(QPointF(1000, 6000));
    CHECK(northWest.x() == Approx(0.0).margin(1e-9));
    CHECK(northWest.y() == Approx(0.0).margin(1e-9));
    const QPointF southEast = settings.toScreen(QPointF(3000, 5000));
    CHECK(southEast.x() == Approx(200.0));
    CHECK(southEast.y() == Approx(100.0));
    const QPointF back = settings.toMap(QPointF(37, 81));
    CHECK(settings.toScreen(back).x() == Approx(37.0));
    CHECK(settings.toScreen(back).y() == Approx(81.0));
}

TEST_CASE("an extent of another aspect ratio is widened about its centre", "[mapsettings]")
{
    MapSettings settings;
    settings.outputSize = QSize(400, 100);
    settings.extent = QRectF(0, 0, 1000, 1000);
    const QRectF visible = settings.visibleExtent();
    CHECK(visible.width() == Approx(4000.0));
    CHECK(visible.height() == Approx(1000.0));
    CHECK(visible.center() == settings.extent.center());

    settings.zoomToFit(QRectF(0, 0, 100, 100), 0.0);
    CHECK(settings.visibleExtent().contains(QRectF(0, 0, 100, 100)));
    CHECK(settings.visibleExtent().height() == Approx(100.0));
}

TEST_CASE("zooming keeps the point under the mouse in place", "[mapsettings]")
{
    MapSettings settings;
    settings.outputSize = QSize(300, 200);
    settings.extent = QRectF(0, 0, 3000, 2000);
    const QPointF mouse(75, 150);
    const QPointF before = settings.toMap(mouse);
    settings.zoomBy(2.0, mouse);
    CHECK(settings.metersPerPixel() == Approx(5.0));
    CHECK(settings.toMap(mouse).x() == Approx(before.x()));
    CHECK(settings.toMap(mouse).y() == Approx(before.y()));
    settings.panByPixels(QPointF(10, 0));
    CHECK(settings.toMap(mouse).x() == Approx(before.x() - 50.0));
}

TEST_CASE("the scale denominator counts ground metres, the projected ones divided by the scale factor", "[mapsettings]")
{
    MapSettings settings;
    settings.outputSize = QSize(1000, 800);
    settings.dpi = 96.0;
    // Centred on zone II's origin, where the scale factor is the zone's 0.9999.
    settings.extent = QRectF(-5000, -4000, 10000, 8000);
    const double metersPerInchOnScreen = 10.0 * 96.0;
    const double expected = metersPerInchOnScreen / 0.0254 / 0.9999; // 1:37,799
    CHECK(settings.scaleDenominator(DisplayCrs::japanZone(2)) == Approx(expected).epsilon(1e-7));
    CHECK(MapSettings::formatScale(expected) == QStringLiteral("1:37,799"));
    settings.dpi = 300.0;
    CHECK(settings.scaleDenominator(DisplayCrs::japanZone(2)) == Approx(expected * 300.0 / 96.0).epsilon(1e-7));
}

TEST_CASE("the scale bar shows round ground lengths", "[maprenderer]")
{
    // 10 m per pixel, up to 280 px: 2.8 km fit, so two steps of 1 km ("0 1 2 km").
    const MapRenderer::ScaleBar city = MapRenderer::scaleBar(10.0, 280.0);
    CHECK(city.stepMeters == 1000.0);
    CHECK(city.steps == 2);
    CHECK(city.stepPixels == Approx(100.0));
    // 3.7 m per pixel: 1,036 m fit, so 5 steps of 200 m would not; 2 steps of 500 m do.
    const MapRenderer::ScaleBar centre = MapRenderer::scaleBar(3.7, 280.0);
    CHECK(centre.stepMeters == 500.0);
    CHECK(centre.steps == 2);
    // 150 m per pixel: 42 km fit; half of it is 21 km, so two steps of 20 km.
    const MapRenderer::ScaleBar prefecture = MapRenderer::scaleBar(150.0, 280.0);
    CHECK(prefecture.stepMeters == 20000.0);
    CHECK(prefecture.steps == 2);
    // 60 m per pixel: 16.8 km fit; steps of 5 km, three of them ("0 5 10 15 km").
    const MapRenderer::ScaleBar wide = MapRenderer::scaleBar(60.0, 280.0);
    CHECK(wide.stepMeters == 5000.0);
    CHECK(wide.steps == 3);
    // Ground metres: at zone II's origin (scale factor 0.9999) a projected 10 m/px is 10.001 ground
    // m/px, so a kilometre takes 99.99 px, not 100.
    CHECK(MapRenderer::scaleBar(10.0 / 0.9999, 280.0).stepPixels == Approx(99.99).epsilon(1e-9));
    CHECK(MapRenderer::scaleBar(0.0, 280.0).steps == 0);
}

namespace {

// A scenario's impact in miniature: a closed branch office in the west sends its work along a
// straight 1.6 km line to a ward office in the east; north of the line, the western population cell
// is beyond the guide after the scenario, the eastern one is not.
MapContent impactContent()
{
    MapContent content;
    content.crs = DisplayCrs::japanZone(2);
    content.offices.push_back(MapOffice{QStringLiteral("closed"), QStringLiteral("秋津出張所"), OfficeKind::Branch,
                                        Decision::Close, QPointF(200, 500)});
    content.offices.push_back(MapOffice{QStringLiteral("ward"), QStringLiteral("東区役所"), OfficeKind::WardOffice,
                                        std::nullopt, QPointF(1800, 500)});
    for (double x : {0.0, 1000.0}) {
        MapPopulationCell cell;
        cell.path = square(x, 1200, 800);
        cell.bounds = cell.path.boundingRect();
        cell.point = cell.bounds.center();
        cell.areaSquareMeters = 800.0 * 800.0;
        cell.value = 900.0;
        cell.beyondThresholdAfter = x == 0.0;
        content.population.push_back(cell);
    }
    MapTransferLine line;
    line.fromOfficeId = QStringLiteral("closed");
    line.toOfficeId = QStringLiteral("ward");
    line.path.moveTo(200, 500);
    for (int i = 1; i <= 8; ++i)
        line.path.lineTo(200 + 200.0 * i, 500);
    line.bounds = line.path.boundingRect();
    line.midpoint = QPointF(1000, 500);
    line.distanceMeters = 1600.0;
    content.transferLines.push_back(line);
    content.updateBounds();
    return content;
}

// `color` drawn with its alpha over the opaque `background`.
QRgb blended(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    auto mix = [a](int over, int under) { return int(std::lround(a * over + (1.0 - a) * under)); };
    return qRgb(mix(color.red(), background.red()), mix(color.green(), background.green()),
                mix(color.blue(), background.blue()));
}

// The share of the pixels inside `rect` within `tolerance` (per channel) of `color`.
double shareNear(const QImage &image, const QRect &rect, QRgb color, int tolerance)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += colorDistance(image.pixel(x, y), color) <= tolerance ? 1 : 0;
    }
    return double(count) / double(rect.width() * rect.height());
}

// The height of the legend panel in the bottom-right corner of a map on a dark background: the run of
// light pixels up a column just inside the panel's right edge.
int legendHeight(const QImage &image, double pixelsPerPoint)
{
    const int x = image.width() - int(std::ceil(6.0 * pixelsPerPoint)) - 2;
    int y = image.height() - int(std::ceil(6.0 * pixelsPerPoint)) - 2;
    int height = 0;
    while (y >= 0 && qGray(image.pixel(x, y)) > 200) {
        ++height;
        --y;
    }
    return height;
}

} // namespace

TEST_CASE("the impact layer is off by default and drawn above the nearest-ward-office lines", "[mapsettings]")
{
    const MapSettings settings;
    CHECK_FALSE(settings.layer(MapLayer::Impact).visible);
    CHECK(settings.layer(MapLayer::Impact).opacity == 1.0);
    for (int i = 0; i < kMapLayerCount; ++i) {
        if (MapLayer(i) != MapLayer::Impact)
            CHECK(settings.layer(MapLayer(i)).visible);
    }
    const auto &order = settings.drawOrder;
    REQUIRE(order.size() == std::size_t(kMapLayerCount));
    const auto impact = std::find(order.begin(), order.end(), MapLayer::Impact);
    const auto lines = std::find(order.begin(), order.end(), MapLayer::NearestLines);
    REQUIRE(impact != order.end());
    CHECK(impact == lines + 1);
}

TEST_CASE("the impact layer hatches the cells beyond the guide and draws each transfer with an arrowhead",
          "[maprenderer]")
{
    const MapContent content = impactContent();
    MapSettings settings = settingsFor(content, QSize(500, 400));
    settings.backgroundColor = Qt::white;
    settings.labels.offices = false;
    settings.labels.distances = false;
    const MapStyle &style = settings.style;
    const QColor background = settings.backgroundColor;

    const QRect flaggedCell = settings.mapToScreen().mapRect(content.population[0].bounds).toAlignedRect().adjusted(3, 3, -3, -3);
    const QRect otherCell = settings.mapToScreen().mapRect(content.population[1].bounds).toAlignedRect().adjusted(3, 3, -3, -3);
    const QRgb hatch = blended(style.impactHatchColor, background);
    // Along the line, between the two symbols, and the arrowhead's flank: 2.5 px beside the axis,
    // wider than the line (1.6 pt) but inside the arrowhead near its base.
    const double ppp = settings.pixelsPerPoint();
    const QPointF west = settings.toScreen(QPointF(200, 500));
    const QPointF east = settings.toScreen(QPointF(1800, 500));
    const double wardRadius = style.wardOfficeSymbol.sizePoints * ppp / 2.0 * std::numbers::sqrt2;
    const double branchRadius = style.branchSymbol.sizePoints * ppp / 2.0;
    const double arrowLength = style.transferArrowPoints * ppp;
    const QPointF nearBase = east - QPointF(wardRadius + 0.8 * ppp + arrowLength * 0.85, 0);
    const QPointF besideArrow = nearBase + QPointF(0, 2.5);
    const QPointF besideLineAtStart = west + QPointF(branchRadius + arrowLength * 0.85, 2.5);
    const QRect lineRow(int(west.x() + branchRadius + 2), int(std::floor(west.y())),
                        int(east.x() - west.x() - branchRadius - wardRadius - arrowLength - 4), 1);

    SECTION("hidden by default: nothing of it is drawn")
    {
        const QImage image = render(content, settings);
        CHECK(shareNear(image, flaggedCell, hatch, 40) == 0.0);
        CHECK(shareNear(image, lineRow, style.closeColor.rgb(), 40) == 0.0);
        CHECK(colorDistance(pixelAt(image, besideArrow), background.rgb()) == 0);
    }
    SECTION("visible: hatch, dashed line and arrowhead in their colours")
    {
        settings.layer(MapLayer::Impact).visible = true;
        const QImage image = render(content, settings);
        // The flagged cell is hatched: about a quarter of it is covered by hatch lines (1 pt every
        // 4 pt), the rest shows the background through; the other cell is untouched.
        CHECK(shareNear(image, flaggedCell, hatch, 12) > 0.08);
        CHECK(shareNear(image, flaggedCell, background.rgb(), 0) > 0.4);
        CHECK(shareNear(image, flaggedCell, hatch, 12) + shareNear(image, flaggedCell, background.rgb(), 0) < 1.0);
        CHECK(shareNear(image, otherCell, background.rgb(), 0) == 1.0);
        // The line is dashed in the closed-counter colour: dashes and gaps along its axis.
        const double dashes = shareNear(image, lineRow, style.closeColor.rgb(), 30);
        CHECK(dashes > 0.4);
        CHECK(dashes < 0.9);
        // The arrowhead sits at the receiving counter only.
        CHECK(colorDistance(pixelAt(image, besideArrow), style.closeColor.rgb()) < 40);
        CHECK(colorDistance(pixelAt(image, besideLineAtStart), background.rgb()) < 10);
        // The offices are drawn on top, in their decision colours.
        CHECK(colorDistance(pixelAt(image, west), style.closeColor.rgb()) == 0);
        CHECK(colorDistance(pixelAt(image, east), style.noDecisionColor.rgb()) == 0);
    }
    SECTION("visible at zero opacity: nothing is drawn")
    {
        settings.layer(MapLayer::Impact).visible = true;
        settings.layer(MapLayer::Impact).opacity = 0.0;
        const QImage image = render(content, settings);
        CHECK(shareNear(image, flaggedCell, background.rgb(), 0) == 1.0);
        CHECK(shareNear(image, lineRow, style.closeColor.rgb(), 40) == 0.0);
    }
}

TEST_CASE("the transfer distance is labelled when distance labels are on", "[maprenderer]")
{
    const MapContent content = impactContent();
    MapSettings settings = settingsFor(content, QSize(500, 400));
    settings.zoomToFit(content.bounds, 0.3);
    settings.backgroundColor = Qt::white;
    settings.labels.offices = false;
    settings.layer(MapLayer::Impact).visible = true;
    // The label ("1.60 km") is centred on the line's midpoint, in bold type of the closed colour.
    const QPointF midpoint = settings.toScreen(QPointF(1000, 500));
    const QRect around(int(midpoint.x()) - 30, int(midpoint.y()) - 20, 60, 40);
    REQUIRE(QRect(QPoint(0, 0), settings.outputSize).contains(around));
    auto textPixels = [&](const QImage &image) {
        int count = 0;
        for (int y = around.top(); y <= around.bottom(); ++y) {
            for (int x = around.left(); x <= around.right(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                // Red: the label's glyphs. The line (1.6 pt) is the same red, so only pixels above
                // and below it count.
                if (std::abs(y + 0.5 - midpoint.y()) > 2.0 && colorDistance(pixel, settings.style.closeColor.rgb()) < 60)
                    ++count;
            }
        }
        return count;
    };
    settings.labels.distances = false;
    const int without = textPixels(render(content, settings));
    settings.labels.distances = true;
    const int with = textPixels(render(content, settings));
    CHECK(without == 0);
    CHECK(with > 20);
}

TEST_CASE("the map legend lists the transfers and the cells beyond the guide while the impact layer is on",
          "[maprenderer]")
{
    const MapContent content = impactContent();
    MapSettings settings = settingsFor(content, QSize(700, 500));
    settings.backgroundColor = QColor(40, 40, 40);
    settings.showLegend = true;
    const int hidden = legendHeight(render(content, settings), settings.pixelsPerPoint());
    settings.layer(MapLayer::Impact).visible = true;
    const int shown = legendHeight(render(content, settings), settings.pixelsPerPoint());
    // Two more rows of furniture text (7.5 pt at 96 dpi: 10 px, plus spacing).
    CHECK(hidden > 20);
    CHECK(shown - hidden >= 2 * 10);
    CHECK(shown - hidden <= 2 * 20);

    // Without transfers or flagged cells, the impact layer adds nothing.
    MapContent none = content;
    none.transferLines.clear();
    for (MapPopulationCell &cell : none.population)
        cell.beyondThresholdAfter = false;
    CHECK(legendHeight(render(none, settings), settings.pixelsPerPoint()) == hidden);
}

TEST_CASE("distances are labelled in kilometres with two decimals", "[maprenderer]")
{
    CHECK(MapRenderer::formatDistance(1671.4) == QStringLiteral("1.67 km"));
    CHECK(MapRenderer::formatDistance(5000.0) == QStringLiteral("5 km"));
    CHECK(MapRenderer::formatDistance(850.2) == QStringLiteral("850 m"));
}

namespace {

// The Kumamoto map: wards, approximate school districts, schools, offices with their 2016 decisions,
// 5 km circles and nearest-ward-office lines, projected to the automatic display CRS.
MapContent kumamotoContent()
{
    const VectorLayer wards = readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")));
    MapContent content;
    content.crs = DisplayCrs::automaticFor(geographicCenter(wards));
    content.wards = projectPolygons(wards, QStringLiteral("N03_004"), QStringLiteral("N03_007"), QString(), content.crs);

    const VectorLayer districts = readVectorLayer(kumamotoFile(QStringLiteral("school_districts_approx.shp")));
    content.schoolDistricts =
        projectPolygons(districts, QStringLiteral("SCHOOL"), QString(), QStringLiteral("APPROX"), content.crs);
    const VectorLayer schools = readVectorLayer(kumamotoFile(QStringLiteral("schools.shp")));
    content.schools = projectPoints(schools, QStringLiteral("NAME"), content.crs);

    const OfficeTable table = readOfficeTable(kumamotoFile(QStringLiteral("offices.csv")));
    // The 2016 policy (DOMAIN.md): seven counters closed, 龍田 upgraded, the other branches kept.
    const QStringList closed = {QStringLiteral("br_oe"),     QStringLiteral("br_akitsu"), QStringLiteral("br_tobu"),
                                QStringLiteral("br_hanazono"), QStringLiteral("br_akita"), QStringLiteral("br_nanbu"),
                                QStringLiteral("br_hokubu")};
    auto decisionOf = [&](const Office &office) -> std::optional<Decision> {
        if (office.isWardOffice())
            return std::nullopt;
        if (closed.contains(office.id))
            return Decision::Close;
        return office.id == QStringLiteral("br_tatsuda") ? Decision::Upgrade : Decision::Keep;
    };
    std::vector<OfficeInput> offices;
    std::vector<ThresholdCircleInput> circles;
    std::vector<const Office *> wardOffices;
    for (const Office &office : table.offices) {
        offices.push_back(OfficeInput{office.id, office.name, office.kind, decisionOf(office), office.location});
        if (office.isWardOffice()) {
            circles.push_back(ThresholdCircleInput{office.id, office.location, 5000.0});
            wardOffices.push_back(&office);
        }
    }
    const ProjGeodesic geodesic;
    std::vector<NearestLineInput> lines;
    for (const Office &office : table.offices) {
        if (office.isWardOffice())
            continue;
        const Office *nearest = nullptr;
        double nearestMeters = 0.0;
        for (const Office *wardOffice : wardOffices) {
            const double meters = geodesic.distanceMeters(office.location, wardOffice->location);
            if (!nearest || meters < nearestMeters) {
                nearest = wardOffice;
                nearestMeters = meters;
            }
        }
        lines.push_back(NearestLineInput{office.id, nearest->id, office.location, nearest->location, nearestMeters,
                                         nearestMeters <= 5000.0});
    }
    content.offices = projectOffices(offices, content.crs);
    content.thresholdCircles = projectThresholdCircles(circles, content.crs);
    content.nearestLines = projectNearestLines(lines, content.crs);
    content.credits << QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成")
                    << QStringLiteral("出典：国土地理院「指定緊急避難場所・指定避難所データ」");
    content.updateBounds();
    return content;
}

} // namespace

TEST_CASE("the real wards of Kumamoto cover a plausible part of the map", "[maprenderer][realdata]")
{
    const VectorLayer wards = readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")));
    MapContent content;
    content.crs = DisplayCrs::automaticFor(geographicCenter(wards));
    REQUIRE(content.crs.epsgCode() == 6670);
    content.wards = projectPolygons(wards, QStringLiteral("N03_004"), QStringLiteral("N03_007"), QString(), content.crs);
    content.updateBounds();
    REQUIRE(content.wards.size() == 5);
    // The display-plane areas match the official ward areas (DATA.md: 25.45 … 115.32 km²).
    double totalKm2 = 0.0;
    for (const MapPolygon &polygon : content.wards)
        totalKm2 += polygon.areaSquareMeters / 1e6;
    CHECK(totalKm2 == Approx(390.25).epsilon(0.001));
    // Five wards, five different fills.
    std::set<int> colors;
    for (const MapPolygon &polygon : content.wards)
        colors.insert(polygon.colorIndex);
    CHECK(colors.size() == 5);

    MapSettings settings = settingsFor(content, QSize(600, 600));
    settings.backgroundColor = Qt::white;
    const QImage image = render(content, settings);
    const double background = shareOfColor(image, image.rect(), QColor(Qt::white).rgb());
    // The city is about 26 × 36 km: with 5 % margins in a square frame it covers roughly 40 % of it.
    CHECK(1.0 - background > 0.25);
    CHECK(1.0 - background < 0.7);
    // Each ward's label point lies inside its ward.
    for (const MapPolygon &polygon : content.wards)
        CHECK(polygon.path.contains(polygon.labelPoint));
}

TEST_CASE("the Kumamoto map renders with every layer and is saved for inspection", "[maprenderer][realdata]")
{
    const MapContent content = kumamotoContent();
    REQUIRE(content.offices.size() == 19);
    MapSettings settings;
    settings.outputSize = QSize(1400, 1100);
    settings.dpi = 110.0;
    settings.zoomToFit(content.bounds, 0.03);
    settings.selectedOfficeIds.insert(QStringLiteral("br_tatsuda"));
    bool complete = false;
    const QImage image = render(content, settings, &complete);
    CHECK(complete);
    CHECK(image.save(buildOutputPath(QStringLiteral("render_kumamoto.png"))));

    // Zoomed in to the centre (below 1:60,000, so the school district names show).
    MapSettings zoomed = settings;
    zoomed.outputSize = QSize(1200, 900);
    zoomed.dpi = 96.0;
    const QPointF centre = content.offices.front().point; // 中央区役所
    zoomed.extent = QRectF(centre.x() - 6000, centre.y() - 4500, 12000, 9000);
    zoomed.populationChoropleth = PopulationChoropleth::Off;
    CHECK(zoomed.scaleDenominator(content.crs) < 60000.0);
    const QImage detail = render(content, zoomed, &complete);
    CHECK(complete);
    CHECK(detail.save(buildOutputPath(QStringLiteral("render_kumamoto_centre.png"))));

    // Every office keeps its decision colour at its position on the city map.
    for (const MapOffice &office : content.offices) {
        INFO(office.name.toStdString());
        CHECK(colorDistance(pixelAt(image, settings.toScreen(office.point)), settings.style.decisionColor(office.decision).rgb()) == 0);
    }
}

TEST_CASE("the population of Kumamoto renders as a density choropleth", "[maprenderer][realdata]")
{
    const VectorLayer wards = readVectorLayer(kumamotoFile(QStringLiteral("wards.shp")));
    const VectorLayer population = readVectorLayer(kumamotoFile(QStringLiteral("population.shp")));
    MapContent content;
    content.crs = DisplayCrs::automaticFor(geographicCenter(wards));
    content.wards = projectPolygons(wards, QStringLiteral("N03_004"), QStringLiteral("N03_007"), QString(), content.crs);
    // POP_IN and POP65_IN: the residents inside the city part of each mesh, as drawn (edge meshes are
    // clipped to the city), so the density is residents per km² of the drawn cell.
    content.population = projectPopulation(population, QStringLiteral("POP_IN"), QStringLiteral("POP65_IN"), content.crs);
    content.credits << QStringLiteral("出典：政府統計の総合窓口(e-Stat)「令和2年国勢調査 地域メッシュ統計」を加工して作成");
    content.updateBounds();
    REQUIRE(content.population.size() == 1622);
    // The 65+ count is suppressed (NULL) in 112 meshes: those have no 65+ count rather than a zero.
    const auto suppressed = std::count_if(content.population.begin(), content.population.end(),
                                          [](const MapPopulationCell &cell) { return !cell.value65; });
    CHECK(suppressed == 112);

    MapSettings settings;
    settings.outputSize = QSize(1000, 1000);
    settings.zoomToFit(content.bounds, 0.03);
    settings.populationChoropleth = PopulationChoropleth::Density;
    bool complete = false;
    const QImage image = render(content, settings, &complete);
    CHECK(complete);
    CHECK(image.save(buildOutputPath(QStringLiteral("render_kumamoto_population.png"))));
}

namespace {

// Every office on the map named once — beside its symbol, by a leader line or by a number in the key —
// with no label over another label, a symbol or a piece of furniture, and every name nearest to its
// own office or joined to it by a leader.
void checkOfficeLabels(const MapContent &content, const MapSettings &settings)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::OfficeLabels labels;
    REQUIRE(MapRenderer::render(painter, content, settings, nullptr, &labels));
    painter.end();
    int onScreen = 0;
    for (const MapOffice &office : content.offices)
        onScreen += QRectF(QPointF(0, 0), QSizeF(settings.outputSize)).contains(settings.toScreen(office.point)) ? 1 : 0;
    CHECK(int(labels.points.size()) == onScreen);
    const QStringList problems = test::labelProblems(labels.points, labels.labels, labels.furniture, labels.names);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    QStringList named = labels.key;
    for (std::size_t i = 0; i < labels.labels.size(); ++i)
        if (labels.labels[i].kind == PointLabel::Kind::Name)
            named << labels.names[int(i)];
    CHECK(named.size() == onScreen);
}

// 34 offices crowded around Kumamoto's centre, as the generated city of the acceptance check.
MapContent denseContent()
{
    MapContent content = kumamotoContent();
    const MapOffice first = content.offices.front();
    const QPointF centre = first.point;
    for (int i = 0; content.offices.size() < 34; ++i) {
        MapOffice office = first;
        office.id = QStringLiteral("gen%1").arg(i);
        office.name = QStringLiteral("試験%1番出張所").arg(i + 1);
        office.kind = OfficeKind::Branch;
        const double angle = i * 2.399963; // the golden angle: an even spiral
        const double radius = 900.0 * std::sqrt(double(i + 1));
        office.point = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        content.offices.push_back(office);
    }
    content.updateBounds();
    return content;
}

} // namespace

TEST_CASE("every office of the Kumamoto map is named once, unambiguously, at full extent", "[maprenderer][realdata]")
{
    const MapContent content = kumamotoContent();
    for (const QSize size : {QSize(1400, 1100), QSize(800, 600), QSize(560, 420)}) {
        INFO("size " << size.width() << " × " << size.height());
        MapSettings settings;
        settings.outputSize = size;
        settings.zoomToFit(content.bounds, 0.03);
        settings.showLegend = true;
        checkOfficeLabels(content, settings);
    }
}

TEST_CASE("a crowded map of 34 offices names every one, numbering those with no room", "[maprenderer][realdata]")
{
    const MapContent content = denseContent();
    REQUIRE(content.offices.size() == 34);
    // From a page down to the canvas of a 1366 × 768 screen with its docks open.
    for (const QSize size : {QSize(1400, 1100), QSize(1000, 750), QSize(800, 600)}) {
        INFO("size " << size.width() << " × " << size.height());
        MapSettings settings;
        settings.outputSize = size;
        settings.zoomToFit(content.bounds, 0.03);
        settings.showLegend = true;
        checkOfficeLabels(content, settings);
        if (size.width() == 800) {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            MapRenderer::OfficeLabels labels;
            MapRenderer::render(painter, content, settings, nullptr, &labels);
            painter.end();
            CHECK_FALSE(labels.key.isEmpty()); // too crowded to name every office beside its symbol
            CHECK(image.save(buildOutputPath(QStringLiteral("render_dense_offices.png"))));
        }
    }
}

TEST_CASE("over the density choropleth every office keeps its decision colour inside a white halo",
          "[maprenderer][realdata]")
{
    MapContent content = kumamotoContent();
    const VectorLayer population = readVectorLayer(kumamotoFile(QStringLiteral("population.shp")));
    content.population = projectPopulation(population, QStringLiteral("POP_IN"), QStringLiteral("POP65_IN"), content.crs);
    content.updateBounds();
    MapSettings settings;
    settings.outputSize = QSize(1400, 1100);
    settings.dpi = 110.0;
    settings.zoomToFit(content.bounds, 0.03);
    settings.populationChoropleth = PopulationChoropleth::Density;
    bool complete = false;
    const QImage image = render(content, settings, &complete);
    CHECK(complete);
    CHECK(image.save(buildOutputPath(QStringLiteral("render_kumamoto_population_offices.png"))));

    const double pixelsPerPoint = settings.dpi / 72.0;
    const MapStyle &style = settings.style;
    int haloed = 0;
    for (const MapOffice &office : content.offices) {
        INFO(office.name.toStdString());
        const QPointF point = settings.toScreen(office.point);
        CHECK(colorDistance(pixelAt(image, point), style.decisionColor(office.decision).rgb()) == 0);
        // Left of the symbol (right of it may be a label), just outside the outline: a whitish pixel.
        const double edge = (style.officeSymbol(office.kind).sizePoints + style.officeOutlineWidthPoints) / 2.0;
        bool white = false;
        for (double offset = edge; offset <= edge + style.officeHaloWidthPoints + 0.5; offset += 0.25) {
            const QRgb pixel = pixelAt(image, point - QPointF(offset * pixelsPerPoint, 0.0));
            // Antialiased with the fill at 1.5 px wide: near white, far lighter than the dense classes.
            white = white || std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)}) >= 200;
        }
        haloed += white ? 1 : 0;
    }
    CHECK(haloed == int(content.offices.size()));
}
