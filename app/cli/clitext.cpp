#include "app/cli/clitext.h"

#include "app/lib/languagesettings.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/evaluator.h"
#include "core/fiscalyear.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace madoguchi::app::cli {

namespace {

// East Asian wide characters take two columns in a terminal.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100 && !(c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F)) ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width, bool right)
{
    const QString padding(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? padding + text : text + padding;
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
                      .arg(fiscalYearName(*impact.fiscalYear, interfaceLanguage()))
                      .arg(*impact.totalWorkloadBefore, 0, 'f', 1)
                      .arg(*impact.totalWorkloadAfter, 0, 'f', 1)
                      .arg(wardWorkloadBefore, 0, 'f', 1)
                      .arg(wardWorkloadAfter, 0, 'f', 1);
    else if (impact.fiscalYear)
        text += QLatin1Char('\n')
                + Cli::tr("%1 workload: not totalled, some counts are missing.").arg(fiscalYearName(*impact.fiscalYear, interfaceLanguage()));
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

} // namespace

QString commandHelp(const QCommandLineParser &parser, const QString &usage)
{
    const QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return Cli::tr("Usage: %1").arg(usage) + (firstLineEnd < 0 ? QStringLiteral("\n") : text.mid(firstLineEnd));
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

QString decisionCountsText(const Scenario &scenario, const std::vector<Office> &offices)
{
    const std::map<Decision, int> counts = decisionCounts(scenario, offices);
    QStringList parts;
    for (const auto &[decision, count] : counts)
        parts << QStringLiteral("%1 %2").arg(decisionKey(decision)).arg(count);
    return parts.join(QStringLiteral(", "));
}

void printSummaries(const ScenarioAnalysis &analysis, bool quiet, QTextStream &err)
{
    if (!quiet)
        err << summary(analysis.evaluation, *analysis.project) << Qt::endl;
    // The scenario's summary is the point of --scenario: printed even with --quiet.
    if (const Scenario *scenario = analysis.scenarioOrNull())
        err << scenarioSummary(*scenario, *analysis.project, analysis.recommendations, *analysis.impact) << Qt::endl;
}

QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows, const QList<int> &rightAligned)
{
    std::vector<int> widths(std::size_t(header.size()), 0);
    for (qsizetype i = 0; i < header.size(); ++i) {
        widths[std::size_t(i)] = displayWidth(header[i]);
        for (const QStringList &row : rows)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], displayWidth(row.value(i)));
    }
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out << padded(cells[i], widths[std::size_t(i)], rightAligned.contains(int(i)));
        QString text = out.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

void printWritten(QTextStream &err, const QString &path, bool quiet)
{
    if (!quiet)
        err << Cli::tr("Wrote %1").arg(path) << Qt::endl;
}

void flushStandardOutput(QTextStream &out)
{
    out.flush();
    if (out.status() != QTextStream::WriteFailed)
        return;
    const QIODevice *device = out.device();
    throw OutputError{device ? device->errorString() : QString()};
}

DrawingLanguage::DrawingLanguage(const QString &language)
{
    installTranslators(*QCoreApplication::instance(), language);
}

DrawingLanguage::~DrawingLanguage()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace madoguchi::app::cli
