#include "core/closureproblem.h"

#include "core/codepointorder.h"
#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/evaluator.h"
#include "core/feedback.h"
#include "core/recommendation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace madoguchi {

namespace {

// Messages are looked up in the "ClosureProblemText" context of the translations.
struct ClosureProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ClosureProblemText)
};

// As in assignCatchments and the impact analysis: distances equal to within a millimetre are a tie,
// which goes to the office id that sorts first by code point.
constexpr double kTieToleranceMeters = 0.001;

// The order in which a place's counters are its nearest: by distance, then by id.
void sortReach(std::vector<ClosureProblem::Reach> &reach, const std::vector<Office> &offices)
{
    std::sort(reach.begin(), reach.end(), [&](const ClosureProblem::Reach &a, const ClosureProblem::Reach &b) {
        if (a.meters != b.meters)
            return a.meters < b.meters;
        return lessByCodePoint(offices[std::size_t(a.office)].id, offices[std::size_t(b.office)].id);
    });
}

// Among the entries not closed, the one assignCatchments would choose: the nearest, and within the tie
// tolerance of it the one whose id sorts first. -1 when every entry is closed.
int chosenEntry(const std::vector<ClosureProblem::Reach> &reach, const std::vector<bool> &closed,
                const std::vector<Office> &offices)
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const ClosureProblem::Reach &r : reach) {
        if (!closed[std::size_t(r.office)]) {
            nearest = r.meters; // sorted: the first open entry is the nearest
            break;
        }
    }
    int chosen = -1;
    for (std::size_t i = 0; i < reach.size(); ++i) {
        const ClosureProblem::Reach &r = reach[i];
        if (r.meters > nearest + kTieToleranceMeters)
            break;
        if (closed[std::size_t(r.office)])
            continue;
        if (chosen < 0 || lessByCodePoint(offices[std::size_t(r.office)].id,
                                          offices[std::size_t(reach[std::size_t(chosen)].office)].id))
            chosen = int(i);
    }
    return chosen;
}

} // namespace

const std::vector<HarmMeasure> &allHarmMeasures()
{
    static const std::vector<HarmMeasure> measures{HarmMeasure::ResidentsBeyondGuide,
                                                   HarmMeasure::Residents65BeyondGuide, HarmMeasure::MeanDistance};
    return measures;
}

QString harmMeasureKey(HarmMeasure measure)
{
    switch (measure) {
    case HarmMeasure::ResidentsBeyondGuide:
        return QStringLiteral("beyond");
    case HarmMeasure::Residents65BeyondGuide:
        return QStringLiteral("beyond65");
    case HarmMeasure::MeanDistance:
        return QStringLiteral("mean-distance");
    }
    return {};
}

std::optional<HarmMeasure> harmMeasureFromKey(QStringView key)
{
    for (HarmMeasure measure : allHarmMeasures()) {
        if (key.trimmed().compare(harmMeasureKey(measure), Qt::CaseInsensitive) == 0)
            return measure;
    }
    return std::nullopt;
}

QString harmMeasureName(HarmMeasure measure, Language language)
{
    const bool ja = language == Language::Japanese;
    switch (measure) {
    case HarmMeasure::ResidentsBeyondGuide:
        return ja ? QStringLiteral("目安を超える住民") : QStringLiteral("Residents beyond the guide");
    case HarmMeasure::Residents65BeyondGuide:
        return ja ? QStringLiteral("目安を超える65歳以上の住民") : QStringLiteral("Residents 65+ beyond the guide");
    case HarmMeasure::MeanDistance:
        return ja ? QStringLiteral("最寄りの窓口までの平均距離") : QStringLiteral("Mean distance to the nearest counter");
    }
    return {};
}

QString harmMeasureUnit(HarmMeasure measure, Language language)
{
    if (measure == HarmMeasure::MeanDistance)
        return QStringLiteral("m");
    return language == Language::Japanese ? QStringLiteral("人") : QStringLiteral("residents");
}

double ClosureSetMeasures::value(HarmMeasure measure) const
{
    switch (measure) {
    case HarmMeasure::ResidentsBeyondGuide:
        return residentsBeyond;
    case HarmMeasure::Residents65BeyondGuide:
        return residents65Beyond;
    case HarmMeasure::MeanDistance:
        return meanDistanceMeters;
    }
    return 0.0;
}

const ClosureSet *ClosureOptimisation::setWithClosures(int k) const
{
    for (const ClosureSet &set : frontier) {
        if (set.closures == k)
            return &set;
    }
    return nullptr;
}

int ClosureProblem::officeIndex(const QString &officeId) const
{
    return findOfficeIndex(mOffices, officeId);
}

ClosureProblem ClosureProblem::build(const EvaluationInput &input, const DistanceCalculator &distance,
                                     Feedback *feedback)
{
    if (!input.population) {
        throw InputError(QString(), QString(),
                         ClosureProblemText::tr("the closure optimiser needs a population layer: without residents "
                                                "there is no harm to minimise"),
                         ClosureProblemText::tr("add a population layer (e.g. the 500 m mesh) to the project"));
    }
    const double guide = input.criteria.distanceThresholdMeters;
    if (!std::isfinite(guide) || guide <= 0.0) {
        throw InputError(QString(), QStringLiteral("criteria.distanceThresholdMeters"),
                         ClosureProblemText::tr("the distance guide %1 m is not a positive distance").arg(guide),
                         ClosureProblemText::tr("set a distance guide in metres, e.g. 5000 for Kumamoto's 5 km"));
    }

    ClosureProblem problem;
    problem.mOffices = input.offices;
    problem.mCriteria = input.criteria;
    const std::vector<Office> &offices = problem.mOffices;

    std::vector<int> wardOffices;
    for (std::size_t i = 0; i < offices.size(); ++i) {
        if (offices[i].isWardOffice())
            wardOffices.push_back(int(i));
    }
    if (wardOffices.empty()) {
        throw InputError(QString(), QString(),
                         ClosureProblemText::tr("the offices table has no ward office: residents would have no "
                                                "counter that always stays open"),
                         ClosureProblemText::tr("give the ward offices the kind ward_office (区役所)"));
    }

    auto exactMeters = [&](const GeoPoint &from, const GeoPoint &to, const QString &what, const Office &office) {
        const double meters = distance.distanceMeters(from, to);
        if (!std::isfinite(meters) || meters < 0.0) {
            throw InputError(QString(), what,
                             ClosureProblemText::tr("the distance to office %1 cannot be computed").arg(office.id),
                             ClosureProblemText::tr("check the coordinates (longitude -180..180, latitude "
                                                    "-90..90 degrees)"));
        }
        return meters;
    };

    // The counters a place can reach: every office up to its nearest ward office (which never closes)
    // and those within the tie tolerance beyond it.
    auto reachFrom = [&](const GeoPoint &place, const QString &what, int self) {
        std::vector<Reach> reach;
        double nearestWard = std::numeric_limits<double>::infinity();
        for (int w : wardOffices) {
            if (w == self)
                continue;
            const double meters = exactMeters(place, offices[std::size_t(w)].location, what, offices[std::size_t(w)]);
            reach.push_back(Reach{w, meters});
            nearestWard = std::min(nearestWard, meters);
        }
        const double cutoff = nearestWard + kTieToleranceMeters;
        for (std::size_t o = 0; o < offices.size(); ++o) {
            if (offices[o].isWardOffice() || int(o) == self)
                continue;
            if (distance.lowerBoundMeters(place, offices[o].location) > cutoff)
                continue;
            const double meters = exactMeters(place, offices[o].location, what, offices[o]);
            if (meters <= cutoff)
                reach.push_back(Reach{int(o), meters});
        }
        reach.erase(std::remove_if(reach.begin(), reach.end(), [&](const Reach &r) { return r.meters > cutoff; }),
                    reach.end());
        sortReach(reach, offices);
        return reach;
    };

    const std::vector<PopulationCell> &cells = *input.population;
    problem.mCellReach.reserve(cells.size());
    problem.mPopulation.reserve(cells.size());
    problem.mPopulation65.reserve(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (feedback && c % 256 == 0) {
            feedback->checkCancelled();
            feedback->setProgress(0.95 * double(c) / double(cells.size()));
        }
        const PopulationCell &cell = cells[c];
        const QString what = cell.id.isEmpty() ? ClosureProblemText::tr("population cell %1").arg(c + 1)
                                               : ClosureProblemText::tr("population cell %1").arg(cell.id);
        if (!std::isfinite(cell.population) || cell.population < 0.0) {
            throw InputError(QString(), what,
                             ClosureProblemText::tr("population %1 is not a count of residents").arg(cell.population),
                             ClosureProblemText::tr("check the population field of the population layer"));
        }
        problem.mCellReach.push_back(reachFrom(cell.representativePoint, what, -1));
        problem.mPopulation.push_back(cell.population);
        const double population65 = cell.population65.value_or(0.0);
        problem.mPopulation65.push_back(std::isfinite(population65) ? population65 : 0.0);
        problem.mTotalPopulation += cell.population;
        problem.mTotalPopulation65 += problem.mPopulation65.back();
    }

    problem.mOfficeReach.resize(offices.size());
    problem.mDistanceToWard.assign(offices.size(), 0.0);
    problem.mFiscalYear = judgedWorkloadFiscalYear(input.criteria, offices);
    problem.mWorkload.assign(offices.size(), std::nullopt);
    for (std::size_t o = 0; o < offices.size(); ++o) {
        if (problem.mFiscalYear) {
            const auto it = offices[o].workloadByFiscalYear.find(*problem.mFiscalYear);
            if (it != offices[o].workloadByFiscalYear.end())
                problem.mWorkload[o] = it->second;
        }
        if (offices[o].isWardOffice())
            continue;
        const QString what = ClosureProblemText::tr("office %1 (%2)").arg(offices[o].id, offices[o].name);
        problem.mOfficeReach[o] = reachFrom(offices[o].location, what, int(o));
        for (const Reach &r : problem.mOfficeReach[o]) {
            if (offices[std::size_t(r.office)].isWardOffice()) {
                problem.mDistanceToWard[o] = r.meters;
                break;
            }
        }
    }

    const std::vector<bool> noneClosed(offices.size(), false);
    problem.mBaseCounterOfCell.reserve(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const int entry = chosenEntry(problem.mCellReach[c], noneClosed, offices);
        problem.mBaseCounterOfCell.push_back(problem.mCellReach[c][std::size_t(entry)].office);
    }
    if (feedback)
        feedback->setProgress(1.0);
    return problem;
}

ClosureSetMeasures ClosureProblem::measure(const std::vector<bool> &closed) const
{
    ClosureSetMeasures result;
    std::vector<double> residentsGained(mOffices.size(), 0.0);
    double weightedMeters = 0.0;
    const double guide = mCriteria.distanceThresholdMeters;
    for (std::size_t c = 0; c < mCellReach.size(); ++c) {
        const int entry = chosenEntry(mCellReach[c], closed, mOffices);
        const Reach &chosen = mCellReach[c][std::size_t(entry)]; // the ward office is always open
        if (chosen.meters > guide) {
            result.residentsBeyond += mPopulation[c];
            result.residents65Beyond += mPopulation65[c];
        }
        weightedMeters += mPopulation[c] * chosen.meters;
        if (chosen.office != mBaseCounterOfCell[c])
            residentsGained[std::size_t(chosen.office)] += mPopulation[c];
    }
    result.meanDistanceMeters = mTotalPopulation > 0.0 ? weightedMeters / mTotalPopulation : 0.0;
    result.maxResidentsGained = *std::max_element(residentsGained.begin(), residentsGained.end());

    if (mFiscalYear) {
        std::vector<double> workloadGained(mOffices.size(), 0.0);
        bool known = true;
        for (std::size_t o = 0; o < mOffices.size(); ++o) {
            if (!closed[o] || mOffices[o].isWardOffice())
                continue;
            const int entry = chosenEntry(mOfficeReach[o], closed, mOffices);
            if (!mWorkload[o]) {
                known = false;
                continue;
            }
            workloadGained[std::size_t(mOfficeReach[o][std::size_t(entry)].office)] += *mWorkload[o];
        }
        if (known)
            result.maxWorkloadGained = *std::max_element(workloadGained.begin(), workloadGained.end());
    }
    return result;
}

} // namespace madoguchi
