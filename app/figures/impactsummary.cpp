#include "app/figures/impactsummary.h"

#include "app/figures/correlationdata.h"
#include "app/figures/figureformat.h"
#include "app/figures/impactfigure.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"
#include "core/impact.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ImpactSummaryText" context of the translations.
struct ImpactSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(ImpactSummaryText)
};

QString residents(double value)
{
    return ImpactSummaryText::tr("%1 residents").arg(formatCount(value));
}

QString change(double from, double to)
{
    return ImpactSummaryText::tr("%1 → %2 (%3)").arg(residents(from), residents(to), ImpactSummaryText::tr("%1 residents").arg(formatSignedCount(to - from)));
}

QString nameOf(const ScenarioImpact &impact, const std::vector<Office> &offices, const QString &officeId)
{
    if (const CounterImpact *counter = impact.counter(officeId))
        if (counter->officeIndex >= 0 && std::size_t(counter->officeIndex) < offices.size()
            && offices[std::size_t(counter->officeIndex)].id == officeId
            && !offices[std::size_t(counter->officeIndex)].name.trimmed().isEmpty())
            return offices[std::size_t(counter->officeIndex)].name.trimmed();
    return officeId;
}

void addWorkload(std::vector<SummaryRow> &rows, const ScenarioImpact &impact, const std::vector<Office> &offices)
{
    const bool withPopulation = impact.residentsBeyondThreshold.has_value();
    if (!impact.fiscalYear) {
        rows.emplace_back(ImpactSummaryText::tr("Workload"), withPopulation
                                                   ? ImpactSummaryText::tr("no counts loaded for any fiscal year — catchments are shown instead")
                                                   : ImpactSummaryText::tr("no counts loaded for any fiscal year, and no population layer: "
                                                              "there is nothing to chart"));
        return;
    }
    const int year = *impact.fiscalYear;
    double moved = 0.0;
    QStringList missing;
    for (const CounterTransfer &transfer : impact.transfers) {
        if (transfer.workload)
            moved += *transfer.workload;
        else
            missing << nameOf(impact, offices, transfer.fromOfficeId);
    }
    const QString yearText = fiscalYearName(year, interfaceLanguage());
    if (missing.isEmpty())
        rows.emplace_back(ImpactSummaryText::tr("Workload moved"), ImpactSummaryText::tr("%1 (%2) from the closed counters to the receiving counters")
                                                          .arg(impactValueText(CorrelationMeasure::Workload, moved), yearText));
    else
        rows.emplace_back(ImpactSummaryText::tr("Workload moved"),
                          ImpactSummaryText::tr("not known (%1): no count for %2").arg(yearText, missing.join(ImpactSummaryText::tr(", "))));
}

} // namespace

std::vector<SummaryRow> impactSummaryRows(const ScenarioImpact *impact, const std::vector<Office> &offices,
                                          double thresholdMeters)
{
    std::vector<SummaryRow> rows;
    if (!impact) {
        rows.emplace_back(ImpactSummaryText::tr("No scenario impact: choose a scenario to see what it does to the counters"), QString());
        return rows;
    }
    rows.emplace_back(ImpactSummaryText::tr("Scenario"), impact->scenarioName);

    const int before = int(impact->counters.size());
    const int closed = impact->closedCount();
    const int after = before - closed;
    const QLocale locale = figureLocale();
    rows.emplace_back(ImpactSummaryText::tr("Counters open"), ImpactSummaryText::tr("%1 → %2 (%3)")
                                                     .arg(locale.toString(before), locale.toString(after),
                                                          formatSignedCount(double(after - before))));
    QStringList closedNames;
    for (const CounterImpact &counter : impact->counters)
        if (!counter.openAfter)
            closedNames << nameOf(*impact, offices, counter.officeId);
    rows.emplace_back(ImpactSummaryText::tr("Closed counters"),
                      closedNames.isEmpty()
                          ? ImpactSummaryText::tr("none")
                          : ImpactSummaryText::tr("%1 (%2)").arg(locale.toString(closed), closedNames.join(ImpactSummaryText::tr(", "))));
    addWorkload(rows, *impact, offices);

    const double threshold = impact->residentsBeyondThreshold ? impact->residentsBeyondThreshold->thresholdMeters
                                                              : thresholdMeters;
    const QString guide = locale.toString(threshold / 1000.0, 'g', 4);
    if (const auto &beyond = impact->residentsBeyondThreshold) {
        rows.emplace_back(ImpactSummaryText::tr("Residents over %1 km from an open counter").arg(guide),
                          change(beyond->populationBefore, beyond->populationAfter));
        rows.emplace_back(ImpactSummaryText::tr("Aged 65+ over %1 km from an open counter").arg(guide),
                          change(beyond->population65Before, beyond->population65After));
        double total = 0.0;
        double total65 = 0.0;
        for (const ClosedOfficeAccess &access : impact->closedOffices) {
            total += access.population;
            total65 += access.population65;
        }
        if (!impact->closedOffices.empty())
            rows.emplace_back(ImpactSummaryText::tr("Residents whose counter closes"),
                              ImpactSummaryText::tr("%1 (aged 65+: %2)").arg(residents(total), residents(total65)));
    } else {
        rows.emplace_back(ImpactSummaryText::tr("Residents beyond the %1 km guide").arg(guide),
                          ImpactSummaryText::tr("not counted: the project has no population layer"));
    }
    return rows;
}

} // namespace madoguchi::app
