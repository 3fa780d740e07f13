#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/languagesettings.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/scenarioanalysis.h"
#include "core/fieldmapping.h"
#include "core/fiscalyear.h"
#include "core/scenario.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>
#include <map>
#include <memory>

namespace madoguchi::app::cli {

namespace {

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

} // namespace

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

bool parseCommandArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                           const QString &usage, QTextStream &out)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("madoguchi-cli %1").arg(command));
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, usage);
        return false;
    }
    return true;
}

QString projectArgument(const QCommandLineParser &parser, const QString &missing, const QString &tooMany)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError{positional.isEmpty() ? missing : QString(tooMany).arg(positional.size())};
    return positional.front();
}

void addLoadOptions(QCommandLineParser &parser, bool withSkipMissingLayers)
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

ProjectLoadOptions loadOptions(const QCommandLineParser &parser, bool withSkipMissingLayers)
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

void addThresholdOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("threshold-km"),
                      Cli::tr("The distance guide in kilometres (default: the project's, 5 km in Kumamoto's "
                         "policy)."),
                      Cli::tr("N")});
}

std::optional<double> thresholdKmOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("threshold-km")))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(QStringLiteral("threshold-km")).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        throw UsageError{Cli::tr("--threshold-km expects a positive number of kilometres, got \"%1\"")
                             .arg(parser.value(QStringLiteral("threshold-km")))};
    return value;
}

std::optional<int> fiscalYearOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("fiscal-year")))
        return std::nullopt;
    const QString text = parser.value(QStringLiteral("fiscal-year")).trimmed();
    bool bare = false;
    const int number = text.toInt(&bare);
    const std::optional<int> year = bare && number >= 1900 && number <= 2100 ? std::optional<int>(number)
                                                                             : fiscalYearFromColumnName(text);
    if (!year)
        throw UsageError{Cli::tr("--fiscal-year expects a fiscal year such as 2014, FY2014 or 平成26年度, got \"%1\"")
                             .arg(text)};
    return year;
}

void addEvaluationOptions(QCommandLineParser &parser)
{
    addThresholdOption(parser);
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

EvaluationRequest evaluationRequest(const QCommandLineParser &parser, const QString &projectPath)
{
    EvaluationRequest request;
    request.projectPath = projectPath;
    request.thresholdKm = thresholdKmOption(parser);
    request.workloadThreshold = countOption(parser, QStringLiteral("workload-threshold"));
    request.catchmentThreshold = countOption(parser, QStringLiteral("catchment-threshold"));
    if (parser.isSet(QStringLiteral("scenario")))
        request.scenarioName = parser.value(QStringLiteral("scenario"));
    request.load = loadOptions(parser);
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    return request;
}

ScenarioAnalysis runAnalysis(const EvaluationRequest &request, QTextStream &err, bool withMap)
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

// --- export ----------------------------------------------------------------------------------------

bool parseExportArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &kind,
                          const QString &suffixes, const std::function<bool(const QString &)> &acceptsOut,
                          QTextStream &out)
{
    if (!parseCommandArguments(parser, arguments, QStringLiteral("export %1").arg(kind),
                               QStringLiteral("madoguchi-cli export %1 [options] PROJECT --out FILE").arg(kind), out))
        return false;
    projectArgument(parser, Cli::tr("export %1 needs a PROJECT file").arg(kind),
                    Cli::tr("export %1 takes one PROJECT file, got %2").arg(kind));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        throw UsageError{Cli::tr("export %1 needs --out FILE (%2)").arg(kind, suffixes)};
    if (!acceptsOut(outPath))
        throw UsageError{Cli::tr("--out must end in %1, got \"%2\"").arg(suffixes, outPath)};
    return true;
}

bool isDrawnExport(const QString &path)
{
    return exportFormatFor(path).has_value();
}

void addScenarioOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({QStringLiteral("scenario"),
                      Cli::tr("The scenario whose decisions (and impact) %1 shows (default: the project's last "
                              "scenario, the one the workbench opens with).")
                          .arg(what),
                      Cli::tr("NAME")});
}

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

void addPageOptions(QCommandLineParser &parser, const QString &defaultPaper, bool pixelsAllowed)
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

ExportPage pageFromOptions(const QCommandLineParser &parser, bool pixelsAllowed)
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

QDate dateFromOptions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("date")))
        return QDate::currentDate();
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        throw UsageError{Cli::tr("--date expects a date as YYYY-MM-DD, got \"%1\"").arg(parser.value(QStringLiteral("date")))};
    return date;
}

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("language"),
                      Cli::tr("The language of the texts: ja (default, as the Japanese workbench draws them) "
                              "or en."),
                      Cli::tr("LANG"), QStringLiteral("ja")});
}

QString languageOption(const QCommandLineParser &parser)
{
    const QString language = parser.value(QStringLiteral("language")).trimmed().toLower();
    if (!availableLanguages().contains(language))
        throw UsageError{Cli::tr("--language expects one of %1, got \"%2\"")
                             .arg(availableLanguages().join(QStringLiteral(", ")), parser.value(QStringLiteral("language")))};
    return language;
}

} // namespace madoguchi::app::cli
