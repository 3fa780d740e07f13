// madoguchi-cli evaluate: the evaluation of every branch office as CSV or a text table on standard
// output, or as a table file (--out).
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/evaluationtable.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/tableexport.h"
#include "core/evaluator.h"
#include "core/office.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

namespace madoguchi::app::cli {

namespace {

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
    return alignedTable(header, rows, {3, 5});
}

} // namespace

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
    // The summaries follow the table only when it was written.
    flushStandardOutput(out);
    printSummaries(run, request.quiet, err);
    return ExitOk;
}

} // namespace madoguchi::app::cli
