#include "app/workbench/mainwindow.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/actionicons.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/detailsdock.h"
#include "app/workbench/exportactions.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/optimisedialog.h"
#include "app/workbench/workbenchdocument.h"
#include "core/terms.h"
#include "gis/mapcontent.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>
#include <optional>

// The main window's actions, menus, toolbar and status bar, and what keeps them current (mainwindow.cpp
// holds the window, the project's opening and saving, the planning tasks are in mainwindowplanning.cpp).

namespace madoguchi::app {

namespace {

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

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createViewActions();
    createToolActions();
    createSettingsActions();
}

void MainWindow::createFileActions()
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

    mCloseAction = new QAction(tr("&Close"), this);
    mCloseAction->setObjectName(QStringLiteral("actionClose"));
    mCloseAction->setShortcut(QKeySequence::Close);
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeProject);

    mQuitAction = new QAction(tr("&Quit"), this);
    mQuitAction->setObjectName(QStringLiteral("actionQuit"));
    mQuitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);
}

// Undo and redo, the scenarios and the decisions of the selection.
void MainWindow::createEditActions()
{
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
        auto *action = new QAction(decisionName(decision, interfaceLanguage()), this);
        action->setObjectName(QStringLiteral("actionDecision_%1").arg(decisionKey(decision)));
        action->setStatusTip(tr("Set the decision of the selected branch offices in the current scenario"));
        connect(action, &QAction::triggered, this, [this, decision] { setDecisionOfSelection(int(decision)); });
        mDecisionActions.append(action);
    }
}

void MainWindow::createViewActions()
{
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
    mPresentationAction->setStatusTip(tr("Full screen for a projector: step through the candidates for review with the "
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
}

// The map tools: one checked at a time.
void MainWindow::createToolActions()
{
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
}

// The criteria, the interface language and About.
void MainWindow::createSettingsActions()
{
    mThresholdAction = new QAction(tr("Distance &Threshold…"), this);
    mThresholdAction->setObjectName(QStringLiteral("actionDistanceThreshold"));
    mThresholdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    mThresholdAction->setStatusTip(tr("Change the distance to the nearest ward office that a branch office is judged "
                                      "against"));
    connect(mThresholdAction, &QAction::triggered, this, &MainWindow::showThresholdDialog);

    mCriteriaAction = new QAction(tr("&Recommendation Thresholds…"), this);
    mCriteriaAction->setObjectName(QStringLiteral("actionCriteria"));
    mCriteriaAction->setStatusTip(tr("The workload or catchment at or below which a near branch office is a "
                                     "candidate for review"));
    connect(mCriteriaAction, &QAction::triggered, this, &MainWindow::showCriteriaDialog);

    mOptimiseAction = new QAction(actionicons::optimiseClosures(), tr("&Optimise Closures…"), this);
    mOptimiseAction->setObjectName(QStringLiteral("actionOptimiseClosures"));
    mOptimiseAction->setStatusTip(tr("Find the closures that harm residents least, for each number of counters "
                                     "closed"));
    connect(mOptimiseAction, &QAction::triggered, this, &MainWindow::showOptimiseDialog);

    mEndPreviewAction = new QAction(tr("&End Preview"), this);
    mEndPreviewAction->setObjectName(QStringLiteral("actionEndPreview"));
    mEndPreviewAction->setShortcut(QKeySequence(Qt::Key_Escape));
    mEndPreviewAction->setStatusTip(tr("Show the current scenario again instead of the set previewed"));
    mEndPreviewAction->setEnabled(false);
    connect(mEndPreviewAction, &QAction::triggered, this, [this] {
        if (mOptimiseDialog)
            mOptimiseDialog->endPreview();
        mDocument->endPreview();
    });

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
    scenario->addSeparator();
    scenario->addAction(mEndPreviewAction);

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(mThresholdAction);
    analysis->addAction(mCriteriaAction);
    analysis->addSeparator();
    analysis->addAction(mOptimiseAction);

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
    mToolBar->addAction(mOptimiseAction);
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

    mProjectionLabel = new QLabel;
    mProjectionLabel->setObjectName(QStringLiteral("mapProjection"));

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
    bar->addPermanentWidget(mProjectionLabel);
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
    mOptimiseAction->setEnabled(open);
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

} // namespace madoguchi::app
