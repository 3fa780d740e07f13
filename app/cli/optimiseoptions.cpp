#include "app/cli/optimiseoptions.h"

#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/projectloader.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>

namespace madoguchi::app::cli {

namespace {

const QStringList &constraintOptionNames()
{
    static const QStringList names = {
        QStringLiteral("must-keep"),   QStringLiteral("must-close"),        QStringLiteral("require-within-guide"),
        QStringLiteral("max-workload"), QStringLiteral("max-gain"),         QStringLiteral("max-gain-workload"),
        QStringLiteral("time-limit"),
    };
    return names;
}

// The office ids of a repeatable option whose values list them separated by commas, in the order given,
// each once.
QStringList officeIdsOption(const QCommandLineParser &parser, const QString &option)
{
    QStringList ids;
    for (const QString &value : parser.values(option))
        for (const QString &part : value.split(QLatin1Char(',')))
            if (const QString id = part.trimmed(); !id.isEmpty() && !ids.contains(id))
                ids << id;
    if (parser.isSet(option) && ids.isEmpty())
        throw UsageError{Cli::tr("--%1 expects office ids separated by commas, e.g. br_oe,br_akitsu").arg(option)};
    return ids;
}

} // namespace

void addClosureConstraintOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("must-keep"),
                      Cli::tr("Branch offices whose counter must stay open, as office ids separated by commas "
                              "(repeatable)."),
                      Cli::tr("IDS")});
    parser.addOption({QStringLiteral("must-close"),
                      Cli::tr("Branch offices whose counter must close, as office ids separated by commas "
                              "(repeatable); they count among the closures."),
                      Cli::tr("IDS")});
    parser.addOption({QStringLiteral("require-within-guide"),
                      Cli::tr("Only a counter within the distance guide of its nearest ward office may close (the "
                              "policy's first criterion).")});
    parser.addOption({QStringLiteral("max-workload"),
                      Cli::tr("Only a counter whose workload (transactions in the judged fiscal year) is at most N "
                              "may close; not applied, and said so, when the offices table has no counts."),
                      Cli::tr("N")});
    parser.addOption({QStringLiteral("max-gain"),
                      Cli::tr("No open counter may gain more than N residents (its catchment after the closures "
                              "less its catchment with every counter open)."),
                      Cli::tr("N")});
    parser.addOption({QStringLiteral("max-gain-workload"),
                      Cli::tr("No open counter may receive more than N transactions of the closed counters' "
                              "workload in the judged fiscal year."),
                      Cli::tr("N")});
    parser.addOption({QStringLiteral("time-limit"),
                      Cli::tr("Stop after S seconds and give the best sets found, marked as not proven optimal "
                              "(default: no limit)."),
                      Cli::tr("S")});
}

bool closureConstraintOptionsSet(const QCommandLineParser &parser)
{
    for (const QString &name : constraintOptionNames())
        if (parser.isSet(name))
            return true;
    return false;
}

void addHarmMeasureOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("measure"),
                      Cli::tr("What the optimiser minimises: beyond (residents farther than the distance guide "
                              "from their nearest open counter, the default), beyond65 (those aged 65 and over) "
                              "or mean-distance (the population-weighted mean distance to the nearest open "
                              "counter)."),
                      Cli::tr("MEASURE")});
}

HarmMeasure harmMeasureOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("measure")))
        return HarmMeasure::ResidentsBeyondGuide;
    const QString key = parser.value(QStringLiteral("measure")).trimmed().toLower();
    if (const std::optional<HarmMeasure> measure = harmMeasureFromKey(key))
        return *measure;
    throw UsageError{Cli::tr("--measure expects beyond, beyond65 or mean-distance, got \"%1\"")
                         .arg(parser.value(QStringLiteral("measure")))};
}

OptimiseRequest optimiseRequestFromOptions(const QCommandLineParser &parser, HarmMeasure measure)
{
    OptimiseRequest request;
    request.measure = measure;
    ClosureConstraints &constraints = request.constraints;
    constraints.mustKeep = officeIdsOption(parser, QStringLiteral("must-keep"));
    constraints.mustClose = officeIdsOption(parser, QStringLiteral("must-close"));
    constraints.requireWithinGuide = parser.isSet(QStringLiteral("require-within-guide"));
    constraints.maxWorkload = countOption(parser, QStringLiteral("max-workload"));
    constraints.maxResidentsGained = countOption(parser, QStringLiteral("max-gain"));
    constraints.maxWorkloadGained = countOption(parser, QStringLiteral("max-gain-workload"));
    if (parser.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0)
            throw UsageError{Cli::tr("--time-limit expects a positive number of seconds, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("time-limit")))};
        request.timeLimitSeconds = seconds;
    }
    return request;
}

ClosureOptimisation runOptimisation(const LoadedProject &project, const Criteria &criteria,
                                    const OptimiseRequest &request, QTextStream &err, bool quiet)
{
    ClosureOptimisation optimisation = optimiseClosures(project, criteria, request);
    if (optimisation.stoppedEarly)
        err << Cli::tr("warning: the time limit of %1 s stopped the optimiser: the sets not proven optimal are "
                       "the best it found.")
                   .arg(request.timeLimitSeconds)
            << Qt::endl;
    else if (!quiet)
        err << Cli::tr("Optimised in %1 s.").arg(optimisation.seconds, 0, 'f', 1) << Qt::endl;
    return optimisation;
}

} // namespace madoguchi::app::cli
