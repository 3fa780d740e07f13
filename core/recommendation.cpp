#include "core/recommendation.h"

#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/fiscalyear.h"
#include "core/terms.h"

#include <QCoreApplication>

#include <cmath>
#include <set>
#include <stdexcept>

namespace madoguchi {

namespace {

using Code = RecommendationReasonCode;

// Messages are looked up in the "RecommendationText" context of the translations (lupdate files them there).
struct RecommendationText
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationText)
};

// School-district names typed by a planner and read from a layer are compared like ward names:
// full-width and half-width forms alike, stray spaces ignored.
QString districtKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).trimmed();
}

void checkThreshold(const std::optional<double> &threshold, const QString &key, const QString &unit)
{
    if (threshold && (!std::isfinite(*threshold) || *threshold < 0.0)) {
        throw InputError(QString(), key,
                         QStringLiteral("The threshold %1 is not a number of %2.").arg(*threshold).arg(unit),
                         QStringLiteral("Set a number of %1 of zero or more, or remove the threshold.").arg(unit));
    }
}


bool isComparison(Code code)
{
    return code == Code::WorkloadAtOrBelow || code == Code::WorkloadAbove || code == Code::CatchmentAtOrBelow
           || code == Code::CatchmentAbove;
}

bool isAtOrBelow(Code code)
{
    return code == Code::WorkloadAtOrBelow || code == Code::CatchmentAtOrBelow;
}

// The reasons the workload (or, without counts, the catchment) gives: one comparison, or what is
// missing for one.
std::vector<RecommendationReason> measureReasons(const BranchOfficeEvaluation &result, const Office &office,
                                                 const Criteria &criteria, const std::optional<int> &year)
{
    std::vector<RecommendationReason> reasons;
    RecommendationReason reason;
    reason.fiscalYear = year;
    if (year) {
        const auto cell = office.workloadByFiscalYear.find(*year);
        if (cell == office.workloadByFiscalYear.end() || !cell->second) {
            reason.code = Code::WorkloadMissing;
        } else {
            reason.value = *cell->second;
            if (!criteria.workloadThreshold) {
                reason.code = Code::NoWorkloadThreshold;
            } else {
                reason.threshold = *criteria.workloadThreshold;
                reason.code = reason.value <= reason.threshold ? Code::WorkloadAtOrBelow : Code::WorkloadAbove;
            }
        }
        reasons.push_back(reason);
        return reasons;
    }

    RecommendationReason noCounts;
    noCounts.code = Code::NoWorkloadCounts;
    noCounts.fiscalYear = criteria.workloadFiscalYear;
    reasons.push_back(noCounts);
    reason.fiscalYear.reset();
    if (!criteria.catchmentThreshold) {
        reason.code = Code::NoCatchmentThreshold;
    } else if (!result.catchment) {
        reason.code = Code::NoPopulationLayer;
        reason.threshold = *criteria.catchmentThreshold;
    } else {
        reason.value = result.catchment->population;
        reason.threshold = *criteria.catchmentThreshold;
        reason.code = reason.value <= reason.threshold ? Code::CatchmentAtOrBelow : Code::CatchmentAbove;
    }
    reasons.push_back(reason);
    return reasons;
}

// A count of transactions or residents, whole; with one decimal when rounding would make a value just
// above the threshold print as equal to it.
QString countText(double value, double threshold, const QLocale &locale)
{
    const bool ambiguous = value != threshold && std::round(value) == std::round(threshold);
    return locale.toString(value, 'f', ambiguous ? 1 : 0);
}

// A threshold as the planner set it: 50,000 or 12,500.5, never rounded.
QString thresholdText(double threshold, const QLocale &locale)
{
    return locale.toString(threshold, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString recommendationVerdictKey(RecommendationVerdict verdict)
{
    switch (verdict) {
    case RecommendationVerdict::Candidate:
        return QStringLiteral("candidate");
    case RecommendationVerdict::Keep:
        return QStringLiteral("keep");
    case RecommendationVerdict::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

std::optional<int> judgedWorkloadFiscalYear(const Criteria &criteria, const std::vector<Office> &offices)
{
    std::set<int> years;
    for (const Office &office : offices) {
        for (const auto &[year, count] : office.workloadByFiscalYear)
            years.insert(year);
    }
    if (criteria.workloadFiscalYear) {
        if (years.count(*criteria.workloadFiscalYear))
            return criteria.workloadFiscalYear;
        return std::nullopt;
    }
    if (years.empty())
        return std::nullopt;
    return *years.rbegin();
}

std::vector<Recommendation> recommend(const Evaluation &evaluation, const std::vector<Office> &offices,
                                      const RecommendationContext &context)
{
    const Criteria &criteria = evaluation.criteria;
    checkThreshold(criteria.workloadThreshold, QStringLiteral("criteria.workloadThreshold"),
                   QStringLiteral("transactions"));
    checkThreshold(criteria.catchmentThreshold, QStringLiteral("criteria.catchmentThreshold"),
                   QStringLiteral("residents"));

    std::set<QString> growing;
    for (const QString &district : context.growingSchoolDistricts)
        growing.insert(districtKey(district));

    const std::optional<int> year = judgedWorkloadFiscalYear(criteria, offices);
    std::vector<Recommendation> recommendations;
    recommendations.reserve(evaluation.branchOffices.size());
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        if (result.officeIndex < 0 || std::size_t(result.officeIndex) >= offices.size())
            throw std::invalid_argument("recommend(): the offices are not those the evaluation was made from");
        const Office &office = offices[std::size_t(result.officeIndex)];

        Recommendation recommendation;
        recommendation.officeIndex = result.officeIndex;
        recommendation.officeId = office.id;

        RecommendationReason distance;
        distance.code = result.withinThreshold ? Code::WithinDistance : Code::BeyondDistance;
        distance.value = result.distanceToNearestWardOfficeMeters;
        distance.threshold = criteria.distanceThresholdMeters;
        distance.officeId = result.nearestWardOfficeId;
        if (const Office *wardOffice = findOffice(offices, result.nearestWardOfficeId))
            distance.officeName = wardOffice->name;
        recommendation.reasons.push_back(distance);

        const std::vector<RecommendationReason> measure = measureReasons(result, office, criteria, year);
        const RecommendationReason &decisive = measure.back();
        if (!result.withinThreshold) {
            // Beyond the guide the distance alone keeps the counter; a measured workload or catchment
            // is still shown, what is missing is not (it would change nothing).
            recommendation.verdict = RecommendationVerdict::Keep;
            if (isComparison(decisive.code))
                recommendation.reasons.push_back(decisive);
        } else {
            if (!isComparison(decisive.code))
                recommendation.verdict = RecommendationVerdict::Undetermined;
            else if (isAtOrBelow(decisive.code))
                recommendation.verdict = RecommendationVerdict::Candidate;
            else
                recommendation.verdict = RecommendationVerdict::Keep;
            recommendation.reasons.insert(recommendation.reasons.end(), measure.begin(), measure.end());
        }

        if (result.schoolDistrictAtSite && growing.count(districtKey(*result.schoolDistrictAtSite))) {
            RecommendationReason flag;
            flag.code = Code::GrowingSchoolDistrict;
            flag.schoolDistrict = *result.schoolDistrictAtSite;
            recommendation.flags.push_back(flag);
        }
        recommendations.push_back(std::move(recommendation));
    }
    return recommendations;
}

QString reasonText(const RecommendationReason &reason, const QLocale &locale)
{
    const QString year = reason.fiscalYear ? fiscalYearName(*reason.fiscalYear, translationLanguage()) : QString();
    const QString office = reason.officeName.isEmpty() ? reason.officeId : reason.officeName;
    switch (reason.code) {
    case Code::WithinDistance:
        return RecommendationText::tr("%1 km to %2, within the %3 km guide")
            .arg(locale.toString(reason.value / 1000.0, 'f', 2), office,
                 locale.toString(reason.threshold / 1000.0, 'g', 4));
    case Code::BeyondDistance:
        return RecommendationText::tr("%1 km to %2, beyond the %3 km guide")
            .arg(locale.toString(reason.value / 1000.0, 'f', 2), office,
                 locale.toString(reason.threshold / 1000.0, 'g', 4));
    case Code::WorkloadAtOrBelow:
        return RecommendationText::tr("%1 workload %2 transactions ≤ %3")
            .arg(year, countText(reason.value, reason.threshold, locale), thresholdText(reason.threshold, locale));
    case Code::WorkloadAbove:
        return RecommendationText::tr("%1 workload %2 transactions > %3")
            .arg(year, countText(reason.value, reason.threshold, locale), thresholdText(reason.threshold, locale));
    case Code::WorkloadMissing:
        return RecommendationText::tr("no %1 workload for this office in the offices table").arg(year);
    case Code::NoWorkloadThreshold:
        return RecommendationText::tr("%1 workload %2 transactions, but no workload threshold is set")
            .arg(year, locale.toString(reason.value, 'f', 0));
    case Code::NoWorkloadCounts:
        if (reason.fiscalYear)
            return RecommendationText::tr("the offices table has no workload for %1").arg(year);
        return RecommendationText::tr("the offices table has no workload counts");
    case Code::CatchmentAtOrBelow:
        return RecommendationText::tr("catchment %1 residents ≤ %2")
            .arg(countText(reason.value, reason.threshold, locale), thresholdText(reason.threshold, locale));
    case Code::CatchmentAbove:
        return RecommendationText::tr("catchment %1 residents > %2")
            .arg(countText(reason.value, reason.threshold, locale), thresholdText(reason.threshold, locale));
    case Code::NoCatchmentThreshold:
        return RecommendationText::tr("no catchment threshold is set to judge it without workload counts");
    case Code::NoPopulationLayer:
        return RecommendationText::tr("no population layer to measure its catchment against %1 residents")
            .arg(thresholdText(reason.threshold, locale));
    case Code::GrowingSchoolDistrict:
        return RecommendationText::tr("school district %1 is marked as growing").arg(reason.schoolDistrict);
    }
    return {};
}

QStringList reasonTexts(const Recommendation &recommendation, const QLocale &locale)
{
    QStringList texts;
    for (const RecommendationReason &reason : recommendation.reasons)
        texts.append(reasonText(reason, locale));
    for (const RecommendationReason &flag : recommendation.flags)
        texts.append(reasonText(flag, locale));
    return texts;
}

} // namespace madoguchi
