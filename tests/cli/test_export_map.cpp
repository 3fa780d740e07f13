// madoguchi-cli export map: runs without a display and writes what the library (and so the workbench)
// writes for the same choices.
#include "clirunner.h"
#include "popplertools.h"
#include "sampleproject.h"

#include "app/lib/mapcontentbuilder.h"
#include "app/lib/mapexport.h"
#include "app/lib/scenarioanalysis.h"
#include "core/impact.h"
#include "core/scenario.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

const QString kScenario = QStringLiteral("2016年方針");

// Runs the CLI as from a shell on a server: no display and no Qt platform chosen.
CliResult runHeadless(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The 2016 policy's map exported through the library as the workbench does it: the content of the
// scenario with its impact, optionsFromView of a default view, A4 landscape.
void exportThroughLibrary(const QString &path, const QDate &date)
{
    static const app::LoadedProject project = loadSampleProject();
    static const std::shared_ptr<const gis::MapContent> content = [] {
        const Evaluation evaluation = app::evaluateProject(project, project.project.criteria);
        const Scenario *scenario = findScenario(project.project.scenarios, kScenario);
        REQUIRE(scenario != nullptr);
        const ScenarioImpact impact = app::assessProjectImpact(project, evaluation.criteria, *scenario);
        const gis::MapContent base = app::buildBaseMapContent(project);
        return app::withScenario(*app::withEvaluation(base, project, evaluation), project, *scenario, &impact);
    }();
    app::MapExportOptions options =
        app::optionsFromView(gis::MapSettings(), app::defaultMapTitle(project), kScenario, date);
    options.page.paper = app::ExportPaper::A4;
    options.page.landscape = true;
    app::exportMap(path, *content, options);
}

QStringList exportArguments(const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("map"),       sampleProject(),
            QStringLiteral("--scenario"), kScenario,               QStringLiteral("--paper"),
            QStringLiteral("A4"),         QStringLiteral("--landscape"), QStringLiteral("--date"),
            QStringLiteral("2026-11-26"), QStringLiteral("--data-path"), sharedDataDir(),
            QStringLiteral("--out"),      out};
}

} // namespace

TEST_CASE("export map writes without a display the PDF the library writes", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("出力")));
    const QString cliPdf = dir.filePath(QStringLiteral("出力/地図.pdf"));
    const CliResult result = runHeadless(exportArguments(cliPdf));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("Wrote")));

    const QString libraryPdf = dir.filePath(QStringLiteral("library.pdf"));
    exportThroughLibrary(libraryPdf, QDate(2026, 11, 26));

    const QString text = pdfText(cliPdf);
    CHECK(text.contains(QStringLiteral("大江出張所")));
    CHECK(text.contains(QStringLiteral("シナリオ：2016年方針")));
    CHECK(text.contains(QStringLiteral("2026年11月26日")));
    CHECK(text == pdfText(libraryPdf));
    const QSizeF page = pdfPageSizePoints(cliPdf);
    CHECK(page == pdfPageSizePoints(libraryPdf));
    CHECK(std::abs(page.width() - 842) < 1.0);
    CHECK(std::abs(page.height() - 595) < 1.0);
    CHECK(pdfImageRows(cliPdf).isEmpty());
}

TEST_CASE("export map writes the PNG the library writes, pixel for pixel", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cliPng = dir.filePath(QStringLiteral("地図.png"));
    const CliResult result = runHeadless(exportArguments(cliPng));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString libraryPng = dir.filePath(QStringLiteral("library.png"));
    exportThroughLibrary(libraryPng, QDate(2026, 11, 26));

    const QImage fromCli = QImage(cliPng).convertToFormat(QImage::Format_RGB32);
    const QImage fromLibrary = QImage(libraryPng).convertToFormat(QImage::Format_RGB32);
    REQUIRE(fromCli.size() == QSize(3508, 2480));
    REQUIRE(fromLibrary.size() == fromCli.size());
    CHECK(fromCli.dotsPerMeterX() == fromLibrary.dotsPerMeterX());
    CHECK(test::differingPixels(fromCli, fromLibrary) == 0);
}

TEST_CASE("export map shows the project's last scenario by default, and the layers asked for", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("既定.pdf"));
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(),
                                     QStringLiteral("--data-path"), sharedDataDir(), QStringLiteral("--title"),
                                     QStringLiteral("出張所の再編案"), QStringLiteral("--layers"), QStringLiteral("+impact"),
                                     QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--dpi"),
                                     QStringLiteral("150"), QStringLiteral("--out"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("出張所の再編案")));
    CHECK(text.contains(QStringLiteral("シナリオ：2016年方針"))); // the sample's last scenario
    CHECK(text.contains(QStringLiteral("閉鎖窓口 → 受入窓口")));  // the impact layer's legend entry
    CHECK_FALSE(text.contains(QStringLiteral("人口密度")));

    // The population layer, asked for, is drawn as the density choropleth with its legend.
    const QString population = dir.filePath(QStringLiteral("人口.pdf"));
    const CliResult withPopulation =
        runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--data-path"),
                sharedDataDir(), QStringLiteral("--layers"), QStringLiteral("+population"), QStringLiteral("--out"),
                population, QStringLiteral("-q")});
    INFO(withPopulation.err.toStdString());
    REQUIRE(withPopulation.exitCode == 0);
    CHECK(pdfText(population).contains(QStringLiteral("人口密度（人/km²）")));
    const QSizeF page = pdfPageSizePoints(pdf);
    CHECK(std::abs(page.width() - 842) < 1.0);
    CHECK(std::abs(page.height() - 1191) < 1.0);

    const QString onlyWards = dir.filePath(QStringLiteral("wards.svg"));
    const CliResult wards = runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(),
                                    QStringLiteral("--data-path"), sharedDataDir(), QStringLiteral("--scenario"),
                                    QStringLiteral("現状"), QStringLiteral("--layers"), QStringLiteral("wards"),
                                    QStringLiteral("--paper"), QStringLiteral("1200x800"), QStringLiteral("--out"),
                                    onlyWards, QStringLiteral("-q")});
    INFO(wards.err.toStdString());
    REQUIRE(wards.exitCode == 0);
    QFile svg(onlyWards);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(svg.readAll());
    CHECK(content.contains(QStringLiteral("viewBox=\"0 0 1200 800\"")));
    CHECK(content.contains(QStringLiteral("シナリオ：現状")));
    CHECK(content.contains(QStringLiteral(">北区<")));
    CHECK_FALSE(content.contains(QStringLiteral("大江出張所"))); // the offices layer is off
}

TEST_CASE("export map of a project without scenarios shows the decisions its offices table records",
          "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile sampleFile(sampleProject());
    REQUIRE(sampleFile.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(sampleFile.readAll()).object();
    project.remove(QStringLiteral("scenarios"));
    QJsonObject layers = project.value(QStringLiteral("layers")).toObject();
    QJsonObject offices = layers.value(QStringLiteral("offices")).toObject();
    offices.insert(QStringLiteral("path"), sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    layers.insert(QStringLiteral("offices"), offices);
    project.insert(QStringLiteral("layers"), layers);
    const QString projectPath =
        writeFile(QDir(dir.path()), QStringLiteral("案なし.madoguchi"), QJsonDocument(project).toJson());

    const QString pdf = dir.filePath(QStringLiteral("地図.pdf"));
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("map"), projectPath,
                                     QStringLiteral("--data-path"), sharedDataDir(), QStringLiteral("--out"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Decisions in the offices table")));
    CHECK(text.contains(QStringLiteral("廃止"))); // the table records the 2016 closures
    CHECK(text.contains(QStringLiteral("機能強化")));
}

TEST_CASE("export lists its kinds, and bad export arguments are usage or input errors", "[cli][export]")
{
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("export KIND PROJECT")));
    const CliResult kinds = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(kinds.exitCode == 0);
    CHECK(kinds.out.contains(QStringLiteral("map")));
    const CliResult mapHelp = runCli({QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--help")});
    CHECK(mapHelp.exitCode == 0);
    CHECK(mapHelp.out.contains(QStringLiteral("--landscape")));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("map.pdf"));
    const QList<QStringList> usageErrors = {
        {QStringLiteral("export")},
        {QStringLiteral("export"), QStringLiteral("chart")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject()},
        {QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--out"), out},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), dir.filePath(QStringLiteral("map.jpg"))},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("B5")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("800x600"), QStringLiteral("--landscape")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--dpi"), QStringLiteral("many")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("26.11.2026")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--layers"), QStringLiteral("roads")},
        {QStringLiteral("export"), QStringLiteral("map"), sampleProject(), QStringLiteral("--out"), out, QStringLiteral("--layers"), QStringLiteral("wards,+impact")},
    };
    for (const QStringList &arguments : usageErrors) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
    const CliResult unknownKind = runCli({QStringLiteral("export"), QStringLiteral("pie")});
    CHECK(unknownKind.exitCode == 2);
    CHECK(unknownKind.err.contains(QStringLiteral("table, map, chart, report")));

    const CliResult badDpi = runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(),
                                     QStringLiteral("--out"), out, QStringLiteral("--dpi"), QStringLiteral("5000")});
    CHECK(badDpi.exitCode == 1);
    CHECK(badDpi.err.contains(QStringLiteral("dpi")));
    const CliResult badScenario = runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(),
                                          QStringLiteral("--data-path"), sharedDataDir(), QStringLiteral("--out"), out,
                                          QStringLiteral("--scenario"), QStringLiteral("2030年案")});
    CHECK(badScenario.exitCode == 1);
    CHECK(badScenario.err.contains(QStringLiteral("2016年方針")));
    const CliResult noFolder = runCli({QStringLiteral("export"), QStringLiteral("map"), sampleProject(),
                                       QStringLiteral("--data-path"), sharedDataDir(), QStringLiteral("--out"),
                                       dir.filePath(QStringLiteral("ない/map.pdf"))});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("map.pdf")));
    CHECK(QDir(dir.path()).isEmpty());
}
