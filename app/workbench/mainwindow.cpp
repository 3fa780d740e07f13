#include "app/workbench/mainwindow.h"
#include "app/lib/version.h"
#include "core/feedback.h"
#include "core/terms.h"

#include "app/lib/layerpath.h"
#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/projectfile.h"
#include "app/lib/tableexport.h"
#include "app/workbench/actionicons.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/countsimportdialog.h"
#include "app/workbench/exportactions.h"
#include "app/workbench/criteriadialog.h"
#include "app/workbench/detailsdock.h"
#include "app/workbench/figureexportdialogs.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/presentationwindow.h"
#include "app/workbench/scenariocomparisonwidget.h"
#include "core/scenariocomparison.h"
#include "app/lib/languagesettings.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/mapexportdialog.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/scenario.h"
#include "gis/maprenderer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <optional>

namespace madoguchi::app {

namespace {

constexpr int kMaxRecentProjects = 10;
const char kRecentKey[] = "recentProjects";
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
// Bump when the docks or toolbars change, so an old saved layout is not restored onto new widgets.
constexpr int kStateVersion = 2; // 2: the chart, impact and comparison docks

QSettings madoguchiSettings()
{
    return QSettings(QStringLiteral("Madoguchi"), QStringLiteral("Madoguchi"));
}

QString roleTitle(LayerRole role)
{
    switch (role) {
    case LayerRole::Wards: return MainWindow::tr("Wards");
    case LayerRole::SchoolDistricts: return MainWindow::tr("School districts");
    case LayerRole::Schools: return MainWindow::tr("Schools");
    case LayerRole::Population: return MainWindow::tr("Population");
    case LayerRole::Offices: return MainWindow::tr("Offices");
    }
    return {};
}

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(ProjectFileSuffix), Qt::CaseInsensitive) == 0;
}

bool isLayerFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("geojson"),
                                      QStringLiteral("json"), QStringLiteral("csv")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

// "1:25,000", "25000", "1 : 25 000" -> 25000; 0 when it is not a scale.
double parseScale(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x202f)).remove(QChar(0x00a0));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (text.left(colon) != QLatin1String("1"))
            return 0.0;
        text = text.mid(colon + 1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) && value > 0.0 ? value : 0.0;
}

std::optional<QRectF> unitedBounds(const auto &items)
{
    std::optional<QRectF> bounds;
    for (const auto &item : items)
        bounds = bounds ? bounds->united(item.bounds) : item.bounds;
    return bounds;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    mDocument = new WorkbenchDocument(this);

    mCanvas = new MapCanvas(this);
    mCanvas->setObjectName(QStringLiteral("mapCanvas"));
    mCanvas->setMinimumSize(320, 240);
    mCanvas->setOfficeTooltipProvider([this](const QString &officeId) { return officeTooltip(officeId); });
    // The dock shows the legend beside the map; the map's own legend is for exports.
    gis::MapSettings settings = mCanvas->mapSettings();
    settings.showLegend = false;
    mCanvas->setMapSettings(settings);
    setCentralWidget(mCanvas);

    mLayersDock = new LayersDock(mCanvas, this);
    mOfficesDock = new OfficesDock(mDocument, this);
    mDetailsDock = new DetailsDock(mDocument, this);
    mChartDock = new ChartDock(mDocument, this);
    addDockWidget(Qt::LeftDockWidgetArea, mLayersDock);
    addDockWidget(Qt::RightDockWidgetArea, mDetailsDock);
    addDockWidget(Qt::RightDockWidgetArea, mChartDock);
    addDockWidget(Qt::BottomDockWidgetArea, mOfficesDock);
    createScenarioDocks();
    // The table spans the window's width under the map; the side docks reach down to it.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connectDocument();
    restoreWindowState();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The document and its undo stack are children destroyed after this part of the window; what they
    // emit on the way out (QUndoStack::clear) must not reach the window's slots any more.
    mDocument->undoStack()->disconnect(this);
    mDocument->disconnect(this);
    // An export still drawing is cancelled and waited for by its task (a child of mExportActions).
    mExportActions->disconnect(this);
}

void MainWindow::createActions()
{
    QStyle *style = this->style();

    mNewAction = new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New Project…"), this);
    mNewAction->setObjectName(QStringLiteral("actionNewProject"));
    mNewAction->setShortcut(QKeySequence::New);
    mNewAction->setStatusTip(tr("Make a project from the offices table and the map layers"));
    connect(mNewAction, &QAction::triggered, this, &MainWindow::showNewProjectWizard);

    mOpenAction = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    mOpenAction->setObjectName(QStringLiteral("actionOpen"));
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setStatusTip(tr("Open a Madoguchi project (.madoguchi)"));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    mSaveAction = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    mSaveAction->setObjectName(QStringLiteral("actionSave"));
    mSaveAction->setShortcut(QKeySequence::Save);
    mSaveAction->setStatusTip(tr("Save the scenarios, notes, criteria and imported counts in the project file"));
    connect(mSaveAction, &QAction::triggered, this, &MainWindow::saveProject);

    mSaveAsAction = new QAction(tr("Save &As…"), this);
    mSaveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    mSaveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(mSaveAsAction, &QAction::triggered, this, &MainWindow::saveProjectAs);

    mImportCountsAction = new QAction(tr("&Import Workload Counts…"), this);
    mImportCountsAction->setObjectName(QStringLiteral("actionImportCounts"));
    mImportCountsAction->setStatusTip(tr("Join workload counts (受付件数) from a CSV to the offices by id or name"));
    connect(mImportCountsAction, &QAction::triggered, this, &MainWindow::showImportCountsDialog);

    mExportActions = new ExportActions(this, mDocument, mCanvas, mChartDock, mImpactPanel);
    connect(mExportActions, &ExportActions::exportFinished, this, &MainWindow::exportFinished);
    connect(mExportActions, &ExportActions::messageShown, this, [this](const QString &text) { mLastMessage = text; });

    mUndoAction = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    mUndoAction->setObjectName(QStringLiteral("actionUndo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    mRedoAction->setObjectName(QStringLiteral("actionRedo"));
    mRedoAction->setShortcut(QKeySequence::Redo);

    mNewScenarioAction = new QAction(tr("&New Scenario…"), this);
    mNewScenarioAction->setObjectName(QStringLiteral("actionNewScenario"));
    mNewScenarioAction->setStatusTip(tr("Add a scenario in which every counter stays open"));
    connect(mNewScenarioAction, &QAction::triggered, this, [this] {
        askScenarioName(tr("New Scenario"), tr("Name of the new scenario:"), QString(),
                        [this](const QString &name) { mDocument->addScenario(name); });
    });
    mDuplicateScenarioAction = new QAction(tr("&Duplicate Scenario…"), this);
    mDuplicateScenarioAction->setObjectName(QStringLiteral("actionDuplicateScenario"));
    mDuplicateScenarioAction->setStatusTip(tr("Copy the current scenario's decisions and notes into a new one"));
    connect(mDuplicateScenarioAction, &QAction::triggered, this, [this] {
        const QString current = mDocument->currentScenarioName();
        askScenarioName(tr("Duplicate Scenario"), tr("Name of the copy of %1:").arg(current),
                        tr("%1 (copy)").arg(current),
                        [this, current](const QString &name) { mDocument->addScenario(name, current); });
    });
    mRenameScenarioAction = new QAction(tr("&Rename Scenario…"), this);
    mRenameScenarioAction->setObjectName(QStringLiteral("actionRenameScenario"));
    connect(mRenameScenarioAction, &QAction::triggered, this, [this] {
        const QString current = mDocument->currentScenarioName();
        askScenarioName(tr("Rename Scenario"), tr("New name of %1:").arg(current), current,
                        [this, current](const QString &name) { mDocument->renameScenario(current, name); });
    });
    mRemoveScenarioAction = new QAction(tr("Re&move Scenario"), this);
    mRemoveScenarioAction->setObjectName(QStringLiteral("actionRemoveScenario"));
    connect(mRemoveScenarioAction, &QAction::triggered, this, &MainWindow::removeCurrentScenario);

    for (Decision decision : {Decision::Keep, Decision::ServiceCorner, Decision::Close, Decision::Upgrade}) {
        auto *action = new QAction(decisionName(decision, Language::Japanese), this);
        action->setObjectName(QStringLiteral("actionDecision_%1").arg(decisionKey(decision)));
        action->setStatusTip(tr("Set the decision of the selected branch offices in the current scenario"));
        connect(action, &QAction::triggered, this, [this, decision] { setDecisionOfSelection(int(decision)); });
        mDecisionActions.append(action);
    }

    mCloseAction = new QAction(tr("&Close"), this);
    mCloseAction->setObjectName(QStringLiteral("actionClose"));
    mCloseAction->setShortcut(QKeySequence::Close);
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeProject);

    mQuitAction = new QAction(tr("&Quit"), this);
    mQuitAction->setObjectName(QStringLiteral("actionQuit"));
    mQuitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mZoomInAction = new QAction(actionicons::zoomIn(), tr("Zoom &In"), this);
    mZoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    mZoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(mZoomInAction, &QAction::triggered, mCanvas, &MapCanvas::zoomIn);

    mZoomOutAction = new QAction(actionicons::zoomOut(), tr("Zoom &Out"), this);
    mZoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    mZoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(mZoomOutAction, &QAction::triggered, mCanvas, &MapCanvas::zoomOut);

    mFullExtentAction = new QAction(actionicons::fullExtent(), tr("&Full Extent"), this);
    mFullExtentAction->setObjectName(QStringLiteral("actionFullExtent"));
    mFullExtentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    mFullExtentAction->setStatusTip(tr("Show the whole project"));
    connect(mFullExtentAction, &QAction::triggered, mCanvas, &MapCanvas::zoomToFullExtent);

    mZoomToSelectionAction = new QAction(actionicons::zoomToSelection(), tr("Zoom to &Selection"), this);
    mZoomToSelectionAction->setObjectName(QStringLiteral("actionZoomToSelection"));
    mZoomToSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(mZoomToSelectionAction, &QAction::triggered, this,
            [this] { mCanvas->zoomToOffices(mDocument->selectedOfficeIds()); });

    mPresentationAction = new QAction(tr("&Presentation Mode"), this);
    mPresentationAction->setObjectName(QStringLiteral("actionPresentation"));
    mPresentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    mPresentationAction->setStatusTip(tr("Full screen for a projector: step through the closure candidates with the "
                                         "arrow keys, S switches scenario, Esc leaves"));
    connect(mPresentationAction, &QAction::triggered, this, [this] { startPresentation(); });

    mZoomWardsAction = new QAction(tr("&Wards"), this);
    mZoomWardsAction->setObjectName(QStringLiteral("actionZoomToWards"));
    connect(mZoomWardsAction, &QAction::triggered, this, [this] { zoomToLayer(int(gis::MapLayer::Wards)); });
    mZoomDistrictsAction = new QAction(tr("&School Districts"), this);
    mZoomDistrictsAction->setObjectName(QStringLiteral("actionZoomToSchoolDistricts"));
    connect(mZoomDistrictsAction, &QAction::triggered, this,
            [this] { zoomToLayer(int(gis::MapLayer::SchoolDistricts)); });
    mZoomPopulationAction = new QAction(tr("&Population"), this);
    mZoomPopulationAction->setObjectName(QStringLiteral("actionZoomToPopulation"));
    connect(mZoomPopulationAction, &QAction::triggered, this,
            [this] { zoomToLayer(int(gis::MapLayer::Population)); });

    mToolGroup = new QActionGroup(this);
    mToolGroup->setExclusive(true);
    auto makeTool = [this](const QIcon &icon, const QString &text, const QString &name, MapCanvas::Tool tool,
                           const QString &tip) {
        auto *action = new QAction(icon, text, mToolGroup);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setStatusTip(tip);
        action->setData(int(tool));
        connect(action, &QAction::triggered, this, [this, tool] { mCanvas->setTool(tool); });
        return action;
    };
    mPanToolAction = makeTool(actionicons::pan(), tr("&Pan"), QStringLiteral("actionPanTool"), MapCanvas::Tool::Pan,
                              tr("Drag to move the map"));
    mZoomToolAction = makeTool(actionicons::zoomBox(), tr("&Zoom"), QStringLiteral("actionZoomTool"),
                               MapCanvas::Tool::ZoomIn, tr("Drag a box to zoom into it; click to zoom in"));
    mSelectToolAction = makeTool(actionicons::select(), tr("S&elect"), QStringLiteral("actionSelectTool"),
                                 MapCanvas::Tool::Select,
                                 tr("Click an office or drag a box to select; Shift or Ctrl adds"));
    mIdentifyToolAction = makeTool(actionicons::identify(), tr("&Identify"), QStringLiteral("actionIdentifyTool"),
                                   MapCanvas::Tool::Identify, tr("Click an office to see its details"));
    for (QAction *action : mToolGroup->actions())
        action->setChecked(MapCanvas::Tool(action->data().toInt()) == mCanvas->tool());

    mThresholdAction = new QAction(tr("Distance &Threshold…"), this);
    mThresholdAction->setObjectName(QStringLiteral("actionDistanceThreshold"));
    mThresholdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    mThresholdAction->setStatusTip(tr("Change the distance to the nearest ward office that a branch office is judged "
                                      "against"));
    connect(mThresholdAction, &QAction::triggered, this, &MainWindow::showThresholdDialog);

    mCriteriaAction = new QAction(tr("&Recommendation Thresholds…"), this);
    mCriteriaAction->setObjectName(QStringLiteral("actionCriteria"));
    mCriteriaAction->setStatusTip(tr("The workload or catchment at or below which a near branch office is a "
                                     "candidate"));
    connect(mCriteriaAction, &QAction::triggered, this, &MainWindow::showCriteriaDialog);

    mAboutAction = new QAction(tr("&About Madoguchi"), this);
    mAboutAction->setObjectName(QStringLiteral("actionAbout"));
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    mLanguageGroup = new QActionGroup(this);
    mLanguageGroup->setExclusive(true);
    const QString current = currentLanguage();
    // Language names are shown in their own language, so a user lost in a foreign UI finds theirs.
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[code, name] : languages) {
        auto *action = new QAction(name, mLanguageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(mNewAction);
    file->addAction(mOpenAction);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(mSaveAction);
    file->addAction(mSaveAsAction);
    file->addSeparator();
    file->addAction(mImportCountsAction);
    mExportMenu = file->addMenu(tr("&Export"));
    mExportMenu->setObjectName(QStringLiteral("exportMenu"));
    mExportMenu->addAction(mExportActions->mapAction());
    mExportMenu->addAction(mExportActions->tableAction());
    mExportMenu->addAction(mExportActions->chartAction());
    mExportMenu->addAction(mExportActions->reportAction());
    file->addSeparator();
    file->addAction(mCloseAction);
    file->addSeparator();
    file->addAction(mQuitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(mUndoAction);
    edit->addAction(mRedoAction);
    edit->addSeparator();
    QMenu *decision = edit->addMenu(tr("Set &Decision of Selection"));
    decision->addActions(mDecisionActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(mZoomInAction);
    view->addAction(mZoomOutAction);
    view->addAction(mFullExtentAction);
    QMenu *zoomToLayer = view->addMenu(tr("Zoom to &Layer"));
    zoomToLayer->addAction(mZoomWardsAction);
    zoomToLayer->addAction(mZoomDistrictsAction);
    zoomToLayer->addAction(mZoomPopulationAction);
    view->addAction(mZoomToSelectionAction);
    view->addSeparator();
    view->addAction(mPresentationAction);
    view->addSeparator();
    for (QAction *tool : mToolGroup->actions())
        view->addAction(tool);
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(mLayersDock->toggleViewAction());
    panels->addAction(mOfficesDock->toggleViewAction());
    panels->addAction(mDetailsDock->toggleViewAction());
    panels->addAction(mChartDock->toggleViewAction());
    panels->addAction(mImpactDock->toggleViewAction());
    panels->addAction(mComparisonDock->toggleViewAction());

    QMenu *scenario = menuBar()->addMenu(tr("S&cenario"));
    scenario->addAction(mNewScenarioAction);
    scenario->addAction(mDuplicateScenarioAction);
    scenario->addAction(mRenameScenarioAction);
    scenario->addAction(mRemoveScenarioAction);
    scenario->addSeparator();
    QAction *compare = scenario->addAction(tr("&Compare Scenarios"));
    compare->setObjectName(QStringLiteral("actionCompareScenarios"));
    connect(compare, &QAction::triggered, this, [this] {
        mComparisonDock->show();
        mComparisonDock->raise();
    });
    QAction *impact = scenario->addAction(tr("&Impact of the Scenario"));
    impact->setObjectName(QStringLiteral("actionShowImpact"));
    connect(impact, &QAction::triggered, this, [this] {
        mImpactDock->show();
        mImpactDock->raise();
    });

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(mThresholdAction);
    analysis->addAction(mCriteriaAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addActions(mLanguageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(mAboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    mToolBar = addToolBar(tr("Main"));
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->setIconSize(QSize(22, 22));
    mToolBar->addAction(mNewAction);
    mToolBar->addAction(mOpenAction);
    mToolBar->addAction(mSaveAction);
    mToolBar->addSeparator();
    mToolBar->addAction(mZoomInAction);
    mToolBar->addAction(mZoomOutAction);
    mToolBar->addAction(mFullExtentAction);
    mToolBar->addAction(mZoomToSelectionAction);
    mToolBar->addSeparator();
    mToolBar->addActions(mToolGroup->actions());
    mToolBar->addSeparator();
    mToolBar->addAction(mThresholdAction);
    mToolBar->addSeparator();
    auto *scenarioLabel = new QLabel(tr("Scenario:"));
    scenarioLabel->setContentsMargins(4, 0, 4, 0);
    mToolBar->addWidget(scenarioLabel);
    mScenarioCombo = new QComboBox;
    mScenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    mScenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mScenarioCombo->setToolTip(tr("The scenario whose decisions the map, the table and the chart show"));
    scenarioLabel->setBuddy(mScenarioCombo);
    mToolBar->addWidget(mScenarioCombo);
    connect(mScenarioCombo, &QComboBox::activated, this,
            [this](int index) { mDocument->setCurrentScenario(mScenarioCombo->itemText(index)); });
    mToolBar->toggleViewAction()->setText(tr("Toolbar"));
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();

    mProgressBar = new QProgressBar;
    mProgressBar->setObjectName(QStringLiteral("loadProgress"));
    mProgressBar->setRange(0, 100);
    mProgressBar->setMaximumWidth(160);
    mProgressBar->setTextVisible(true);
    mProgressBar->hide();
    mCancelButton = new QPushButton(tr("Cancel"));
    mCancelButton->setObjectName(QStringLiteral("cancelLoad"));
    mCancelButton->setToolTip(tr("Stop loading the project"));
    mCancelButton->hide();
    connect(mCancelButton, &QPushButton::clicked, mDocument, &WorkbenchDocument::cancelLoad);

    mGeographicLabel = new QLabel;
    mGeographicLabel->setObjectName(QStringLiteral("geographicCoordinates"));
    mGeographicLabel->setToolTip(tr("Latitude and longitude of the cursor (JGD2011, degrees)"));
    mGeographicLabel->setMinimumWidth(mGeographicLabel->fontMetrics().horizontalAdvance(
        QStringLiteral("Lat 00.00000°  Lon 000.00000°")));
    mPlaneLabel = new QLabel;
    mPlaneLabel->setObjectName(QStringLiteral("planeCoordinates"));
    mPlaneLabel->setToolTip(tr("Position of the cursor in the map's projected coordinate system: metres east and "
                               "north of the zone's origin"));

    mScaleCombo = new QComboBox;
    mScaleCombo->setObjectName(QStringLiteral("scaleCombo"));
    mScaleCombo->setEditable(true);
    mScaleCombo->setInsertPolicy(QComboBox::NoInsert);
    mScaleCombo->setToolTip(tr("Map scale; type a scale such as 1:25000 and press Enter"));
    for (int denominator : {2500, 5000, 10000, 25000, 50000, 100000, 200000, 500000})
        mScaleCombo->addItem(gis::MapSettings::formatScale(denominator));
    mScaleCombo->setMinimumContentsLength(10);
    mScaleCombo->setCurrentIndex(-1);
    connect(mScaleCombo, &QComboBox::textActivated, this, &MainWindow::applyScaleText);

    mRenderTimeLabel = new QLabel;
    mRenderTimeLabel->setObjectName(QStringLiteral("renderTime"));
    mRenderTimeLabel->setToolTip(tr("Time the last map render took"));

    bar->addPermanentWidget(mProgressBar);
    bar->addPermanentWidget(mCancelButton);
    bar->addPermanentWidget(mGeographicLabel);
    bar->addPermanentWidget(mPlaneLabel);
    bar->addPermanentWidget(new QLabel(tr("Scale")));
    bar->addPermanentWidget(mScaleCombo);
    bar->addPermanentWidget(mRenderTimeLabel);

    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](const GeoPoint &geographic, const QPointF &display) {
        const QLocale locale;
        mGeographicLabel->setText(tr("Lat %1°  Lon %2°")
                                      .arg(locale.toString(geographic.latitudeDeg, 'f', 5),
                                           locale.toString(geographic.longitudeDeg, 'f', 5)));
        const QString crs = mCanvas->content() ? mCanvas->content()->crs.name() : QString();
        mPlaneLabel->setText(tr("E %1 m  N %2 m  (%3)")
                                 .arg(locale.toString(display.x(), 'f', 1), locale.toString(display.y(), 'f', 1), crs));
    });
    connect(mCanvas, &MapCanvas::cursorLeft, this, [this] {
        mGeographicLabel->clear();
        mPlaneLabel->clear();
    });
    connect(mCanvas, &MapCanvas::extentChanged, this, [this](const QRectF &, double scaleDenominator) {
        if (scaleDenominator > 0.0 && !mScaleCombo->lineEdit()->hasFocus())
            mScaleCombo->setEditText(gis::MapSettings::formatScale(scaleDenominator));
    });
    connect(mCanvas, &MapCanvas::renderFailed, this, [this](const QString &message) {
        mRenderTimeLabel->setText(tr("Render failed"));
        statusBar()->showMessage(message, 10000);
    });
    connect(mCanvas, &MapCanvas::renderFinished, this, [this](double milliseconds) {
        mRenderTimeLabel->setText(tr("Render %1 ms").arg(QLocale().toString(milliseconds, 'f', 0)));
    });
}

void MainWindow::connectDocument()
{
    connect(mDocument, &WorkbenchDocument::loadStarted, this, [this](const QString &path) {
        showLoadProgress(true);
        statusBar()->showMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));
        updateActions();
    });
    connect(mDocument, &WorkbenchDocument::loadProgress, this,
            [this](double fraction) { mProgressBar->setValue(int(std::lround(fraction * 100.0))); });
    connect(mDocument, &WorkbenchDocument::loaded, this, &MainWindow::projectLoaded);
    connect(mDocument, &WorkbenchDocument::loadFailed, this, [this](const QString &message) {
        showLoadProgress(false);
        statusBar()->clearMessage();
        updateActions();
        QMessageBox *box = createMessage(QMessageBox::Critical, tr("Cannot open the project"), message);
        box->setObjectName(QStringLiteral("loadErrorBox"));
        box->show();
    });
    connect(mDocument, &WorkbenchDocument::loadCancelled, this, [this] {
        showLoadProgress(false);
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
        updateActions();
    });
    connect(mDocument, &WorkbenchDocument::closed, this, [this] {
        mCanvas->setContent(nullptr);
        mLayersDock->setContent(nullptr);
        mShownProjectPath.clear();
        showLoadProgress(false);
        updateTitle();
        updateActions();
    });
    connect(mDocument, &WorkbenchDocument::evaluationChanged, this, [this] {
        mCanvas->setContent(mDocument->mapContent());
        mLayersDock->setContent(mDocument->mapContent());
    });
    connect(mDocument, &WorkbenchDocument::selectionChanged, this, [this](const QStringList &ids) {
        mCanvas->setSelectedOfficeIds(ids);
        updateActions();
    });
    connect(mCanvas, &MapCanvas::officesSelected, mDocument, &WorkbenchDocument::setSelectedOfficeIds);
    connect(mCanvas, &MapCanvas::officeIdentified, this, [this](const QString &officeId) {
        mDocument->setSelectedOfficeIds({officeId});
        mDetailsDock->show();
        mDetailsDock->raise();
    });
    connect(mOfficesDock, &OfficesDock::officeActivated, this,
            [this](const QString &officeId) { mCanvas->zoomToOffices({officeId}); });
    connect(mDocument, &WorkbenchDocument::scenariosChanged, this, &MainWindow::updateScenarioCombo);
    connect(mDocument->undoStack(), &QUndoStack::cleanChanged, this, [this] { updateTitle(); });
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, this, [this] { updateTitle(); });
    connect(mDocument, &WorkbenchDocument::problem, this, [this](const QString &message) {
        createMessage(QMessageBox::Warning, tr("Cannot apply the change"), message)->show();
    });
}

void MainWindow::restoreWindowState()
{
    QSettings settings = madoguchiSettings();
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1440, 900);
    if (!restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kStateVersion)) {
        resizeDocks({mLayersDock, mDetailsDock}, {300, 470}, Qt::Horizontal);
        resizeDocks({mDetailsDock, mChartDock}, {240, 560}, Qt::Vertical);
        resizeDocks({mOfficesDock}, {230}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings = madoguchiSettings();
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kStateVersion));
    mDocument->cancelLoad();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (std::any_of(files.begin(), files.end(), [](const QString &f) { return isProjectFile(f) || isLayerFile(f); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    for (const QString &file : files) {
        if (isProjectFile(file)) {
            event->acceptProposedAction();
            openProject(file);
            return;
        }
    }
    if (std::any_of(files.begin(), files.end(), isLayerFile)) {
        event->acceptProposedAction();
        // After the drop has finished: the wizard runs its own event loop.
        QTimer::singleShot(0, this, &MainWindow::showNewProjectWizard);
    }
}

void MainWindow::setDataSearchPaths(const QStringList &paths)
{
    mDataSearchPaths = paths;
}

void MainWindow::setInitialExtent(const QRectF &extent)
{
    mInitialExtent = extent;
}

void MainWindow::openProject(const QString &path)
{
    if (path.isEmpty() || !maybeSave())
        return;
    mDocument->open(QFileInfo(path).absoluteFilePath(), mDataSearchPaths);
}

void MainWindow::closeProject()
{
    if (!maybeSave())
        return;
    mDocument->close();
}

void MainWindow::showLoadProgress(bool loading)
{
    mProgressBar->setValue(0);
    mProgressBar->setVisible(loading);
    mCancelButton->setVisible(loading);
}

void MainWindow::projectLoaded()
{
    showLoadProgress(false);
    const LoadedProject *project = mDocument->project();
    const bool sameProject = mShownProjectPath == project->projectPath;
    mCanvas->setContent(mDocument->mapContent());
    // Another project in the same CRS would otherwise keep the old view.
    if (!sameProject)
        mCanvas->zoomToFullExtent();
    if (mInitialExtent.isValid()) {
        mCanvas->setExtent(mInitialExtent);
        mInitialExtent = QRectF();
    }
    mLayersDock->setContent(mDocument->mapContent());
    mShownProjectPath = project->projectPath;
    addRecentProject(project->projectPath);
    updateTitle();
    updateActions();

    int wardOffices = 0;
    for (const Office &office : project->offices.offices)
        wardOffices += office.isWardOffice() ? 1 : 0;
    statusBar()->showMessage(tr("Opened %1: %2 ward offices, %3 branch offices")
                                 .arg(project->project.name)
                                 .arg(wardOffices)
                                 .arg(int(project->offices.offices.size()) - wardOffices),
                             8000);
    if (!mDocument->missingLayers().empty())
        showMissingLayers();
}

void MainWindow::showMissingLayers()
{
    if (mMissingLayersBox)
        mMissingLayersBox->close();
    const std::vector<MissingLayer> &missing = mDocument->missingLayers();
    QString list = QStringLiteral("<ul style='margin-left:-20px'>");
    QString plain;
    for (const MissingLayer &layer : missing) {
        list += QStringLiteral("<li><b>%1</b> — <code>%2</code><br/>%3</li>")
                    .arg(roleTitle(layer.role).toHtmlEscaped(), layer.path.toHtmlEscaped(),
                         layer.problem.message.toHtmlEscaped());
        plain += QStringLiteral("%1: %2: %3\n").arg(roleTitle(layer.role), layer.path, layer.problem.toString());
    }
    list += QStringLiteral("</ul>");

    QMessageBox *box = createMessage(
        QMessageBox::Warning, tr("Missing layers"),
        tr("%n layer(s) of the project could not be loaded. The rest of the project is open.", nullptr,
           int(missing.size())),
        plain);
    box->setObjectName(QStringLiteral("missingLayersBox"));
    box->setInformativeText(list + tr("Locate a moved file to correct the project, or close this message to work "
                                      "without the layer."));
    std::map<QAbstractButton *, std::pair<LayerRole, QString>> locateButtons;
    for (const MissingLayer &layer : missing) {
        QPushButton *button = box->addButton(tr("Locate %1…").arg(roleTitle(layer.role)), QMessageBox::ActionRole);
        locateButtons[button] = {layer.role, layer.path};
    }
    box->addButton(QMessageBox::Close);
    box->show();
    connect(box, &QMessageBox::buttonClicked, this, [this, locateButtons](QAbstractButton *button) {
        const auto it = locateButtons.find(button);
        if (it == locateButtons.end())
            return;
        const auto [role, path] = it->second;
        // Once the message box has closed.
        QTimer::singleShot(0, this, [this, role, path] { locateMissingLayer(role, path); });
    });
    mMissingLayersBox = box;
}

void MainWindow::locateMissingLayer(LayerRole role, const QString &pathInProject)
{
    const QString projectPath = mDocument->projectPath();
    if (projectPath.isEmpty())
        return;
    const QString suffix = QFileInfo(pathInProject).suffix();
    QString filter = tr("Map layers (*.shp *.gpkg *.geojson *.json *.csv)");
    if (!suffix.isEmpty())
        filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix) + QStringLiteral(";;") + filter;
    filter += QStringLiteral(";;") + tr("All files (*)");
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Locate %1 (was %2)").arg(roleTitle(role), pathInProject), QFileInfo(projectPath).absolutePath(),
        filter);
    if (chosen.isEmpty())
        return;
    try {
        relocateLayer(projectPath, role, chosen);
    } catch (const InputError &error) {
        createMessage(QMessageBox::Critical, tr("Cannot correct the project"), error.diagnostic().toString())->show();
        return;
    }
    openProject(projectPath);
}

void MainWindow::relocateLayer(const QString &projectPath, LayerRole role, const QString &layerFile)
{
    Project project = readProjectFile(projectPath);
    project.layers[role].path =
        storedLayerPath(QFileInfo(projectPath).absolutePath(), QFileInfo(layerFile).absoluteFilePath());
    writeProjectFile(project, projectPath);
}

QMessageBox *MainWindow::createMessage(int icon, const QString &title, const QString &text, const QString &details)
{
    mLastMessage = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty() && details != text)
        box->setDetailedText(details);
    return box;
}

void MainWindow::updateTitle()
{
    if (const LoadedProject *project = mDocument->project()) {
        const QString name = project->project.name.isEmpty() ? QFileInfo(project->projectPath).completeBaseName()
                                                             : project->project.name;
        setWindowTitle(tr("Madoguchi — %1").arg(name) + QStringLiteral("[*]"));
        setWindowFilePath(project->projectPath);
        setWindowModified(mDocument->isModified());
    } else {
        setWindowTitle(tr("Madoguchi"));
        setWindowModified(false);
    }
}

void MainWindow::updateActions()
{
    const bool open = mDocument->hasProject();
    const auto content = mDocument->mapContent();
    mCloseAction->setEnabled(open || mDocument->isLoading());
    mZoomInAction->setEnabled(open);
    mZoomOutAction->setEnabled(open);
    mFullExtentAction->setEnabled(open);
    mZoomToSelectionAction->setEnabled(open && !mDocument->selectedOfficeIds().isEmpty());
    mZoomWardsAction->setEnabled(content && !content->wards.empty());
    mZoomDistrictsAction->setEnabled(content && !content->schoolDistricts.empty());
    mZoomPopulationAction->setEnabled(content && !content->population.empty());
    mThresholdAction->setEnabled(open);
    mCriteriaAction->setEnabled(open);
    mPresentationAction->setEnabled(open);
    mSaveAction->setEnabled(open);
    mSaveAsAction->setEnabled(open);
    mImportCountsAction->setEnabled(open);
    mExportActions->updateActions();
    for (QAction *action : {mNewScenarioAction, mDuplicateScenarioAction, mRenameScenarioAction})
        action->setEnabled(open);
    mRemoveScenarioAction->setEnabled(open && mDocument->scenarioNames().size() > 1);
    bool branchSelected = false;
    for (const QString &id : mDocument->selectedOfficeIds())
        if (const Office *office = mDocument->office(id); office && office->isBranchOffice())
            branchSelected = true;
    for (QAction *action : mDecisionActions)
        action->setEnabled(branchSelected);
}

QStringList MainWindow::recentProjects() const
{
    return madoguchiSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentProjects)
        recent.removeLast();
    madoguchiSettings().setValue(QLatin1String(kRecentKey), recent);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        // &1 … &9, then 1&0: keyboard access to every entry.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = mRecentMenu->addAction(QStringLiteral("%1  %2").arg(number, QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty()) {
        mRecentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    mRecentMenu->addSeparator();
    mRecentMenu->addAction(tr("Clear Recent Projects"), this,
                           [] { madoguchiSettings().remove(QLatin1String(kRecentKey)); });
}

void MainWindow::zoomToLayer(int layer)
{
    const auto content = mDocument->mapContent();
    if (!content)
        return;
    std::optional<QRectF> bounds;
    switch (gis::MapLayer(layer)) {
    case gis::MapLayer::Wards: bounds = unitedBounds(content->wards); break;
    case gis::MapLayer::SchoolDistricts: bounds = unitedBounds(content->schoolDistricts); break;
    case gis::MapLayer::Population: bounds = unitedBounds(content->population); break;
    default: break;
    }
    if (bounds && bounds->isValid())
        mCanvas->zoomToBounds(*bounds);
}

void MainWindow::applyScaleText(const QString &text)
{
    const double wanted = parseScale(text);
    const auto content = mCanvas->content();
    if (wanted <= 0.0 || !content) {
        statusBar()->showMessage(tr("\"%1\" is not a scale; type it as 1:25000").arg(text), 5000);
        return;
    }
    const double now = mCanvas->mapSettings().scaleDenominator(content->crs);
    if (now <= 0.0)
        return;
    QRectF extent = mCanvas->extent();
    const QPointF centre = extent.center();
    extent.setSize(extent.size() * (wanted / now));
    extent.moveCenter(centre);
    mCanvas->setExtent(extent);
    mCanvas->setFocus();
}

QString MainWindow::officeTooltip(const QString &officeId) const
{
    const Office *office = mDocument->office(officeId);
    if (!office)
        return {};
    QString html = QStringLiteral("<b>%1</b> (%2)").arg(office->name.toHtmlEscaped(),
                                                        officeKindName(office->kind, Language::Japanese).toHtmlEscaped());
    if (const BranchOfficeEvaluation *result = mDocument->branchEvaluation(officeId)) {
        const Office *nearest = mDocument->office(result->nearestWardOfficeId);
        html += QStringLiteral("<br/>")
                + tr("%1 to %2")
                      .arg(gis::MapRenderer::formatDistance(result->distanceToNearestWardOfficeMeters),
                           nearest ? nearest->name : result->nearestWardOfficeId)
                      .toHtmlEscaped();
        std::optional<double> latestWorkload;
        int latestYear = 0;
        for (const auto &[year, value] : office->workloadByFiscalYear)
            if (value) {
                latestWorkload = value;
                latestYear = year;
            }
        if (latestWorkload)
            html += QStringLiteral("<br/>")
                    + tr("Workload FY%1: %2").arg(latestYear).arg(QLocale().toString(*latestWorkload, 'f', 0));
        else if (result->catchment)
            html += QStringLiteral("<br/>")
                    + tr("Catchment: %1 residents").arg(QLocale().toString(result->catchment->population, 'f', 0));
    }
    return html;
}

void MainWindow::showOpenDialog()
{
    const QStringList recent = recentProjects();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.front()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start,
                                                      tr("Madoguchi projects (*.madoguchi)") + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    openProject(path);
}

void MainWindow::showNewProjectWizard()
{
    NewProjectWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted && !wizard.savedProjectPath().isEmpty())
        openProject(wizard.savedProjectPath());
}

void MainWindow::showThresholdDialog()
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("thresholdDialog"));
    dialog->setWindowTitle(tr("Distance Threshold"));
    dialog->setLabelText(tr("Straight (geodesic) distance from a branch office to the nearest ward office that "
                            "counts as near, in km.\nKumamoto's 2016 policy used 5 km."));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0.1, 100.0);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleStep(0.5);
    dialog->setDoubleValue(mDocument->criteria().distanceThresholdMeters / 1000.0);
    connect(dialog, &QInputDialog::doubleValueSelected, this, [this](double kilometers) {
        Criteria criteria = mDocument->criteria();
        criteria.distanceThresholdMeters = kilometers * 1000.0;
        try {
            mDocument->setCriteria(criteria);
        } catch (const InputError &error) {
            createMessage(QMessageBox::Critical, tr("Cannot evaluate"), error.diagnostic().toString())->show();
            return;
        }
        statusBar()->showMessage(tr("Distance threshold set to %1 km").arg(QLocale().toString(kilometers, 'g', 4)),
                                 5000);
    });
    dialog->open();
}

void MainWindow::createScenarioDocks()
{
    mImpactPanel = new ImpactPanel;
    mImpactPanel->setObjectName(QStringLiteral("impactPanel"));
    mImpactDock = new QDockWidget(tr("Impact of the Scenario"), this);
    mImpactDock->setObjectName(QStringLiteral("impactDock"));
    mImpactDock->setWidget(mImpactPanel);
    addDockWidget(Qt::RightDockWidgetArea, mImpactDock);
    tabifyDockWidget(mChartDock, mImpactDock);

    mComparison = new ScenarioComparisonWidget;
    mComparison->setObjectName(QStringLiteral("scenarioComparison"));
    mComparisonDock = new QDockWidget(tr("Compare Scenarios"), this);
    mComparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    mComparisonDock->setWidget(mComparison);
    addDockWidget(Qt::RightDockWidgetArea, mComparisonDock);
    tabifyDockWidget(mImpactDock, mComparisonDock);
    mChartDock->raise();

    connect(mImpactPanel, &ImpactPanel::officesSelected, mDocument, &WorkbenchDocument::setSelectedOfficeIds);
    connect(mComparison, &ScenarioComparisonWidget::officesSelected, mDocument,
            &WorkbenchDocument::setSelectedOfficeIds);
    connect(mComparison, &ScenarioComparisonWidget::scenariosChosen, this, [this](const QString &a, const QString &b) {
        mComparisonA = a;
        mComparisonB = b;
        updateComparison();
    });
    // The map toggle: the scenario shown is the document's current one.
    connect(mComparison, &ScenarioComparisonWidget::shownScenarioChanged, mDocument,
            &WorkbenchDocument::setCurrentScenario);
    connect(mDocument, &WorkbenchDocument::evaluationChanged, this, [this] {
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::loaded, this, [this] {
        mComparisonA.clear();
        mComparisonB.clear();
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::closed, this, [this] {
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::scenariosChanged, this, &MainWindow::updateComparison);
}

void MainWindow::updateImpact()
{
    if (!mDocument->hasProject() || !mDocument->impact()) {
        mImpactPanel->clear();
        return;
    }
    mImpactPanel->setImpact(mDocument->impact(), mDocument->offices(), mDocument->criteria().distanceThresholdMeters);
}

void MainWindow::updateComparison()
{
    const QStringList names = mDocument->scenarioNames();
    if (names.isEmpty()) {
        mComparison->setScenarios({}, {}, {});
        return;
    }
    // By default the first scenario (usually the status quo) against the one shown.
    const QString current = mDocument->currentScenarioName();
    QString a = names.contains(mComparisonA) ? mComparisonA : names.front();
    QString b = names.contains(mComparisonB) ? mComparisonB : current;
    if (a == b && current != a)
        b = current;
    // The scenario shown on the map is one of the two when the planner switched elsewhere.
    if (current != a && current != b)
        b = current;
    mComparisonA = a;
    mComparisonB = b;
    mComparison->setScenarios(names, a, b);
    const Scenario *scenarioA = mDocument->scenario(a);
    const Scenario *scenarioB = mDocument->scenario(b);
    if (scenarioA && scenarioB)
        mComparison->setDifferences(compareScenarios(*scenarioA, *scenarioB, mDocument->offices()),
                                    mDocument->offices());
    mComparison->setShownSide(current == a ? ScenarioComparisonWidget::Side::A : ScenarioComparisonWidget::Side::B);
}

PresentationWindow *MainWindow::startPresentation(bool fullScreen)
{
    if (!mDocument->hasProject())
        return nullptr;
    // S toggles to the other side of the comparison (the status quo by default).
    const QString current = mDocument->currentScenarioName();
    const QString other = mComparison->scenarioA() == current ? mComparison->scenarioB() : mComparison->scenarioA();
    auto *presentation = new PresentationWindow(mDocument, other);
    if (fullScreen)
        presentation->showFullScreen();
    else
        presentation->show();
    presentation->activateWindow();
    return presentation;
}

void MainWindow::showCriteriaDialog()
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new CriteriaDialog(mDocument->criteria(), mDocument->project()->offices.fiscalYears, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Criteria criteria = dialog->criteria();
        runEdit([this, criteria] { mDocument->setCriteria(criteria); });
    });
    dialog->open();
}

void MainWindow::showImportCountsDialog()
{
    if (!mDocument->hasProject())
        return;
    const QString folder = QFileInfo(mDocument->projectPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Workload Counts"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new CountsImportDialog(path, mDocument->offices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const std::optional<CountsImportPreview> &preview = dialog->preview();
        if (!preview)
            return;
        const WorkloadCounts counts = preview->counts();
        runEdit([this, counts, path] { mDocument->importWorkload(counts, path); });
        statusBar()->showMessage(tr("Imported workload counts for %n office(s) from %1", nullptr, int(counts.size()))
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
    });
    dialog->open();
}

void MainWindow::setSavePathAsker(SavePathAsker asker)
{
    mExportActions->setSavePathAsker(std::move(asker));
}

bool MainWindow::isExporting() const
{
    return mExportActions->isExporting();
}

void MainWindow::runEdit(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const InputError &error) {
        createMessage(QMessageBox::Warning, tr("Cannot make the change"), error.diagnostic().toString())->show();
    }
}

void MainWindow::askScenarioName(const QString &title, const QString &label, const QString &initial,
                                 const std::function<void(const QString &)> &apply)
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("scenarioNameDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, apply](const QString &name) { runEdit([&] { apply(name); }); });
    dialog->open();
}

void MainWindow::removeCurrentScenario()
{
    const QString name = mDocument->currentScenarioName();
    runEdit([this, name] { mDocument->removeScenario(name); });
}

void MainWindow::updateScenarioCombo()
{
    const QSignalBlocker blocker(mScenarioCombo);
    mScenarioCombo->clear();
    mScenarioCombo->addItems(mDocument->scenarioNames());
    mScenarioCombo->setCurrentIndex(mScenarioCombo->findText(mDocument->currentScenarioName()));
    mScenarioCombo->setEnabled(mDocument->hasProject());
    if (const Scenario *scenario = mDocument->currentScenario())
        mScenarioCombo->setToolTip(scenario->description.isEmpty()
                                       ? tr("The scenario whose decisions the map, the table and the chart show")
                                       : scenario->description);
    updateActions();
}

void MainWindow::setDecisionOfSelection(int decision)
{
    const QStringList selection = mDocument->selectedOfficeIds();
    runEdit([this, selection, decision] { mDocument->setDecisions(selection, Decision(decision)); });
}

bool MainWindow::saveProject()
{
    if (!mDocument->hasProject())
        return false;
    try {
        mDocument->save();
    } catch (const InputError &error) {
        createMessage(QMessageBox::Critical, tr("Cannot save the project"), error.diagnostic().toString())->show();
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(mDocument->projectPath()).fileName()), 5000);
    updateTitle();
    return true;
}

bool MainWindow::saveProjectAs()
{
    if (!mDocument->hasProject())
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), mDocument->projectPath(),
                                                tr("Madoguchi projects (*.madoguchi)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".") + QLatin1String(ProjectFileSuffix);
    try {
        mDocument->save(path);
    } catch (const InputError &error) {
        createMessage(QMessageBox::Critical, tr("Cannot save the project"), error.diagnostic().toString())->show();
        return false;
    }
    addRecentProject(mDocument->projectPath());
    mShownProjectPath = mDocument->projectPath();
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The project has changes that are not saved (decisions, notes, thresholds or imported counts).\n"
           "Save them in the project file?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProject();
    return answer == QMessageBox::Discard;
}

void MainWindow::showAbout()
{
    QString text = QStringLiteral("<h3>Madoguchi %1</h3><p>%2</p>")
                       .arg(QString::fromLatin1(kVersion),
                            tr("A planning tool for the service counters of municipal branch offices: distances to "
                               "the nearest ward office, workload and catchment on one map.")
                                .toHtmlEscaped());
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Built with Qt %1, GDAL, GEOS and PROJ (geodesic distances after Karney).").arg(QLatin1String(qVersion()))
                         .toHtmlEscaped());
    if (const LoadedProject *project = mDocument->project()) {
        text += QStringLiteral("<p><b>%1</b></p>").arg(tr("Data of the open project").toHtmlEscaped());
        if (project->project.credits.isEmpty()) {
            text += QStringLiteral("<p>%1</p>").arg(tr("The project names no sources.").toHtmlEscaped());
        } else {
            text += QStringLiteral("<ul style='margin-left:-20px'>");
            for (const QString &credit : project->project.credits)
                text += QStringLiteral("<li>%1</li>").arg(credit.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Madoguchi"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == currentLanguage())
        return;
    setLanguage(language);
    createMessage(QMessageBox::Information, tr("Language"),
                  tr("The language will change the next time Madoguchi starts."))
        ->show();
}

} // namespace madoguchi::app
