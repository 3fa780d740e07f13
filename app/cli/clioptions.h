#pragma once

// The options the commands share and their checks: parsing a command's arguments, the project loading
// options, the criteria and the scenario to judge (and the one analysis they ask for), the page, date and
// language of the drawn exports.

#include "app/lib/pageexport.h"
#include "app/lib/projectloader.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace madoguchi {
struct Scenario;
} // namespace madoguchi

namespace madoguchi::app {
struct ScenarioAnalysis;
} // namespace madoguchi::app

namespace madoguchi::app::cli {

// A usage error: runCli prints the message and the hint to run --help, and exits with status 2.
struct UsageError
{
    QString message;
};

// Parses the `arguments` of `command` ("evaluate", "export map") with `parser`, which has the help option.
// For --help prints the command's help with `usage` as its usage line on `out` and returns false.
// Throws UsageError for arguments the parser does not take.
bool parseCommandArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                           const QString &usage, QTextStream &out);

// The one PROJECT file among the positional arguments. Throws UsageError with `missing` when there is none,
// and with `tooMany`, its lowest place marker filled with the number of them, when there are more.
QString projectArgument(const QCommandLineParser &parser, const QString &missing, const QString &tooMany);

// The project loading options: --data-path, --crs, --encoding, --skip-missing-layers and --quiet.
// Commands that need only the offices table pass withSkipMissingLayers = false: they skip the others.
void addLoadOptions(QCommandLineParser &parser, bool withSkipMissingLayers = true);

// The project loading options that addLoadOptions(parser, withSkipMissingLayers) offered.
// Throws UsageError for a value that is not usable.
ProjectLoadOptions loadOptions(const QCommandLineParser &parser, bool withSkipMissingLayers = true);

// The options evaluate and export share: the criteria and the scenario to judge.
void addEvaluationOptions(QCommandLineParser &parser);

// --threshold-km N: the distance guide (one of the evaluation options; optimise takes it alone).
void addThresholdOption(QCommandLineParser &parser);

// The distance guide --threshold-km asks for, in kilometres; nullopt when not given. Throws UsageError for
// a value that is not a positive number.
std::optional<double> thresholdKmOption(const QCommandLineParser &parser);

// The fiscal year --fiscal-year asks for (2014, FY2014, 平成26年度); nullopt when not given. Throws
// UsageError for a value that names no fiscal year. The commands that take it add the option themselves.
std::optional<int> fiscalYearOption(const QCommandLineParser &parser);

// The value of `option` (a count or a limit: --workload-threshold, --max-gain); nullopt when not given.
// Throws UsageError for a value that is not a number of zero or more.
std::optional<double> countOption(const QCommandLineParser &parser, const QString &option);

// The project's scenario `name`. Throws InputError listing the project's scenarios when it has none of
// that name.
const Scenario &scenarioNamed(const LoadedProject &project, const QString &name);

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
EvaluationRequest evaluationRequest(const QCommandLineParser &parser, const QString &projectPath);

// Loads the project as the request asks, printing the loading messages on `err`, and runs the one
// analysis (scenarioanalysis.h) with the request's criteria and scenario, printing its warnings.
// `withMap` adds the map content (the drawn exports). Throws InputError or UsageError.
ScenarioAnalysis runAnalysis(const EvaluationRequest &request, QTextStream &err, bool withMap = false);

// --- export ----------------------------------------------------------------------------------------

// Parses the arguments of `export KIND` with `parser`; prints the help and returns false for --help.
// Checks that there is one PROJECT and an --out whose suffix `acceptsOut` takes (`suffixes` names them).
bool parseExportArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &kind,
                          const QString &suffixes, const std::function<bool(const QString &)> &acceptsOut,
                          QTextStream &out);

// Whether `path` names a format the drawn exports write (.pdf, .svg, .png).
bool isDrawnExport(const QString &path);

// --scenario for the drawn exports: the scenario whose decisions `what` ("the map") shows.
void addScenarioOption(QCommandLineParser &parser, const QString &what);

// The analysis a drawn export shows: PROJECT with the load options, its own criteria and --scenario
// (default: the scenario the workbench opens with, defaultScenario()), with the map content when
// `withMap`. Prints the messages on `err`.
ScenarioAnalysis runDrawnAnalysis(const QCommandLineParser &parser, QTextStream &err, bool withMap);

// --paper, --landscape and --dpi, as export map, chart and report read them.
void addPageOptions(QCommandLineParser &parser, const QString &defaultPaper, bool pixelsAllowed = true);

// The page the options of addPageOptions() ask for. Throws UsageError for a value that is not usable.
ExportPage pageFromOptions(const QCommandLineParser &parser, bool pixelsAllowed = true);

// --date: the date under the title; today unless given. Throws UsageError for a value that is not a date.
QDate dateFromOptions(const QCommandLineParser &parser);

// --language: the language of the chart's and the report's texts, "ja" unless given.
void addLanguageOption(QCommandLineParser &parser);

// The language --language asks for. Throws UsageError for one the program is not translated into.
QString languageOption(const QCommandLineParser &parser);

} // namespace madoguchi::app::cli
