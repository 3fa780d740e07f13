#pragma once

#include "app/workbench/exportactions.h"
#include "core/project.h"

#include <QMainWindow>
#include <QPointer>
#include <QRectF>
#include <QStringList>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QThread;
class QToolBar;

namespace madoguchi {
struct Diagnostic;
}

namespace madoguchi::app {

class ChartDock;
class ImpactPanel;
class PresentationWindow;
class ScenarioComparisonWidget;
class DetailsDock;
class LayersDock;
class MapCanvas;
struct MapExportOptions;
class OfficesDock;
class OptimiseDialog;
class WorkbenchDocument;

// The workbench window: the map in the centre, the layers (with the legend), the offices table and the
// details of the selected office in docks, menus and a toolbar, and a status bar with the cursor
// position, the scale, the render time and the load progress. Holds one WorkbenchDocument; every view
// follows its selection and evaluation.
//
// Messages (load errors, missing layers) are shown in non-modal message boxes, so the window stays
// usable and nothing waits in a nested event loop. Window geometry, dock layout, the recent projects
// and the folder of the last export are kept in QSettings("Madoguchi", "Madoguchi").
//
// File ▸ Export writes what the window shows as the command line's "export" does: the map of the
// current scenario (PDF, SVG, PNG; drawn on a worker thread behind a busy indicator that can cancel),
// the evaluation table with the current scenario's columns (CSV, XLSX, GeoPackage), the correlation or
// impact chart (PDF, SVG, PNG) and the report (PDF) in the interface's language. The project's input files are
// never overwritten; a failure is shown in a message and leaves no file behind.
//
// Analysis ▸ Optimise Closures… opens the closure optimiser (OptimiseDialog, not modal). While a set it
// found is previewed (WorkbenchDocument::setPreview), a banner above the map and the title say so; the
// banner's End Preview, Scenario ▸ End Preview or Esc shows the current scenario again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkbenchDocument *document() const { return mDocument; }
    MapCanvas *canvas() const { return mCanvas; }
    LayersDock *layersDock() const { return mLayersDock; }
    OfficesDock *officesDock() const { return mOfficesDock; }
    DetailsDock *detailsDock() const { return mDetailsDock; }
    ChartDock *chartDock() const { return mChartDock; }
    QDockWidget *impactDock() const { return mImpactDock; }
    ImpactPanel *impactPanel() const { return mImpactPanel; }
    QDockWidget *comparisonDock() const { return mComparisonDock; }
    ScenarioComparisonWidget *comparisonWidget() const { return mComparison; }
    QComboBox *scenarioCombo() const { return mScenarioCombo; }
    // The banner above the map shown during a preview (hidden otherwise).
    QWidget *previewBanner() const { return mPreviewBanner; }
    // The closure optimiser's dialog while it is open; null otherwise.
    OptimiseDialog *optimiseDialog() const;
    // Analysis ▸ Optimise Closures…: opens the dialog (or raises the one open); null without a project.
    OptimiseDialog *showOptimiseDialog();

    // Saves the project to its file (or asks for one); false when it was not saved (cancelled or failed,
    // the failure shown in a message).
    bool saveProject();
    bool saveProjectAs();
    // Opens the presentation (full screen unless `fullScreen` is false); it deletes itself when closed.
    PresentationWindow *startPresentation(bool fullScreen = true);

    // Folders searched for layer files (--data-path), before MADOGUCHI_DATA_PATH and the folder
    // configured at build time; used by every later open.
    void setDataSearchPaths(const QStringList &paths);
    // The extent (display metres, y north) to show once the next project has loaded, instead of its
    // full extent (e.g. for scripted screenshots).
    void setInitialExtent(const QRectF &extent);

    // Most recent first, at most ten, absolute paths.
    QStringList recentProjects() const;

    // Asks for the file an export writes, as QFileDialog::getSaveFileName(parent, title, suggestedPath,
    // filters, selectedFilter) does (`filters` separated by ";;"; `selectedFilter` holds the filter
    // offered first and receives the one chosen); returns the path, empty when cancelled.
    using SavePathAsker = ExportActions::SavePathAsker;
    // Replaces the file dialog of File ▸ Export ▸ Table… (tests and scripted use); an empty function
    // restores the file dialog.
    void setSavePathAsker(SavePathAsker asker);

    // A map export is being drawn on its worker thread (File ▸ Export ▸ Map… is disabled meanwhile).
    bool isExporting() const;

    // The last message shown in a message box (load error, missing layers), as plain text; for tests.
    QString lastMessage() const { return mLastMessage; }

    // Points the layer `role` of the project file at `layerFile` (stored by storedLayerPath: relative to
    // the project file's folder when it is near it) and saves the project file atomically. Throws
    // InputError when the project cannot be read or written.
    static void relocateLayer(const QString &projectPath, LayerRole role, const QString &layerFile);

public Q_SLOTS:
    // Starts loading the project (the current one stays open until the new one has loaded).
    void openProject(const QString &path);
    void closeProject();

Q_SIGNALS:
    // An export (map or table) ended: `path` (absolute) was written when `written`, else nothing was
    // written and a message says why. Emitted on the GUI thread after the status bar or the message
    // has been shown.
    void exportFinished(const QString &path, bool written);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createToolActions();
    void createSettingsActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectDocument();
    void restoreWindowState();

    void showOpenDialog();
    void showNewProjectWizard();
    void showThresholdDialog();
    void showCriteriaDialog();
    void showImportCountsDialog();
    void askScenarioName(const QString &title, const QString &label, const QString &initial,
                         const std::function<void(const QString &)> &apply);
    void removeCurrentScenario();
    void updateScenarioCombo();
    void createScenarioDocks();
    void updateImpact();
    void updateComparison();
    // The banner above the map that says a preview is shown, with End Preview.
    QWidget *createPreviewBanner();
    void updatePreview();
    void setDecisionOfSelection(int decision);
    // Whether the window may drop the open project: asks to save unsaved edits (Save, Discard, Cancel).
    bool maybeSave();
    // Runs an edit; an InputError is shown in a message box.
    void runEdit(const std::function<void()> &edit);
    void showAbout();
    void chooseLanguage(const QString &language);
    void locateMissingLayer(LayerRole role, const QString &pathInProject);

    void projectLoaded();
    void showMissingLayers();
    void showLoadProgress(bool loading);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void addRecentProject(const QString &path);
    void zoomToLayer(int layer);
    void applyScaleText(const QString &text);
    QString officeTooltip(const QString &officeId) const;
    // A non-modal message box (deleted when closed; the caller adds buttons, an OK button otherwise, and
    // shows it); its text is kept as lastMessage().
    QMessageBox *createMessage(int icon, const QString &title, const QString &text, const QString &details = {});

    WorkbenchDocument *mDocument = nullptr;
    MapCanvas *mCanvas = nullptr;
    LayersDock *mLayersDock = nullptr;
    OfficesDock *mOfficesDock = nullptr;
    DetailsDock *mDetailsDock = nullptr;
    ChartDock *mChartDock = nullptr;
    QDockWidget *mImpactDock = nullptr;
    ImpactPanel *mImpactPanel = nullptr;
    QDockWidget *mComparisonDock = nullptr;
    ScenarioComparisonWidget *mComparison = nullptr;
    QString mComparisonA; // the scenarios compared; empty = the defaults (first and current)
    QString mComparisonB;
    QToolBar *mToolBar = nullptr;
    QComboBox *mScenarioCombo = nullptr;

    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mZoomInAction = nullptr;
    QAction *mZoomOutAction = nullptr;
    QAction *mFullExtentAction = nullptr;
    QAction *mZoomToSelectionAction = nullptr;
    QAction *mZoomWardsAction = nullptr;
    QAction *mZoomDistrictsAction = nullptr;
    QAction *mZoomPopulationAction = nullptr;
    QAction *mPanToolAction = nullptr;
    QAction *mZoomToolAction = nullptr;
    QAction *mSelectToolAction = nullptr;
    QAction *mIdentifyToolAction = nullptr;
    QActionGroup *mToolGroup = nullptr;
    QAction *mThresholdAction = nullptr;
    QAction *mCriteriaAction = nullptr;
    QAction *mOptimiseAction = nullptr;
    QAction *mEndPreviewAction = nullptr; // Esc while a preview is shown
    QAction *mPresentationAction = nullptr;
    QAction *mSaveAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mImportCountsAction = nullptr;
    ExportActions *mExportActions = nullptr; // File ▸ Export's actions, dialogs and exports
    QAction *mNewScenarioAction = nullptr;
    QAction *mDuplicateScenarioAction = nullptr;
    QAction *mRenameScenarioAction = nullptr;
    QAction *mRemoveScenarioAction = nullptr;
    QList<QAction *> mDecisionActions; // set the decision of the selected offices
    QAction *mAboutAction = nullptr;
    QActionGroup *mLanguageGroup = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mExportMenu = nullptr; // File ▸ Export: one action per kind of export

    QLabel *mGeographicLabel = nullptr;
    QLabel *mPlaneLabel = nullptr;
    QLabel *mProjectionLabel = nullptr; // the map's CRS, with the rule that chose it as its tooltip
    QComboBox *mScaleCombo = nullptr;
    QLabel *mRenderTimeLabel = nullptr;
    QProgressBar *mProgressBar = nullptr;
    QPushButton *mCancelButton = nullptr;

    QStringList mDataSearchPaths;
    QRectF mInitialExtent;
    QString mShownProjectPath; // the project whose map the canvas shows
    QString mLastMessage;
    QPointer<QMessageBox> mMissingLayersBox;
    QPointer<OptimiseDialog> mOptimiseDialog;
    QWidget *mPreviewBanner = nullptr;
    QLabel *mPreviewLabel = nullptr;
};

} // namespace madoguchi::app
