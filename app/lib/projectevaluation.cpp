#include "app/lib/projectevaluation.h"

#include "app/lib/projectloader.h"
#include "gis/polygonindex.h"
#include "gis/populationcells.h"
#include "gis/projgeodesic.h"

namespace madoguchi::app {

namespace {

std::optional<QString> nameAt(const LoadedLayer &layer, const gis::PolygonIndex &index, const GeoPoint &point)
{
    const auto feature = index.firstFeatureCovering(point);
    if (!feature)
        return std::nullopt;
    return layer.featureName(*feature);
}

} // namespace

Evaluation evaluateProject(const LoadedProject &project, const Criteria &criteria, Feedback *feedback)
{
    EvaluationInput input;
    input.offices = project.offices.offices;
    input.criteria = criteria;
    input.hasWardLayer = project.wards.has_value();
    input.hasSchoolDistrictLayer = project.schoolDistricts.has_value();

    if (input.hasWardLayer || input.hasSchoolDistrictLayer) {
        std::optional<gis::PolygonIndex> wardIndex;
        std::optional<gis::PolygonIndex> districtIndex;
        if (project.wards)
            wardIndex.emplace(project.wards->layer);
        if (project.schoolDistricts)
            districtIndex.emplace(project.schoolDistricts->layer);
        input.sites.reserve(input.offices.size());
        for (const Office &office : input.offices) {
            SiteContext site;
            if (wardIndex)
                site.wardAtSite = nameAt(*project.wards, *wardIndex, office.location);
            if (districtIndex)
                site.schoolDistrictAtSite = nameAt(*project.schoolDistricts, *districtIndex, office.location);
            input.sites.push_back(std::move(site));
        }
    }

    if (project.population) {
        const LoadedLayer &population = *project.population;
        input.population = gis::populationCells(population.layer, population.fields.population,
                                                population.fields.population65, population.fields.code, feedback);
    }

    const gis::ProjGeodesic geodesic;
    return evaluate(input, geodesic, feedback);
}

ScenarioImpact assessProjectImpact(const LoadedProject &project, const Criteria &criteria, const Scenario &scenario,
                                   Feedback *feedback)
{
    EvaluationInput input;
    input.offices = project.offices.offices;
    input.criteria = criteria;
    if (project.population) {
        const LoadedLayer &population = *project.population;
        input.population = gis::populationCells(population.layer, population.fields.population,
                                                population.fields.population65, population.fields.code, feedback);
    }
    return assessImpact(input, scenario, gis::ProjGeodesic(), feedback);
}

} // namespace madoguchi::app
