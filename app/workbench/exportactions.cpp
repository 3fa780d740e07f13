#include "app/workbench/exportactions.h"

#include "app/lib/outputpath.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/tableexport.h"
#include "app/workbench/backgroundtask.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/figureexportdialogs.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/mapexportdialog.h"
#include "app/workbench/workbenchdocument.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace madoguchi::app {

namespace {

const char kExportFolderKey[] = "export/lastFolder";

QSettings madoguchiSettings()
{
    return QSettings(QStringLiteral("Madoguchi"), QStringLiteral("Madoguchi"));
}

// Opens an export dialog (MapExportDialog, ChartExportDialog, ReportExportDialog) window-modally with
// the project's input files protected; when it is accepted, `run(path, options)` follows once the
// dialog has finished closing.
template <typename Dialog, typename Run>
void openExportDialog(Dialog *dialog, const LoadedProject &project, QObject *context, Run run)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProtectedPaths(projectInputFiles(project));
    QObject::connect(dialog, &QDialog::accepted, context, [dialog, context, run] {
        QTimer::singleShot(0, context, [run, path = dialog->path(), options = dialog->options()] { run(path, options); });
    });
    dialog->open();
}

QAction *makeAction(QObject *parent, const QString &text, const char *name, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    action->setStatusTip(tip);
    return action;
}

} // namespace

ExportActions::ExportActions(QMainWindow *window, WorkbenchDocument *document, MapCanvas *canvas,
                             ChartDock *chartDock, ImpactPanel *impactPanel)
    : QObject(window)
    , mWindow(window)
    , mDocument(document)
    , mCanvas(canvas)
    , mChartDock(chartDock)
    , mImpactPanel(impactPanel)
{
    mMapAction = makeAction(this, tr("Export &Map…"), "actionExportMap",
                            tr("Write the map of the current scenario as PDF, SVG or PNG, with a title, a legend, a "
                               "scale bar and the sources"));
    mTableAction = makeAction(this, tr("Export &Table…"), "actionExportTable",
                              tr("Write the evaluation with the current scenario's columns as CSV (Excel), an Excel "
                                 "workbook or a GeoPackage (QGIS)"));
    mChartAction = makeAction(this, tr("Export &Chart…"), "actionExportChart",
                              tr("Write the correlation chart or the impact chart of the current scenario as PDF, SVG "
                                 "or PNG, for the policy document"));
    mReportAction = makeAction(this, tr("Export &Report…"), "actionExportReport",
                               tr("Write a PDF report of the current scenario: summary, map, charts, the branch "
                                  "offices with decisions and reasons, sources"));
    connect(mMapAction, &QAction::triggered, this, &ExportActions::showMapDialog);
    connect(mTableAction, &QAction::triggered, this, &ExportActions::exportTable);
    connect(mChartAction, &QAction::triggered, this, &ExportActions::showChartDialog);
    connect(mReportAction, &QAction::triggered, this, &ExportActions::showReportDialog);

    // After an export: open the folder it went to, from the status bar, for half a minute.
    mOpenFolderButton = new QPushButton(tr("Open Folder"));
    mOpenFolderButton->setObjectName(QStringLiteral("openExportFolder"));
    mOpenFolderButton->setFlat(true);
    mOpenFolderButton->hide();
    mWindow->statusBar()->addPermanentWidget(mOpenFolderButton);
    mOpenFolderTimer = new QTimer(this);
    mOpenFolderTimer->setSingleShot(true);
    mOpenFolderTimer->setInterval(30000);
    connect(mOpenFolderTimer, &QTimer::timeout, mOpenFolderButton, &QWidget::hide);
    connect(mOpenFolderButton, &QPushButton::clicked, this, [this] {
        if (mFolderOpener)
            mFolderOpener(mWrittenFolder);
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(mWrittenFolder));
    });
    updateActions();
}

ExportActions::~ExportActions() = default;

bool ExportActions::isExporting() const
{
    return mTask && mTask->isRunning();
}

void ExportActions::updateActions()
{
    const bool analysed = mDocument && mDocument->analysis();
    const bool drawing = isExporting();
    mMapAction->setEnabled(analysed && !drawing);
    mTableAction->setEnabled(analysed);
    mChartAction->setEnabled(analysed && !drawing);
    mReportAction->setEnabled(analysed && !drawing);
}

QString ExportActions::suggestedPath(const QString &what, const QString &suffix) const
{
    QString folder = madoguchiSettings().value(QLatin1String(kExportFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(mDocument->projectPath()).absolutePath();
    return QDir(folder).filePath(exportFileName(mDocument->projectPath(), mDocument->shownScenarioName(), what, suffix));
}

void ExportActions::rememberFolder(const QString &path)
{
    madoguchiSettings().setValue(QLatin1String(kExportFolderKey), QFileInfo(path).absolutePath());
}

void ExportActions::showError(const QString &title, const Diagnostic &diagnostic)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, diagnostic.toString(), QMessageBox::Ok, mWindow);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    Q_EMIT messageShown(diagnostic.toString());
}

void ExportActions::showStatus(const QString &message)
{
    mWindow->statusBar()->showMessage(message, 10000);
}

void ExportActions::showWritten(const QString &message, const QString &path)
{
    showStatus(message);
    mWrittenFolder = QFileInfo(path).absolutePath();
    mOpenFolderButton->setToolTip(tr("Open %1 in the file manager").arg(QDir::toNativeSeparators(mWrittenFolder)));
    mOpenFolderButton->show();
    mOpenFolderTimer->start();
}

void ExportActions::runInBackground(const QString &path, const QString &title, const QString &busy,
                                    const QString &done, const QString &failed, std::function<void(Feedback &)> work)
{
    if (isExporting())
        return;
    // Busy until the work reports how far it is (the report's pages; a map has no steps to count).
    auto *progress = new QProgressDialog(busy, tr("Cancel"), 0, 0, mWindow);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    progress->show();

    delete mTask;
    mTask = new BackgroundTask(path, this);
    connect(progress, &QProgressDialog::canceled, mTask, &BackgroundTask::cancel);
    connect(mTask, &BackgroundTask::progress, progress, [progress](double fraction) {
        progress->setMaximum(100);
        progress->setValue(int(std::lround(fraction * 100.0)));
    });
    connect(mTask, &BackgroundTask::finished, this, [this, progress, path, done, failed] {
        // Closing the progress dialog emits canceled(): disconnect it first.
        progress->disconnect();
        progress->close();
        progress->deleteLater();
        updateActions();
        if (const auto &failure = mTask->failure())
            showError(failed, *failure);
        else if (mTask->cancelled())
            showStatus(tr("The export was cancelled; nothing was written"));
        else {
            rememberFolder(path);
            showWritten(done.arg(QDir::toNativeSeparators(path)), path);
        }
        Q_EMIT exportFinished(path, mTask->succeeded());
    });
    mTask->start(std::move(work));
    updateActions();
}

void ExportActions::showMapDialog()
{
    const std::shared_ptr<const ScenarioAnalysis> analysis = mDocument ? mDocument->analysis() : nullptr;
    if (!analysis || !analysis->mapContent || isExporting())
        return;
    // The file name part is Japanese whatever the interface's language: the files go to Japanese offices.
    openExportDialog(new MapExportDialog(mCanvas->mapSettings(), defaultMapTitle(*analysis->project),
                                         mDocument->shownScenarioName(),
                                         suggestedPath(QStringLiteral("地図"), QStringLiteral("pdf")), mWindow),
                     *analysis->project, this, [this, analysis](const QString &path, const MapExportOptions &options) {
                         const std::shared_ptr<const gis::MapContent> content = analysis->mapContent;
                         runInBackground(path, MapExportDialog::tr("Export Map"), tr("Exporting the map…"),
                                         tr("Exported the map to %1"), tr("Cannot export the map"),
                                         [content, path, options](Feedback &feedback) {
                                             exportMap(path, *content, options, &feedback);
                                         });
                     });
}

void ExportActions::exportTable()
{
    const std::shared_ptr<const ScenarioAnalysis> analysis = mDocument ? mDocument->analysis() : nullptr;
    if (!analysis)
        return;
    // Parallel: the filters offered and the suffix each adds to a name that has none.
    const QStringList filters{tr("CSV (UTF-8, Excel) (*.csv)"), tr("Excel workbook (*.xlsx)"),
                              tr("GeoPackage (QGIS) (*.gpkg)")};
    const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg")};
    QString selectedFilter = filters.front();
    const QString suggested = suggestedPath(QStringLiteral("評価"), suffixes.front());
    const QString title = tr("Export Table");
    QString path = mSavePathAsker
                       ? mSavePathAsker(title, suggested, filters.join(QStringLiteral(";;")), &selectedFilter)
                       : QFileDialog::getSaveFileName(mWindow, title, suggested, filters.join(QStringLiteral(";;")),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    path = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffixes.value(std::max<qsizetype>(0, filters.indexOf(selectedFilter)));
        // The file dialog asked about replacing the name typed, not this one.
        if (QFileInfo::exists(path)
            && QMessageBox::question(mWindow, title, tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
            return;
    }
    // The analysis's table carries the current scenario's columns, as "madoguchi-cli export table
    // --scenario" writes it. Quick enough for the GUI thread.
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        app::exportTable(path, *analysis);
        QApplication::restoreOverrideCursor();
    } catch (const InputError &error) {
        QApplication::restoreOverrideCursor();
        showError(tr("Cannot export the table"), error.diagnostic());
        Q_EMIT exportFinished(path, false);
        return;
    }
    rememberFolder(path);
    showWritten(tr("Exported the table to %1").arg(QDir::toNativeSeparators(path)), path);
    Q_EMIT exportFinished(path, true);
}

void ExportActions::showChartDialog()
{
    const std::shared_ptr<const ScenarioAnalysis> analysis = mDocument ? mDocument->analysis() : nullptr;
    if (!analysis || isExporting())
        return;
    // Starts from what the chart dock and the impact panel show.
    ChartExportOptions initial;
    const CorrelationChart *chart = mChartDock->chart();
    if (!chart->points().empty())
        initial.measure = chart->measure();
    initial.logScale = chart->logScale();
    initial.regressionLine = chart->showRegressionLine();
    initial.grouping = mImpactPanel->grouping();
    openExportDialog(new ChartExportDialog(analysis, initial,
                                           suggestedPath(ChartExportDialog::fileNameWord(initial.kind), QStringLiteral("pdf")),
                                           mWindow),
                     *analysis->project, this, [this, analysis](const QString &path, const ChartExportOptions &options) {
                         runInBackground(path, ChartExportDialog::tr("Export Chart"), tr("Exporting the chart…"),
                                         tr("Exported the chart to %1"), tr("Cannot export the chart"),
                                         [analysis, path, options](Feedback &feedback) {
                                             exportChart(path, *analysis, options, &feedback);
                                         });
                     });
}

void ExportActions::showReportDialog()
{
    const std::shared_ptr<const ScenarioAnalysis> analysis = mDocument ? mDocument->analysis() : nullptr;
    if (!analysis || !analysis->mapContent || isExporting())
        return;
    openExportDialog(new ReportExportDialog(mCanvas->mapSettings(), defaultMapTitle(*analysis->project),
                                            suggestedPath(QStringLiteral("報告書"), QStringLiteral("pdf")), mWindow),
                     *analysis->project, this, [this, analysis](const QString &path, const ReportOptions &options) {
                         runInBackground(path, ReportExportDialog::tr("Export Report"), tr("Exporting the report…"),
                                         tr("Exported the report to %1"), tr("Cannot export the report"),
                                         [analysis, path, options](Feedback &feedback) {
                                             exportReport(path, *analysis, options, &feedback, [&feedback](int page, int pages) {
                                                 feedback.setProgress(double(page) / pages);
                                             });
                                         });
                     });
}

} // namespace madoguchi::app
