#include "app/lib/mapcontentbuilder.h"

#include "app/lib/projectloader.h"
#include "core/evaluator.h"
#include "core/feedback.h"

namespace madoguchi::app {

namespace {

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

gis::MapContent buildBaseMapContent(const LoadedProject &project, Feedback *feedback)
{
    gis::MapContent content;
    const GeoPoint centre = project.wards ? gis::geographicCenter(project.wards->layer)
                                          : centreOf(project.offices.offices);
    content.crs = gis::DisplayCrs::automaticFor(centre);

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
    auto officeById = [&offices](const QString &id) -> const Office * {
        for (const Office &office : offices)
            if (office.id == id)
                return &office;
        return nullptr;
    };

    std::vector<gis::NearestLineInput> lines;
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &branch = offices.at(result.officeIndex);
        if (const Office *wardOffice = officeById(result.nearestWardOfficeId))
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

} // namespace madoguchi::app
