#include "app/cli/cli.h"
#include "app/lib/version.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/evaluationtable.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "app/lib/tableexport.h"
#include "app/figures/chartexport.h"
#include "app/lib/languagesettings.h"
#include "app/figures/reportexport.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/fiscalyear.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

namespace madoguchi::app {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

// Messages are looked up in the "Cli" context of the translations (lupdate files them there).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct UsageError
{
    QString message;
};

// A kind of export: a command of its own under "export", found by name.
struct ExportKind
{
    QString name;
    const char *summary; // translated in the "Cli" context when shown
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

const std::vector<ExportKind> &exportKinds();

// The kinds, one per line, for the help texts and the message on an unknown kind.
QString exportKindList()
{
    QStringList lines;
    for (const ExportKind &kind : exportKinds())
        lines << QStringLiteral("    %1  %2").arg(kind.name.leftJustified(8), Cli::tr(kind.summary));
    return lines.join(QLatin1Char('\n'));
}

QString exportKindNames()
{
    QStringList names;
    for (const ExportKind &kind : exportKinds())
        names << kind.name;
    return names.join(QStringLiteral(", "));
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

// The help of a command. QCommandLineParser's usage line names the program as it was started and not the
// command, so it is replaced by `usage` ("madoguchi-cli evaluate [options] PROJECT").
QString commandHelp(const QCommandLineParser &parser, const QString &usage)
{
    const QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return Cli::tr("Usage: %1").arg(usage) + (firstLineEnd < 0 ? QStringLiteral("\n") : text.mid(firstLineEnd));
}

// Commands that need only the offices table pass withSkipMissingLayers = false: they skip the others.
void addLoadOptions(QCommandLineParser &parser, bool withSkipMissingLayers = true)
{
    parser.addOption({QStringLiteral("data-path"),
                      Cli::tr("A folder in which to look for layer files that are not found relative to the "
                         "project file (repeatable; also MADOGUCHI_DATA_PATH)."),
                      Cli::tr("DIR")});
    parser.addOption({QStringLiteral("crs"),
                      Cli::tr("The coordinate reference system of a layer that has none (no .prj), e.g. "
                         "wards=EPSG:6668 (repeatable). Roles: wards, schoolDistricts, schools, population, "
                         "offices."),
                      Cli::tr("ROLE=CRS")});
    parser.addOption({QStringLiteral("encoding"),
                      Cli::tr("The text encoding of a layer, overriding .cpg and detection, e.g. wards=CP932 "
                         "(repeatable)."),
                      Cli::tr("ROLE=ENCODING")});
    if (withSkipMissingLayers)
        parser.addOption({QStringLiteral("skip-missing-layers"),
                          Cli::tr("Evaluate without the optional layers that cannot be found or read, instead of "
                             "failing (the offices table is always required).")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")},
                      Cli::tr("Print only warnings and errors on standard error.")});
}

std::map<LayerRole, QString> roleAssignments(const QCommandLineParser &parser, const QString &option)
{
    std::map<LayerRole, QString> assignments;
    for (const QString &value : parser.values(option)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const auto role = equals > 0 ? layerRoleFromKey(QStringView(value).left(equals)) : std::nullopt;
        if (!role || equals + 1 >= value.size())
            throw UsageError{Cli::tr("--%1 expects ROLE=VALUE with ROLE one of wards, schoolDistricts, schools, "
                                "population, offices; got \"%2\"")
                                 .arg(option, value)};
        assignments[*role] = value.mid(equals + 1);
    }
    return assignments;
}

// East Asian wide characters take two columns in a terminal.
// The project loading options that addLoadOptions(parser, withSkipMissingLayers) offered.
ProjectLoadOptions loadOptions(const QCommandLineParser &parser, bool withSkipMissingLayers = true)
{
    ProjectLoadOptions options;
    options.dataSearchPaths = dataSearchPaths(parser.values(QStringLiteral("data-path")));
    options.crsOverrides = roleAssignments(parser, QStringLiteral("crs"));
    options.encodingOverrides = roleAssignments(parser, QStringLiteral("encoding"));
    options.missingLayers = withSkipMissingLayers && parser.isSet(QStringLiteral("skip-missing-layers"))
                                ? MissingLayers::Skip
                                : MissingLayers::Fail;
    return options;
}

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

QString summary(const Evaluation &evaluation, const LoadedProject &project)
{
    int within = 0;
    for (const auto &result : evaluation.branchOffices)
        within += result.withinThreshold ? 1 : 0;
    QString text = Cli::tr("%1 branch offices evaluated; %2 within %3 km of a ward office (%4).")
                       .arg(evaluation.branchOffices.size())
                       .arg(within)
                       .arg(evaluation.criteria.distanceThresholdMeters / 1000.0, 0, 'g', 4)
                       .arg(evaluation.distanceMethod);
    if (project.offices.fiscalYears.empty())
        text += QLatin1Char('\n')
                + Cli::tr("The offices table has no workload (受付件数) columns: workload is not evaluated. Add "
                     "per-fiscal-year count columns (e.g. fy2014_count or 平成26年度) when the counts are "
                     "available.");
    if (evaluation.totalPopulation)
        text += QLatin1Char('\n')
                + Cli::tr("Catchments: %L1 residents in %2 population cells assigned to their nearest counter.")
                      .arg(*evaluation.totalPopulation, 0, 'f', 1)
                      .arg(project.population ? project.population->layer.features.size() : 0);
    if (project.schoolDistricts && project.schoolDistricts->approximate)
        text += QLatin1Char('\n')
                + Cli::tr("School districts are APPROXIMATE (%1): not the official 校区.")
                      .arg(QFileInfo(project.schoolDistricts->resolvedPath).fileName());
    return text;
}

// Optional count thresholds given on the command line (--workload-threshold, --catchment-threshold).
std::optional<double> countOption(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        throw UsageError{Cli::tr("--%1 expects a number of zero or more, got \"%2\"").arg(option, parser.value(option))};
    return value;
}

const Scenario &scenarioNamed(const LoadedProject &project, const QString &name)
{
    const std::vector<Scenario> &scenarios = project.project.scenarios;
    if (const Scenario *scenario = findScenario(scenarios, name))
        return *scenario;
    QStringList names;
    for (const Scenario &scenario : scenarios)
        names << scenario.name;
    throw InputError(project.projectPath, QStringLiteral("scenarios"),
                     Cli::tr("the project has no scenario \"%1\"").arg(name),
                     names.isEmpty() ? Cli::tr("the project has no scenarios: add them to its \"scenarios\" list")
                                     : Cli::tr("choose one of: %1").arg(names.join(QStringLiteral(", "))));
}

QString decisionCountsText(const Scenario &scenario, const std::vector<Office> &offices)
{
    const std::map<Decision, int> counts = decisionCounts(scenario, offices);
    QStringList parts;
    for (const auto &[decision, count] : counts)
        parts << QStringLiteral("%1 %2").arg(decisionKey(decision)).arg(count);
    return parts.join(QStringLiteral(", "));
}

QString scenarioSummary(const Scenario &scenario, const LoadedProject &project,
                        const std::vector<Recommendation> &recommendations, const ScenarioImpact &impact)
{
    QString text = Cli::tr("Scenario %1: %2 of %3 branch office counters closed (%4).")
                       .arg(scenario.name)
                       .arg(impact.closedCount())
                       .arg(recommendations.size())
                       .arg(decisionCountsText(scenario, project.offices.offices));
    std::map<RecommendationVerdict, int> verdicts;
    for (const Recommendation &recommendation : recommendations)
        ++verdicts[recommendation.verdict];
    text += QLatin1Char('\n')
            + Cli::tr("Recommendation: %1 candidate, %2 keep, %3 undetermined.")
                  .arg(verdicts[RecommendationVerdict::Candidate])
                  .arg(verdicts[RecommendationVerdict::Keep])
                  .arg(verdicts[RecommendationVerdict::Undetermined]);
    // The ward offices' share: the branch offices' rows are in the table, the ward offices' are not, and
    // they take over most of the closed counters' work.
    const std::vector<Office> &offices = project.offices.offices;
    double wardWorkloadBefore = 0, wardWorkloadAfter = 0, wardPopulationBefore = 0, wardPopulationAfter = 0;
    double populationBefore = 0, populationAfter = 0;
    for (const CounterImpact &counter : impact.counters) {
        const bool wardOffice = offices.at(std::size_t(counter.officeIndex)).isWardOffice();
        if (wardOffice) {
            wardWorkloadBefore += counter.workloadBefore.value_or(0.0);
            wardWorkloadAfter += counter.workloadAfter.value_or(0.0);
        }
        if (counter.catchmentBefore && counter.catchmentAfter) {
            populationBefore += counter.catchmentBefore->population;
            populationAfter += counter.catchmentAfter->population;
            if (wardOffice) {
                wardPopulationBefore += counter.catchmentBefore->population;
                wardPopulationAfter += counter.catchmentAfter->population;
            }
        }
    }
    if (impact.totalWorkloadBefore && impact.totalWorkloadAfter)
        text += QLatin1Char('\n')
                + Cli::tr("%1 workload: %L2 transactions before, %L3 after; at the ward offices %L4 → %L5.")
                      .arg(fiscalYearKey(*impact.fiscalYear))
                      .arg(*impact.totalWorkloadBefore, 0, 'f', 1)
                      .arg(*impact.totalWorkloadAfter, 0, 'f', 1)
                      .arg(wardWorkloadBefore, 0, 'f', 1)
                      .arg(wardWorkloadAfter, 0, 'f', 1);
    else if (impact.fiscalYear)
        text += QLatin1Char('\n')
                + Cli::tr("%1 workload: not totalled, some counts are missing.").arg(fiscalYearKey(*impact.fiscalYear));
    if (impact.residentsBeyondThreshold)
        text += QLatin1Char('\n')
                + Cli::tr("Catchment residents: %L1 before, %L2 after; at the ward offices %L3 → %L4.")
                      .arg(populationBefore, 0, 'f', 1)
                      .arg(populationAfter, 0, 'f', 1)
                      .arg(wardPopulationBefore, 0, 'f', 1)
                      .arg(wardPopulationAfter, 0, 'f', 1);
    if (const auto &beyond = impact.residentsBeyondThreshold) {
        text += QLatin1Char('\n')
                + Cli::tr("Residents farther than %1 km from the nearest open counter: %L2 before → %L3 after; "
                     "aged 65+: %L4 → %L5.")
                      .arg(beyond->thresholdMeters / 1000.0, 0, 'g', 4)
                      .arg(beyond->populationBefore, 0, 'f', 0)
                      .arg(beyond->populationAfter, 0, 'f', 0)
                      .arg(beyond->population65Before, 0, 'f', 0)
                      .arg(beyond->population65After, 0, 'f', 0);
    } else {
        text += QLatin1Char('\n')
                + Cli::tr("Residents beyond the guide are not counted: the project has no population layer.");
    }
    return text;
}

void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics, bool quiet)
{
    for (const Diagnostic &d : diagnostics) {
        if (quiet && d.severity == Severity::Info)
            continue;
        const QString prefix = d.severity == Severity::Warning ? Cli::tr("warning: ")
                               : d.severity == Severity::Error ? Cli::tr("error: ")
                                                               : QString();
        err << prefix << d.toString() << Qt::endl;
    }
}

// The options evaluate and export share: the criteria and the scenario to judge.
void addEvaluationOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("threshold-km"),
                      Cli::tr("The distance guide in kilometres (default: the project's, 5 km in Kumamoto's "
                         "policy)."),
                      Cli::tr("N")});
    parser.addOption({QStringLiteral("scenario"),
                      Cli::tr("Add the columns of the project's scenario NAME: its decision per office, the "
                         "recommendation with its reasons, the receiving counter of each closed office, and the "
                         "catchment (and workload) after; a summary of the impact goes to standard error."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("workload-threshold"),
                      Cli::tr("For the recommendation: the workload (transactions in the judged fiscal year) at or "
                         "below which a branch office within the distance guide is a candidate (default: the "
                         "project's)."),
                      Cli::tr("N")});
    parser.addOption({QStringLiteral("catchment-threshold"),
                      Cli::tr("For the recommendation when the offices table has no workload: the catchment "
                         "residents at or below which a branch office within the guide is a candidate "
                         "(default: the project's)."),
                      Cli::tr("N")});
}

// What the evaluation options and the load options ask for, checked.
struct EvaluationRequest
{
    QString projectPath;
    ProjectLoadOptions load;
    bool quiet = false;
    std::optional<double> thresholdKm;
    std::optional<double> workloadThreshold;
    std::optional<double> catchmentThreshold;
    std::optional<QString> scenarioName;
    // Without --scenario: judge the scenario the workbench opens with (defaultScenario()) instead of
    // the evaluation alone.
    bool defaultScenario = false;
};

// Reads the options of addEvaluationOptions() and addLoadOptions() (with --skip-missing-layers).
// Throws UsageError for a value that is not usable.
EvaluationRequest evaluationRequest(const QCommandLineParser &parser, const QString &projectPath)
{
    EvaluationRequest request;
    request.projectPath = projectPath;
    if (parser.isSet(QStringLiteral("threshold-km"))) {
        bool ok = false;
        const double value = parser.value(QStringLiteral("threshold-km")).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value <= 0)
            throw UsageError{Cli::tr("--threshold-km expects a positive number of kilometres, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("threshold-km")))};
        request.thresholdKm = value;
    }
    request.workloadThreshold = countOption(parser, QStringLiteral("workload-threshold"));
    request.catchmentThreshold = countOption(parser, QStringLiteral("catchment-threshold"));
    if (parser.isSet(QStringLiteral("scenario")))
        request.scenarioName = parser.value(QStringLiteral("scenario"));
    request.load = loadOptions(parser);
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    return request;
}

// Loads the project as the request asks, printing the loading messages on `err`, and runs the one
// analysis (scenarioanalysis.h) with the request's criteria and scenario, printing its warnings.
// `withMap` adds the map content (the drawn exports). Throws InputError or UsageError.
ScenarioAnalysis runAnalysis(const EvaluationRequest &request, QTextStream &err, bool withMap = false)
{
    auto project = std::make_shared<const LoadedProject>(loadProject(request.projectPath, request.load));
    printDiagnostics(err, project->messages, request.quiet);

    AnalysisRequest analysisRequest;
    analysisRequest.criteria = project->project.criteria;
    if (request.thresholdKm)
        analysisRequest.criteria.distanceThresholdMeters = *request.thresholdKm * 1000.0;
    if (request.workloadThreshold)
        analysisRequest.criteria.workloadThreshold = request.workloadThreshold;
    if (request.catchmentThreshold)
        analysisRequest.criteria.catchmentThreshold = request.catchmentThreshold;
    if (request.scenarioName)
        analysisRequest.scenario = scenarioNamed(*project, *request.scenarioName);
    else if (request.defaultScenario)
        analysisRequest.scenario = defaultScenario(*project);
    if (withMap)
        analysisRequest.baseMap = std::make_shared<const gis::MapContent>(buildBaseMapContent(*project));
    ScenarioAnalysis analysis = analyseScenario(std::move(project), analysisRequest);
    printDiagnostics(err, analysis.warnings, request.quiet);
    return analysis;
}

// The summaries that close evaluate and export on standard error.
void printSummaries(const ScenarioAnalysis &analysis, bool quiet, QTextStream &err)
{
    if (!quiet)
        err << summary(analysis.evaluation, *analysis.project) << Qt::endl;
    // The scenario's summary is the point of --scenario: printed even with --quiet.
    if (const Scenario *scenario = analysis.scenarioOrNull())
        err << scenarioSummary(*scenario, *analysis.project, analysis.recommendations, *analysis.impact) << Qt::endl;
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

    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("madoguchi-cli evaluate"));
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, QStringLiteral("madoguchi-cli evaluate [options] PROJECT"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError{positional.isEmpty() ? Cli::tr("evaluate needs a PROJECT file")
                                              : Cli::tr("evaluate takes one PROJECT file, got %1").arg(positional.size())};

    const EvaluationRequest request = evaluationRequest(parser, positional.front());
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
        if (!request.quiet)
            err << Cli::tr("Wrote %1").arg(outPath) << Qt::endl;
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

// Parses the arguments of `export KIND` with `parser`; prints the help and returns false for --help.
// Checks that there is one PROJECT and an --out whose suffix `acceptsOut` takes (`suffixes` names them).
bool parseExportArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &kind,
                          const QString &suffixes, const std::function<bool(const QString &)> &acceptsOut,
                          QTextStream &out)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("madoguchi-cli export %1").arg(kind));
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, QStringLiteral("madoguchi-cli export %1 [options] PROJECT --out FILE").arg(kind));
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError{positional.isEmpty()
                             ? Cli::tr("export %1 needs a PROJECT file").arg(kind)
                             : Cli::tr("export %1 takes one PROJECT file, got %2").arg(kind).arg(positional.size())};
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        throw UsageError{Cli::tr("export %1 needs --out FILE (%2)").arg(kind, suffixes)};
    if (!acceptsOut(outPath))
        throw UsageError{Cli::tr("--out must end in %1, got \"%2\"").arg(suffixes, outPath)};
    return true;
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
    if (!request.quiet)
        err << Cli::tr("Wrote %1").arg(outPath) << Qt::endl;
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

    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("madoguchi-cli scenarios"));
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, QStringLiteral("madoguchi-cli scenarios [options] PROJECT"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError{positional.isEmpty() ? Cli::tr("scenarios needs a PROJECT file")
                                              : Cli::tr("scenarios takes one PROJECT file, got %1").arg(positional.size())};

    ProjectLoadOptions options = loadOptions(parser, false);
    // Only the offices table is needed: the map layers may be missing without harm.
    options.missingLayers = MissingLayers::Skip;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    const LoadedProject project = loadProject(positional.front(), options);
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

// --- export -----------------------------------------------------------------------------------

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

// --paper, --landscape and --dpi, as export map, chart and report read them.
void addPageOptions(QCommandLineParser &parser, const QString &defaultPaper, bool pixelsAllowed = true)
{
    parser.addOption({QStringLiteral("paper"),
                      pixelsAllowed
                          ? Cli::tr("A4 or A3 paper, a figure of 160 x 110 mm (figure), or a size in pixels such as "
                                    "1920x1080 (default: %1).")
                                .arg(defaultPaper)
                          : Cli::tr("A4 or A3 paper (default: %1).").arg(defaultPaper),
                      Cli::tr("SIZE"), defaultPaper});
    parser.addOption({QStringLiteral("landscape"), Cli::tr("Turn the paper to landscape (A4 and A3).")});
    parser.addOption({QStringLiteral("dpi"),
                      Cli::tr("Dots per inch: the PNG's resolution and the scale of texts, symbols and lines "
                              "(default 300; 96 with a size in pixels)."),
                      Cli::tr("N")});
}

// The page the options of addPageOptions() ask for. Throws UsageError for a value that is not usable.
ExportPage pageFromOptions(const QCommandLineParser &parser, bool pixelsAllowed = true)
{
    ExportPage page;
    const QString paper = parser.value(QStringLiteral("paper"));
    if (!parseExportPaper(paper, page)
        || (!pixelsAllowed && page.paper != ExportPaper::A4 && page.paper != ExportPaper::A3))
        throw UsageError{pixelsAllowed ? Cli::tr("--paper expects A4, A3, figure or a size in pixels such as "
                                                 "1920x1080, got \"%1\"")
                                             .arg(paper)
                                       : Cli::tr("--paper expects A4 or A3, got \"%1\"").arg(paper)};
    page.landscape = parser.isSet(QStringLiteral("landscape"));
    if (page.landscape && page.paper != ExportPaper::A4 && page.paper != ExportPaper::A3)
        throw UsageError{Cli::tr("--landscape turns A4 or A3 paper; give a size in pixels as WIDTHxHEIGHT instead")};
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        page.dpi = parser.value(QStringLiteral("dpi")).toDouble(&ok);
        if (!ok || !std::isfinite(page.dpi))
            throw UsageError{Cli::tr("--dpi expects a number of dots per inch, got \"%1\"").arg(parser.value(QStringLiteral("dpi")))};
    }
    return page;
}

// --date: the date under the title; today unless given.
QDate dateFromOptions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("date")))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        throw UsageError{Cli::tr("--date expects a date as YYYY-MM-DD, got \"%1\"").arg(parser.value(QStringLiteral("date")))};
    return date;
}

// The analysis a drawn export shows: PROJECT with the load options, its own criteria and --scenario
// (default: the scenario the workbench opens with, defaultScenario()), with the map content when
// `withMap`. Prints the messages on `err`.
ScenarioAnalysis runDrawnAnalysis(const QCommandLineParser &parser, QTextStream &err, bool withMap)
{
    EvaluationRequest request;
    request.projectPath = parser.positionalArguments().front();
    request.load = loadOptions(parser);
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    if (parser.isSet(QStringLiteral("scenario")))
        request.scenarioName = parser.value(QStringLiteral("scenario"));
    request.defaultScenario = true;
    return runAnalysis(request, err, withMap);
}

void addScenarioOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({QStringLiteral("scenario"),
                      Cli::tr("The scenario whose decisions (and impact) %1 shows (default: the project's last "
                              "scenario, the one the workbench opens with).")
                          .arg(what),
                      Cli::tr("NAME")});
}

// --language: the language of the chart's and the report's texts, "ja" unless given.
void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("language"),
                      Cli::tr("The language of the texts: ja (default, as the Japanese workbench draws them) "
                              "or en."),
                      Cli::tr("LANG"), QStringLiteral("ja")});
}

// The language --language asks for. Throws UsageError for one the program is not translated into.
QString languageOption(const QCommandLineParser &parser)
{
    const QString language = parser.value(QStringLiteral("language")).trimmed().toLower();
    if (!availableLanguages().contains(language))
        throw UsageError{Cli::tr("--language expects one of %1, got \"%2\"")
                             .arg(availableLanguages().join(QStringLiteral(", ")), parser.value(QStringLiteral("language")))};
    return language;
}

// While it lives, texts are translated into `language`: the drawing's texts come out in it, while the
// command line's own messages stay in English.
class DrawingLanguage
{
public:
    explicit DrawingLanguage(const QString &language) { installTranslators(*QCoreApplication::instance(), language); }
    ~DrawingLanguage() { installTranslators(*QCoreApplication::instance(), QString()); }
    DrawingLanguage(const DrawingLanguage &) = delete;
    DrawingLanguage &operator=(const DrawingLanguage &) = delete;
};

bool isDrawnExport(const QString &path)
{
    return exportFormatFor(path).has_value();
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
    if (!parser.isSet(QStringLiteral("quiet")))
        err << Cli::tr("Wrote %1").arg(outPath) << Qt::endl;
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
    if (!parser.isSet(QStringLiteral("quiet")))
        err << Cli::tr("Wrote %1").arg(outPath) << Qt::endl;
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
    if (!parser.isSet(QStringLiteral("quiet")))
        err << Cli::tr("Wrote %1").arg(outPath) << Qt::endl;
    return ExitOk;
}

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
