#pragma once

#include "app/figures/chartexport.h"
#include "app/figures/reportexport.h"
#include "app/lib/mapexport.h"
#include "core/diagnostic.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QPushButton;
class QTimer;

namespace madoguchi::app {

class BackgroundTask;
class ChartDock;
class ImpactPanel;
class MapCanvas;
class WorkbenchDocument;

// File ▸ Export in the workbench: the actions Map…, Table…, Chart… and Report…, their dialogs and the
// exports they run. Each export writes what the window shows — the document's current analysis
// (ScenarioAnalysis) with the map's look, the chart dock's measure and scale, the impact panel's
// grouping — through the same functions as `madoguchi-cli export`, so the same choices give the same
// file. Maps, charts and reports are drawn on a worker (BackgroundTask) behind a window-modal progress
// dialog that can cancel; the analysis they draw is the one current when they started, whatever the
// planner edits meanwhile. Dialogs, progress and message boxes are children of the window.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    // Asks for the file an export writes, as QFileDialog::getSaveFileName(parent, title, suggestedPath,
    // filters, selectedFilter) does; returns the path, empty when cancelled.
    using SavePathAsker = std::function<QString(const QString &title, const QString &suggestedPath,
                                                const QString &filters, QString *selectedFilter)>;

    ExportActions(QMainWindow *window, WorkbenchDocument *document, MapCanvas *canvas, ChartDock *chartDock,
                  ImpactPanel *impactPanel);
    ~ExportActions() override;

    QAction *mapAction() const { return mMapAction; }
    QAction *tableAction() const { return mTableAction; }
    QAction *chartAction() const { return mChartAction; }
    QAction *reportAction() const { return mReportAction; }

    // Replaces the file dialog of Export Table… (tests and scripted use); an empty function restores it.
    void setSavePathAsker(SavePathAsker asker) { mSavePathAsker = std::move(asker); }
    // Opens a folder in the desktop's file manager (QDesktopServices); replaceable for tests.
    using FolderOpener = std::function<void(const QString &folder)>;
    void setFolderOpener(FolderOpener opener) { mFolderOpener = std::move(opener); }
    // The status bar's "Open Folder" button, shown for a while after a file was written.
    QPushButton *openFolderButton() const { return mOpenFolderButton; }
    // A drawn export (map, chart, report) is running on its worker.
    bool isExporting() const;
    // Enables the actions for what the document has.
    void updateActions();
    // Retranslates the actions' texts.
    void retranslate();

Q_SIGNALS:
    // An export ended: `path` (absolute) was written when `written`, else nothing was written and a
    // message says why. Emitted after the status bar or the message has been shown.
    void exportFinished(const QString &path, bool written);
    // A message box was shown with this text (an export that failed).
    void messageShown(const QString &text);

private:
    void showMapDialog();
    void exportTable();
    void showChartDialog();
    void showReportDialog();
    // Runs `work` (which writes `path`) on the worker behind a progress dialog titled `title`; reports
    // the outcome with `done` ("Exported the map to %1") or `failed` ("Cannot export the map").
    void runInBackground(const QString &path, const QString &title, const QString &busy, const QString &done,
                         const QString &failed, std::function<void(Feedback &)> work);
    // "<folder>/<project>_<scenario>_<what>.<suffix>" in the folder of the last export (or the project's).
    QString suggestedPath(const QString &what, const QString &suffix) const;
    void rememberFolder(const QString &path);
    void showError(const QString &title, const Diagnostic &diagnostic);
    void showStatus(const QString &message);
    // Says in the status bar that `path` was written, with the button that opens its folder.
    void showWritten(const QString &message, const QString &path);

    QMainWindow *mWindow;
    QPointer<WorkbenchDocument> mDocument;
    MapCanvas *mCanvas;
    ChartDock *mChartDock;
    ImpactPanel *mImpactPanel;
    QAction *mMapAction = nullptr;
    QAction *mTableAction = nullptr;
    QAction *mChartAction = nullptr;
    QAction *mReportAction = nullptr;
    SavePathAsker mSavePathAsker;
    FolderOpener mFolderOpener;
    QPushButton *mOpenFolderButton = nullptr; // in the status bar
    QTimer *mOpenFolderTimer = nullptr;       // hides the button again
    QString mWrittenFolder;
    BackgroundTask *mTask = nullptr; // child of this
};

} // namespace madoguchi::app
