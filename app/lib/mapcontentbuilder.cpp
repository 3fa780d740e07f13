#include "app/lib/mapcontentbuilder.h"

#include "app/lib/projectloader.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/feedback.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/japanzones.h"
#include "gis/projgeodesic.h"

#include <QCoreApplication>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "MapContentBuilderText" context of the translations.
struct MapContentBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(MapContentBuilderText)
};


// The impact must have been assessed for this scenario on this table: the same offices, each open or
// closed as the scenario decides. Otherwise its transfers and distances would describe another plan.
void checkImpactMatches(const ScenarioImpact &impact, const LoadedProject &project, const Scenario &scenario)
{
    const std::vector<Office> &offices = project.offices.offices;
    const QString where = MapContentBuilderText::tr("scenario %1").arg(scenario.name);
    const QString fix = MapContentBuilderText::tr("assess the scenario's impact again after changing the scenario or "
                                                  "the offices table");
    if (impact.counters.size() != offices.size()) {
        throw InputError(project.projectPath, where,
                         MapContentBuilderText::tr("the impact was assessed for %1 offices, the offices table has %2")
                             .arg(impact.counters.size())
                             .arg(offices.size()),
                         fix);
    }
    for (std::size_t i = 0; i < offices.size(); ++i) {
        const CounterImpact &counter = impact.counters[i];
        const bool open = isOpenCounter(decisionFor(scenario, offices[i]));
        if (counter.officeId != offices[i].id || counter.openAfter != open) {
            throw InputError(project.projectPath, where,
                             MapContentBuilderText::tr("the impact does not match the scenario's decision for "
                                                       "office %1 (%2)")
                                 .arg(offices[i].id, offices[i].name),
                             fix);
        }
    }
}

std::vector<gis::TransferLineInput> transferInputs(const ScenarioImpact &impact, const LoadedProject &project,
                                                   const Scenario &scenario)
{
    const std::vector<Office> &offices = project.offices.offices;
    std::vector<gis::TransferLineInput> inputs;
    inputs.reserve(impact.transfers.size());
    for (const CounterTransfer &transfer : impact.transfers) {
        const Office *from = findOffice(offices, transfer.fromOfficeId);
        const Office *to = findOffice(offices, transfer.toOfficeId);
        if (!from || !to) {
            throw InputError(project.projectPath, MapContentBuilderText::tr("scenario %1").arg(scenario.name),
                             MapContentBuilderText::tr("the impact moves work from office %1 to office %2, which "
                                                       "the offices table does not have")
                                 .arg(transfer.fromOfficeId, transfer.toOfficeId),
                             MapContentBuilderText::tr("assess the scenario's impact again with the project's offices "
                                                       "table"));
        }
        inputs.push_back({from->id, to->id, from->location, to->location, transfer.distanceMeters});
    }
    return inputs;
}

// For each feature of the population layer (gis::populationCells keeps every feature, in order, or
// throws), whether its residents' nearest open counter is farther than the guide after the scenario.
// The same cells, counters and distance as assessImpact's moveResidents, so the same cells come out.
GeoPoint centreOf(const std::vector<Office> &offices)
{
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (const Office &office : offices) {
        minLon = std::min(minLon, office.location.longitudeDeg);
        maxLon = std::max(maxLon, office.location.longitudeDeg);
        minLat = std::min(minLat, office.location.latitudeDeg);
        maxLat = std::max(maxLat, office.location.latitudeDeg);
    }
    return {(minLon + maxLon) / 2.0, (minLat + maxLat) / 2.0};
}

} // namespace

gis::DisplayCrs displayCrsFor(const LoadedProject &project)
{
    if (const std::optional<QString> &chosen = project.project.displayCrs) {
        try {
            return gis::DisplayCrs::fromProjectText(*chosen);
        } catch (const InputError &error) {
            throw InputError(project.projectPath, QStringLiteral("displayCrs"), error.diagnostic().message,
                             error.diagnostic().hint);
        }
    }
    if (!project.wards)
        return gis::DisplayCrs::automaticFor(centreOf(project.offices.offices));
    const LoadedLayer &wards = *project.wards;
    return gis::DisplayCrs::forAreas(gis::administrativeAreas(wards.layer, wards.fields.code, wards.fields.name),
                                     gis::geographicCenter(wards.layer));
}

gis::MapContent buildBaseMapContent(const LoadedProject &project, Feedback *feedback)
{
    gis::MapContent content;
    content.crs = displayCrsFor(project);

    if (project.wards)
        content.wards = gis::projectPolygons(project.wards->layer, project.wards->fields.name,
                                             project.wards->fields.code, QString(), content.crs, 8, feedback);
    if (project.schoolDistricts) {
        const LoadedLayer &districts = *project.schoolDistricts;
        content.schoolDistricts = gis::projectPolygons(districts.layer, districts.fields.name, QString(), QString(),
                                                       content.crs, 8, feedback);
        for (gis::MapPolygon &district : content.schoolDistricts)
            district.approximate = districts.approximate;
    }
    if (project.population)
        content.population = gis::projectPopulation(project.population->layer, project.population->fields.population,
                                                    project.population->fields.population65, content.crs, feedback);
    if (project.schools)
        content.schools = gis::projectPoints(project.schools->layer, project.schools->fields.name, content.crs);

    std::vector<gis::OfficeInput> offices;
    for (const Office &office : project.offices.offices)
        offices.push_back({office.id, office.name, office.kind, office.recordedDecision, office.location});
    content.offices = gis::projectOffices(offices, content.crs);
    content.credits = project.project.credits;
    content.updateBounds();
    return content;
}

std::shared_ptr<const gis::MapContent> withEvaluation(const gis::MapContent &base, const LoadedProject &project,
                                                      const Evaluation &evaluation)
{
    auto content = std::make_shared<gis::MapContent>(base);
    const std::vector<Office> &offices = project.offices.offices;

    std::vector<gis::NearestLineInput> lines;
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &branch = offices.at(result.officeIndex);
        if (const Office *wardOffice = findOffice(offices, result.nearestWardOfficeId))
            lines.push_back({branch.id, wardOffice->id, branch.location, wardOffice->location,
                             result.distanceToNearestWardOfficeMeters, result.withinThreshold});
    }
    content->nearestLines = gis::projectNearestLines(lines, content->crs);

    std::vector<gis::ThresholdCircleInput> circles;
    for (const Office &office : offices)
        if (office.isWardOffice())
            circles.push_back({office.id, office.location, evaluation.criteria.distanceThresholdMeters});
    content->thresholdCircles = gis::projectThresholdCircles(circles, content->crs);
    content->updateBounds();
    return content;
}

std::shared_ptr<const gis::MapContent> withScenario(const gis::MapContent &evaluated, const LoadedProject &project,
                                                    const Scenario &scenario, const ScenarioImpact *impact)
{
    const std::vector<Office> &offices = project.offices.offices;
    validateScenario(scenario, offices, project.projectPath);

    auto content = std::make_shared<gis::MapContent>(evaluated);
    for (gis::MapOffice &mapOffice : content->offices) {
        const Office *office = findOffice(offices, mapOffice.id);
        if (office && office->isBranchOffice())
            mapOffice.decision = decisionFor(scenario, *office);
    }
    content->transferLines.clear();
    for (gis::MapPopulationCell &cell : content->population)
        cell.beyondThresholdAfter = false;

    if (impact) {
        checkImpactMatches(*impact, project, scenario);
        content->transferLines = gis::projectTransferLines(transferInputs(*impact, project, scenario), content->crs);

        if (impact->residentsBeyondThreshold && project.population && !content->population.empty()) {
            // The map's cells are not the analysis's cells one for one: projectPopulation leaves out
            // features it cannot draw, while populationCells keeps every feature of the layer. Both keep
            // the layer's order, and each map cell records its feature's index, so a map cell is matched
            // to the impact's cell by that index, not by its position.
            const std::vector<bool> &beyond = impact->cellsBeyondThresholdAfter;
            for (gis::MapPopulationCell &cell : content->population) {
                if (cell.featureIndex >= beyond.size()) {
                    throw InputError(project.population->resolvedPath,
                                     MapContentBuilderText::tr("feature %1").arg(cell.featureIndex + 1),
                                     MapContentBuilderText::tr("the map's population cells do not come from this "
                                                               "population layer"),
                                     MapContentBuilderText::tr("reload the project so the map is built from the "
                                                               "layer again"));
                }
                cell.beyondThresholdAfter = beyond[cell.featureIndex];
            }
        }
    }
    content->updateBounds();
    return content;
}

} // namespace madoguchi::app
