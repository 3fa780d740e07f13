#pragma once

#include "core/criteria.h"
#include "core/office.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace madoguchi {

struct Evaluation;

// What the policy's criteria say about a branch office's counter. It is advice for the planner and
// is kept apart from the planner's decision (Scenario).
enum class RecommendationVerdict {
    // Within the distance guide and at or below the workload threshold (or, when the table has no
    // workload for the judged year, at or below the catchment threshold): a candidate for closure or
    // for a service corner.
    Candidate,
    // Beyond the distance guide, or above the workload (catchment) threshold.
    Keep,
    // Within the distance guide, but the measure needed to judge it is missing (no count for this
    // office, no threshold set, no population layer): the reasons say which.
    Undetermined,
};

// "candidate", "keep", "undetermined": stable keys for files and the command line.
QString recommendationVerdictKey(RecommendationVerdict verdict);

enum class RecommendationReasonCode {
    WithinDistance,       // value = distance m, threshold = guide m, office = the nearest ward office
    BeyondDistance,       // same members
    WorkloadAtOrBelow,    // value = transactions in fiscalYear, threshold = workloadThreshold
    WorkloadAbove,        // same members
    WorkloadMissing,      // fiscalYear: the table has the year, but this office's count is empty
    NoWorkloadThreshold,  // value = transactions in fiscalYear: counts exist but no threshold is set
    NoWorkloadCounts,     // fiscalYear (or none): the table has no workload for the judged year
    CatchmentAtOrBelow,   // value = catchment residents, threshold = catchmentThreshold
    CatchmentAbove,       // same members
    NoCatchmentThreshold, // no counts and no catchment threshold set
    NoPopulationLayer,    // no counts and no population layer to measure the catchment
    GrowingSchoolDistrict // a flag: schoolDistrict is marked as growing
};

// One reason as a value, so that views can format, sort and filter it; reasonText() words it.
struct RecommendationReason
{
    RecommendationReasonCode code = RecommendationReasonCode::WithinDistance;
    double value = 0.0;     // the measure (metres, transactions or residents; see the code)
    double threshold = 0.0; // what it was compared with, in the same unit
    std::optional<int> fiscalYear;
    QString officeId;       // the nearest ward office, for the distance reasons
    QString officeName;
    QString schoolDistrict; // for GrowingSchoolDistrict

    bool operator==(const RecommendationReason &) const = default;
};

struct Recommendation
{
    int officeIndex = -1; // into the offices passed to recommend()
    QString officeId;
    RecommendationVerdict verdict = RecommendationVerdict::Undetermined;
    // Why, the distance first, then the measure that decided (or that is missing).
    std::vector<RecommendationReason> reasons;
    // Things to weigh that do not change the verdict (expected growth nearby).
    std::vector<RecommendationReason> flags;
};

// Optional knowledge beyond the layers.
struct RecommendationContext
{
    // School districts (小学校区) where population growth is expected, e.g. because the elementary school
    // is to be split in two; a branch office whose site lies in one gets a GrowingSchoolDistrict flag.
    // Names are compared with the school district at the site after NFKC and trimming.
    QStringList growingSchoolDistricts;
};

// The fiscal year whose workload the recommendation and the impact judge: criteria.workloadFiscalYear
// when the table has it, else (when it is not set) the latest year the table has; nullopt when the
// table has no workload for that year. "The table has a year" = some office has a cell for it, empty or
// not.
std::optional<int> judgedWorkloadFiscalYear(const Criteria &criteria, const std::vector<Office> &offices);

// One recommendation per branch office of the evaluation, in its order, judged with
// evaluation.criteria. `offices` are the offices the evaluation was made from. Pure and deterministic.
// Throws InputError when a threshold in the criteria is negative or not a number.
std::vector<Recommendation> recommend(const Evaluation &evaluation, const std::vector<Office> &offices,
                                      const RecommendationContext &context = {});

// The reason as a sentence fragment, e.g. "2.02 km to 中央区役所, within the 5 km guide" or "catchment
// 43,593 residents ≤ 50,000". Translatable (context "RecommendationText"); numbers are formatted with
// `locale` (English by default, so that files written by the command line do not depend on the
// machine's settings).
QString reasonText(const RecommendationReason &reason, const QLocale &locale = QLocale(QLocale::English));
// The reasons, then the flags, as sentences.
QStringList reasonTexts(const Recommendation &recommendation,
                        const QLocale &locale = QLocale(QLocale::English));

} // namespace madoguchi
