// madoguchi-cli optimise: the closure optimiser — for each number of counters closed, the set of closures
// that harms residents least — as a text table or CSV on standard output, or as a table file (--out); and
// a copy of the project with the chosen set as a new scenario (--save-scenario, --project-out).
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"
#include "app/cli/optimiseoptions.h"

#include "app/figures/frontiersummary.h"

#include "app/lib/closureoptimiser.h"
#include "app/lib/evaluationtable.h"
#include "app/lib/outputpath.h"
#include "app/lib/projectfile.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/tableexport.h"
#include "core/closureproblem.h"
#include "core/office.h"
#include "core/scenario.h"
#include "core/terms.h"
#include "gis/atomicfile.h"
#include "gis/geopackagewriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

namespace madoguchi::app::cli {

namespace {

// What the command line asked for, checked before the project is read.
struct OptimiseCommandRequest
{
    QString projectPath;
    ProjectLoadOptions load;
    bool quiet = false;
    std::optional<double> thresholdKm;
    std::optional<int> fiscalYear;
    std::optional<QString> scenarioName;
    OptimiseRequest optimise;
    QString outPath;
    bool text = true;                  // standard output as a table for reading, else CSV
    std::optional<QString> saveScenario; // with projectOut
    QString projectOut;
    QString description;
};

// "大江出張所 (br_oe)", or the id alone for an office the table does not have.
QString officeLabel(const std::vector<Office> &offices, const QString &id)
{
    const Office *office = findOffice(offices, id);
    return office ? QStringLiteral("%1 (%2)").arg(office->name, id) : id;
}

QString officeLabels(const std::vector<Office> &offices, const QStringList &ids)
{
    QStringList labels;
    for (const QString &id : ids)
        labels << officeLabel(offices, id);
    return labels.join(QStringLiteral(", "));
}

QString residentsText(double residents)
{
    return QStringLiteral("%L1").arg(std::round(residents), 0, 'f', 0);
}

QString kilometresText(double meters)
{
    return Cli::tr("%1 km").arg(meters / 1000.0, 0, 'f', 2);
}

QString guideText(const Criteria &criteria)
{
    return Cli::tr("%1 km").arg(criteria.distanceThresholdMeters / 1000.0, 0, 'g', 4);
}

// Whether any set has a workload gain to show (the offices table has counts).
bool hasWorkloadGain(const ClosureOptimisation &optimisation)
{
    for (const ClosureSet &set : optimisation.frontier)
        if (set.measures.maxWorkloadGained)
            return true;
    return optimisation.scenarioSet && optimisation.scenarioSet->measures.maxWorkloadGained;
}

// The sets in the order the outputs list them: the frontier by number of closures, the scenario's own
// set after the frontier's set of the same size (or last).
struct ListedSet
{
    const ClosureSet *set = nullptr;
    bool scenario = false;
};

std::vector<ListedSet> listedSets(const ClosureOptimisation &optimisation)
{
    std::vector<ListedSet> sets;
    bool scenarioListed = !optimisation.scenarioSet;
    for (const ClosureSet &set : optimisation.frontier) {
        sets.push_back({&set, false});
        if (!scenarioListed && set.closures == optimisation.scenarioSet->closures) {
            sets.push_back({&*optimisation.scenarioSet, true});
            scenarioListed = true;
        }
    }
    if (!scenarioListed)
        sets.push_back({&*optimisation.scenarioSet, true});
    return sets;
}

// The numbers of closures between the fewest and the most the lists allow for which the frontier has no
// set: no set of that many meets the limits on the gains.
QList<int> infeasibleClosures(const ClosureOptimisation &optimisation)
{
    QList<int> missing;
    const int fewest = int(optimisation.mustCloseOfficeIds.size());
    const int most = fewest + int(optimisation.freeOfficeIds.size());
    for (int k = fewest; k <= most; ++k)
        if (!optimisation.setWithClosures(k))
            missing << k;
    return missing;
}

// `frontier`: every number of closures was asked for.
QString textOutput(const ClosureOptimisation &optimisation, const LoadedProject &project, bool frontier)
{
    const std::vector<Office> &offices = project.offices.offices;
    const Language language = translationLanguage();
    QString text;
    QTextStream stream(&text);

    stream << Cli::tr("Project: %1").arg(project.project.name) << '\n';
    stream << Cli::tr("Minimised: %1").arg(harmMeasureName(optimisation.measure, language)) << '\n';
    stream << Cli::tr("Residents: %1, of whom %2 aged 65 and over")
                  .arg(residentsText(optimisation.totalPopulation), residentsText(optimisation.totalPopulation65))
           << '\n';
    // What the optimiser was allowed to do, as the frontier figure and the report say it.
    for (const QString &line : frontierConstraintLines(optimisation, offices))
        stream << line << '\n';
    stream << '\n';

    const bool workloadGain = hasWorkloadGain(optimisation);
    QStringList header{Cli::tr("Set"), Cli::tr("Closed"), Cli::tr("Beyond guide"), Cli::tr("65+ beyond"),
                       Cli::tr("Mean distance"), Cli::tr("Largest gain")};
    if (workloadGain)
        header << Cli::tr("Largest workload gain");
    header << Cli::tr("Proven optimal") << Cli::tr("Closed offices");
    std::vector<QStringList> rows;
    for (const ListedSet &listed : listedSets(optimisation)) {
        const ClosureSet &set = *listed.set;
        QStringList row{listed.scenario ? optimisation.scenarioName : Cli::tr("best"), QString::number(set.closures),
                        residentsText(set.measures.residentsBeyond), residentsText(set.measures.residents65Beyond),
                        kilometresText(set.measures.meanDistanceMeters),
                        residentsText(set.measures.maxResidentsGained)};
        if (workloadGain)
            row << (set.measures.maxWorkloadGained ? QStringLiteral("%L1").arg(*set.measures.maxWorkloadGained, 0, 'f', 0)
                                                   : QString());
        if (listed.scenario)
            row << QString();
        else if (set.provenOptimal)
            row << Cli::tr("yes");
        else if (set.bound)
            row << Cli::tr("no (bound %1)").arg(harmValueText(optimisation.measure, *set.bound));
        else
            row << Cli::tr("no");
        row << (set.closedOfficeIds.isEmpty() ? Cli::tr("none") : officeLabels(offices, set.closedOfficeIds));
        rows.push_back(row);
    }
    QList<int> rightAligned{1, 2, 3, 4, 5};
    if (workloadGain)
        rightAligned << 6;
    stream << alignedTable(header, rows, rightAligned);
    stream << '\n';
    stream << Cli::tr("Beyond guide: residents whose nearest open counter is farther than %1; 65+ beyond: those aged "
                      "65 and over; mean distance: the population-weighted mean distance to the nearest open "
                      "counter; largest gain: the most residents any open counter gains.")
                  .arg(guideText(optimisation.criteria))
           << '\n';
    if (!optimisation.scenarioName.isEmpty())
        stream << '\n' << frontierComparisonSentence(optimisation, offices) << '\n';
    if (optimisation.stoppedEarly)
        stream << Cli::tr("The time limit stopped the optimiser: the sets above are those it found, and a set not "
                          "proven optimal is the best it found.")
               << '\n';
    if (optimisation.frontier.empty()) {
        stream << Cli::tr("No set of closures was found.") << '\n';
    } else if (frontier && !optimisation.stoppedEarly) {
        QStringList missing;
        for (int k : infeasibleClosures(optimisation))
            missing << QString::number(k);
        if (!missing.isEmpty())
            stream << Cli::tr("No set of %1 closures meets the constraints.").arg(missing.join(QStringLiteral(", ")))
                   << '\n';
    }
    stream.flush();
    return text;
}

// The sets as a table: one row per set, the frontier's ("optimum") and the scenario's ("scenario").
EvaluationTable optimisationTable(const ClosureOptimisation &optimisation, const std::vector<Office> &offices)
{
    using FieldType = gis::OutputLayer::FieldType;
    EvaluationTable table;
    table.columns = {{QStringLiteral("kind"), FieldType::String},
                     {QStringLiteral("scenario"), FieldType::String},
                     {QStringLiteral("measure"), FieldType::String},
                     {QStringLiteral("closures"), FieldType::Integer},
                     {QStringLiteral("residents_beyond"), FieldType::Real},
                     {QStringLiteral("residents65_beyond"), FieldType::Real},
                     {QStringLiteral("mean_distance_m"), FieldType::Real},
                     {QStringLiteral("max_residents_gained"), FieldType::Real},
                     {QStringLiteral("max_workload_gained"), FieldType::Real},
                     {QStringLiteral("proven_optimal"), FieldType::Boolean},
                     {QStringLiteral("bound"), FieldType::Real},
                     {QStringLiteral("closed_ids"), FieldType::String},
                     {QStringLiteral("closed_names"), FieldType::String}};
    for (const ListedSet &listed : listedSets(optimisation)) {
        const ClosureSet &set = *listed.set;
        QStringList names;
        for (const QString &id : set.closedOfficeIds) {
            const Office *office = findOffice(offices, id);
            names << (office ? office->name : id);
        }
        const ClosureSetMeasures &measures = set.measures;
        table.rows.push_back(
            {listed.scenario ? QStringLiteral("scenario") : QStringLiteral("optimum"),
             listed.scenario ? QVariant(optimisation.scenarioName) : QVariant(),
             harmMeasureKey(optimisation.measure), set.closures, measures.residentsBeyond,
             measures.residents65Beyond, measures.meanDistanceMeters, measures.maxResidentsGained,
             measures.maxWorkloadGained ? QVariant(*measures.maxWorkloadGained) : QVariant(),
             listed.scenario ? QVariant() : QVariant(set.provenOptimal),
             !listed.scenario && set.bound ? QVariant(*set.bound) : QVariant(),
             set.closedOfficeIds.join(QLatin1Char(';')), names.join(QLatin1Char(';'))});
    }
    return table;
}

void writeOptimisationFile(const QString &path, const EvaluationTable &table)
{
    if (tableFormatForPath(path) == TableFormat::GeoPackage) {
        gis::OutputLayer layer;
        layer.name = QStringLiteral("closure_sets");
        layer.geometryKind = gis::GeometryKind::None;
        layer.fields = table.columns;
        for (const QVariantList &values : table.rows)
            layer.rows.push_back({nullptr, values});
        std::vector<gis::OutputLayer> layers;
        layers.push_back(std::move(layer));
        gis::writeGeoPackage(path, layers);
        return;
    }
    gis::AtomicFile file(path);
    file.write(evaluationCsv(table));
    file.commit();
}

// The project file's copy with `set` added as the scenario `name`, written to `path`.
void saveScenarioProject(const LoadedProject &project, const ClosureOptimisation &optimisation, const ClosureSet &set,
                         const Scenario &base, const OptimiseCommandRequest &request)
{
    QString description = request.description;
    if (description.isEmpty()) {
        // The project is the planner's record in the policy's language, as its other scenarios are.
        const DrawingLanguage japanese(QStringLiteral("ja"));
        description = Cli::tr("The %n counter(s) whose closure the optimiser found to leave the fewest residents "
                              "harmed (%1, distance guide %2).",
                              nullptr, set.closures)
                          .arg(harmMeasureName(optimisation.measure, translationLanguage()),
                               guideText(optimisation.criteria));
    }
    Project copy = project.project;
    copy.scenarios.push_back(scenarioFromClosureSet(set, base, *request.saveScenario, description));
    writeProjectFile(copy, request.projectOut, QFileInfo(project.projectPath).absolutePath());
}

OptimiseCommandRequest commandRequest(const QCommandLineParser &parser)
{
    OptimiseCommandRequest request;
    request.projectPath = projectArgument(parser, Cli::tr("optimise needs a PROJECT file"),
                                          Cli::tr("optimise takes one PROJECT file, got %1"));
    request.load = loadOptions(parser);
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    request.thresholdKm = thresholdKmOption(parser);
    request.fiscalYear = fiscalYearOption(parser);
    if (parser.isSet(QStringLiteral("scenario")))
        request.scenarioName = parser.value(QStringLiteral("scenario"));
    request.optimise = optimiseRequestFromOptions(parser, harmMeasureOption(parser));

    const bool frontier = parser.isSet(QStringLiteral("frontier"));
    if (parser.isSet(QStringLiteral("closures"))) {
        if (frontier)
            throw UsageError{Cli::tr("--closures and --frontier exclude each other: give one of them.")};
        bool ok = false;
        const int closures = parser.value(QStringLiteral("closures")).toInt(&ok);
        if (!ok || closures < 0)
            throw UsageError{Cli::tr("--closures expects a number of counters of zero or more, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("closures")))};
        request.optimise.closures = closures;
    }

    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        throw UsageError{Cli::tr("--format expects csv or text, got \"%1\"").arg(format)};
    request.text = format == QLatin1String("text");
    request.outPath = parser.value(QStringLiteral("out"));
    const std::optional<TableFormat> outFormat = tableFormatForPath(request.outPath);
    if (!request.outPath.isEmpty() && outFormat != TableFormat::Csv && outFormat != TableFormat::GeoPackage)
        throw UsageError{Cli::tr("--out must end in .csv or .gpkg, got \"%1\"").arg(request.outPath)};

    request.projectOut = parser.value(QStringLiteral("project-out"));
    request.description = parser.value(QStringLiteral("description")).trimmed();
    if (parser.isSet(QStringLiteral("save-scenario"))) {
        const QString name = parser.value(QStringLiteral("save-scenario")).trimmed();
        if (name.isEmpty())
            throw UsageError{Cli::tr("--save-scenario expects the new scenario's name")};
        if (!request.optimise.closures)
            throw UsageError{Cli::tr("--save-scenario needs --closures K: the number of counters the saved set "
                                     "closes")};
        if (request.projectOut.isEmpty())
            throw UsageError{Cli::tr("--save-scenario needs --project-out FILE: the project is saved as a copy, "
                                     "the input project is never changed")};
        request.saveScenario = name;
    } else if (!request.projectOut.isEmpty() || parser.isSet(QStringLiteral("description"))) {
        throw UsageError{Cli::tr("--project-out and --description go with --save-scenario NAME")};
    }
    if (!request.projectOut.isEmpty()
        && !request.projectOut.endsWith(QStringLiteral(".%1").arg(QLatin1String(ProjectFileSuffix)), Qt::CaseInsensitive))
        throw UsageError{Cli::tr("--project-out must end in .%1, got \"%2\"")
                             .arg(QLatin1String(ProjectFileSuffix), request.projectOut)};
    return request;
}

} // namespace

int optimiseCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Finds which branch offices' counters to close so that residents are harmed least: for each "
                "number of counters closed (the frontier, the default) or for --closures K, the set of closures "
                "that minimises the measure, solved exactly (a mixed-integer program), with the residents beyond "
                "the distance guide, those aged 65 and over, the mean distance to the nearest open counter, the "
                "closed offices and whether the set is proven optimal. With --scenario NAME the scenario's own "
                "closures are measured the same way and listed beside the best set of their size; the scenario "
                "does not set the constraints, which come only from --must-keep, --must-close and the limits. "
                "Writes a table for reading (default) or CSV to standard output, or to --out: FILE.csv (UTF-8 "
                "with BOM, for Excel) or FILE.gpkg (a table without geometry for QGIS). --save-scenario NAME "
                "--project-out FILE writes a copy of the project with the set of --closures K added as the "
                "scenario NAME; the input project is never changed. Needs the project's population layer."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    addHarmMeasureOption(parser);
    parser.addOption({QStringLiteral("closures"),
                      Cli::tr("Only the best set of K closures (the must-close offices count among them)."),
                      Cli::tr("K")});
    parser.addOption({QStringLiteral("frontier"),
                      Cli::tr("The best set for every number of closures that the constraints allow (the "
                              "default).")});
    parser.addOption({QStringLiteral("scenario"),
                      Cli::tr("The project's scenario to compare with: its closures are measured the same way and "
                              "listed as a row of their own. It sets no constraint."),
                      Cli::tr("NAME")});
    addClosureConstraintOptions(parser);
    parser.addOption({QStringLiteral("fiscal-year"),
                      Cli::tr("The fiscal year whose workload --max-workload and --max-gain-workload judge, e.g. "
                              "2014, FY2014 or 平成26年度 (default: the project's judged year, else the latest in "
                              "the offices table)."),
                      Cli::tr("YEAR")});
    addThresholdOption(parser);
    parser.addOption({QStringLiteral("out"), Cli::tr("Write to FILE (.csv or .gpkg) instead of standard output."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("format"),
                      Cli::tr("Standard output format: text (default, a table for reading) or csv."),
                      Cli::tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("save-scenario"),
                      Cli::tr("Add the set of --closures K to a copy of the project as the scenario NAME (a name "
                              "the project does not have yet); its other decisions are those of --scenario, else "
                              "of the project's last scenario. Needs --project-out."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("project-out"),
                      Cli::tr("The project file (.madoguchi) to write with the saved scenario; never one of the "
                              "project's input files."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("description"),
                      Cli::tr("The saved scenario's description (default: what the optimiser chose it for)."),
                      Cli::tr("TEXT")});
    addLoadOptions(parser);

    if (!parseCommandArguments(parser, arguments, QStringLiteral("optimise"),
                               QStringLiteral("madoguchi-cli optimise [options] PROJECT"), out))
        return ExitOk;
    OptimiseCommandRequest request = commandRequest(parser);

    const LoadedProject project = loadProject(request.projectPath, request.load);
    printDiagnostics(err, project.messages, request.quiet);

    Criteria criteria = project.project.criteria;
    if (request.thresholdKm)
        criteria.distanceThresholdMeters = *request.thresholdKm * 1000.0;
    if (request.fiscalYear)
        criteria.workloadFiscalYear = request.fiscalYear;
    if (request.scenarioName)
        request.optimise.scenario = scenarioNamed(project, *request.scenarioName);

    // Everything that can be refused is checked before anything is written.
    std::optional<Scenario> base;
    if (request.saveScenario) {
        if (findScenario(project.project.scenarios, *request.saveScenario))
            throw InputError(project.projectPath, QStringLiteral("scenarios"),
                             Cli::tr("the project already has a scenario \"%1\"").arg(*request.saveScenario),
                             Cli::tr("give --save-scenario a name of its own"));
        base = request.optimise.scenario ? *request.optimise.scenario : defaultScenario(project);
        validateScenario(*base, project.offices.offices, project.projectPath);
        checkOutputPath(request.projectOut, project);
    }
    if (!request.outPath.isEmpty())
        checkOutputPath(request.outPath, project);
    if (!request.outPath.isEmpty() && !request.projectOut.isEmpty()
        && QFileInfo(request.outPath).absoluteFilePath() == QFileInfo(request.projectOut).absoluteFilePath())
        throw UsageError{Cli::tr("--out and --project-out name the same file")};

    const ClosureOptimisation optimisation = runOptimisation(project, criteria, request.optimise, err, request.quiet);

    const ClosureSet *saved = nullptr;
    if (request.saveScenario) {
        saved = optimisation.setWithClosures(*request.optimise.closures);
        if (!saved)
            throw InputError(request.projectOut, QString(),
                             Cli::tr("the optimiser found no set of %1 closures to save").arg(*request.optimise.closures),
                             Cli::tr("give it more time (--time-limit) or fewer constraints"));
    }

    const EvaluationTable table = optimisationTable(optimisation, project.offices.offices);
    if (!request.outPath.isEmpty()) {
        writeOptimisationFile(request.outPath, table);
        printWritten(err, request.outPath, request.quiet);
    } else if (request.text) {
        out << textOutput(optimisation, project, !request.optimise.closures);
    } else {
        QByteArray csv = evaluationCsv(table);
        csv.remove(0, 3); // no BOM on standard output; --out FILE.csv has one for Excel
        out << QString::fromUtf8(csv);
    }
    flushStandardOutput(out);

    if (saved) {
        saveScenarioProject(project, optimisation, *saved, *base, request);
        if (!saved->provenOptimal)
            err << Cli::tr("warning: the saved set is the best found, not proven optimal") << Qt::endl;
        if (!request.quiet)
            err << (saved->closedOfficeIds.isEmpty()
                        ? Cli::tr("Wrote %1 with the scenario %2, which closes no counter.")
                              .arg(request.projectOut, *request.saveScenario)
                        : Cli::tr("Wrote %1 with the scenario %2, which closes %3.")
                              .arg(request.projectOut, *request.saveScenario,
                                   officeLabels(project.offices.offices, saved->closedOfficeIds)))
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace madoguchi::app::cli
