#include "app/lib/closureoptimiser.h"

#include "app/lib/mipsolver.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "core/terms.h"
#include "gis/projgeodesic.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ClosureOptimiserText" context of the translations.
struct ClosureOptimiserText
{
    Q_DECLARE_TR_FUNCTIONS(ClosureOptimiserText)
};

using Clock = std::chrono::steady_clock;

// The most work (steps × free offices × cells' reach entries) spent on a greedy first set.
constexpr double kGreedyBudget = 2e8;

// What the optimiser may do with an office's counter.
enum class Freedom {
    Free,   // the optimiser chooses
    Open,   // a ward office, must keep, or kept by a constraint
    Closed, // must close
};

QString officeText(const Office &office)
{
    return ClosureOptimiserText::tr("%1 (%2)").arg(office.name, office.id);
}

// The planner's lists and constraints, checked against the offices table, as a freedom per office.
struct Setup
{
    std::vector<Freedom> freedom;
    std::vector<int> freeOffices; // table order
    int mustCloseCount = 0;
};

Setup setUp(const ClosureProblem &problem, const ClosureConstraints &constraints, ClosureOptimisation &answer)
{
    const std::vector<Office> &offices = problem.offices();
    Setup setup;
    setup.freedom.assign(offices.size(), Freedom::Free);
    for (std::size_t o = 0; o < offices.size(); ++o) {
        if (offices[o].isWardOffice())
            setup.freedom[o] = Freedom::Open;
    }

    auto officeOf = [&](const QString &id, const QString &list) {
        const int index = problem.officeIndex(id.trimmed());
        if (index < 0) {
            throw InputError(QString(), list,
                             ClosureOptimiserText::tr("office %1 is not in the offices table").arg(id),
                             ClosureOptimiserText::tr("use the ids of the offices table's id column"));
        }
        if (offices[std::size_t(index)].isWardOffice()) {
            throw InputError(QString(), list,
                             ClosureOptimiserText::tr("%1 is a ward office, whose counter always stays open")
                                 .arg(officeText(offices[std::size_t(index)])),
                             ClosureOptimiserText::tr("list branch offices only"));
        }
        return index;
    };
    const QString keepList = ClosureOptimiserText::tr("must keep");
    const QString closeList = ClosureOptimiserText::tr("must close");
    std::set<int> keep;
    for (const QString &id : constraints.mustKeep)
        keep.insert(officeOf(id, keepList));
    std::set<int> close;
    for (const QString &id : constraints.mustClose) {
        const int index = officeOf(id, closeList);
        if (keep.count(index)) {
            throw InputError(QString(), closeList,
                             ClosureOptimiserText::tr("%1 is both in must keep and in must close")
                                 .arg(officeText(offices[std::size_t(index)])),
                             ClosureOptimiserText::tr("remove it from one of the two lists"));
        }
        close.insert(index);
    }

    const std::optional<int> year = problem.fiscalYear();
    const bool workloadLimits = constraints.maxWorkload || constraints.maxWorkloadGained;
    if (workloadLimits && !year) {
        if (constraints.maxWorkload)
            answer.notApplied.append(ClosureOptimiserText::tr("The workload limit for a closing counter was not "
                                                              "applied: the offices table has no counts."));
        if (constraints.maxWorkloadGained)
            answer.notApplied.append(ClosureOptimiserText::tr("The limit on the workload a counter gains was not "
                                                              "applied: the offices table has no counts."));
    }

    const double guide = problem.criteria().distanceThresholdMeters;
    for (std::size_t o = 0; o < offices.size(); ++o) {
        if (offices[o].isWardOffice())
            continue;
        std::optional<KeepReason> reason;
        if (keep.count(int(o))) {
            reason = KeepReason::MustKeep;
        } else if (constraints.requireWithinGuide && problem.distanceToWardOfficeMeters(o) > guide) {
            reason = KeepReason::BeyondGuide;
        } else if (year && workloadLimits && !problem.workload()[o]) {
            reason = KeepReason::NoWorkload;
        } else if (year && constraints.maxWorkload && *problem.workload()[o] > *constraints.maxWorkload) {
            reason = KeepReason::WorkloadAbove;
        }
        if (close.count(int(o))) {
            if (reason) {
                const QString why = *reason == KeepReason::BeyondGuide
                    ? ClosureOptimiserText::tr("it is farther than the distance guide from its nearest ward office")
                    : *reason == KeepReason::NoWorkload
                    ? ClosureOptimiserText::tr("its workload in %1 is not known, so the workload limits cannot be "
                                               "checked").arg(fiscalYearName(*year, translationLanguage()))
                    : ClosureOptimiserText::tr("its workload is above the limit");
                throw InputError(QString(), closeList,
                                 ClosureOptimiserText::tr("%1 must close, but the constraints keep it open: %2")
                                     .arg(officeText(offices[o]), why),
                                 ClosureOptimiserText::tr("take it out of must close, or turn the constraint off"));
            }
            setup.freedom[o] = Freedom::Closed;
            ++setup.mustCloseCount;
            answer.mustCloseOfficeIds.append(offices[o].id);
        } else if (reason) {
            setup.freedom[o] = Freedom::Open;
            answer.keptOffices.push_back(KeptOffice{offices[o].id, *reason});
        } else {
            setup.freeOffices.push_back(int(o));
            answer.freeOfficeIds.append(offices[o].id);
        }
    }
    return setup;
}

// The mixed-integer program for one problem, setup and set of limits; only the number of closures
// changes between the solves of a frontier.
class ClosureProgram
{
public:
    ClosureProgram(const ClosureProblem &problem, const Setup &setup, const ClosureConstraints &constraints)
        : mProblem(problem), mSetup(setup)
    {
        const bool residentsGain = constraints.maxResidentsGained.has_value();
        const bool workloadGain = constraints.maxWorkloadGained.has_value() && problem.fiscalYear();
        // The gains depend on where residents go, so each "all closed" variable must be exact then, not
        // only at least its value.
        mExact = residentsGain || workloadGain;

        mClosedColumn.assign(problem.offices().size(), -1);
        for (int o : setup.freeOffices)
            mClosedColumn[std::size_t(o)] = addColumn(0.0, 1.0, true, {-1, -1});

        buildMeasures();
        if (residentsGain) {
            mResidentsLimit = constraints.maxResidentsGained;
            addResidentsGainRows(*constraints.maxResidentsGained);
        }
        if (workloadGain) {
            mWorkloadLimit = constraints.maxWorkloadGained;
            addWorkloadGainRows(*constraints.maxWorkloadGained);
        }
    }

    struct Solved
    {
        MipStatus status = MipStatus::NoSolution;
        std::vector<bool> closed;
        double bound = 0.0;
    };

    // The best set with `closures` closures (must close included) on `measure`, then, among the sets as
    // good as it, the one with the smallest mean distance.
    Solved solve(int closures, HarmMeasure measure, const std::vector<bool> &start, const MipOptions &base)
    {
        if (mSetup.freeOffices.empty())
            return onlySet();
        MipProgram program = programWith(closures);
        const Objective &primary = mObjectives[measure];
        program.setObjective(primary.coefficients, primary.offset);
        MipOptions options = base;
        if (!start.empty())
            options.start = columnValues(start);
        const MipResult first = solveMip(program, options);

        Solved solved;
        solved.status = first.status;
        solved.bound = first.bound;
        if (first.status == MipStatus::Infeasible || first.status == MipStatus::NoSolution)
            return solved;
        solved.closed = closedOf(first.values);
        if (measure == HarmMeasure::MeanDistance || first.status != MipStatus::Optimal)
            return solved;

        // Ties on the residents beyond the guide are common (no one beyond for the first closures): of
        // those, the set that keeps residents nearest.
        std::vector<int> columns;
        std::vector<double> coefficients;
        for (std::size_t c = 0; c < primary.coefficients.size(); ++c) {
            if (primary.coefficients[c] != 0.0) {
                columns.push_back(int(c));
                coefficients.push_back(primary.coefficients[c]);
            }
        }
        const double tolerance = 1e-6 + 1e-9 * std::abs(first.objective);
        program.addRow(columns, coefficients, -kInfinity, first.objective - primary.offset + tolerance);
        const Objective &secondary = mObjectives[HarmMeasure::MeanDistance];
        program.setObjective(secondary.coefficients, secondary.offset);
        options.start = first.values;
        const MipResult second = solveMip(program, options);
        if (second.status == MipStatus::Optimal || second.status == MipStatus::Stopped)
            solved.closed = closedOf(second.values);
        return solved;
    }

    int columnCount() const { return int(mColumnDefinition.size()); }
    int rowCount() const { return int(mRows.size()) + 1; }

    // With no office free, the must-close offices are the one set: it meets the limits on gains or
    // nothing does.
    Solved onlySet() const
    {
        Solved solved;
        solved.closed = closedOf({});
        const ClosureSetMeasures measures = mProblem.measure(solved.closed);
        const bool residentsOk = !mResidentsLimit || measures.maxResidentsGained <= *mResidentsLimit;
        const bool workloadOk = !mWorkloadLimit || (measures.maxWorkloadGained && *measures.maxWorkloadGained <= *mWorkloadLimit);
        solved.status = residentsOk && workloadOk ? MipStatus::Optimal : MipStatus::Infeasible;
        return solved;
    }

private:
    static constexpr double kInfinity = 1e30;

    struct Row
    {
        std::vector<int> columns;
        std::vector<double> coefficients;
        double lower = 0.0;
        double upper = 0.0;
    };
    struct Objective
    {
        std::vector<double> coefficients;
        double offset = 0.0;
    };

    int addColumn(double lower, double upper, bool integer, std::pair<int, int> definition)
    {
        mColumnLower.push_back(lower);
        mColumnUpper.push_back(upper);
        mInteger.push_back(integer);
        mColumnDefinition.push_back(definition);
        return int(mColumnDefinition.size()) - 1;
    }

    // The column that is 1 when every office of `ordered` (free offices, in the order a place reaches
    // them) is closed, for each prefix: [0] = the first office's own variable.
    std::vector<int> prefixColumns(const std::vector<int> &ordered)
    {
        std::vector<int> columns;
        std::vector<int> key;
        int parent = -1;
        for (int office : ordered) {
            const int closed = mClosedColumn[std::size_t(office)];
            key.insert(std::upper_bound(key.begin(), key.end(), office), office);
            int column;
            if (parent < 0) {
                column = closed;
            } else {
                const auto found = mAllClosed.find(key);
                if (found != mAllClosed.end()) {
                    column = found->second;
                } else {
                    column = addColumn(0.0, 1.0, false, {parent, closed});
                    mAllClosed.emplace(key, column);
                }
                if (mLinks.insert({column, parent, closed}).second) {
                    // all ≥ parent + closed − 1; exact: all ≤ parent and all ≤ closed.
                    mRows.push_back(Row{{column, parent, closed}, {1.0, -1.0, -1.0}, -1.0, kInfinity});
                    if (mExact) {
                        mRows.push_back(Row{{column, parent}, {1.0, -1.0}, -kInfinity, 0.0});
                        mRows.push_back(Row{{column, closed}, {1.0, -1.0}, -kInfinity, 0.0});
                    }
                }
            }
            columns.push_back(column);
            parent = column;
        }
        return columns;
    }

    // A place's counters in order, the must-close ones left out, up to the first that is always open.
    struct Path
    {
        std::vector<int> free;            // offices
        std::vector<double> freeMeters;
        int terminal = -1;                // the first office that stays open
        double terminalMeters = 0.0;
    };

    Path pathOf(const std::vector<ClosureProblem::Reach> &reach) const
    {
        Path path;
        for (const ClosureProblem::Reach &r : reach) {
            const Freedom freedom = mSetup.freedom[std::size_t(r.office)];
            if (freedom == Freedom::Closed)
                continue;
            if (freedom == Freedom::Open) {
                path.terminal = r.office;
                path.terminalMeters = r.meters;
                break;
            }
            path.free.push_back(r.office);
            path.freeMeters.push_back(r.meters);
        }
        return path;
    }

    void addTo(Objective &objective, int column, double coefficient)
    {
        if (objective.coefficients.size() <= std::size_t(column))
            objective.coefficients.resize(std::size_t(column) + 1, 0.0);
        objective.coefficients[std::size_t(column)] += coefficient;
    }

    void buildMeasures()
    {
        const double guide = mProblem.criteria().distanceThresholdMeters;
        const double total = mProblem.totalPopulation();
        Objective &beyond = mObjectives[HarmMeasure::ResidentsBeyondGuide];
        Objective &beyond65 = mObjectives[HarmMeasure::Residents65BeyondGuide];
        Objective &mean = mObjectives[HarmMeasure::MeanDistance];
        for (std::size_t c = 0; c < mProblem.cellCount(); ++c) {
            const double population = mProblem.cellPopulation(c);
            const double population65 = mProblem.cellPopulation65(c);
            if (population <= 0.0 && population65 <= 0.0)
                continue;
            const Path path = pathOf(mProblem.cellReach(c));
            const std::vector<int> prefixes = prefixColumns(path.free);

            // Beyond the guide: every counter within it closed (the one that stays open is beyond it).
            if (path.terminalMeters > guide) {
                std::size_t within = 0;
                while (within < path.free.size() && path.freeMeters[within] <= guide)
                    ++within;
                if (within == 0) {
                    beyond.offset += population;
                    beyond65.offset += population65;
                } else {
                    addTo(beyond, prefixes[within - 1], population);
                    addTo(beyond65, prefixes[within - 1], population65);
                }
            }

            // The distance: to the first counter, plus each step to the next while all before are closed.
            if (total <= 0.0 || population <= 0.0)
                continue;
            const double weight = population / total;
            if (path.free.empty()) {
                mean.offset += weight * path.terminalMeters;
                continue;
            }
            mean.offset += weight * path.freeMeters.front();
            for (std::size_t t = 0; t < path.free.size(); ++t) {
                const double next = t + 1 < path.free.size() ? path.freeMeters[t + 1] : path.terminalMeters;
                const double step = next - path.freeMeters[t];
                if (step > 0.0)
                    addTo(mean, prefixes[t], weight * step);
            }
        }
    }

    // Adds, for each receiver, weight × (1 when the path's residents or workload go to it) to gains:
    // to free[t] when all before it are closed and it is open, to the terminal when all are closed.
    // `prefixes[t]` is the column "all of the path up to t closed"; `leading` is the column that must be
    // closed before the path starts (the closing office itself), -1 for none (always so).
    void addGains(std::map<int, Row> &gains, const std::vector<int> &receivers, const std::vector<int> &prefixes,
                  int leading, int terminal, double weight, int skip)
    {
        auto add = [&](int receiver, int column, double coefficient) {
            if (receiver == skip)
                return;
            Row &row = gains[receiver];
            if (column < 0) {
                row.upper -= coefficient; // a constant: moves to the bound
                return;
            }
            row.columns.push_back(column);
            row.coefficients.push_back(coefficient);
        };
        // all closed before receivers[t]: leading (or 1) for t = 0, else prefixes[t - 1].
        for (std::size_t t = 0; t < receivers.size(); ++t) {
            const int before = t == 0 ? leading : prefixes[t - 1];
            add(receivers[t], before, weight);
            add(receivers[t], prefixes[t], -weight);
        }
        add(terminal, receivers.empty() ? leading : prefixes.back(), weight);
    }

    void finishGainRows(std::map<int, Row> &gains, double limit)
    {
        for (auto &[receiver, row] : gains) {
            // Merge repeated columns.
            std::map<int, double> merged;
            for (std::size_t i = 0; i < row.columns.size(); ++i)
                merged[row.columns[i]] += row.coefficients[i];
            Row finished{{}, {}, -kInfinity, limit + row.upper};
            for (const auto &[column, coefficient] : merged) {
                if (std::abs(coefficient) > 1e-12) {
                    finished.columns.push_back(column);
                    finished.coefficients.push_back(coefficient);
                }
            }
            mRows.push_back(std::move(finished));
        }
    }

    void addResidentsGainRows(double limit)
    {
        std::map<int, Row> gains;
        for (std::size_t c = 0; c < mProblem.cellCount(); ++c) {
            const double population = mProblem.cellPopulation(c);
            if (population <= 0.0)
                continue;
            const Path path = pathOf(mProblem.cellReach(c));
            const std::vector<int> prefixes = prefixColumns(path.free);
            addGains(gains, path.free, prefixes, -1, path.terminal, population, mProblem.baseCounterOfCell(c));
        }
        finishGainRows(gains, limit);
    }

    void addWorkloadGainRows(double limit)
    {
        std::map<int, Row> gains;
        for (std::size_t o = 0; o < mProblem.offices().size(); ++o) {
            const Freedom freedom = mSetup.freedom[o];
            if (freedom == Freedom::Open || !mProblem.workload()[o] || *mProblem.workload()[o] <= 0.0)
                continue;
            const Path path = pathOf(mProblem.officeReach(o));
            std::vector<int> ordered;
            if (freedom == Freedom::Free)
                ordered.push_back(int(o));
            ordered.insert(ordered.end(), path.free.begin(), path.free.end());
            std::vector<int> prefixes = prefixColumns(ordered);
            int leading = -1;
            if (freedom == Freedom::Free) {
                leading = prefixes.front();
                prefixes.erase(prefixes.begin());
            }
            addGains(gains, path.free, prefixes, leading, path.terminal, *mProblem.workload()[o], -1);
        }
        finishGainRows(gains, limit);
    }

    MipProgram programWith(int closures) const
    {
        MipProgram program;
        for (std::size_t c = 0; c < mColumnDefinition.size(); ++c)
            program.addColumn(mColumnLower[c], mColumnUpper[c], 0.0, mInteger[c]);
        for (const Row &row : mRows)
            program.addRow(row.columns, row.coefficients, row.lower, row.upper);
        std::vector<int> columns;
        for (int o : mSetup.freeOffices)
            columns.push_back(mClosedColumn[std::size_t(o)]);
        const double free = double(closures - mSetup.mustCloseCount);
        program.addRow(columns, std::vector<double>(columns.size(), 1.0), free, free);
        return program;
    }

    // Every column's value for the set of closed offices (a start for the solver).
    std::vector<double> columnValues(const std::vector<bool> &closed) const
    {
        std::vector<double> values(mColumnDefinition.size(), 0.0);
        for (std::size_t o = 0; o < closed.size(); ++o) {
            if (mClosedColumn[o] >= 0)
                values[std::size_t(mClosedColumn[o])] = closed[o] ? 1.0 : 0.0;
        }
        // The "all closed" columns are created after their parents, so one pass in order settles them.
        for (std::size_t c = 0; c < mColumnDefinition.size(); ++c) {
            const auto [parent, own] = mColumnDefinition[c];
            if (parent >= 0)
                values[c] = values[std::size_t(parent)] * values[std::size_t(own)];
        }
        return values;
    }

    std::vector<bool> closedOf(const std::vector<double> &values) const
    {
        std::vector<bool> closed(mProblem.offices().size(), false);
        for (std::size_t o = 0; o < closed.size(); ++o) {
            if (mSetup.freedom[o] == Freedom::Closed)
                closed[o] = true;
            else if (mClosedColumn[o] >= 0)
                closed[o] = values[std::size_t(mClosedColumn[o])] > 0.5;
        }
        return closed;
    }

    const ClosureProblem &mProblem;
    const Setup &mSetup;
    bool mExact = false;
    std::optional<double> mResidentsLimit;
    std::optional<double> mWorkloadLimit;
    std::vector<int> mClosedColumn; // per office; -1 unless free
    std::vector<double> mColumnLower, mColumnUpper;
    std::vector<bool> mInteger;
    std::vector<std::pair<int, int>> mColumnDefinition; // "all closed": (parent, office's column)
    std::map<std::vector<int>, int> mAllClosed;
    std::set<std::tuple<int, int, int>> mLinks;
    std::vector<Row> mRows;
    std::map<HarmMeasure, Objective> mObjectives;
};

QStringList closedIds(const std::vector<bool> &closed, const std::vector<Office> &offices)
{
    QStringList ids;
    for (std::size_t o = 0; o < closed.size(); ++o) {
        if (closed[o])
            ids.append(offices[o].id);
    }
    return ids;
}

ClosureSet setOf(const ClosureProblem &problem, const std::vector<bool> &closed)
{
    ClosureSet set;
    set.closedOfficeIds = closedIds(closed, problem.offices());
    set.closures = int(set.closedOfficeIds.size());
    set.measures = problem.measure(closed);
    return set;
}

// The free office whose closure, added to `closed`, harms least: a good first set for the solver.
std::vector<bool> greedyStep(const ClosureProblem &problem, const Setup &setup, std::vector<bool> closed,
                             HarmMeasure measure)
{
    int best = -1;
    double bestValue = 0.0;
    for (int o : setup.freeOffices) {
        if (closed[std::size_t(o)])
            continue;
        closed[std::size_t(o)] = true;
        const double value = problem.measure(closed).value(measure);
        closed[std::size_t(o)] = false;
        if (best < 0 || value < bestValue) {
            best = o;
            bestValue = value;
        }
    }
    if (best >= 0)
        closed[std::size_t(best)] = true;
    return closed;
}

// A quick first set for a large problem: the free offices with the fewest residents while every
// counter is open, added to `closed` until k close.
std::vector<bool> smallestCatchments(const ClosureProblem &problem, const Setup &setup, std::vector<bool> closed,
                                     int k)
{
    std::vector<double> residents(problem.offices().size(), 0.0);
    for (std::size_t c = 0; c < problem.cellCount(); ++c)
        residents[std::size_t(problem.baseCounterOfCell(c))] += problem.cellPopulation(c);
    std::vector<int> order;
    for (int o : setup.freeOffices) {
        if (!closed[std::size_t(o)])
            order.push_back(o);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return residents[std::size_t(a)] < residents[std::size_t(b)]; });
    int count = int(std::count(closed.begin(), closed.end(), true));
    for (int o : order) {
        if (count >= k)
            break;
        closed[std::size_t(o)] = true;
        ++count;
    }
    return closed;
}

} // namespace

ClosureOptimisation optimiseClosures(const ClosureProblem &problem, const OptimiseRequest &request, Feedback *feedback)
{
    const Clock::time_point started = Clock::now();
    ClosureOptimisation answer;
    answer.measure = request.measure;
    answer.criteria = problem.criteria();
    answer.constraints = request.constraints;
    answer.fiscalYear = problem.fiscalYear();
    answer.totalPopulation = problem.totalPopulation();
    answer.totalPopulation65 = problem.totalPopulation65();

    const Setup setup = setUp(problem, request.constraints, answer);
    const int fewest = setup.mustCloseCount;
    const int most = setup.mustCloseCount + int(setup.freeOffices.size());
    if (request.closures && (*request.closures < fewest || *request.closures > most)) {
        throw InputError(QString(), QString(),
                         ClosureOptimiserText::tr("%1 closures cannot be chosen: with these lists and constraints "
                                                  "between %2 and %3 counters can close")
                             .arg(*request.closures)
                             .arg(fewest)
                             .arg(most),
                         ClosureOptimiserText::tr("ask for a number of closures in that range"));
    }

    if (request.scenario) {
        std::vector<bool> closed(problem.offices().size(), false);
        for (std::size_t o = 0; o < closed.size(); ++o)
            closed[o] = decisionFor(*request.scenario, problem.offices()[o]) == Decision::Close;
        answer.scenarioName = request.scenario->name;
        answer.scenarioSet = setOf(problem, closed);
    }

    ClosureProgram program(problem, setup, request.constraints);
    answer.programVariables = program.columnCount();
    answer.programConstraints = program.rowCount();
    const std::optional<Clock::time_point> deadline = request.timeLimitSeconds > 0.0
        ? std::optional<Clock::time_point>(started + std::chrono::duration_cast<Clock::duration>(
                                                         std::chrono::duration<double>(request.timeLimitSeconds)))
        : std::nullopt;
    auto stopNow = [&] { return (feedback && feedback->isCancelled()) || (deadline && Clock::now() >= *deadline); };

    std::vector<int> ks;
    if (request.closures) {
        ks.push_back(*request.closures);
    } else {
        for (int k = fewest; k <= most; ++k)
            ks.push_back(k);
    }

    std::vector<bool> previous(problem.offices().size(), false);
    for (std::size_t o = 0; o < previous.size(); ++o)
        previous[o] = setup.freedom[o] == Freedom::Closed;
    bool infeasibleSeen = false;
    double reachEntries = 0.0;
    for (std::size_t c = 0; c < problem.cellCount(); ++c)
        reachEntries += double(problem.cellReach(c).size());
    for (std::size_t i = 0; i < ks.size(); ++i) {
        if (feedback)
            feedback->setProgress(double(i) / double(ks.size()));
        if (stopNow()) {
            answer.stoppedEarly = true;
            break;
        }
        const int k = ks[i];
        // A start: the previous set with the least harmful closures added, when that is quick to find
        // (each step measures every free office's closure).
        std::vector<bool> start = previous;
        int closedNow = int(std::count(start.begin(), start.end(), true));
        if (double(k - closedNow) * double(setup.freeOffices.size()) * double(reachEntries) <= kGreedyBudget) {
            while (closedNow < k) {
                start = greedyStep(problem, setup, start, request.measure);
                ++closedNow;
            }
        } else {
            start = smallestCatchments(problem, setup, start, k);
        }

        MipOptions options;
        options.shouldStop = stopNow;
        if (deadline)
            options.timeLimitSeconds =
                std::max(0.01, std::chrono::duration<double>(*deadline - Clock::now()).count());
        const ClosureProgram::Solved solved = program.solve(k, request.measure, start, options);
        if (solved.status == MipStatus::Infeasible) {
            infeasibleSeen = true;
            continue;
        }
        if (solved.status == MipStatus::NoSolution) {
            answer.stoppedEarly = true;
            break;
        }
        ClosureSet set = setOf(problem, solved.closed);
        set.provenOptimal = solved.status == MipStatus::Optimal;
        if (!set.provenOptimal) {
            set.bound = solved.bound;
            answer.stoppedEarly = true;
        }
        answer.frontier.push_back(set);
        previous = solved.closed;
        if (!set.provenOptimal)
            break;
    }
    answer.seconds = std::chrono::duration<double>(Clock::now() - started).count();

    if (answer.frontier.empty()) {
        if (answer.stoppedEarly) {
            if (feedback && feedback->isCancelled())
                throw Cancelled();
            throw InputError(QString(), QString(),
                             ClosureOptimiserText::tr("the time limit ended the optimisation before any set of "
                                                      "closures was found"),
                             ClosureOptimiserText::tr("allow more time"));
        }
        if (infeasibleSeen) {
            throw InputError(QString(), QString(),
                             ClosureOptimiserText::tr("no set of closures meets the constraints: the limits on the "
                                                      "residents or workload a counter gains are too tight for %1")
                                 .arg(request.closures ? ClosureOptimiserText::tr("%n closure(s)", nullptr,
                                                                                   *request.closures)
                                                       : ClosureOptimiserText::tr("any number of closures")),
                             ClosureOptimiserText::tr("raise the limits, or close fewer counters"));
        }
    }
    if (feedback)
        feedback->setProgress(1.0);
    return answer;
}

ClosureOptimisation optimiseClosures(const LoadedProject &project, const Criteria &criteria,
                                     const OptimiseRequest &request, Feedback *feedback)
{
    if (request.scenario)
        validateScenario(*request.scenario, project.offices.offices, project.projectPath);
    const EvaluationInput input = evaluationInputOf(project, criteria);
    std::optional<Feedback> preparing;
    std::optional<Feedback> solving;
    if (feedback) {
        preparing.emplace(*feedback, 0.0, 0.3);
        solving.emplace(*feedback, 0.3, 0.7);
    }
    const ClosureProblem problem =
        ClosureProblem::build(input, gis::ProjGeodesic(), preparing ? &*preparing : nullptr);
    return optimiseClosures(problem, request, solving ? &*solving : nullptr);
}

ClosureConstraints constraintsFromScenario(const Scenario &scenario)
{
    ClosureConstraints constraints;
    for (const auto &[id, decision] : scenario.decisions) {
        if (decision == Decision::Close)
            constraints.mustClose.append(id);
        else if (decision == Decision::Upgrade)
            constraints.mustKeep.append(id);
    }
    return constraints;
}

Scenario scenarioFromClosureSet(const ClosureSet &set, const Scenario &base, const QString &name,
                                const QString &description)
{
    Scenario scenario;
    scenario.name = name;
    scenario.description = description;
    scenario.notes = base.notes;
    for (const auto &[id, decision] : base.decisions) {
        if (decision != Decision::Close && !set.closedOfficeIds.contains(id))
            scenario.decisions[id] = decision;
    }
    for (const QString &id : set.closedOfficeIds)
        scenario.decisions[id] = Decision::Close;
    return scenario;
}

} // namespace madoguchi::app
