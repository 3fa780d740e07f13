#include "app/cli/cli.h"
#include "app/lib/version.h"

#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"
#include "app/lib/evaluationtable.h"
#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/pageexport.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/tableexport.h"
#include "app/figures/chartexport.h"
#include "app/figures/correlationdata.h"
#include "app/figures/impactfigure.h"
#include "app/figures/reportexport.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/fiscalyear.h"
#include "core/office.h"
#include "core/recommendation.h"
#include "core/scenario.h"
#include "gis/mapsettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace madoguchi::app {

using namespace cli;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

// East Asian wide characters take two columns in a terminal.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100 && !(c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F)) ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width, bool right = false)
{
    const QString padding(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? padding + text : text + padding;
}

// The scenario's view of one branch office, for the text table.
struct ScenarioCells
{
    QString decision;
    QString recommendation;
    QString receivingCounter;
};

QString textTable(const LoadedProject &project, const Evaluation &evaluation,
                  const std::map<int, ScenarioCells> *scenarioCells = nullptr)
{
    const auto &offices = project.offices.offices;
    auto name = [&offices](const QString &id) {
        const Office *office = findOffice(offices, id);
        return office ? office->name : id;
    };
    const double thresholdKm = evaluation.criteria.distanceThresholdMeters / 1000.0;
    const bool withCatchment = evaluation.totalPopulation.has_value();

    QStringList header{Cli::tr("Branch office"), Cli::tr("Ward"), Cli::tr("Nearest ward office"), Cli::tr("Distance"),
                       Cli::tr("Within %1 km").arg(thresholdKm, 0, 'g', 4)};
    if (withCatchment)
        header << Cli::tr("Catchment");
    if (scenarioCells)
        header << Cli::tr("Decision") << Cli::tr("Recommendation") << Cli::tr("Receiving counter");
    std::vector<QStringList> rows;
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &office = offices.at(result.officeIndex);
        QStringList row{office.name, office.ward, name(result.nearestWardOfficeId),
                        Cli::tr("%1 km").arg(result.distanceToNearestWardOfficeMeters / 1000.0, 0, 'f', 2),
                        result.withinThreshold ? Cli::tr("yes") : Cli::tr("no")};
        if (withCatchment)
            row << (result.catchment ? Cli::tr("%L1 residents").arg(std::round(result.catchment->population), 0, 'f', 0)
                                     : QString());
        if (scenarioCells) {
            const ScenarioCells &cells = scenarioCells->at(result.officeIndex);
            row << cells.decision << cells.recommendation << name(cells.receivingCounter);
        }
        rows.push_back(row);
    }
    std::vector<int> widths(header.size(), 0);
    for (int i = 0; i < header.size(); ++i) {
        widths[i] = displayWidth(header[i]);
        for (const QStringList &row : rows)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&widths](const QStringList &cells) {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << padded(cells[i], widths[i], i == 3 || i == 5);
        return out.join(QStringLiteral("  ")).trimmed();
    };
    QString text = line(header) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += line(row) + QLatin1Char('\n');
    return text;
}

int evaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Evaluates every branch office of PROJECT: the nearest ward office of any ward and of its own "
           "ward with the geodesic distance (GRS80 ellipsoid, metres), whether it is within the threshold, "
           "the ward and school district containing it, and the residents for whom it is the nearest "
           "counter when the project has a population layer. Writes CSV to standard output (UTF-8), or "
           "to --out: FILE.csv (UTF-8 with BOM, for Excel) or FILE.gpkg (GeoPackage for QGIS: offices, "
           "lines to the nearest ward office, and geodesic threshold circles)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("Write to FILE (.csv or .gpkg) instead of standard output."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("format"),
                      Cli::tr("Standard output format: csv (default) or text (a table for reading)."), Cli::tr("FORMAT"),
                      QStringLiteral("csv")});
    addEvaluationOptions(parser);
    addLoadOptions(parser);

    if (!parseCommandArguments(parser, arguments, QStringLiteral("evaluate"),
                               QStringLiteral("madoguchi-cli evaluate [options] PROJECT"), out))
        return ExitOk;
    const QString projectPath = projectArgument(parser, Cli::tr("evaluate needs a PROJECT file"),
                                                Cli::tr("evaluate takes one PROJECT file, got %1"));

    const EvaluationRequest request = evaluationRequest(parser, projectPath);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        throw UsageError{Cli::tr("--format expects csv or text, got \"%1\"").arg(format)};
    const QString outPath = parser.value(QStringLiteral("out"));
    const std::optional<TableFormat> outFormat = tableFormatForPath(outPath);
    if (!outPath.isEmpty() && outFormat != TableFormat::Csv && outFormat != TableFormat::GeoPackage)
        throw UsageError{Cli::tr("--out must end in .csv or .gpkg, got \"%1\"").arg(outPath)};

    const ScenarioAnalysis run = runAnalysis(request, err);
    const Scenario *scenario = run.scenarioOrNull();

    if (!outPath.isEmpty()) {
        exportTable(outPath, run);
        printWritten(err, outPath, request.quiet);
    } else if (format == QLatin1String("text")) {
        std::map<int, ScenarioCells> scenarioCells;
        if (scenario)
            for (const Recommendation &recommendation : run.recommendations) {
                const Office &office = run.offices().at(std::size_t(recommendation.officeIndex));
                scenarioCells[recommendation.officeIndex] = {
                    decisionKey(decisionFor(*scenario, office)), recommendationVerdictKey(recommendation.verdict),
                    run.impact->counters.at(std::size_t(recommendation.officeIndex)).receivingOfficeId};
            }
        out << textTable(*run.project, run.evaluation, scenario ? &scenarioCells : nullptr);
    } else {
        QByteArray csv = evaluationCsv(run.table);
        csv.remove(0, 3); // no BOM on standard output; --out FILE.csv has one for Excel
        out << QString::fromUtf8(csv);
    }
    out.flush();
    printSummaries(run, request.quiet, err);
    return ExitOk;
}

int exportTableCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the evaluation table of PROJECT (the rows and columns of 'evaluate', with --scenario "
           "NAME also the scenario's) to FILE, in the format its suffix names: FILE.csv (UTF-8 with BOM, "
           "for Excel), FILE.xlsx (an Excel workbook: the table as text and numbers, never formulas, and a "
           "sheet 説明 with the project, the scenario, the criteria, the sources and what each column "
           "means, in Japanese and English) or FILE.gpkg (GeoPackage for QGIS: the offices with every "
           "metric, lines to the nearest ward office, and geodesic threshold circles). The file appears "
           "complete or not at all; an input file of the project is never overwritten."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write: .csv, .xlsx or .gpkg (required)."),
                      Cli::tr("FILE")});
    addEvaluationOptions(parser);
    addLoadOptions(parser);

    if (!parseExportArguments(parser, arguments, QStringLiteral("table"), supportedTableSuffixes(),
                              [](const QString &path) { return tableFormatForPath(path).has_value(); }, out))
        return ExitOk;
    const QString outPath = parser.value(QStringLiteral("out"));

    const EvaluationRequest request = evaluationRequest(parser, parser.positionalArguments().front());
    const ScenarioAnalysis run = runAnalysis(request, err);
    exportTable(outPath, run);
    printWritten(err, outPath, request.quiet);
    printSummaries(run, request.quiet, err);
    return ExitOk;
}

int scenariosCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the scenarios of PROJECT: each one's name, how many branch offices it keeps, turns into a "
           "service corner, closes and upgrades (an office a scenario does not mention is kept), the offices "
           "it does not keep, and its description. Reads the offices table to count and check them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    addLoadOptions(parser, false);

    if (!parseCommandArguments(parser, arguments, QStringLiteral("scenarios"),
                               QStringLiteral("madoguchi-cli scenarios [options] PROJECT"), out))
        return ExitOk;
    const QString projectPath = projectArgument(parser, Cli::tr("scenarios needs a PROJECT file"),
                                                Cli::tr("scenarios takes one PROJECT file, got %1"));

    ProjectLoadOptions options = loadOptions(parser, false);
    // Only the offices table is needed: the map layers may be missing without harm.
    options.missingLayers = MissingLayers::Skip;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    const LoadedProject project = loadProject(projectPath, options);
    printDiagnostics(err, project.offices.warnings, quiet);

    const std::vector<Office> &offices = project.offices.offices;
    const std::vector<Scenario> &scenarios = project.project.scenarios;
    for (const Scenario &scenario : scenarios)
        validateScenario(scenario, offices, project.projectPath);
    if (scenarios.empty()) {
        out << Cli::tr("The project has no scenarios.") << Qt::endl;
        return ExitOk;
    }

    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario &scenario = scenarios[i];
        if (i > 0)
            out << Qt::endl;
        out << scenario.name << Qt::endl;
        out << QStringLiteral("  ") << decisionCountsText(scenario, offices) << Qt::endl;
        for (Decision decision : {Decision::ServiceCorner, Decision::Close, Decision::Upgrade}) {
            QStringList named;
            for (const Office &office : offices)
                if (office.isBranchOffice() && decisionFor(scenario, office) == decision)
                    named << QStringLiteral("%1 (%2)").arg(office.name, office.id);
            if (!named.isEmpty())
                out << QStringLiteral("  %1: %2").arg(decisionKey(decision), named.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
        if (!scenario.description.isEmpty())
            out << QStringLiteral("  ") << scenario.description << Qt::endl;
    }
    return ExitOk;
}

// "wards", "offices", … for --layers.
struct MapLayerKey
{
    const char *key;
    gis::MapLayer layer;
};
constexpr MapLayerKey kMapLayerKeys[] = {
    {"population", gis::MapLayer::Population},       {"wards", gis::MapLayer::Wards},
    {"schoolDistricts", gis::MapLayer::SchoolDistricts}, {"thresholdCircles", gis::MapLayer::ThresholdCircles},
    {"nearestLines", gis::MapLayer::NearestLines},   {"schools", gis::MapLayer::Schools},
    {"offices", gis::MapLayer::Offices},             {"impact", gis::MapLayer::Impact},
};

QString mapLayerKeys()
{
    QStringList keys;
    for (const MapLayerKey &entry : kMapLayerKeys)
        keys << QString::fromLatin1(entry.key);
    return keys.join(QStringLiteral(", "));
}

// --layers: either the layers to show ("wards,offices,impact"), or changes to the default set
// ("+impact,-schools"); keys compared without case.
void applyLayerOption(gis::MapSettings &map, const QString &value)
{
    const QStringList items = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        throw UsageError{Cli::tr("--layers expects a list of layers, e.g. wards,offices or +impact")};
    const bool changes = std::all_of(items.begin(), items.end(), [](const QString &item) {
        const QString trimmed = item.trimmed();
        return trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1Char('-'));
    });
    if (!changes) {
        for (gis::LayerSettings &layer : map.layers)
            layer.visible = false;
    }
    for (const QString &item : items) {
        QString key = item.trimmed();
        bool show = true;
        if (changes) {
            show = key.startsWith(QLatin1Char('+'));
            key.remove(0, 1);
        } else if (key.startsWith(QLatin1Char('+')) || key.startsWith(QLatin1Char('-'))) {
            throw UsageError{Cli::tr("--layers mixes a list with +/- changes (\"%1\"); give either the layers to "
                                     "show or only changes")
                                 .arg(value)};
        }
        const MapLayerKey *found = nullptr;
        for (const MapLayerKey &entry : kMapLayerKeys)
            if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
                found = &entry;
        if (!found)
            throw UsageError{Cli::tr("--layers: unknown layer \"%1\"; the layers are %2").arg(key, mapLayerKeys())};
        map.layer(found->layer).visible = show;
    }
}

int exportMapCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws the map of PROJECT for a scenario, as the workbench shows it, on a page with a title "
                "block (title, scenario, date), a legend, a scale bar, a north arrow and the sources, and "
                "writes it to --out: FILE.pdf (vector, fonts embedded, text searchable), FILE.svg (vector) "
                "or FILE.png (an image that records its dpi). Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write: .pdf, .svg or .png (required)."),
                      Cli::tr("FILE")});
    addScenarioOption(parser, Cli::tr("the map"));
    addPageOptions(parser, QStringLiteral("A4"));
    parser.addOption({QStringLiteral("title"), Cli::tr("The title at the top of the page (default: the project's name)."),
                      Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Cli::tr("The date under the title, as YYYY-MM-DD (default: today)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("layers"),
                      Cli::tr("The layers to show, e.g. wards,offices,thresholdCircles, or changes to the default "
                              "ones, e.g. +impact,-schools. Layers: %1. By default every layer the project has "
                              "is shown except the impact.")
                          .arg(mapLayerKeys()),
                      Cli::tr("LIST")});
    addLoadOptions(parser);
    if (!parseExportArguments(parser, arguments, QStringLiteral("map"), QStringLiteral(".pdf, .svg, .png"),
                              isDrawnExport, out))
        return ExitOk;
    const QString outPath = parser.value(QStringLiteral("out"));

    // The page options first: a wrong one fails before the project is loaded.
    MapExportOptions options = optionsFromView(gis::MapSettings(), QString(), QString());
    const ExportPage page = pageFromOptions(parser);
    options.page = page;
    options.date = dateFromOptions(parser);
    if (parser.isSet(QStringLiteral("layers")))
        applyLayerOption(options.map, parser.value(QStringLiteral("layers")));
    mapPageLayout(options, outPath); // throws InputError for a resolution or size that cannot work

    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, true);
    options.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                          : defaultMapTitle(*run.project);
    options.scenarioName = run.scenario->name;
    options.protectedPaths = projectInputFiles(*run.project);
    exportMap(QFileInfo(outPath).absoluteFilePath(), *run.mapContent, options);
    printWritten(err, outPath, parser.isSet(QStringLiteral("quiet")));
    return ExitOk;
}

int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws a chart of PROJECT for a scenario, as the workbench shows it, and writes it to --out: "
                "FILE.pdf or FILE.svg (vector, texts as text) or FILE.png (an image that records its dpi). "
                "The correlation chart plots each branch office's distance to the nearest ward office against "
                "its workload or catchment, coloured by the scenario's decisions; the impact chart shows a "
                "measure per counter or per ward before and after the scenario. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write: .pdf, .svg or .png (required)."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("chart"), Cli::tr("correlation (default) or impact."), Cli::tr("KIND"),
                      QStringLiteral("correlation")});
    addScenarioOption(parser, Cli::tr("the chart"));
    parser.addOption({QStringLiteral("measure"),
                      Cli::tr("What the chart measures: workload, catchment or catchment65 (default: workload when "
                              "the offices table has counts, else catchment)."),
                      Cli::tr("MEASURE")});
    parser.addOption({QStringLiteral("fiscal-year"),
                      Cli::tr("The fiscal year of the workload, e.g. 2014, FY2014 or 平成26年度 (default: the year "
                              "the recommendation judges)."),
                      Cli::tr("YEAR")});
    parser.addOption({QStringLiteral("log-scale"), Cli::tr("Correlation chart: a logarithmic value axis.")});
    parser.addOption({QStringLiteral("trend-line"), Cli::tr("Correlation chart: the least-squares line.")});
    parser.addOption({QStringLiteral("per-ward"), Cli::tr("Impact chart: one bar pair per ward instead of per counter.")});
    addPageOptions(parser, QStringLiteral("figure"));
    addLanguageOption(parser);
    addLoadOptions(parser);
    if (!parseExportArguments(parser, arguments, QStringLiteral("chart"), QStringLiteral(".pdf, .svg, .png"),
                              isDrawnExport, out))
        return ExitOk;
    const QString outPath = parser.value(QStringLiteral("out"));

    ChartExportOptions options;
    const std::optional<ChartKind> kind = chartKindForKey(parser.value(QStringLiteral("chart")));
    if (!kind)
        throw UsageError{Cli::tr("--chart expects correlation or impact, got \"%1\"").arg(parser.value(QStringLiteral("chart")))};
    options.kind = *kind;
    if (parser.isSet(QStringLiteral("measure"))) {
        const QString key = parser.value(QStringLiteral("measure")).trimmed();
        for (CorrelationMeasure measure : {CorrelationMeasure::Workload, CorrelationMeasure::Catchment,
                                           CorrelationMeasure::Catchment65})
            if (key.compare(correlationMeasureKey(measure), Qt::CaseInsensitive) == 0)
                options.measure = measure;
        if (!options.measure)
            throw UsageError{Cli::tr("--measure expects workload, catchment or catchment65, got \"%1\"").arg(key)};
    }
    if (parser.isSet(QStringLiteral("fiscal-year"))) {
        const QString text = parser.value(QStringLiteral("fiscal-year")).trimmed();
        bool bare = false;
        const int number = text.toInt(&bare);
        const std::optional<int> year = bare && number >= 1900 && number <= 2100 ? std::optional<int>(number)
                                                                                 : fiscalYearFromColumnName(text);
        if (!year)
            throw UsageError{Cli::tr("--fiscal-year expects a fiscal year such as 2014, FY2014 or 平成26年度, got \"%1\"")
                                 .arg(text)};
        options.fiscalYear = year;
    }
    options.logScale = parser.isSet(QStringLiteral("log-scale"));
    options.regressionLine = parser.isSet(QStringLiteral("trend-line"));
    options.grouping = parser.isSet(QStringLiteral("per-ward")) ? ImpactGrouping::PerWard : ImpactGrouping::PerCounter;
    options.page = pageFromOptions(parser);
    exportPageSize(options.page, outPath); // throws InputError for a resolution or size that cannot work
    const QString language = languageOption(parser);

    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, false);
    options.protectedPaths = projectInputFiles(*run.project);
    {
        const DrawingLanguage drawing(language);
        exportChart(QFileInfo(outPath).absoluteFilePath(), run, options);
    }
    printWritten(err, outPath, parser.isSet(QStringLiteral("quiet")));
    return ExitOk;
}

int exportReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the report of a scenario of PROJECT for the policy document to --out FILE.pdf: the "
                "summary (counters closed, residents beyond the distance guide before and after), the map, "
                "the correlation chart, the impact chart, the table of branch offices with the decisions and "
                "their reasons, and the sources; vector, fonts embedded, text searchable. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The PDF to write (required)."), Cli::tr("FILE")});
    addScenarioOption(parser, Cli::tr("the report"));
    addPageOptions(parser, QStringLiteral("A4"), false);
    parser.addOption({QStringLiteral("title"), Cli::tr("The report's title (default: the project's name)."),
                      Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Cli::tr("The date under the title, as YYYY-MM-DD (default: today)."), Cli::tr("DATE")});
    addLanguageOption(parser);
    addLoadOptions(parser);
    if (!parseExportArguments(parser, arguments, QStringLiteral("report"), QStringLiteral(".pdf"),
                              [](const QString &path) { return exportFormatFor(path) == ExportFormat::Pdf; }, out))
        return ExitOk;
    const QString outPath = parser.value(QStringLiteral("out"));
    const ExportPage page = pageFromOptions(parser, false);
    if (parser.isSet(QStringLiteral("dpi")))
        throw UsageError{Cli::tr("--dpi does not apply to a report, which is vector throughout")};
    ReportOptions options = defaultReportOptions(parser.value(QStringLiteral("title")), dateFromOptions(parser));
    options.paper = page.paper;
    options.landscape = page.landscape;
    const QString language = languageOption(parser);

    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, true);
    options.protectedPaths = projectInputFiles(*run.project);
    {
        const DrawingLanguage drawing(language);
        exportReport(QFileInfo(outPath).absoluteFilePath(), run, options);
    }
    printWritten(err, outPath, parser.isSet(QStringLiteral("quiet")));
    return ExitOk;
}

// A kind of export: a command of its own under "export", found by name.
struct ExportKind
{
    QString name;
    const char *summary; // translated in the "Cli" context when shown
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

const std::vector<ExportKind> &exportKinds()
{
    // Each kind parses its own options; a new kind is one more entry here.
    static const std::vector<ExportKind> kinds = {
        {QStringLiteral("table"),
         QT_TRANSLATE_NOOP("Cli", "the evaluation table as .csv, .xlsx (Excel, with notes) or .gpkg (QGIS)"),
         exportTableCommand},
        {QStringLiteral("map"), QT_TRANSLATE_NOOP("Cli", "the map of a scenario as PDF, SVG or PNG"), exportMapCommand},
        {QStringLiteral("chart"),
         QT_TRANSLATE_NOOP("Cli", "the correlation or the impact chart of a scenario as PDF, SVG or PNG"),
         exportChartCommand},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("Cli", "the report of a scenario for the policy document as an A4 PDF"), exportReportCommand},
    };
    return kinds;
}

QString exportKindNames()
{
    QStringList names;
    for (const ExportKind &kind : exportKinds())
        names << kind.name;
    return names.join(QStringLiteral(", "));
}

QString exportKindList()
{
    QStringList lines;
    for (const ExportKind &kind : exportKinds())
        lines << QStringLiteral("    %1  %2").arg(kind.name.leftJustified(8), Cli::tr(kind.summary));
    return lines.join(QLatin1Char('\n'));
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString kindName = arguments.value(0);
    if (kindName == QLatin1String("--help") || kindName == QLatin1String("-h")) {
        out << Cli::tr("Usage: madoguchi-cli export KIND PROJECT --out FILE [OPTIONS]\n"
                       "\n"
                       "Writes the evaluation of PROJECT to FILE. KIND is one of:\n"
                       "%1\n"
                       "\n"
                       "Run 'madoguchi-cli export KIND --help' for the options of a kind.\n")
                   .arg(exportKindList());
        return ExitOk;
    }
    if (kindName.isEmpty() || kindName.startsWith(QLatin1Char('-')))
        throw UsageError{Cli::tr("export needs a KIND first, one of: %1").arg(exportKindNames())};
    for (const ExportKind &kind : exportKinds())
        if (kind.name == kindName)
            return kind.run(arguments.mid(1), out, err);
    throw UsageError{Cli::tr("unknown export kind \"%1\"; the kinds available: %2").arg(kindName, exportKindNames())};
}

QString generalHelp()
{
    return Cli::tr("Usage: madoguchi-cli COMMAND [OPTIONS]\n"
              "\n"
              "Evaluates the branch offices (出張所) of a Madoguchi project against the policy's criteria.\n"
              "\n"
              "Commands:\n"
              "  evaluate PROJECT   one row per branch office: the nearest ward office and the geodesic\n"
              "                     distance to it, the own ward's office, the threshold test, the ward and\n"
              "                     school district at the site, and the catchment population; with\n"
              "                     --scenario NAME also the scenario's decision, the recommendation and\n"
              "                     its reasons, the receiving counter and the impact\n"
              "  export KIND PROJECT --out FILE\n"
              "                     writes the evaluation to FILE; KIND is one of:\n"
              "%1\n"
              "  scenarios PROJECT  the project's scenarios: name, decisions per kind, description\n"
              "\n"
              "Run 'madoguchi-cli COMMAND --help' for a command's options.\n"
              "  --help       show this help\n"
              "  --version    show the version\n"
              "\n"
              "Exit status: 0 success, 1 bad input (the message says what is wrong), 2 usage error.\n")
        .arg(exportKindList());
}

} // namespace

bool cliCommandPaints(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.front() == QLatin1String("export");
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    if (arguments.isEmpty()) {
        err << generalHelp();
        return ExitUsage;
    }
    const QString command = arguments.front();
    try {
        if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
            out << generalHelp();
            return ExitOk;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            out << QStringLiteral("madoguchi-cli %1").arg(QString::fromLatin1(kVersion)) << Qt::endl;
            return ExitOk;
        }
        if (command == QLatin1String("evaluate"))
            return evaluateCommand(arguments.mid(1), out, err);
        if (command == QLatin1String("export"))
            return exportCommand(arguments.mid(1), out, err);
        if (command == QLatin1String("scenarios"))
            return scenariosCommand(arguments.mid(1), out, err);
        throw UsageError{Cli::tr("unknown command \"%1\"").arg(command)};
    } catch (const UsageError &error) {
        err << Cli::tr("madoguchi-cli: %1").arg(error.message) << Qt::endl
            << Cli::tr("Run 'madoguchi-cli --help' for usage.") << Qt::endl;
        return ExitUsage;
    } catch (const InputError &error) {
        err << Cli::tr("error: %1").arg(error.diagnostic().toString()) << Qt::endl;
        return ExitBadInput;
    } catch (const Cancelled &) {
        err << Cli::tr("cancelled") << Qt::endl;
        return ExitBadInput;
    }
}

} // namespace madoguchi::app
