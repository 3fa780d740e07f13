#include "clirunner.h"
#include "core/feedback.h"
#include "popplertools.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/figures/chartexport.h"
#include "app/figures/reportexport.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/outputpath.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/diagnostic.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/mapstyle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

const QString kScenario = QStringLiteral("2016年方針");

// The project's layers for the map, as the workbench and the command line prepare them.
std::shared_ptr<const gis::MapContent> baseMap(const LoadedProject &project)
{
    return std::make_shared<const gis::MapContent>(buildBaseMapContent(project));
}

// The sample analysed with the 2016 policy, with its map, as the workbench and the command line analyse
// it: loaded once (it takes seconds).
std::shared_ptr<const ScenarioAnalysis> sample()
{
    static const std::shared_ptr<const ScenarioAnalysis> analysis = [] {
        const auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
        const Scenario *scenario = findScenario(project->project.scenarios, kScenario);
        REQUIRE(scenario != nullptr);
        AnalysisRequest request{project->project.criteria, *scenario, baseMap(*project)};
        return std::make_shared<const ScenarioAnalysis>(analyseScenario(project, request));
    }();
    return analysis;
}

// The same analysis without a scenario: no impact.
std::shared_ptr<const ScenarioAnalysis> sampleWithoutScenario()
{
    static const std::shared_ptr<const ScenarioAnalysis> analysis = [] {
        AnalysisRequest request{sample()->criteria(), std::nullopt, baseMap(*sample()->project)};
        return std::make_shared<const ScenarioAnalysis>(analyseScenario(sample()->project, request));
    }();
    return analysis;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Pixels within a small distance of `color`.
int pixelsNear(const QImage &image, const QColor &color, int tolerance = 40)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (std::abs(qRed(line[x]) - color.red()) + std::abs(qGreen(line[x]) - color.green())
                    + std::abs(qBlue(line[x]) - color.blue())
                < tolerance)
                ++count;
    }
    return count;
}

} // namespace

TEST_CASE("the correlation chart exports as a vector PDF with embedded Japanese text, an SVG and a 300 dpi PNG",
          "[chartexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir(dir.path()).mkdir(QStringLiteral("図表"));
    ChartExportOptions options;
    const QString pdf = dir.filePath(QStringLiteral("図表/相関図.pdf"));
    exportChart(pdf, *sample(), options);
    // A figure for the text column: 160 x 110 mm = 453.5 x 311.8 pt.
    const QSizeF size = test::pdfPageSizePoints(pdf);
    CHECK(size.width() == Approx(453.5).margin(0.6));
    CHECK(size.height() == Approx(311.8).margin(0.6));
    const QString fonts = test::runPoppler(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
    CHECK_FALSE(fonts.contains(QRegularExpression(QStringLiteral("Identity-H\\s+no"))));
    const QString text = test::pdfText(pdf);
    for (const char *name : {"大江出張所", "花園総合出張所", "河内総合出張所", "秋津出張所"})
        CHECK(text.contains(QString::fromUtf8(name)));
    CHECK(text.contains(QStringLiteral("r = -0.25")));
    CHECK(test::pdfImageRows(pdf).isEmpty()); // nothing rasterised

    // The page rendered: white paper, the closing red and the keeping blue of the map's style in the
    // points and the legend.
    const QImage page = test::renderPdfPage(pdf, 150);
    const gis::MapStyle style;
    CHECK(page.pixelColor(3, 3) == QColor(Qt::white));
    CHECK(pixelsNear(page, style.decisionColor(Decision::Close)) > 200);
    CHECK(pixelsNear(page, style.decisionColor(Decision::Keep)) > 200);

    const QString svg = dir.filePath(QStringLiteral("図表/相関図.svg"));
    exportChart(svg, *sample(), options);
    const QString svgText = QString::fromUtf8(readAll(svg));
    // Well-formed XML, sized in millimetres like the figure, texts as <text> elements.
    QXmlStreamReader xml(svgText);
    int texts = 0;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("svg"))
                width = xml.attributes().value(QLatin1String("width")).toString();
            if (xml.name() == QLatin1String("text"))
                ++texts;
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(width.startsWith(QStringLiteral("160")));
    CHECK(width.endsWith(QStringLiteral("mm")));
    CHECK(texts > 20);
    CHECK(svgText.contains(QStringLiteral("<text")));
    CHECK(svgText.contains(QStringLiteral("大江出張所")));
    CHECK_FALSE(svgText.contains(QStringLiteral("<image")));

    const QString png = dir.filePath(QStringLiteral("図表/相関図.png"));
    exportChart(png, *sample(), options);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1890, 1299));
    CHECK(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 1.0);
    CHECK(pixelsNear(image.convertToFormat(QImage::Format_RGB32), style.decisionColor(Decision::Close)) > 1000);
}

TEST_CASE("the impact chart exports the counters before and after, closed ones marked", "[chartexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ChartExportOptions options;
    options.kind = ChartKind::Impact;
    options.page.paper = ExportPaper::A4;
    options.page.landscape = true;
    const QString pdf = dir.filePath(QStringLiteral("影響.pdf"));
    exportChart(pdf, *sample(), options);
    CHECK(test::pdfPageSizePoints(pdf) == QSizeF(842, 595));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("大江出張所")));
    CHECK(text.contains(QStringLiteral("中央区役所")));
    CHECK(text.contains(QStringLiteral("大江出張所 (closed)"))); // in the installed translators' language (none here: English)
    CHECK(test::pdfImageRows(pdf).isEmpty());

    options.grouping = ImpactGrouping::PerWard;
    const QString perWard = dir.filePath(QStringLiteral("区別.pdf"));
    exportChart(perWard, *sample(), options);
    const QString wards = test::pdfText(perWard);
    CHECK(wards.contains(QStringLiteral("北区")));
    CHECK_FALSE(wards.contains(QStringLiteral("大江出張所")));
}

TEST_CASE("a chart that cannot be drawn is an input error naming the file, and nothing is written", "[chartexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("図.png"));
    ChartExportOptions options;
    options.measure = CorrelationMeasure::Workload; // the sample has no counts
    try {
        exportChart(path, *sample(), options);
        FAIL("no error");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().message.contains(QStringLiteral("workload")));
        CHECK(error.diagnostic().hint.contains(QStringLiteral("catchment")));
    }
    options = ChartExportOptions();
    options.kind = ChartKind::Impact;
    CHECK_THROWS_AS(exportChart(path, *sampleWithoutScenario(), options), InputError);
    options.kind = ChartKind::Correlation;
    CHECK_THROWS_AS(exportChart(dir.filePath(QStringLiteral("図.docx")), *sample(), options), InputError);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The project's own files are never overwritten.
    const QString offices = sample()->project->officesPath;
    const QByteArray before = QCryptographicHash::hash(readAll(offices), QCryptographicHash::Sha256);
    options.protectedPaths = projectInputFiles(*sample()->project);
    CHECK_THROWS_AS(exportChart(QFileInfo(offices).absolutePath() + QStringLiteral("/offices.csv"),
                                *sample(), options),
                    InputError);
    CHECK(QCryptographicHash::hash(readAll(offices), QCryptographicHash::Sha256) == before);
}

TEST_CASE("the report is an A4 PDF with the summary, map, charts, the offices' decisions and reasons, and the "
          "sources",
          "[reportexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("報告書.pdf"));
    ReportOptions options = defaultReportOptions(QStringLiteral("出張所の再編"), QDate(2026, 11, 26));
    options.protectedPaths = projectInputFiles(*sample()->project);
    exportReport(pdf, *sample(), options);

    CHECK(test::pdfPageSizePoints(pdf) == QSizeF(595, 842));
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    CHECK(pageCount >= 3);
    CHECK(pageCount <= 6);
    CHECK(test::runPoppler(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("NotoSansCJK")));
    CHECK(test::pdfImageRows(pdf).isEmpty());

    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("出張所の再編")));
    CHECK(text.contains(QStringLiteral("2026年11月26日")));
    // The summary: counters 19 -> 12, residents beyond 5 km 3,931 -> 4,671, whose counter closes 289,780.
    CHECK(text.contains(QStringLiteral("19 → 12")));
    CHECK(text.contains(QStringLiteral("3,931")));
    CHECK(text.contains(QStringLiteral("4,671")));
    CHECK(text.contains(QStringLiteral("289,780")));
    // Every branch office in the table with its distance, and the decisions.
    for (const Office &office : sample()->offices())
        if (office.isBranchOffice())
            CHECK(text.contains(office.name));
    CHECK(text.contains(QStringLiteral("1.68 km")));
    CHECK(text.contains(QStringLiteral("廃止")));
    CHECK(text.contains(QStringLiteral("継続")));
    // The charts' texts and the sources.
    CHECK(text.contains(QStringLiteral("r = -0.25")));
    CHECK(text.contains(QStringLiteral("国土数値情報")));
    // No page is blank: each has a heading or a table besides its footer, also in landscape, where the
    // map fills the first page and the impact figure does not fit under the correlation chart.
    for (const bool landscape : {false, true}) {
        ReportOptions turned = options;
        turned.landscape = landscape;
        const QString turnedPdf = dir.filePath(landscape ? QStringLiteral("横.pdf") : QStringLiteral("縦.pdf"));
        exportReport(turnedPdf, *sample(), turned);
        const QStringList pagesText = test::pdfText(turnedPdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        for (int page = 0; page < pagesText.size(); ++page) {
            INFO((landscape ? "landscape" : "portrait") << ", page " << page + 1);
            const QStringList lines = pagesText[page].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            CHECK(lines.size() > 3);
        }
    }

    // The footers' page numbers (pdftotext drops the spaces around the slash).
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*%1\\b").arg(pageCount))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%1\\b").arg(pageCount))));

    // Page 1 holds the map under the summary: its lower half is mostly drawn, not blank paper.
    const QImage first = test::renderPdfPage(pdf, 40);
    int drawn = 0;
    int total = 0;
    for (int y = first.height() / 2; y < first.height() * 9 / 10; ++y)
        for (int x = first.width() / 8; x < first.width() * 7 / 8; ++x, ++total)
            if (first.pixelColor(x, y) != QColor(Qt::white))
                ++drawn;
    CHECK(drawn > total / 3);

    // Progress before each page; cancelled on the second page, nothing is left behind.
    std::vector<std::pair<int, int>> calls;
    madoguchi::Feedback cancel;
    const QString cancelled = dir.filePath(QStringLiteral("中止.pdf"));
    CHECK_THROWS_AS(exportReport(cancelled, *sample(), options, &cancel,
                                 [&](int page, int pages) {
                                     calls.emplace_back(page, pages);
                                     if (page == 1)
                                         cancel.cancel();
                                 }),
                    Cancelled);
    CHECK(calls == std::vector<std::pair<int, int>>{{0, pageCount}, {1, pageCount}});
    CHECK_FALSE(QFileInfo::exists(cancelled));

    // Only PDF; an existing file stays as it was when the export fails.
    CHECK_THROWS_AS(exportReport(dir.filePath(QStringLiteral("報告書.png")), *sample(), options),
                    InputError);
    const QByteArray before = readAll(pdf);
    // An analysis without a map cannot be reported.
    AnalysisRequest mapless{sample()->criteria(), sample()->scenario, nullptr};
    CHECK_THROWS_AS(exportReport(pdf, analyseScenario(sample()->project, mapless), options), InputError);
    CHECK(readAll(pdf) == before);
}

TEST_CASE("a report of a project without counts or population says there is no chart instead of failing",
          "[reportexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile offices(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    test::writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), offices.readAll());
    const QString projectPath = test::writeFile(QDir(dir.path()), QStringLiteral("事務所だけ.madoguchi"), R"({
        "format": "madoguchi-project",
        "version": 1,
        "name": "事務所だけ",
        "layers": { "offices": { "path": "offices.csv", "crs": "EPSG:6668" } }
    })");
    const auto project = std::make_shared<const LoadedProject>(loadProject(projectPath, {}));
    Scenario scenario;
    scenario.name = QStringLiteral("現状");
    const ScenarioAnalysis analysis = analyseScenario(
        project, AnalysisRequest{project->project.criteria, scenario, baseMap(*project)});
    CHECK(chartMeasures(analysis, ChartKind::Correlation).empty());
    const QString pdf = dir.filePath(QStringLiteral("報告書.pdf"));
    exportReport(pdf, analysis, defaultReportOptions(QString(), QDate(2026, 11, 26)));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("事務所だけ")));
    CHECK(text.contains(QStringLiteral("No chart")));
    CHECK(text.contains(QStringLiteral("大江出張所")));
}

TEST_CASE("a project or scenario name of a million characters keeps the report's title to three lines and its footer "
          "to one",
          "[reportexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile offices(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    test::writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), offices.readAll());
    const auto reportPages = [&](const QString &name, const QString &scenarioName, const QString &pdf) {
        const QString projectPath = test::writeFile(
            QDir(dir.path()), QStringLiteral("長い名前.madoguchi"),
            QStringLiteral(R"({"format": "madoguchi-project", "version": 1, "name": "%1",
                               "layers": { "offices": { "path": "offices.csv", "crs": "EPSG:6668" } }})")
                .arg(name)
                .toUtf8());
        const auto project = std::make_shared<const LoadedProject>(loadProject(projectPath, {}));
        Scenario scenario;
        scenario.name = scenarioName;
        const ScenarioAnalysis analysis =
            analyseScenario(project, AnalysisRequest{project->project.criteria, scenario, baseMap(*project)});
        exportReport(pdf, analysis, defaultReportOptions(QString(), QDate(2026, 11, 26)));
        const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        REQUIRE(pages.hasMatch());
        return pages.captured(1).toInt();
    };
    const int shortPages = reportPages(QStringLiteral("熊本"), QStringLiteral("現状"), dir.filePath(QStringLiteral("short.pdf")));
    // Each page's footer used to carry the whole name, and the title block as many pages as it took: the
    // export grew with the square of the name's length.
    const QString longName = QStringLiteral("熊本市出張所").repeated(1000000 / 6);
    const QString longPdf = dir.filePath(QStringLiteral("long.pdf"));
    CHECK(reportPages(longName, QStringLiteral("案").repeated(200000), longPdf) == shortPages);
    const QString text = test::pdfText(longPdf);
    CHECK(text.size() < 20000);
    const QStringList named = text.split(QLatin1Char('\n')).filter(QStringLiteral("出張所熊本市"));
    // Three lines of title and one footer line per page, the last title line and each footer ending in an
    // ellipsis where they were cut.
    CHECK(named.size() == 3 + shortPages);
    CHECK(named.filter(QStringLiteral("…")).size() == 1 + shortPages);
}

TEST_CASE("madoguchi-cli export chart draws the chart the library draws, pixel for pixel", "[chartexport][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString library = dir.filePath(QStringLiteral("library.png"));
    ChartExportOptions options;
    options.page.paper = ExportPaper::Pixels;
    options.page.pixelSize = QSize(1000, 700);
    options.page.dpi = 96;
    exportChart(library, *sample(), options);

    const QString cli = dir.filePath(QStringLiteral("出力/cli.png"));
    QDir(dir.path()).mkdir(QStringLiteral("出力"));
    // The library's texts here are the source (English) ones: the command line is asked for English.
    const test::CliResult result = test::runCli(
        {QStringLiteral("export"), QStringLiteral("chart"), test::sampleProjectPath(), QStringLiteral("--scenario"),
         kScenario, QStringLiteral("--out"), cli, QStringLiteral("--paper"), QStringLiteral("1000x700"),
         QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--data-path"), test::sharedDataDir()});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage a = QImage(library).convertToFormat(QImage::Format_RGB32);
    const QImage b = QImage(cli).convertToFormat(QImage::Format_RGB32);
    REQUIRE(a.size() == QSize(1000, 700));
    REQUIRE(b.size() == a.size());
    // The same drawing; a few anti-aliased glyph edges may differ with what the process drew before
    // (glyph caches): at most 0.05 % of the pixels.
    CHECK(test::differingPixels(a, b) <= a.width() * a.height() / 2000);

    // In Japanese (the default) the axis says 最寄りの区役所までの距離.
    const QString pdf = dir.filePath(QStringLiteral("相関図.pdf"));
    const test::CliResult japanese = test::runCli(
        {QStringLiteral("export"), QStringLiteral("chart"), test::sampleProjectPath(), QStringLiteral("--out"), pdf,
         QStringLiteral("--data-path"), test::sharedDataDir(), QStringLiteral("--quiet")});
    INFO(japanese.err.toStdString());
    REQUIRE(japanese.exitCode == 0);
    CHECK(test::pdfText(pdf).contains(QStringLiteral("最寄りの区役所までの距離")));
    // Its own messages stay English.
    CHECK_FALSE(japanese.err.contains(QStringLiteral("書き出しました")));

    const test::CliResult report = test::runCli(
        {QStringLiteral("export"), QStringLiteral("report"), test::sampleProjectPath(), QStringLiteral("--out"),
         dir.filePath(QStringLiteral("報告書.pdf")), QStringLiteral("--data-path"), test::sharedDataDir(),
         QStringLiteral("--date"), QStringLiteral("2026-11-26")});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.err.contains(QStringLiteral("Wrote")));
    const QString reportText = test::pdfText(dir.filePath(QStringLiteral("報告書.pdf")));
    CHECK(reportText.contains(QStringLiteral("大江出張所")));
    CHECK(reportText.contains(QStringLiteral("2026年11月26日")));
    // In Japanese throughout, also what was worded before the report (the distance method).
    CHECK(reportText.contains(QStringLiteral("シナリオの概要")));
    CHECK(reportText.contains(QStringLiteral("測地線距離、GRS80楕円体")));

    const test::CliResult bad = test::runCli({QStringLiteral("export"), QStringLiteral("chart"),
                                              test::sampleProjectPath(), QStringLiteral("--out"), pdf,
                                              QStringLiteral("--chart"), QStringLiteral("pie")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--chart")));
    const test::CliResult dpi = test::runCli({QStringLiteral("export"), QStringLiteral("report"),
                                              test::sampleProjectPath(), QStringLiteral("--out"), pdf,
                                              QStringLiteral("--dpi"), QStringLiteral("300")});
    CHECK(dpi.exitCode == 2);
}

