#include "core/evaluator.h"

#include "core/codepointorder.h"
#include "core/distancecalculator.h"
#include "core/feedback.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace madoguchi {

namespace {

// Messages are looked up in the "EvaluatorText" context of the translations.
struct EvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluatorText)
};

// Ward offices whose distances differ by less than this are equally near: office coordinates are
// given to about a metre, so sub-millimetre differences are rounding. The tie goes to the office id
// that sorts first by code point, so the answer does not depend on the order of the table (the same
// rule as assignCatchments).
constexpr double kTieToleranceMeters = 0.001;

// Share of the progress bar for the distances when catchments follow (they take almost all the time).
constexpr double kDistanceProgressShare = 0.1;

QString officeLocation(const Office &office)
{
    return EvaluatorText::tr("office %1 (%2)").arg(office.id, office.name);
}

QString rowLocation(const Office &office)
{
    return EvaluatorText::tr("row %1").arg(office.sourceRow);
}

// Ward names from the table and from the ward layer are compared after NFKC (full-width and
// half-width forms alike) and trimming, so a stray full-width space is not reported as another ward.
QString wardKey(const QString &ward)
{
    return ward.normalized(QString::NormalizationForm_KC).trimmed();
}

void validate(const EvaluationInput &input)
{
    const bool hasLayer = input.hasWardLayer || input.hasSchoolDistrictLayer;
    if ((!input.sites.empty() || hasLayer) && input.sites.size() != input.offices.size()) {
        throw std::invalid_argument("EvaluationInput::sites must be parallel to offices when a ward or "
                                    "school-district layer is loaded");
    }

    if (input.offices.empty()) {
        throw InputError(QString(), QString(), EvaluatorText::tr("the offices table has no offices"),
                         EvaluatorText::tr("add the ward offices (区役所) and branch offices (出張所) with "
                                           "their coordinates"));
    }
    const double threshold = input.criteria.distanceThresholdMeters;
    if (!std::isfinite(threshold) || threshold <= 0.0) {
        throw InputError(QString(), QStringLiteral("criteria.distanceThresholdMeters"),
                         EvaluatorText::tr("the distance guide %1 m is not a positive distance").arg(threshold),
                         EvaluatorText::tr("set a distance guide in metres, e.g. 5000 for Kumamoto's 5 km"));
    }

    std::map<QString, const Office *> seen;
    bool anyWardOffice = false;
    bool anyBranchOffice = false;
    for (const Office &office : input.offices) {
        if (office.id.isEmpty()) {
            throw InputError(QString(), rowLocation(office),
                             EvaluatorText::tr("office %1 has no id").arg(office.name),
                             EvaluatorText::tr("give every office a unique id"));
        }
        const auto [it, inserted] = seen.emplace(office.id, &office);
        if (!inserted) {
            throw InputError(QString(), rowLocation(office),
                             EvaluatorText::tr("office id %1 is used twice (rows %2 and %3)")
                                 .arg(office.id)
                                 .arg(it->second->sourceRow)
                                 .arg(office.sourceRow),
                             EvaluatorText::tr("give every office a unique id"));
        }
        anyWardOffice = anyWardOffice || office.isWardOffice();
        anyBranchOffice = anyBranchOffice || office.isBranchOffice();
    }
    if (!anyWardOffice) {
        throw InputError(QString(), QString(), EvaluatorText::tr("the offices table has no ward office"),
                         EvaluatorText::tr("the offices table needs at least one row of kind ward_office "
                                           "(区役所)"));
    }
    if (!anyBranchOffice) {
        throw InputError(QString(), QString(),
                         EvaluatorText::tr("the offices table has no branch office to evaluate"),
                         EvaluatorText::tr("the offices table needs at least one row of kind branch (出張所) "
                                           "or general_branch (総合出張所)"));
    }
}

double checkedDistanceMeters(const DistanceCalculator &distance, const Office &from, const Office &to)
{
    const double meters = distance.distanceMeters(from.location, to.location);
    if (!std::isfinite(meters) || meters < 0.0) {
        throw InputError(QString(), officeLocation(from),
                         EvaluatorText::tr("the distance to %1 cannot be computed").arg(officeLocation(to)),
                         EvaluatorText::tr("check the coordinates of both offices (longitude -180..180, "
                                           "latitude -90..90 degrees)"));
    }
    return meters;
}

struct Nearest
{
    int officeIndex = -1;
    double distanceMeters = 0.0;
};

// The nearest of the candidate offices (indices into offices), with the tie rule above; officeIndex
// is -1 when there are no candidates.
Nearest nearestOf(const Office &from, const std::vector<int> &candidates, const std::vector<Office> &offices,
                  const DistanceCalculator &distance)
{
    std::vector<double> meters;
    meters.reserve(candidates.size());
    double best = std::numeric_limits<double>::infinity();
    for (int candidate : candidates) {
        meters.push_back(checkedDistanceMeters(distance, from, offices[std::size_t(candidate)]));
        best = std::min(best, meters.back());
    }
    Nearest nearest;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (meters[i] > best + kTieToleranceMeters)
            continue;
        const Office &candidate = offices[std::size_t(candidates[i])];
        if (nearest.officeIndex < 0
            || lessByCodePoint(candidate.id, offices[std::size_t(nearest.officeIndex)].id)) {
            nearest.officeIndex = candidates[i];
            nearest.distanceMeters = meters[i];
        }
    }
    return nearest;
}

void addSiteWarnings(const EvaluationInput &input, Diagnostics &warnings)
{
    if (!input.hasWardLayer)
        return;
    for (std::size_t i = 0; i < input.offices.size(); ++i) {
        const Office &office = input.offices[i];
        const SiteContext &site = input.sites[i];
        if (!site.wardAtSite) {
            warnings.push_back(Diagnostic{Severity::Warning, QString(), officeLocation(office),
                                          EvaluatorText::tr("lies outside every ward polygon: check its "
                                                            "coordinates"),
                                          QString()});
        } else if (wardKey(*site.wardAtSite) != wardKey(office.ward)) {
            warnings.push_back(Diagnostic{Severity::Warning, QString(), officeLocation(office),
                                          EvaluatorText::tr("lies in %1 on the map, but the table says %2")
                                              .arg(*site.wardAtSite, office.ward),
                                          EvaluatorText::tr("check the office's coordinates and its ward in "
                                                            "the table")});
        }
    }
}

} // namespace

Evaluation evaluate(const EvaluationInput &input, const DistanceCalculator &distance, Feedback *feedback)
{
    validate(input);

    Evaluation evaluation;
    evaluation.criteria = input.criteria;
    evaluation.distanceMethod = distance.description();

    const std::vector<Office> &offices = input.offices;
    std::vector<int> wardOffices;
    std::map<QString, std::vector<int>> wardOfficesByWard;
    for (std::size_t i = 0; i < offices.size(); ++i) {
        if (offices[i].isWardOffice()) {
            wardOffices.push_back(int(i));
            wardOfficesByWard[wardKey(offices[i].ward)].push_back(int(i));
        }
    }

    addSiteWarnings(input, evaluation.warnings);

    const double distanceShare = input.population ? kDistanceProgressShare : 1.0;
    // Wards without a ward office, in the order their first branch office appears.
    std::vector<QString> wardsWithoutOffice;
    std::map<QString, QStringList> officesOfWardWithoutOffice;

    for (std::size_t i = 0; i < offices.size(); ++i) {
        if (feedback) {
            feedback->checkCancelled();
            feedback->setProgress(distanceShare * double(i) / double(offices.size()));
        }
        const Office &office = offices[i];
        if (!office.isBranchOffice())
            continue;

        BranchOfficeEvaluation result;
        result.officeIndex = int(i);

        const Nearest nearest = nearestOf(office, wardOffices, offices, distance);
        result.nearestWardOfficeId = offices[std::size_t(nearest.officeIndex)].id;
        result.distanceToNearestWardOfficeMeters = nearest.distanceMeters;
        result.withinThreshold = nearest.distanceMeters <= input.criteria.distanceThresholdMeters;

        const QString ward = wardKey(office.ward);
        const auto own = wardOfficesByWard.find(ward);
        if (ward.isEmpty()) {
            evaluation.warnings.push_back(
                Diagnostic{Severity::Warning, QString(), officeLocation(office),
                           EvaluatorText::tr("the table gives no ward: the distance to its own ward office is "
                                             "left empty"),
                           EvaluatorText::tr("fill in the ward column of the offices table")});
        } else if (own == wardOfficesByWard.end()) {
            if (!officesOfWardWithoutOffice.count(ward))
                wardsWithoutOffice.push_back(office.ward);
            officesOfWardWithoutOffice[ward].push_back(office.id);
        } else {
            const Nearest ownNearest = nearestOf(office, own->second, offices, distance);
            result.ownWardOfficeId = offices[std::size_t(ownNearest.officeIndex)].id;
            result.distanceToOwnWardOfficeMeters = ownNearest.distanceMeters;
        }

        if (!input.sites.empty()) {
            result.wardAtSite = input.sites[i].wardAtSite;
            result.schoolDistrictAtSite = input.sites[i].schoolDistrictAtSite;
        }
        evaluation.branchOffices.push_back(std::move(result));
    }

    for (const QString &ward : wardsWithoutOffice) {
        evaluation.warnings.push_back(Diagnostic{
            Severity::Warning, QString(), EvaluatorText::tr("ward %1").arg(ward),
            EvaluatorText::tr("ward %1 has no ward office in the table: the distance to the own ward office "
                              "of %2 is left empty")
                .arg(ward, officesOfWardWithoutOffice[wardKey(ward)].join(QStringLiteral(", "))),
            EvaluatorText::tr("add the ward's 区役所 to the offices table, or correct the ward names")});
    }

    if (input.population) {
        const std::vector<PopulationCell> &cells = *input.population;
        std::vector<Counter> counters;
        counters.reserve(offices.size());
        for (const Office &office : offices)
            counters.push_back(Counter{office.id, office.location});

        // The catchments report their progress into the rest of the bar, and a cancel on the
        // caller's feedback stops them at the next progress report.
        std::optional<Feedback> catchmentFeedback;
        if (feedback) {
            catchmentFeedback.emplace([feedback, distanceShare](double fraction) {
                feedback->checkCancelled();
                feedback->setProgress(distanceShare + (1.0 - distanceShare) * fraction);
            });
        }
        const CatchmentAssignment assignment
            = assignCatchments(cells, counters, distance, catchmentFeedback ? &*catchmentFeedback : nullptr);
        evaluation.allCatchments = assignment.catchments;
        for (BranchOfficeEvaluation &result : evaluation.branchOffices)
            result.catchment = assignment.catchments[std::size_t(result.officeIndex)];

        double total = 0.0;
        double total65 = 0.0;
        int cellsWithout65 = 0;
        for (const PopulationCell &cell : cells) {
            total += cell.population;
            if (cell.population65)
                total65 += *cell.population65;
            else
                ++cellsWithout65;
        }
        evaluation.totalPopulation = total;
        evaluation.totalPopulation65 = total65;
        if (cellsWithout65 > 0) {
            evaluation.warnings.push_back(Diagnostic{
                Severity::Warning, QString(), EvaluatorText::tr("population layer"),
                EvaluatorText::tr("%1 of %2 population cells have no 65+ value: the 65+ catchments count "
                                  "only cells with a value")
                    .arg(cellsWithout65)
                    .arg(cells.size()),
                EvaluatorText::tr("census meshes with suppressed age counts add them to a neighbouring mesh; "
                                  "map the 65+ field if it is not mapped")});
        }
    }

    if (feedback)
        feedback->setProgress(1.0);
    return evaluation;
}

} // namespace madoguchi
