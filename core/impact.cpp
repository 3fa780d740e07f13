#include "core/impact.h"

#include "core/codepointorder.h"
#include "core/distancecalculator.h"
#include "core/evaluator.h"
#include "core/feedback.h"
#include "core/fiscalyear.h"
#include "core/recommendation.h"
#include "core/scenario.h"
#include "core/terms.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace madoguchi {

namespace {

// Messages are looked up in the "ImpactText" context of the translations.
struct ImpactText
{
    Q_DECLARE_TR_FUNCTIONS(ImpactText)
};

// The same tie rule as the evaluation and assignCatchments: coordinates are given to about a metre, so
// distances that differ by less than a millimetre are equal and the office id sorting first wins.
constexpr double kTieToleranceMeters = 0.001;

QString wardKey(const QString &ward)
{
    return ward.normalized(QString::NormalizationForm_KC).trimmed();
}

QString officeLocation(const Office &office)
{
    return ImpactText::tr("office %1 (%2)").arg(office.id, office.name);
}

void validateOffices(const EvaluationInput &input, const Scenario &scenario)
{
    std::set<QString> ids;
    bool anyWardOffice = false;
    for (const Office &office : input.offices) {
        if (office.id.isEmpty() || !ids.insert(office.id).second) {
            throw InputError(QString(), ImpactText::tr("row %1").arg(office.sourceRow),
                             office.id.isEmpty() ? ImpactText::tr("office %1 has no id").arg(office.name)
                                                 : ImpactText::tr("office id %1 is used twice").arg(office.id),
                             ImpactText::tr("give every office a unique id"));
        }
        anyWardOffice = anyWardOffice || office.isWardOffice();
    }
    if (!anyWardOffice) {
        throw InputError(QString(), QString(), ImpactText::tr("the offices table has no ward office"),
                         ImpactText::tr("the offices table needs at least one row of kind ward_office (区役所): "
                                        "ward offices always stay open and receive the closed counters' work"));
    }
    const double threshold = input.criteria.distanceThresholdMeters;
    if (!std::isfinite(threshold) || threshold <= 0.0) {
        throw InputError(QString(), QStringLiteral("criteria.distanceThresholdMeters"),
                         ImpactText::tr("the distance guide %1 m is not a positive distance").arg(threshold),
                         ImpactText::tr("set a distance guide in metres, e.g. 5000 for Kumamoto's 5 km"));
    }
    validateScenario(scenario, input.offices);
}

struct Receiver
{
    int officeIndex = -1;
    double distanceMeters = 0.0;
};

Receiver nearestOpenCounter(const Office &from, const std::vector<int> &openOffices, const std::vector<Office> &offices,
                            const DistanceCalculator &distance)
{
    std::vector<double> meters;
    meters.reserve(openOffices.size());
    double best = std::numeric_limits<double>::infinity();
    for (int index : openOffices) {
        const Office &to = offices[std::size_t(index)];
        const double d = distance.distanceMeters(from.location, to.location);
        if (!std::isfinite(d) || d < 0.0) {
            throw InputError(QString(), officeLocation(from),
                             ImpactText::tr("the distance to %1 cannot be computed").arg(officeLocation(to)),
                             ImpactText::tr("check the coordinates of both offices (longitude -180..180, "
                                            "latitude -90..90 degrees)"));
        }
        meters.push_back(d);
        best = std::min(best, d);
    }
    Receiver receiver;
    for (std::size_t i = 0; i < openOffices.size(); ++i) {
        if (meters[i] > best + kTieToleranceMeters)
            continue;
        const Office &candidate = offices[std::size_t(openOffices[i])];
        if (receiver.officeIndex < 0
            || lessByCodePoint(candidate.id, offices[std::size_t(receiver.officeIndex)].id)) {
            receiver.officeIndex = openOffices[i];
            receiver.distanceMeters = meters[i];
        }
    }
    return receiver;
}

std::optional<double> workloadIn(const Office &office, int year)
{
    const auto it = office.workloadByFiscalYear.find(year);
    if (it == office.workloadByFiscalYear.end())
        return std::nullopt;
    return it->second;
}

// Adds b to a; the sum is unknown as soon as one part is.
void addKnown(std::optional<double> &sum, const std::optional<double> &part)
{
    if (sum && part)
        *sum += *part;
    else
        sum.reset();
}

// Moves the closed counters' workloads to their receivers.
void moveWorkloads(ScenarioImpact &impact, const std::vector<Office> &offices)
{
    const int year = *impact.fiscalYear;
    const QString yearName = fiscalYearName(year, translationLanguage());
    for (CounterImpact &counter : impact.counters) {
        counter.workloadBefore = workloadIn(offices[std::size_t(counter.officeIndex)], year);
        if (!counter.workloadBefore) {
            impact.warnings.push_back(
                Diagnostic{Severity::Warning, QString(), officeLocation(offices[std::size_t(counter.officeIndex)]),
                           ImpactText::tr("has no %1 workload: the workload totals are unknown")
                               .arg(yearName),
                           ImpactText::tr("fill in the office's count for %1 in the offices table").arg(yearName)});
        }
        counter.workloadAfter = counter.openAfter ? counter.workloadBefore : std::optional<double>(0.0);
    }
    std::map<QString, CounterImpact *> byId;
    for (CounterImpact &counter : impact.counters)
        byId[counter.officeId] = &counter;
    for (CounterTransfer &transfer : impact.transfers) {
        transfer.workload = byId.at(transfer.fromOfficeId)->workloadBefore;
        addKnown(byId.at(transfer.toOfficeId)->workloadAfter, transfer.workload);
    }

    impact.totalWorkloadBefore = 0.0;
    impact.totalWorkloadAfter = 0.0;
    for (const CounterImpact &counter : impact.counters) {
        addKnown(impact.totalWorkloadBefore, counter.workloadBefore);
        addKnown(impact.totalWorkloadAfter, counter.workloadAfter);
    }
}

// Catchments before (every counter) and after (the open counters), the residents beyond the guide and
// the closed offices' former catchments.
void moveResidents(ScenarioImpact &impact, const EvaluationInput &input, const std::vector<int> &openOffices,
                   const DistanceCalculator &distance, Feedback *feedback)
{
    const std::vector<PopulationCell> &cells = *input.population;
    const std::vector<Office> &offices = input.offices;

    std::vector<Counter> allCounters;
    for (const Office &office : offices)
        allCounters.push_back(Counter{office.id, office.location});
    std::vector<Counter> openCounters;
    for (int index : openOffices)
        openCounters.push_back(allCounters[std::size_t(index)]);

    // Each assignment reports into its half of the bar; a cancel on the caller's feedback stops it at
    // the next progress report.
    auto run = [&](const std::vector<Counter> &counters, double start) {
        std::optional<Feedback> part;
        if (feedback) {
            part.emplace([feedback, start](double fraction) {
                feedback->checkCancelled();
                feedback->setProgress(start + 0.5 * fraction);
            });
        }
        return assignCatchments(cells, counters, distance, part ? &*part : nullptr);
    };
    const CatchmentAssignment before = run(allCounters, 0.0);
    const CatchmentAssignment after = run(openCounters, 0.5);

    for (CounterImpact &counter : impact.counters) {
        counter.catchmentBefore = before.catchments[std::size_t(counter.officeIndex)];
        CounterCatchment empty;
        empty.officeId = counter.officeId;
        counter.catchmentAfter = empty;
    }
    for (std::size_t i = 0; i < openOffices.size(); ++i)
        impact.counters[std::size_t(openOffices[i])].catchmentAfter = after.catchments[i];

    for (CounterTransfer &transfer : impact.transfers) {
        const CounterImpact *from = impact.counter(transfer.fromOfficeId);
        transfer.population = from->catchmentBefore->population;
        transfer.population65 = from->catchmentBefore->population65;
    }

    ResidentsBeyondThreshold beyond;
    beyond.thresholdMeters = input.criteria.distanceThresholdMeters;
    std::map<int, ClosedOfficeAccess> access;   // by office index
    std::map<int, double> weightedBefore;
    std::map<int, double> weightedAfter;
    for (const CounterImpact &counter : impact.counters) {
        if (!counter.openAfter) {
            access[counter.officeIndex].officeId = counter.officeId;
            weightedBefore[counter.officeIndex] = 0.0;
            weightedAfter[counter.officeIndex] = 0.0;
        }
    }
    impact.cellsBeyondThresholdAfter.assign(cells.size(), false);
    double residents = 0.0;
    double residentMetersBefore = 0.0;
    double residentMetersAfter = 0.0;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const PopulationCell &cell = cells[c];
        const double population65 = cell.population65.value_or(0.0);
        const double distanceBefore = before.distanceOfCellMeters[c];
        const double distanceAfter = after.distanceOfCellMeters[c];
        residents += cell.population;
        residentMetersBefore += cell.population * distanceBefore;
        residentMetersAfter += cell.population * distanceAfter;
        if (distanceBefore > beyond.thresholdMeters) {
            beyond.populationBefore += cell.population;
            beyond.population65Before += population65;
        }
        if (distanceAfter > beyond.thresholdMeters) {
            impact.cellsBeyondThresholdAfter[c] = true;
            beyond.populationAfter += cell.population;
            beyond.population65After += population65;
        }
        const int formerOffice = before.counterOfCell[c];
        const auto closed = access.find(formerOffice);
        if (closed != access.end()) {
            closed->second.population += cell.population;
            closed->second.population65 += population65;
            weightedBefore[formerOffice] += cell.population * distanceBefore;
            weightedAfter[formerOffice] += cell.population * distanceAfter;
        }
    }
    impact.residentsBeyondThreshold = beyond;
    if (residents > 0.0) {
        impact.meanDistanceBeforeMeters = residentMetersBefore / residents;
        impact.meanDistanceAfterMeters = residentMetersAfter / residents;
    }
    for (auto &[index, closed] : access) {
        if (closed.population > 0.0) {
            closed.meanDistanceBeforeMeters = weightedBefore[index] / closed.population;
            closed.meanDistanceAfterMeters = weightedAfter[index] / closed.population;
        }
        impact.closedOffices.push_back(closed); // std::map: in table (index) order
    }
}

void sumWards(ScenarioImpact &impact, bool withPopulation)
{
    std::map<QString, std::size_t> wardIndex;
    for (const CounterImpact &counter : impact.counters) {
        const QString key = wardKey(counter.ward);
        auto it = wardIndex.find(key);
        if (it == wardIndex.end()) {
            WardImpact ward;
            ward.ward = counter.ward.trimmed();
            if (impact.fiscalYear) {
                ward.workloadBefore = 0.0;
                ward.workloadAfter = 0.0;
            }
            if (withPopulation) {
                ward.populationBefore = 0.0;
                ward.populationAfter = 0.0;
                ward.population65Before = 0.0;
                ward.population65After = 0.0;
            }
            it = wardIndex.emplace(key, impact.wards.size()).first;
            impact.wards.push_back(ward);
        }
        WardImpact &ward = impact.wards[it->second];
        ward.openCountersBefore += 1;
        ward.openCountersAfter += counter.openAfter ? 1 : 0;
        if (impact.fiscalYear) {
            addKnown(ward.workloadBefore, counter.workloadBefore);
            addKnown(ward.workloadAfter, counter.workloadAfter);
        }
        if (withPopulation) {
            *ward.populationBefore += counter.catchmentBefore->population;
            *ward.populationAfter += counter.catchmentAfter->population;
            *ward.population65Before += counter.catchmentBefore->population65;
            *ward.population65After += counter.catchmentAfter->population65;
        }
    }
}

} // namespace

int ScenarioImpact::closedCount() const
{
    int closed = 0;
    for (const CounterImpact &counter : counters)
        closed += counter.openAfter ? 0 : 1;
    return closed;
}

const CounterImpact *ScenarioImpact::counter(const QString &officeId) const
{
    for (const CounterImpact &candidate : counters) {
        if (candidate.officeId == officeId)
            return &candidate;
    }
    return nullptr;
}

ScenarioImpact assessImpact(const EvaluationInput &input, const Scenario &scenario, const DistanceCalculator &distance,
                            Feedback *feedback)
{
    validateOffices(input, scenario);
    const std::vector<Office> &offices = input.offices;

    ScenarioImpact impact;
    impact.scenarioName = scenario.name;
    impact.fiscalYear = judgedWorkloadFiscalYear(input.criteria, offices);

    std::vector<int> openOffices;
    for (std::size_t i = 0; i < offices.size(); ++i) {
        CounterImpact counter;
        counter.officeIndex = int(i);
        counter.officeId = offices[i].id;
        counter.ward = offices[i].ward;
        counter.decision = decisionFor(scenario, offices[i]);
        counter.openAfter = isOpenCounter(counter.decision);
        if (counter.openAfter)
            openOffices.push_back(int(i));
        impact.counters.push_back(std::move(counter));
    }

    for (CounterImpact &counter : impact.counters) {
        if (feedback)
            feedback->checkCancelled();
        if (counter.openAfter)
            continue;
        const Office &office = offices[std::size_t(counter.officeIndex)];
        const Receiver receiver = nearestOpenCounter(office, openOffices, offices, distance);
        CounterImpact &receiving = impact.counters[std::size_t(receiver.officeIndex)];
        counter.receivingOfficeId = receiving.officeId;
        counter.distanceToReceivingMeters = receiver.distanceMeters;
        receiving.receivedFrom.append(counter.officeId);

        CounterTransfer transfer;
        transfer.fromOfficeId = counter.officeId;
        transfer.toOfficeId = receiving.officeId;
        transfer.distanceMeters = receiver.distanceMeters;
        impact.transfers.push_back(transfer);
    }

    if (impact.fiscalYear)
        moveWorkloads(impact, offices);
    if (input.population)
        moveResidents(impact, input, openOffices, distance, feedback);
    sumWards(impact, input.population.has_value());

    if (feedback)
        feedback->setProgress(1.0);
    return impact;
}

} // namespace madoguchi
