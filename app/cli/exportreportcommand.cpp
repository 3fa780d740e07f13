// madoguchi-cli export report: the report of a scenario for the policy document as a PDF.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"
#include "app/cli/optimiseoptions.h"

#include "app/figures/reportexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/pageexport.h"
#include "app/lib/scenarioanalysis.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace madoguchi::app::cli {

int exportReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the report of a scenario of PROJECT for the policy document to --out FILE.pdf: the "
                "summary (counters closed, residents beyond the distance guide before and after), the map, "
                "the correlation chart, the impact chart, the table of branch offices with the decisions and "
                "their reasons, and the sources; vector, fonts embedded, text searchable. With --alternatives "
                "also the section 代替案との比較: the closure optimiser's frontier (the options as "
                "'madoguchi-cli optimise' takes them) with the scenario's own point, and a sentence comparing "
                "the scenario with the best set of its size. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The PDF to write (required)."), Cli::tr("FILE")});
    addScenarioOption(parser, Cli::tr("the report"));
    addPageOptions(parser, QStringLiteral("A4"), false);
    parser.addOption({QStringLiteral("title"), Cli::tr("The report's title (default: the project's name)."),
                      Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Cli::tr("The date under the title, as YYYY-MM-DD (default: today)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("alternatives"),
                      Cli::tr("Add the section 代替案との比較 (comparison with the alternatives): the closure "
                              "optimiser's frontier with the scenario's point, and how the scenario compares with "
                              "the best set of its size.")});
    addHarmMeasureOption(parser);
    addClosureConstraintOptions(parser);
    parser.addOption({QStringLiteral("fiscal-year"),
                      Cli::tr("With --alternatives: the fiscal year whose workload --max-workload and "
                              "--max-gain-workload judge (default: the year the recommendation judges)."),
                      Cli::tr("YEAR")});
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
    std::optional<OptimiseRequest> alternatives;
    if (parser.isSet(QStringLiteral("alternatives")))
        alternatives = optimiseRequestFromOptions(parser, harmMeasureOption(parser));
    else if (closureConstraintOptionsSet(parser) || parser.isSet(QStringLiteral("measure"))
             || parser.isSet(QStringLiteral("fiscal-year")))
        throw UsageError{Cli::tr("the optimiser's options (--measure, --must-keep, --must-close, "
                                 "--require-within-guide, --max-workload, --max-gain, --max-gain-workload, "
                                 "--fiscal-year, --time-limit) go with --alternatives")};
    const std::optional<int> fiscalYear = fiscalYearOption(parser);

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, true);
    if (alternatives) {
        // The frontier of the report's criteria, with the reported scenario's own point.
        Criteria criteria = run.criteria();
        if (fiscalYear)
            criteria.workloadFiscalYear = fiscalYear;
        alternatives->scenario = run.scenario;
        options.alternatives = runOptimisation(*run.project, criteria, *alternatives, err, quiet);
    }
    options.protectedPaths = projectInputFiles(*run.project);
    {
        const DrawingLanguage drawing(language);
        exportReport(QFileInfo(outPath).absoluteFilePath(), run, options);
    }
    printWritten(err, outPath, quiet);
    return ExitOk;
}

} // namespace madoguchi::app::cli
