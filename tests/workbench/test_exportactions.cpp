// File ▸ Export ▸ Map… and Table… in the main window: driven through the window's actions and dialogs,
// and compared with what madoguchi-cli export writes for the same project, scenario and choices.
#include "clirunner.h"
#include "ogrtable.h"
#include "popplertools.h"
#include "testsupport.h"

#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/workbench/figureexportdialogs.h"
#include "app/workbench/exportactions.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapexportdialog.h"
#include "app/workbench/workbenchdocument.h"
#include "core/scenario.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

constexpr int kLoadTimeoutMs = 60000;
constexpr int kExportTimeoutMs = 120000;

QString samplePath()
{
    return test::sourceDir() + QStringLiteral("/data/kumamoto/kumamoto.madoguchi");
}

// Window state, recent projects and the last export folder go to a folder of this process: CTest runs
// test cases in parallel processes, and the suggestions checked here must not see another's exports.
// The export folder starts unset, so the first suggestion is the project's folder.
void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    REQUIRE(settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings(QStringLiteral("Madoguchi"), QStringLiteral("Madoguchi")).remove(QStringLiteral("export"));
}

// The main window with the bundled sample open (layers from the shared data folder).
struct Workbench
{
    Workbench()
    {
        useTestSettings();
        window.setDataSearchPaths({test::sharedDataDir()});
        window.resize(1500, 950);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.document(), &WorkbenchDocument::loaded);
        window.openProject(samplePath());
        REQUIRE(loaded.wait(kLoadTimeoutMs));
    }
    ~Workbench() { window.document()->undoStack()->setClean(); }

    QAction *action(const char *name)
    {
        auto *found = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    // Triggers File ▸ Export ▸ Map… and returns the dialog it opened (not blocking: it is window-modal).
    MapExportDialog *openMapExportDialog()
    {
        action("actionExportMap")->trigger();
        auto *dialog = window.findChild<MapExportDialog *>(QStringLiteral("mapExportDialog"));
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    // Accepts the dialog (it closes) and waits until the export has ended; returns the path the window
    // reported and whether it wrote the file.
    std::pair<QString, bool> acceptAndWait(MapExportDialog *dialog)
    {
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        ok->click();
        // Drawing runs on a worker behind a modal busy indicator, started once the dialog has closed;
        // the action waits for it.
        REQUIRE(QTest::qWaitFor([this] { return window.isExporting(); }, 5000));
        CHECK_FALSE(action("actionExportMap")->isEnabled());
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        REQUIRE(progress);
        CHECK(progress->isVisible());
        CHECK(progress->isModal());
        CHECK(progress->labelText() == QStringLiteral("Exporting the map…"));
        CHECK(progress->maximum() == 0); // busy: no steps to count
        REQUIRE(finished.wait(kExportTimeoutMs));
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(window.isExporting());
        CHECK(action("actionExportMap")->isEnabled());
        QTest::qWait(0); // the busy indicator is deleted later
        CHECK_FALSE(window.findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
        return {finished.at(0).at(0).toString(), finished.at(0).at(1).toBool()};
    }

    MainWindow window;
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("File ▸ Export holds Map, Table, Chart and Report, enabled only while a project is open")
{
    useTestSettings();
    MainWindow window;
    auto *exportMenu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exportMenu);
    auto *map = window.findChild<QAction *>(QStringLiteral("actionExportMap"));
    auto *table = window.findChild<QAction *>(QStringLiteral("actionExportTable"));
    auto *chart = window.findChild<QAction *>(QStringLiteral("actionExportChart"));
    auto *report = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    REQUIRE(map);
    REQUIRE(table);
    REQUIRE(chart);
    REQUIRE(report);
    CHECK(exportMenu->actions() == QList<QAction *>{map, table, chart, report});
    CHECK(map->text() == QStringLiteral("Export &Map…"));
    CHECK(table->text() == QStringLiteral("Export &Table…"));

    // In the File menu right after Import Workload Counts….
    QMenu *file = window.menuBar()->actions().front()->menu();
    REQUIRE(file);
    const QList<QAction *> fileActions = file->actions();
    const qsizetype import = fileActions.indexOf(window.findChild<QAction *>(QStringLiteral("actionImportCounts")));
    REQUIRE(import >= 0);
    REQUIRE(import + 1 < fileActions.size());
    CHECK(fileActions.at(import + 1) == exportMenu->menuAction());

    for (QAction *action : {map, table, chart, report})
        CHECK_FALSE(action->isEnabled());
    // Triggered anyway (a shortcut added later, a script), they do nothing without a project.
    for (QAction *action : {map, table, chart, report})
        action->trigger();
    CHECK_FALSE(window.findChild<MapExportDialog *>());
    CHECK_FALSE(window.findChild<ChartExportDialog *>());
    CHECK_FALSE(window.findChild<ReportExportDialog *>());

    window.setDataSearchPaths({test::sharedDataDir()});
    QSignalSpy loaded(window.document(), &WorkbenchDocument::loaded);
    window.openProject(samplePath());
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    for (QAction *action : {map, table, chart, report})
        CHECK(action->isEnabled());

    window.closeProject();
    CHECK_FALSE(map->isEnabled());
    CHECK_FALSE(table->isEnabled());
}

TEST_CASE("the export file names are the project's, the scenario's and the kind's, made safe for any disk")
{
    CHECK(exportFileName(QStringLiteral("/data/kumamoto.madoguchi"), QStringLiteral("2016年方針"),
                         QStringLiteral("地図"), QStringLiteral("pdf"))
          == QStringLiteral("kumamoto_2016年方針_地図.pdf"));
    CHECK(exportFileName(QStringLiteral("/data/熊本市.v2.madoguchi"), QStringLiteral("案 A/B: 統合?"),
                         QStringLiteral("評価"), QStringLiteral("csv"))
          == QStringLiteral("熊本市.v2_案 A_B_ 統合__評価.csv"));
    CHECK(exportFileName(QStringLiteral("/data/p.madoguchi"), QStringLiteral(" <*|\"\\> "), QStringLiteral("地図"),
                         QStringLiteral("png"))
          == QStringLiteral("p________地図.png"));
    CHECK(exportFileName(QStringLiteral("/data/p.madoguchi"), QStringLiteral(" .. "), QStringLiteral("地図"),
                         QStringLiteral("png"))
          == QStringLiteral("p_地図.png"));
    CHECK(fileNamePart(QStringLiteral("a\tb\nc")) == QStringLiteral("a_b_c"));
    CHECK(fileNamePart(QStringLiteral("...")).isEmpty());
}

TEST_CASE("File ▸ Export ▸ Map writes the PNG that madoguchi-cli export map writes for the same choices",
          "[realdata][export]")
{
    Workbench bench;
    const QString scenario = bench.window.document()->currentScenarioName();
    REQUIRE(scenario == QStringLiteral("2016年方針"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("出力")));
    const QString guiPng = dir.filePath(QStringLiteral("出力/地図.png"));

    MapExportDialog *dialog = bench.openMapExportDialog();
    // Offered next to the project file, named after the project and the scenario; PDF first.
    CHECK(dialog->path()
          == test::sourceDir() + QStringLiteral("/data/kumamoto/kumamoto_2016年方針_地図.pdf"));
    CHECK(dialog->titleEdit()->text() == defaultMapTitle(*bench.window.document()->project()));
    dialog->pathEdit()->setText(guiPng);
    dialog->paperCombo()->setCurrentIndex(dialog->paperCombo()->findData(int(ExportPaper::Pixels)));
    dialog->widthSpin()->setValue(1200);
    dialog->heightSpin()->setValue(850);
    dialog->dpiSpin()->setValue(96);
    dialog->fullExtentButton()->setChecked(true);
    dialog->dateEdit()->setDate(QDate(2026, 11, 26));
    // The legend starts as the window shows it (off); the command line draws one unless told not to.
    CHECK_FALSE(dialog->legendCheck()->isChecked());
    dialog->legendCheck()->setChecked(true);
    const auto [reported, written] = bench.acceptAndWait(dialog);
    CHECK(written);
    CHECK(reported == guiPng);
    REQUIRE(QFileInfo::exists(guiPng));
    CHECK(bench.window.statusBar()->currentMessage() == QStringLiteral("Exported the map to %1").arg(guiPng));

    const QString cliPng = dir.filePath(QStringLiteral("cli.png"));
    const test::CliResult cli = test::runCli(
        {QStringLiteral("export"), QStringLiteral("map"), samplePath(), QStringLiteral("--scenario"), scenario,
         QStringLiteral("--out"), cliPng, QStringLiteral("--paper"), QStringLiteral("1200x850"),
         QStringLiteral("--dpi"), QStringLiteral("96"), QStringLiteral("--date"), QStringLiteral("2026-11-26"),
         QStringLiteral("--data-path"), test::sharedDataDir()});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);

    const QImage fromWindow = QImage(guiPng).convertToFormat(QImage::Format_RGB32);
    const QImage fromCli = QImage(cliPng).convertToFormat(QImage::Format_RGB32);
    REQUIRE(fromWindow.size() == QSize(1200, 850));
    REQUIRE(fromCli.size() == fromWindow.size());
    CHECK(fromWindow.dotsPerMeterX() == fromCli.dotsPerMeterX());
    // Every pixel equal: the window's default view, with a legend, is the command line's default view.
    CHECK(test::differingPixels(fromWindow, fromCli) == 0);

    // The next suggestion is in the folder of this export.
    MapExportDialog *next = bench.openMapExportDialog();
    CHECK(next->path() == dir.filePath(QStringLiteral("出力/kumamoto_2016年方針_地図.pdf")));
    next->reject();
}

TEST_CASE("File ▸ Export ▸ Map writes a searchable PDF, and a map that cannot be written is reported",
          "[realdata][export]")
{
    Workbench bench;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("出力")));
    const QString pdf = dir.filePath(QStringLiteral("出力/地図.pdf"));

    MapExportDialog *dialog = bench.openMapExportDialog();
    dialog->pathEdit()->setText(pdf);
    dialog->dpiSpin()->setValue(150); // A4 portrait as offered, at a lower resolution to keep the test short
    const auto [reported, written] = bench.acceptAndWait(dialog);
    CHECK(written);
    CHECK(reported == pdf);
    CHECK(readBytes(pdf).startsWith("%PDF"));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("大江出張所")));
    CHECK(text.contains(QStringLiteral("2016年方針")));

    // A folder that does not exist: the worker's InputError reaches a message; nothing is written.
    const QString nowhere = dir.filePath(QStringLiteral("ない/地図.png"));
    MapExportDialog *again = bench.openMapExportDialog();
    again->pathEdit()->setText(nowhere);
    const auto [failedPath, failedWritten] = bench.acceptAndWait(again);
    CHECK_FALSE(failedWritten);
    CHECK(failedPath == nowhere);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("ない"))));
    auto *box = bench.window.findChild<QMessageBox *>(QStringLiteral("exportErrorBox"));
    REQUIRE(box);
    CHECK(box->windowTitle() == QStringLiteral("Cannot export the map"));
    CHECK(box->icon() == QMessageBox::Warning);
    CHECK(bench.window.lastMessage().contains(QStringLiteral("地図.png")));
    // The remembered folder is the last one written to, not the failed one.
    MapExportDialog *next = bench.openMapExportDialog();
    CHECK(next->path() == dir.filePath(QStringLiteral("出力/kumamoto_2016年方針_地図.pdf")));
    next->reject();
}

TEST_CASE("File ▸ Export ▸ Table writes the CSV that madoguchi-cli export table --scenario writes, byte for byte",
          "[realdata][export]")
{
    Workbench bench;
    const QString scenario = bench.window.document()->currentScenarioName();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("出力")));
    const QString guiCsv = dir.filePath(QStringLiteral("出力/評価.csv"));

    QString askedTitle, askedPath, askedFilters, offeredFilter;
    QString answer = guiCsv;
    QString answerFilter;
    bench.window.setSavePathAsker([&](const QString &title, const QString &suggested, const QString &filters,
                                      QString *selectedFilter) {
        askedTitle = title;
        askedPath = suggested;
        askedFilters = filters;
        offeredFilter = *selectedFilter;
        if (!answerFilter.isEmpty())
            *selectedFilter = answerFilter;
        return answer;
    });
    QSignalSpy finished(&bench.window, &MainWindow::exportFinished);
    bench.action("actionExportTable")->trigger();
    CHECK(askedTitle == QStringLiteral("Export Table"));
    CHECK(askedPath == test::sourceDir() + QStringLiteral("/data/kumamoto/kumamoto_2016年方針_評価.csv"));
    const QStringList filters = askedFilters.split(QStringLiteral(";;"));
    CHECK(filters == QStringList{QStringLiteral("CSV (UTF-8, Excel) (*.csv)"), QStringLiteral("Excel workbook (*.xlsx)"),
                                 QStringLiteral("GeoPackage (QGIS) (*.gpkg)")});
    CHECK(offeredFilter == filters.value(0));
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).toString() == guiCsv);
    CHECK(finished.at(0).at(1).toBool());
    CHECK(bench.window.statusBar()->currentMessage() == QStringLiteral("Exported the table to %1").arg(guiCsv));
    // The status bar offers the folder the table went to.
    auto *exports = bench.window.findChild<ExportActions *>();
    REQUIRE(exports);
    QPushButton *openFolder = exports->openFolderButton();
    REQUIRE(openFolder);
    CHECK(openFolder->isVisible());
    CHECK(openFolder->text() == QStringLiteral("Open Folder"));
    CHECK(openFolder->toolTip().contains(QFileInfo(guiCsv).absolutePath()));
    QString opened;
    exports->setFolderOpener([&opened](const QString &folder) { opened = folder; });
    openFolder->click();
    CHECK(opened == QFileInfo(guiCsv).absolutePath());

    const QString cliCsv = dir.filePath(QStringLiteral("cli.csv"));
    const test::CliResult cli = test::runCli({QStringLiteral("export"), QStringLiteral("table"), samplePath(),
                                              QStringLiteral("--scenario"), scenario, QStringLiteral("--out"), cliCsv,
                                              QStringLiteral("--data-path"), test::sharedDataDir()});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    const QByteArray fromWindow = readBytes(guiCsv);
    const QByteArray fromCli = readBytes(cliCsv);
    CHECK(fromWindow.size() == fromCli.size());
    CHECK(fromWindow == fromCli);
    // The scenario's columns are there (the table is not the evaluation alone).
    const QByteArray header = fromWindow.left(fromWindow.indexOf("\r\n"));
    CHECK(header.contains(",decision,recommendation,"));
    CHECK(fromWindow.contains("河内総合出張所"));

    // A name without a suffix gets the chosen filter's: an Excel workbook, asked in the export folder.
    answer = dir.filePath(QStringLiteral("出力/評価"));
    answerFilter = filters.value(1);
    bench.action("actionExportTable")->trigger();
    CHECK(askedPath == dir.filePath(QStringLiteral("出力/kumamoto_2016年方針_評価.csv")));
    REQUIRE(finished.size() == 2);
    const QString xlsx = dir.filePath(QStringLiteral("出力/評価.xlsx"));
    CHECK(finished.at(1).at(0).toString() == xlsx);
    CHECK(finished.at(1).at(1).toBool());
    REQUIRE(readBytes(xlsx).startsWith("PK"));
    const test::OgrTable sheet = test::readOgrTable(xlsx, QStringLiteral("評価"));
    CHECK(sheet.fields.join(QLatin1Char(',')).toUtf8() == header.mid(3)); // the CSV's header after its BOM
    CHECK(sheet.rows.size() == std::size_t(fromWindow.count("\r\n") - 1));
    for (const QString &office : {QStringLiteral("br_oe"), QStringLiteral("br_kawachi")})
        CHECK(sheet.value(QStringLiteral("id"), office, QStringLiteral("decision")).toString()
              == decisionKey(bench.window.document()->decision(office)));
}

TEST_CASE("an export onto the project's own offices table is refused with a message and the file is unchanged",
          "[realdata][export]")
{
    Workbench bench;
    const QString offices = test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv");
    const QByteArray before = sha256Of(offices);
    const QDateTime modifiedBefore = QFileInfo(offices).lastModified();
    bench.window.setSavePathAsker([&](const QString &, const QString &, const QString &, QString *) { return offices; });
    QSignalSpy finished(&bench.window, &MainWindow::exportFinished);
    bench.action("actionExportTable")->trigger();
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(1).toBool());
    auto *box = bench.window.findChild<QMessageBox *>(QStringLiteral("exportErrorBox"));
    REQUIRE(box);
    CHECK(box->windowTitle() == QStringLiteral("Cannot export the table"));
    CHECK(box->icon() == QMessageBox::Warning);
    CHECK(box->isVisible());
    CHECK(bench.window.lastMessage().contains(QStringLiteral("offices.csv")));
    CHECK(bench.window.lastMessage().contains(QStringLiteral("input files")));
    CHECK(sha256Of(offices) == before);
    CHECK(QFileInfo(offices).lastModified() == modifiedBefore);
    // Nothing was left beside it either.
    const QStringList leftovers = QDir(QFileInfo(offices).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        CHECK_FALSE(name.contains(QStringLiteral("offices.csv.")));
    CHECK_FALSE(bench.window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
}

TEST_CASE("File ▸ Export ▸ Chart writes the chart that madoguchi-cli export chart writes for the same choices",
          "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("出力")));
    Workbench workbench;
    const QString scenario = workbench.window.document()->currentScenarioName();
    workbench.action("actionExportChart")->trigger();
    auto *dialog = workbench.window.findChild<ChartExportDialog *>(QStringLiteral("chartExportDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->path().endsWith(QStringLiteral("_2016年方針_相関図.pdf")));
    // The suggested name follows the chart chosen.
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(ChartKind::Impact)));
    CHECK(dialog->path().endsWith(QStringLiteral("_2016年方針_影響.pdf")));
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(ChartKind::Correlation)));
    CHECK(dialog->path().endsWith(QStringLiteral("_2016年方針_相関図.pdf")));
    const QString gui = dir.filePath(QStringLiteral("出力/相関図.png"));
    dialog->pathEdit()->setText(gui);
    dialog->paperCombo()->setCurrentIndex(dialog->paperCombo()->findData(int(ExportPaper::Pixels)));
    const QList<QSpinBox *> spins = dialog->findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins) {
        if (spin->objectName() == QLatin1String("exportWidth"))
            spin->setValue(1000);
        if (spin->objectName() == QLatin1String("exportHeight"))
            spin->setValue(700);
    }
    QSignalSpy finished(&workbench.window, &MainWindow::exportFinished);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(finished.wait(kExportTimeoutMs));
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(1).toBool());
    CHECK(workbench.window.statusBar()->currentMessage().contains(QStringLiteral("相関図.png")));

    // The command line in the window's language (the test runs untranslated: English).
    const QString cli = dir.filePath(QStringLiteral("出力/cli.png"));
    const test::CliResult result = test::runCli(
        {QStringLiteral("export"), QStringLiteral("chart"), samplePath(), QStringLiteral("--scenario"), scenario,
         QStringLiteral("--out"), cli, QStringLiteral("--paper"), QStringLiteral("1000x700"),
         QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--data-path"), test::sharedDataDir()});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage a = QImage(gui).convertToFormat(QImage::Format_RGB32);
    const QImage b = QImage(cli).convertToFormat(QImage::Format_RGB32);
    REQUIRE(a.size() == QSize(1000, 700));
    REQUIRE(b.size() == a.size());
    // A few anti-aliased glyph edges may differ with what the process drew before (glyph caches): at
    // most 0.05 % of the pixels.
    CHECK(test::differingPixels(a, b) <= a.width() * a.height() / 2000);
}

TEST_CASE("File ▸ Export ▸ Report writes the report page by page behind a progress dialog")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Workbench workbench;
    workbench.action("actionExportReport")->trigger();
    auto *dialog = workbench.window.findChild<ReportExportDialog *>(QStringLiteral("reportExportDialog"));
    REQUIRE(dialog);
    CHECK(dialog->path().endsWith(QStringLiteral("_報告書.pdf")));
    const QString path = dir.filePath(QStringLiteral("報告書.pdf"));
    dialog->pathEdit()->setText(path);
    dialog->dateEdit()->setDate(QDate(2026, 11, 26));
    QSignalSpy finished(&workbench.window, &MainWindow::exportFinished);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(finished.wait(kExportTimeoutMs));
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(1).toBool());
    CHECK_FALSE(workbench.window.findChild<QProgressDialog *>(QStringLiteral("reportProgress")));
    const QString text = test::pdfText(path);
    CHECK(text.contains(workbench.window.document()->currentScenarioName()));
    CHECK(text.contains(QStringLiteral("大江出張所")));
    CHECK(text.contains(QStringLiteral("2026年11月26日")));
    CHECK(test::pdfPageSizePoints(path) == QSizeF(595, 842));
}

TEST_CASE("a map export can be cancelled from its progress dialog, and nothing is written")
{
    Workbench bench;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("大きな地図.png"));
    MapExportDialog *dialog = bench.openMapExportDialog();
    dialog->pathEdit()->setText(path);
    dialog->paperCombo()->setCurrentIndex(dialog->paperCombo()->findData(int(ExportPaper::A3)));
    dialog->dpiSpin()->setValue(600); // seconds of drawing
    QSignalSpy finished(&bench.window, &MainWindow::exportFinished);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(QTest::qWaitFor([&bench] { return bench.window.isExporting(); }, 5000));
    auto *progress = bench.window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    REQUIRE(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(finished.wait(kExportTimeoutMs));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(bench.window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(bench.action("actionExportMap")->isEnabled());
}
