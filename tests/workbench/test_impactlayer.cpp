// The impact layer in the layers dock and the legend: listed, off by default, available only with a
// scenario's impact, and with its two legend entries while it is shown.
#include "testsupport.h"

#include "app/workbench/layersdock.h"
#include "app/workbench/legendwidget.h"
#include "app/workbench/mapcanvas.h"
#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QMainWindow>
#include <QSlider>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

const QString kTransferEntry = QStringLiteral("Closed → receiving counter");
const QString kBeyondEntry = QStringLiteral("Nearest counter beyond the guide (after)");
const QString kImpactHeading = QStringLiteral("Impact of the scenario");

QPainterPath square(double x, double y, double size)
{
    QPainterPath path;
    path.addRect(QRectF(x, y, size, size));
    return path;
}

// An evaluated map: two offices and two population cells, no scenario.
gis::MapContent evaluatedContent()
{
    gis::MapContent content;
    content.crs = gis::DisplayCrs::japanZone(2);
    content.offices.push_back(gis::MapOffice{QStringLiteral("closed"), QStringLiteral("秋津出張所"), OfficeKind::Branch,
                                             Decision::Keep, QPointF(200, 500)});
    content.offices.push_back(gis::MapOffice{QStringLiteral("ward"), QStringLiteral("東区役所"),
                                             OfficeKind::WardOffice, std::nullopt, QPointF(1800, 500)});
    for (double x : {0.0, 1000.0}) {
        gis::MapPopulationCell cell;
        cell.path = square(x, 1200, 800);
        cell.bounds = cell.path.boundingRect();
        cell.point = cell.bounds.center();
        cell.areaSquareMeters = 640000.0;
        cell.value = 900.0;
        cell.featureIndex = x == 0.0 ? 0 : 1;
        content.population.push_back(cell);
    }
    content.updateBounds();
    return content;
}

// The same map showing a scenario that closes the branch office.
gis::MapContent scenarioContent(bool withTransfer, bool withBeyond)
{
    gis::MapContent content = evaluatedContent();
    content.offices[0].decision = Decision::Close;
    if (withTransfer) {
        gis::MapTransferLine line;
        line.fromOfficeId = QStringLiteral("closed");
        line.toOfficeId = QStringLiteral("ward");
        line.path.moveTo(200, 500);
        line.path.lineTo(1800, 500);
        line.bounds = line.path.boundingRect();
        line.midpoint = QPointF(1000, 500);
        line.distanceMeters = 1600.0;
        content.transferLines.push_back(line);
    }
    content.population[0].beyondThresholdAfter = withBeyond;
    content.updateBounds();
    return content;
}

QTreeWidgetItem *impactRow(QTreeWidget *tree)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(gis::MapLayer::Impact))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("the layers dock lists the impact layer, unchecked and unavailable without a scenario's impact",
          "[impactlayer]")
{
    MapCanvas canvas;
    LayersDock dock(&canvas);
    dock.setContent(std::make_shared<const gis::MapContent>(evaluatedContent()));

    QTreeWidget *tree = dock.layerTree();
    CHECK(tree->topLevelItemCount() == gis::kMapLayerCount);
    QTreeWidgetItem *row = impactRow(tree);
    REQUIRE(row);
    CHECK(row->text(0) == kImpactHeading);
    CHECK(row->checkState(0) == Qt::Unchecked);
    CHECK(row->toolTip(0).contains(QStringLiteral("scenario")));
    auto *slider = qobject_cast<QSlider *>(tree->itemWidget(row, 1));
    REQUIRE(slider);
    CHECK_FALSE(slider->isEnabled());
    // Drawn above the nearest-ward-office lines: the row just above theirs.
    const int impactIndex = tree->indexOfTopLevelItem(row);
    REQUIRE(impactIndex + 1 < tree->topLevelItemCount());
    CHECK(tree->topLevelItem(impactIndex + 1)->data(0, Qt::UserRole).toInt() == int(gis::MapLayer::NearestLines));
    CHECK_FALSE(dock.legend()->entryTexts().contains(kImpactHeading));
}

TEST_CASE("checking the impact layer shows it on the canvas and its entries in the legend", "[impactlayer]")
{
    MapCanvas canvas;
    LayersDock dock(&canvas);
    dock.setContent(std::make_shared<const gis::MapContent>(scenarioContent(true, true)));
    QTreeWidgetItem *row = impactRow(dock.layerTree());
    REQUIRE(row);
    auto *slider = qobject_cast<QSlider *>(dock.layerTree()->itemWidget(row, 1));
    REQUIRE(slider);
    CHECK(slider->isEnabled());
    CHECK(row->toolTip(0).isEmpty());
    // Hidden until asked for.
    CHECK_FALSE(canvas.mapSettings().layer(gis::MapLayer::Impact).visible);
    CHECK_FALSE(dock.legend()->entryTexts().contains(kTransferEntry));

    row->setCheckState(0, Qt::Checked);
    CHECK(canvas.mapSettings().layer(gis::MapLayer::Impact).visible);
    const QStringList shown = dock.legend()->entryTexts();
    CHECK(shown.contains(kImpactHeading));
    CHECK(shown.contains(kTransferEntry));
    CHECK(shown.contains(kBeyondEntry));
    // The heading comes right before its two entries.
    CHECK(shown.indexOf(kTransferEntry) == shown.indexOf(kImpactHeading) + 1);
    CHECK(shown.indexOf(kBeyondEntry) == shown.indexOf(kImpactHeading) + 2);

    slider->setValue(40);
    CHECK(canvas.mapSettings().layer(gis::MapLayer::Impact).opacity == Approx(0.4));

    row->setCheckState(0, Qt::Unchecked);
    CHECK_FALSE(canvas.mapSettings().layer(gis::MapLayer::Impact).visible);
    CHECK_FALSE(dock.legend()->entryTexts().contains(kImpactHeading));
}

TEST_CASE("the legend lists only the impact entries the content has", "[impactlayer]")
{
    gis::MapSettings settings;
    settings.layer(gis::MapLayer::Impact).visible = true;
    LegendWidget legend;

    legend.setMap(std::make_shared<const gis::MapContent>(scenarioContent(true, false)), settings);
    CHECK(legend.entryTexts().contains(kTransferEntry));
    CHECK_FALSE(legend.entryTexts().contains(kBeyondEntry));

    legend.setMap(std::make_shared<const gis::MapContent>(scenarioContent(false, true)), settings);
    CHECK_FALSE(legend.entryTexts().contains(kTransferEntry));
    CHECK(legend.entryTexts().contains(kBeyondEntry));

    legend.setMap(std::make_shared<const gis::MapContent>(scenarioContent(false, false)), settings);
    CHECK_FALSE(legend.entryTexts().contains(kImpactHeading));

    // Taken out of the draw order, the layer is not drawn, so it has no entries.
    settings.drawOrder.erase(std::find(settings.drawOrder.begin(), settings.drawOrder.end(), gis::MapLayer::Impact));
    legend.setMap(std::make_shared<const gis::MapContent>(scenarioContent(true, true)), settings);
    CHECK_FALSE(legend.entryTexts().contains(kImpactHeading));
}

TEST_CASE("the layers dock with the impact layer on is saved for inspection", "[impactlayer]")
{
    QMainWindow window;
    auto *canvas = new MapCanvas;
    window.setCentralWidget(canvas);
    auto *dock = new LayersDock(canvas);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(900, 820);
    // As wide as the main window makes it.
    window.resizeDocks({dock}, {310}, Qt::Horizontal);
    dock->setContent(std::make_shared<const gis::MapContent>(scenarioContent(true, true)));
    canvas->setContent(std::make_shared<const gis::MapContent>(scenarioContent(true, true)));
    QTreeWidgetItem *row = impactRow(dock->layerTree());
    REQUIRE(row);
    row->setCheckState(0, Qt::Checked);
    window.show();
    QTest::qWait(20);
    // Every legend entry fits beside its symbol: nothing is cut off at the dock's edge.
    LegendWidget *legend = dock->legend();
    CHECK(legend->sizeHint().width() <= legend->width());
    const QImage image = dock->grab().toImage();
    CHECK(image.width() >= 300);
    // Next to the test executable, in the build tree.
    CHECK(image.save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("impact_layersdock.png"))));
}
