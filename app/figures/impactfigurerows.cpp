// The rows of the impact figure (impactChartRows): what each counter or ward shows, and which counters
// have nothing to show.

#include "app/figures/impactfigure.h"

#include "core/impact.h"
#include "core/terms.h"

#include <map>

namespace madoguchi::app {

namespace {

QString wardKey(const QString &ward)
{
    return ward.normalized(QString::NormalizationForm_KC).trimmed();
}

// The 65+ count of a catchment is known when the catchment is empty or some of its cells have a 65+
// value (it is the sum over those).
bool knows65(int cells, int cellsWithout65)
{
    return cells == 0 || cellsWithout65 < cells;
}

std::optional<double> population65Of(const std::optional<CounterCatchment> &catchment)
{
    if (!catchment || !knows65(catchment->cells, catchment->cellsWithoutPopulation65))
        return std::nullopt;
    return catchment->population65;
}

QString officeName(const ScenarioImpact &impact, const std::vector<Office> &offices, const QString &officeId)
{
    if (const CounterImpact *counter = impact.counter(officeId))
        if (counter->officeIndex >= 0 && std::size_t(counter->officeIndex) < offices.size()) {
            const Office &office = offices[std::size_t(counter->officeIndex)];
            if (office.id == officeId && !office.name.trimmed().isEmpty())
                return office.name.trimmed();
        }
    return officeId;
}

// The workload each counter receives from the closed counters, by office id: the transfers whose count
// is known (a transfer without one leaves its receiver's after unknown, and the note says so).
std::map<QString, double> receivedWorkloads(const ScenarioImpact &impact)
{
    std::map<QString, double> received;
    for (const CounterTransfer &transfer : impact.transfers)
        if (transfer.workload)
            received[transfer.toOfficeId] += *transfer.workload;
    return received;
}

double receivedBy(const std::map<QString, double> &received, const QString &officeId)
{
    const auto it = received.find(officeId);
    return it == received.end() ? 0.0 : it->second;
}

void setCounterValues(ImpactChartRow &row, const CounterImpact &counter, CorrelationMeasure measure, double received)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        row.before = counter.workloadBefore;
        row.after = counter.workloadAfter;
        row.received = received;
        break;
    case CorrelationMeasure::Catchment:
        if (counter.catchmentBefore)
            row.before = counter.catchmentBefore->population;
        if (counter.catchmentAfter)
            row.after = counter.catchmentAfter->population;
        break;
    case CorrelationMeasure::Catchment65:
        row.before = population65Of(counter.catchmentBefore);
        row.after = population65Of(counter.catchmentAfter);
        break;
    }
}

ImpactChartRows counterRows(const ScenarioImpact &impact, const std::vector<Office> &offices, CorrelationMeasure measure)
{
    ImpactChartRows result;
    const std::map<QString, double> received = receivedWorkloads(impact);
    QStringList used;
    for (const CounterImpact &counter : impact.counters) {
        ImpactChartRow row;
        row.officeIds = {counter.officeId};
        row.label = officeName(impact, offices, counter.officeId);
        row.closed = !counter.openAfter;
        setCounterValues(row, counter, measure, receivedBy(received, counter.officeId));
        // Nothing to draw (a ward office without counts that receives nothing): named once in the note.
        if (!row.before && !row.after && row.received <= 0.0) {
            result.withoutValue << row.label;
            continue;
        }
        if (row.closed)
            row.label = ImpactFigure::tr("%1 (closed)").arg(row.label);
        // Two offices of the same name are told apart by their ids.
        if (used.contains(row.label))
            row.label = QStringLiteral("%1 [%2]").arg(row.label, counter.officeId);
        used << row.label;
        result.rows.push_back(std::move(row));
    }
    return result;
}

// A ward's workload over the counters that have a count, plus what the others receive: the ward office
// without counts still shows the work it takes over. `partial` when a counter of the ward has no count.
void setWardWorkload(ImpactChartRow &row, const ScenarioImpact &impact, const QString &ward,
                     const std::map<QString, double> &received, const std::vector<Office> &offices, QStringList &without)
{
    double before = 0.0;
    double after = 0.0;
    bool anyCount = false;
    for (const CounterImpact &counter : impact.counters) {
        if (wardKey(counter.ward) != wardKey(ward))
            continue;
        const double in = receivedBy(received, counter.officeId);
        row.received += in;
        after += in;
        if (!counter.workloadBefore) {
            row.partial = true;
            without << officeName(impact, offices, counter.officeId);
            continue;
        }
        anyCount = true;
        before += *counter.workloadBefore;
        after += counter.openAfter ? *counter.workloadBefore : 0.0;
    }
    if (anyCount)
        row.before = before;
    if (anyCount || row.received > 0.0)
        row.after = after;
}

void setWardPopulation(ImpactChartRow &row, const ScenarioImpact &impact, const WardImpact &ward, bool aged65)
{
    if (!aged65) {
        row.before = ward.populationBefore;
        row.after = ward.populationAfter;
        return;
    }
    int cellsBefore = 0, without65Before = 0, cellsAfter = 0, without65After = 0;
    for (const CounterImpact &counter : impact.counters) {
        if (wardKey(counter.ward) != wardKey(ward.ward))
            continue;
        if (counter.catchmentBefore) {
            cellsBefore += counter.catchmentBefore->cells;
            without65Before += counter.catchmentBefore->cellsWithoutPopulation65;
        }
        if (counter.catchmentAfter) {
            cellsAfter += counter.catchmentAfter->cells;
            without65After += counter.catchmentAfter->cellsWithoutPopulation65;
        }
    }
    if (ward.population65Before && knows65(cellsBefore, without65Before))
        row.before = ward.population65Before;
    if (ward.population65After && knows65(cellsAfter, without65After))
        row.after = ward.population65After;
}

ImpactChartRows wardRows(const ScenarioImpact &impact, const std::vector<Office> &offices, CorrelationMeasure measure)
{
    ImpactChartRows result;
    const std::map<QString, double> received = receivedWorkloads(impact);
    for (const WardImpact &ward : impact.wards) {
        ImpactChartRow row;
        row.label = ward.ward.isEmpty() ? ImpactFigure::tr("(no ward)") : ward.ward;
        for (const CounterImpact &counter : impact.counters)
            if (wardKey(counter.ward) == wardKey(ward.ward))
                row.officeIds << counter.officeId;
        if (measure == CorrelationMeasure::Workload)
            setWardWorkload(row, impact, ward.ward, received, offices, result.withoutValue);
        else
            setWardPopulation(row, impact, ward, measure == CorrelationMeasure::Catchment65);
        if (row.partial)
            row.label += QStringLiteral(" *");
        if (!row.before && !row.after && row.received <= 0.0) {
            if (measure != CorrelationMeasure::Workload) // the workload's counters are named already
                result.withoutValue << row.label;
            continue;
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace

ImpactChartRows impactChartRows(const ScenarioImpact &impact, const std::vector<Office> &offices,
                                ImpactGrouping grouping, CorrelationMeasure measure)
{
    return grouping == ImpactGrouping::PerWard ? wardRows(impact, offices, measure) : counterRows(impact, offices, measure);
}

} // namespace madoguchi::app
