#include "app/workbench/mainwindow.h"

#include "app/lib/languagesettings.h"
#include "app/lib/layerpath.h"
#include "app/lib/projectfile.h"
#include "app/lib/version.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/detailsdock.h"
#include "app/workbench/exportactions.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/layersdock.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/optimisedialog.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "core/scenario.h"
#include "core/terms.h"
#include "gis/maprenderer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
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
    // The map, with the preview banner above it.
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(createPreviewBanner());
    centreLayout->addWidget(mCanvas, 1);
    setCentralWidget(centre);

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
    connect(mDocument, &WorkbenchDocument::scenariosChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &WorkbenchDocument::previewChanged, this, &MainWindow::updatePreview);
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
    if (const auto content = mDocument->mapContent()) {
        mProjectionLabel->setText(content->crs.label());
        mProjectionLabel->setToolTip(tr("Map projection: %1").arg(content->crs.description()));
    }
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
        // The scenario shown, so that a project named after one scenario is not taken to show it.
        const QString scenario = mDocument->currentScenarioName();
        QString title = scenario.isEmpty() ? tr("Madoguchi — %1").arg(name)
                                           : tr("Madoguchi — %1 — scenario %2").arg(name, scenario);
        if (const Scenario *preview = mDocument->previewScenario())
            title = tr("Madoguchi — %1 — preview: %2").arg(name, preview->name);
        setWindowTitle(title + QStringLiteral("[*]"));
        setWindowFilePath(project->projectPath);
        setWindowModified(mDocument->isModified());
    } else {
        setWindowTitle(tr("Madoguchi"));
        setWindowModified(false);
    }
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

void MainWindow::setSavePathAsker(SavePathAsker asker)
{
    mExportActions->setSavePathAsker(std::move(asker));
}

bool MainWindow::isExporting() const
{
    return mExportActions->isExporting();
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
