// madoguchi-cli export table: the evaluation table as .csv, .xlsx or .gpkg.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/scenarioanalysis.h"
#include "app/lib/tableexport.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace madoguchi::app::cli {

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

} // namespace madoguchi::app::cli
