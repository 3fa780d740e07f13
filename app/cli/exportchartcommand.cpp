// madoguchi-cli export chart: the correlation, the impact or the frontier chart of a scenario as PDF, SVG or
// PNG.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"
#include "app/cli/optimiseoptions.h"

#include "app/figures/chartexport.h"
#include "app/figures/correlationdata.h"
#include "app/figures/impactfigure.h"
#include "app/lib/outputpath.h"
#include "app/lib/pageexport.h"
#include "app/lib/scenarioanalysis.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace madoguchi::app::cli {

namespace {

// --per-ward, --per-counter or, by default, per ward only where the counters are too many to read.
ImpactGrouping impactGrouping(const QCommandLineParser &parser)
{
    const bool perWard = parser.isSet(QStringLiteral("per-ward"));
    const bool perCounter = parser.isSet(QStringLiteral("per-counter"));
    if (perWard && perCounter)
        throw UsageError{Cli::tr("--per-ward and --per-counter exclude each other: give one of them.")};
    return perWard ? ImpactGrouping::PerWard : perCounter ? ImpactGrouping::PerCounter : ImpactGrouping::Automatic;
}

} // namespace

int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws a chart of PROJECT for a scenario, as the workbench shows it, and writes it to --out: "
                "FILE.pdf or FILE.svg (vector, texts as text) or FILE.png (an image that records its dpi). "
                "The correlation chart plots each branch office's distance to the nearest ward office against "
                "its workload or catchment, coloured by the scenario's decisions; the impact chart shows a "
                "measure per counter or per ward before and after the scenario; the frontier chart shows the "
                "closure optimiser's best sets, the harm against the number of counters closed, with the "
                "scenario's own point (the optimiser's options as 'madoguchi-cli optimise' takes them). Needs "
                "no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write: .pdf, .svg or .png (required)."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("chart"), Cli::tr("correlation (default), impact or frontier."), Cli::tr("KIND"),
                      QStringLiteral("correlation")});
    addScenarioOption(parser, Cli::tr("the chart"));
    parser.addOption({QStringLiteral("measure"),
                      Cli::tr("What the chart measures: workload, catchment or catchment65 (default: workload when "
                              "the offices table has counts, else catchment); for the frontier chart what the "
                              "optimiser minimises: beyond (default), beyond65 or mean-distance."),
                      Cli::tr("MEASURE")});
    parser.addOption({QStringLiteral("fiscal-year"),
                      Cli::tr("The fiscal year of the workload, e.g. 2014, FY2014 or 平成26年度 (default: the year "
                              "the recommendation judges); for the frontier chart the year the workload limits "
                              "judge."),
                      Cli::tr("YEAR")});
    parser.addOption({QStringLiteral("log-scale"), Cli::tr("Correlation chart: a logarithmic value axis.")});
    parser.addOption({QStringLiteral("trend-line"), Cli::tr("Correlation chart: the least-squares line.")});
    parser.addOption({QStringLiteral("per-ward"), Cli::tr("Impact chart: one bar pair per ward instead of per counter.")});
    parser.addOption({QStringLiteral("per-counter"),
                      Cli::tr("Impact chart: one bar pair per counter, however many (by default per ward when "
                              "the counters are too many to read).")});
    addClosureConstraintOptions(parser);
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
        throw UsageError{Cli::tr("--chart expects correlation, impact or frontier, got \"%1\"")
                             .arg(parser.value(QStringLiteral("chart")))};
    options.kind = *kind;
    std::optional<OptimiseRequest> frontierRequest;
    if (options.kind == ChartKind::Frontier)
        frontierRequest = optimiseRequestFromOptions(parser, harmMeasureOption(parser));
    else if (closureConstraintOptionsSet(parser))
        throw UsageError{Cli::tr("the optimiser's options (--must-keep, --must-close, --require-within-guide, "
                                 "--max-workload, --max-gain, --max-gain-workload, --time-limit) go with --chart "
                                 "frontier")};
    if (!frontierRequest && parser.isSet(QStringLiteral("measure"))) {
        const QString key = parser.value(QStringLiteral("measure")).trimmed();
        for (CorrelationMeasure measure : {CorrelationMeasure::Workload, CorrelationMeasure::Catchment,
                                           CorrelationMeasure::Catchment65})
            if (key.compare(correlationMeasureKey(measure), Qt::CaseInsensitive) == 0)
                options.measure = measure;
        if (!options.measure)
            throw UsageError{Cli::tr("--measure expects workload, catchment or catchment65, got \"%1\"").arg(key)};
    }
    options.fiscalYear = fiscalYearOption(parser);
    options.logScale = parser.isSet(QStringLiteral("log-scale"));
    options.regressionLine = parser.isSet(QStringLiteral("trend-line"));
    options.grouping = impactGrouping(parser);
    options.page = pageFromOptions(parser);
    exportPageSize(options.page, outPath); // throws InputError for a resolution or size that cannot work
    const QString language = languageOption(parser);

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, false);
    if (frontierRequest) {
        // The frontier of the analysis's criteria, with the analysed scenario's own point.
        Criteria criteria = run.criteria();
        if (options.fiscalYear)
            criteria.workloadFiscalYear = options.fiscalYear;
        frontierRequest->scenario = run.scenario;
        options.optimisation = runOptimisation(*run.project, criteria, *frontierRequest, err, quiet);
    }
    options.protectedPaths = projectInputFiles(*run.project);
    {
        const DrawingLanguage drawing(language);
        exportChart(QFileInfo(outPath).absoluteFilePath(), run, options);
    }
    printWritten(err, outPath, quiet);
    return ExitOk;
}

} // namespace madoguchi::app::cli
