#include "sampleproject.h"
#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/lib/projectfile.h"
#include "app/workbench/detailsdock.h"
#include "app/lib/languagesettings.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/legendwidget.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/officestablemodel.h"
#include "app/workbench/workbenchdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

constexpr int kLoadTimeoutMs = 60000;

// Window state and recent projects go to a test location, not the user's settings.
void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString writeProjectWithMissingWards(const QTemporaryDir &dir)
{
    QFile offices(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    test::writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), offices.readAll());
    return test::writeFile(QDir(dir.path()), QStringLiteral("moved.madoguchi"), R"({
        "format": "madoguchi-project",
        "version": 1,
        "name": "moved wards",
        "layers": {
            "offices": { "path": "offices.csv", "crs": "EPSG:6668" },
            "wards": { "path": "nowhere/wards.shp" }
        }
    })");
}

void openAndWait(MainWindow &window, const QString &project)
{
    QSignalSpy loaded(window.document(), &WorkbenchDocument::loaded);
    QSignalSpy failed(window.document(), &WorkbenchDocument::loadFailed);
    window.openProject(project);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    REQUIRE(failed.isEmpty());
}

// Waits until the canvas has rendered what it was last asked to.
void waitForRender(MapCanvas *canvas)
{
    QElapsedTimer timer;
    timer.start();
    while (canvas->isRendering() && timer.elapsed() < 20000)
        QTest::qWait(20);
    REQUIRE_FALSE(canvas->isRendering());
}

int rowOfOfficeName(QTableView *view, const QString &name)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the main window opens the sample with its docks, table, title and scale", "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Madoguchi"));
    openAndWait(window, test::sampleProjectPath());

    // "[*]" is where Qt shows the unsaved-changes mark.
    CHECK(window.windowTitle() == QStringLiteral("Madoguchi — 熊本市 出張所等の再編（2016年方針） — scenario 2016年方針[*]"));
    CHECK_FALSE(window.isWindowModified());
    // The title names the scenario shown, not only the project (whose name mentions the 2016 policy).
    window.document()->setCurrentScenario(QStringLiteral("現状"));
    CHECK(window.windowTitle() == QStringLiteral("Madoguchi — 熊本市 出張所等の再編（2016年方針） — scenario 現状[*]"));
    window.document()->setCurrentScenario(QStringLiteral("2016年方針"));
    for (const char *name : {"layersDock", "officesDock", "detailsDock", "chartDock"}) {
        INFO(name);
        auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
        REQUIRE(dock);
        CHECK(dock->isVisible());
    }
    // Tabbed behind the chart: open, one click away.
    for (const char *name : {"impactDock", "comparisonDock"}) {
        INFO(name);
        auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
        REQUIRE(dock);
        CHECK(dock->toggleViewAction()->isChecked());
        CHECK(window.tabifiedDockWidgets(dock).contains(window.findChild<QDockWidget *>(QStringLiteral("chartDock"))));
    }

    QTableView *view = window.officesDock()->view();
    CHECK(view->model()->rowCount() == 14);
    // Distances in km with two decimals, right-aligned.
    const int distanceColumn = window.officesDock()->model()->columnOf(QStringLiteral("distance_m"));
    REQUIRE(distanceColumn >= 0);
    const int tatsudaRow = rowOfOfficeName(view, QStringLiteral("龍田出張所"));
    REQUIRE(tatsudaRow >= 0);
    const QModelIndex distance = view->model()->index(tatsudaRow, distanceColumn);
    CHECK(distance.data().toString() == QStringLiteral("6.99"));
    CHECK((distance.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    CHECK(view->model()->headerData(distanceColumn, Qt::Horizontal).toString()
          == QStringLiteral("Distance to nearest ward office (km)"));

    // The map and the legend.
    REQUIRE(window.canvas()->content());
    CHECK(window.canvas()->content()->wards.size() == 5);
    CHECK(window.layersDock()->legend()->entryTexts().contains(QStringLiteral("Ward office")));
    CHECK(window.layersDock()->layerTree()->topLevelItemCount() == gis::kMapLayerCount);

    waitForRender(window.canvas());
    auto *scale = window.findChild<QComboBox *>(QStringLiteral("scaleCombo"));
    REQUIRE(scale);
    CHECK(scale->currentText().startsWith(QStringLiteral("1:")));
    CHECK(window.recentProjects().value(0) == QFileInfo(test::sampleProjectPath()).absoluteFilePath());

    // The cursor position in degrees and in the plane rectangular zone the map is drawn in.
    QTest::mouseMove(window.canvas(), window.canvas()->rect().center());
    auto *geographic = window.findChild<QLabel *>(QStringLiteral("geographicCoordinates"));
    auto *plane = window.findChild<QLabel *>(QStringLiteral("planeCoordinates"));
    REQUIRE(geographic);
    REQUIRE(plane);
    CHECK(geographic->text().contains(QStringLiteral("Lat 32.")));
    CHECK(geographic->text().contains(QStringLiteral("Lon 130.")));
    CHECK(plane->text().contains(QStringLiteral("JGD2011 / 平面直角座標系 II")));
    // The zone, and the rule that chose it.
    auto *projection = window.findChild<QLabel *>(QStringLiteral("mapProjection"));
    REQUIRE(projection);
    CHECK(projection->text() == QStringLiteral("JGD2011 zone II"));
    CHECK(projection->toolTip()
          == QStringLiteral("Map projection: JGD2011 zone II — the zone the MLIT notice assigns to 熊本県 (熊本市)"));
}

TEST_CASE("checking the population layer shows it as a density choropleth, with its classes in the legend",
          "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.show();
    openAndWait(window, test::sampleProjectPath());

    QTreeWidget *tree = window.layersDock()->layerTree();
    QTreeWidgetItem *population = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(gis::MapLayer::Population))
            population = tree->topLevelItem(i);
    REQUIRE(population);
    REQUIRE(window.canvas()->mapSettings().populationChoropleth == gis::PopulationChoropleth::Off);
    // Not drawn without a choropleth, so not checked.
    CHECK(population->checkState(0) == Qt::Unchecked);

    population->setCheckState(0, Qt::Checked);
    CHECK(window.canvas()->mapSettings().populationChoropleth == gis::PopulationChoropleth::Density);
    CHECK(window.canvas()->mapSettings().layer(gis::MapLayer::Population).visible);
    CHECK(window.layersDock()->legend()->entryTexts().contains(QStringLiteral("Population density (residents/km²)")));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("populationChoropleth"));
    REQUIRE(combo);
    CHECK(combo->currentData().toInt() == int(gis::PopulationChoropleth::Density));

    // Moving a layer changes the draw order: the top row is drawn last.
    window.layersDock()->moveLayer(gis::MapLayer::Population, 1);
    const std::vector<gis::MapLayer> order = window.canvas()->mapSettings().drawOrder;
    CHECK(order.at(1) == gis::MapLayer::Population);
    CHECK(tree->topLevelItem(tree->topLevelItemCount() - 2)->data(0, Qt::UserRole).toInt()
          == int(gis::MapLayer::Population));
}

TEST_CASE("selecting a table row selects the office on the map and shows its details", "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, test::sampleProjectPath());

    QTableView *view = window.officesDock()->view();
    const int row = rowOfOfficeName(view, QStringLiteral("秋津出張所"));
    REQUIRE(row >= 0);
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());

    const QString id = index.data(OfficesTableModel::OfficeIdRole).toString();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(window.document()->selectedOfficeIds() == QStringList{id});
    CHECK(window.canvas()->selectedOfficeIds() == QStringList{id});
    const QString details = window.detailsDock()->plainText();
    CHECK(details.contains(QStringLiteral("秋津出張所")));
    CHECK(details.contains(QStringLiteral("東区役所")));
    CHECK(details.contains(QStringLiteral("no workload data (受付件数) in the offices table")));

    // Zoom to selection shows the office up close.
    const QRectF before = window.canvas()->extent();
    action(window, "actionZoomToSelection")->trigger();
    CHECK(window.canvas()->extent().width() < before.width() / 2.0);
}

TEST_CASE("an office selected on the map is selected in the table and described in the details", "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, test::sampleProjectPath());
    waitForRender(window.canvas());

    MapCanvas *canvas = window.canvas();
    QString ryudaId;
    QPointF point;
    for (const gis::MapOffice &office : canvas->content()->offices)
        if (office.name == QStringLiteral("龍田出張所")) {
            ryudaId = office.id;
            point = canvas->mapSettings().toScreen(office.point);
        }
    REQUIRE_FALSE(ryudaId.isEmpty());
    REQUIRE(canvas->rect().contains(point.toPoint()));

    action(window, "actionSelectTool")->trigger();
    CHECK(canvas->tool() == MapCanvas::Tool::Select);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, point.toPoint());

    CHECK(window.document()->selectedOfficeIds() == QStringList{ryudaId});
    const QModelIndexList selectedRows = window.officesDock()->view()->selectionModel()->selectedRows();
    REQUIRE(selectedRows.size() == 1);
    CHECK(selectedRows.front().data().toString() == QStringLiteral("龍田出張所"));
    const QString details = window.detailsDock()->plainText();
    CHECK(details.contains(QStringLiteral("龍田出張所")));
    CHECK(details.contains(QStringLiteral("No: beyond the 5 km guide")));
}

TEST_CASE("the zoom actions change the canvas extent", "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, test::sampleProjectPath());

    MapCanvas *canvas = window.canvas();
    const QRectF full = canvas->extent();
    REQUIRE(full.width() > 0.0);
    action(window, "actionZoomIn")->trigger();
    const QRectF zoomedIn = canvas->extent();
    CHECK(zoomedIn.width() < full.width() * 0.75);
    action(window, "actionZoomOut")->trigger();
    action(window, "actionZoomOut")->trigger();
    CHECK(canvas->extent().width() > zoomedIn.width() * 3.0);
    action(window, "actionFullExtent")->trigger();
    CHECK(canvas->extent().width() == Approx(full.width()).epsilon(0.01));

    // Zoom to a layer: the population grid covers about the same area as the wards.
    action(window, "actionZoomToWards")->trigger();
    CHECK(canvas->extent().contains(canvas->content()->wards.front().bounds));

    // The scale box takes a typed scale.
    auto *scale = window.findChild<QComboBox *>(QStringLiteral("scaleCombo"));
    REQUIRE(scale);
    const double widthBefore = canvas->extent().width();
    scale->lineEdit()->setText(QStringLiteral("1:10,000"));
    QTest::keyClick(scale->lineEdit(), Qt::Key_Return);
    CHECK(canvas->extent().width() < widthBefore);
    const double denominator = canvas->mapSettings().scaleDenominator(canvas->content()->crs);
    CHECK(denominator == Approx(10000.0).epsilon(0.01));
}

TEST_CASE("a project with a missing layer opens with the others and says which layer is missing")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = writeProjectWithMissingWards(dir);

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, project);

    CHECK(window.officesDock()->view()->model()->rowCount() == 14);
    REQUIRE(window.canvas()->content());
    CHECK(window.canvas()->content()->wards.empty());
    CHECK(window.canvas()->content()->offices.size() == 19);

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("missingLayersBox"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK_FALSE(box->isModal());
    CHECK(box->informativeText().contains(QStringLiteral("nowhere/wards.shp")));
    bool hasLocate = false;
    for (QAbstractButton *button : box->buttons())
        hasLocate = hasLocate || button->text().startsWith(QStringLiteral("Locate Wards"));
    CHECK(hasLocate);
    CHECK(window.lastMessage().contains(QStringLiteral("Wards")));
    // The layer row of the wards is there but marked unavailable.
    QTreeWidget *tree = window.layersDock()->layerTree();
    bool wardsRowDisabled = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(gis::MapLayer::Wards))
            wardsRowDisabled = !tree->itemWidget(tree->topLevelItem(i), 1)->isEnabled();
    CHECK(wardsRowDisabled);
}

TEST_CASE("locating a moved layer rewrites its path relative to the project file, and the project reopens whole",
          "[realdata]")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = writeProjectWithMissingWards(dir);
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("moved")));
    const QString moved = test::copyKumamotoShapefile(QDir(dir.filePath(QStringLiteral("moved"))), QStringLiteral("wards"));

    MainWindow::relocateLayer(project, LayerRole::Wards, moved);
    const Project rewritten = readProjectFile(project);
    CHECK(rewritten.layers.at(LayerRole::Wards).path == QStringLiteral("moved/wards.shp"));
    CHECK(rewritten.layers.at(LayerRole::Offices).path == QStringLiteral("offices.csv"));
    CHECK(rewritten.name == QStringLiteral("moved wards"));

    MainWindow window;
    window.show();
    openAndWait(window, project);
    CHECK(window.document()->missingLayers().empty());
    CHECK(window.canvas()->content()->wards.size() == 5);
    CHECK_FALSE(window.findChild<QMessageBox *>(QStringLiteral("missingLayersBox")));
}

TEST_CASE("a project that cannot be read is reported in a message box naming the file")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = test::writeFile(QDir(dir.path()), QStringLiteral("broken.madoguchi"), "{ not json");

    MainWindow window;
    window.show();
    QSignalSpy failed(window.document(), &WorkbenchDocument::loadFailed);
    window.openProject(project);
    REQUIRE(failed.wait(kLoadTimeoutMs));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrorBox"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("broken.madoguchi")));
    CHECK(window.windowTitle() == QStringLiteral("Madoguchi"));
    CHECK_FALSE(window.document()->hasProject());
}

TEST_CASE("dropping a project file on the window opens it")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = writeProjectWithMissingWards(dir);

    MainWindow window;
    window.show();
    QSignalSpy loaded(window.document(), &WorkbenchDocument::loaded);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(project)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    CHECK(window.document()->projectPath() == QFileInfo(project).absoluteFilePath());
    delete mime;
}

TEST_CASE("the filter box narrows the offices table and clearing it restores every row")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    openAndWait(window, writeProjectWithMissingWards(dir));

    QTableView *view = window.officesDock()->view();
    REQUIRE(view->model()->rowCount() == 14);
    window.officesDock()->filterEdit()->setText(QStringLiteral("南区"));
    // 南区 has five branch offices in the table (飽田, 天明, 幸田, 城南, 南部).
    CHECK(view->model()->rowCount() == 5);
    window.officesDock()->filterEdit()->clear();
    CHECK(view->model()->rowCount() == 14);

    // Sorting by distance puts the nearest office first.
    const int distanceColumn = window.officesDock()->model()->columnOf(QStringLiteral("distance_m"));
    view->sortByColumn(distanceColumn, Qt::AscendingOrder);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("秋津出張所"));
    view->sortByColumn(distanceColumn, Qt::DescendingOrder);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("河内総合出張所"));
}

TEST_CASE("Analysis ▸ Distance Threshold re-evaluates with the threshold typed in km")
{
    useTestSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    openAndWait(window, writeProjectWithMissingWards(dir));

    OfficesTableModel *model = window.officesDock()->model();
    const int withinColumn = model->columnOf(QStringLiteral("within_threshold"));
    REQUIRE(withinColumn >= 0);
    CHECK(model->headerData(withinColumn, Qt::Horizontal).toString() == QStringLiteral("Within 5 km"));
    const int tatsuda = rowOfOfficeName(window.officesDock()->view(), QStringLiteral("龍田出張所"));
    REQUIRE(tatsuda >= 0);
    CHECK(window.officesDock()->view()->model()->index(tatsuda, withinColumn).data().toString() == QStringLiteral("No"));

    action(window, "actionDistanceThreshold")->trigger();
    auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("thresholdDialog"));
    REQUIRE(dialog);
    CHECK(dialog->doubleValue() == Approx(5.0));
    dialog->setDoubleValue(8.0);
    dialog->accept();

    CHECK(window.document()->criteria().distanceThresholdMeters == Approx(8000.0));
    CHECK(model->headerData(withinColumn, Qt::Horizontal).toString() == QStringLiteral("Within 8 km"));
    const int row = rowOfOfficeName(window.officesDock()->view(), QStringLiteral("龍田出張所"));
    CHECK(window.officesDock()->view()->model()->index(row, withinColumn).data().toString() == QStringLiteral("Yes"));
    REQUIRE(window.canvas()->content());
    CHECK(window.canvas()->content()->thresholdMeters() == Approx(8000.0));
}

TEST_CASE("Settings ▸ Language saves the choice and says it applies after a restart")
{
    useTestSettings();
    const QString before = currentLanguage();
    MainWindow window;
    window.show();
    action(window, "actionLanguage_ja")->trigger();
    CHECK(currentLanguage() == QStringLiteral("ja"));
    CHECK(window.lastMessage().contains(QStringLiteral("next time")));
    action(window, "actionLanguage_system")->trigger();
    CHECK(currentLanguage().isEmpty());
    setLanguage(before);
}

TEST_CASE("the status bar shows progress and a Cancel button while a project loads, and Cancel stops the load",
          "[realdata]")
{
    useTestSettings();
    MainWindow window;
    window.setDataSearchPaths({test::sharedDataDir()});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelLoad"));
    REQUIRE(progress);
    REQUIRE(cancel);
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());

    QSignalSpy cancelled(window.document(), &WorkbenchDocument::loadCancelled);
    QSignalSpy loaded(window.document(), &WorkbenchDocument::loaded);
    window.openProject(test::sampleProjectPath());
    CHECK(progress->isVisible());
    CHECK(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());
    CHECK_FALSE(loaded.wait(3000));
    CHECK_FALSE(window.document()->hasProject());
    CHECK(window.windowTitle() == QStringLiteral("Madoguchi"));

    window.openProject(test::sampleProjectPath());
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    CHECK_FALSE(progress->isVisible());
}

TEST_CASE("with the sample open the window fits a 1366 × 768 laptop screen: the docks scroll instead of growing",
          "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1366, 700));
    // Every dock shown, the impact dock (a band per counter) too.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QTest::qWait(50);
    // A 768-pixel screen less a panel and the window's frame leaves about 700 pixels.
    INFO("minimum " << window.minimumSizeHint().width() << " x " << window.minimumSizeHint().height());
    CHECK(window.minimumSizeHint().width() <= 1366);
    CHECK(window.minimumSizeHint().height() <= 700);
    window.resize(1366, 700);
    QTest::qWait(50);
    CHECK(window.height() <= 700);
    CHECK(window.statusBar()->geometry().bottom() < window.height());
    window.document()->undoStack()->setClean();
}

TEST_CASE("with a city of 34 offices the window fits 1366 × 768 and 1600 × 1000 screens", "[realdata]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString project = test::writeDenseSample(folder.path());
    MainWindow window;
    test::openSample(window, QSize(1366, 700), project);
    REQUIRE(window.document()->project());
    CHECK(window.document()->project()->offices.offices.size() == 34);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QTest::qWait(50);
    for (const QSize screen : {QSize(1366, 700), QSize(1600, 930)}) {
        INFO("screen " << screen.width() << " x " << screen.height() << ", minimum " << window.minimumSizeHint().width()
                       << " x " << window.minimumSizeHint().height());
        CHECK(window.minimumSizeHint().width() <= screen.width());
        CHECK(window.minimumSizeHint().height() <= screen.height());
        window.resize(screen);
        QTest::qWait(100);
        CHECK(window.width() <= screen.width());
        CHECK(window.height() <= screen.height());
        CHECK(window.statusBar()->geometry().bottom() < window.height());
        const QByteArray shots = qgetenv("MADOGUCHI_DENSE_SCREENSHOTS");
        if (!shots.isEmpty())
            window.grab().save(QStringLiteral("%1/dense-%2.png").arg(QString::fromLocal8Bit(shots)).arg(screen.width()));
    }
    window.document()->undoStack()->setClean();
}
