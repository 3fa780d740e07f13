#include "app/lib/evaluationtable.h"

#include "app/lib/projectloader.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"
#include "gis/projgeodesic.h"


#include <functional>
#include <map>
#include <stdexcept>

namespace madoguchi::app {

namespace {

using FieldType = gis::OutputLayer::FieldType;

struct ColumnSpec
{
    QString name;
    FieldType type;
    std::function<QVariant(const Office &, const BranchOfficeEvaluation &)> value;
};

QVariant optionalText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}


std::vector<ColumnSpec> columnSpecs(const LoadedProject &project, const Evaluation &evaluation)
{
    const std::vector<Office> &offices = project.offices.offices;
    auto nameOf = [&offices](const QString &id) -> QVariant {
        const Office *office = findOffice(offices, id);
        return office ? QVariant(office->name) : QVariant();
    };

    std::vector<ColumnSpec> specs = {
        {QStringLiteral("id"), FieldType::String, [](const Office &o, const auto &) { return QVariant(o.id); }},
        {QStringLiteral("name"), FieldType::String, [](const Office &o, const auto &) { return QVariant(o.name); }},
        {QStringLiteral("name_en"), FieldType::String,
         [](const Office &o, const auto &) { return o.nameEn.isEmpty() ? QVariant() : QVariant(o.nameEn); }},
        {QStringLiteral("kind"), FieldType::String,
         [](const Office &o, const auto &) { return QVariant(officeKindKey(o.kind)); }},
        {QStringLiteral("ward"), FieldType::String, [](const Office &o, const auto &) { return QVariant(o.ward); }},
        {QStringLiteral("nearest_ward_office"), FieldType::String,
         [](const auto &, const BranchOfficeEvaluation &e) { return QVariant(e.nearestWardOfficeId); }},
        {QStringLiteral("nearest_ward_office_name"), FieldType::String,
         [nameOf](const auto &, const BranchOfficeEvaluation &e) { return nameOf(e.nearestWardOfficeId); }},
        {QStringLiteral("distance_m"), FieldType::Real,
         [](const auto &, const BranchOfficeEvaluation &e) { return QVariant(e.distanceToNearestWardOfficeMeters); }},
        {QStringLiteral("own_ward_office"), FieldType::String,
         [](const auto &, const BranchOfficeEvaluation &e) {
             return e.ownWardOfficeId.isEmpty() ? QVariant() : QVariant(e.ownWardOfficeId);
         }},
        {QStringLiteral("own_ward_office_name"), FieldType::String,
         [nameOf](const auto &, const BranchOfficeEvaluation &e) { return nameOf(e.ownWardOfficeId); }},
        {QStringLiteral("own_ward_distance_m"), FieldType::Real,
         [](const auto &, const BranchOfficeEvaluation &e) {
             return e.distanceToOwnWardOfficeMeters ? QVariant(*e.distanceToOwnWardOfficeMeters) : QVariant();
         }},
        {QStringLiteral("within_threshold"), FieldType::Boolean,
         [](const auto &, const BranchOfficeEvaluation &e) { return QVariant(e.withinThreshold); }},
        {QStringLiteral("threshold_m"), FieldType::Real,
         [threshold = evaluation.criteria.distanceThresholdMeters](const auto &, const auto &) {
             return QVariant(threshold);
         }},
    };

    if (project.wards)
        specs.push_back({QStringLiteral("ward_at_site"), FieldType::String,
                         [](const auto &, const BranchOfficeEvaluation &e) { return optionalText(e.wardAtSite); }});
    if (project.schoolDistricts) {
        specs.push_back({QStringLiteral("school_district"), FieldType::String,
                         [](const auto &, const BranchOfficeEvaluation &e) {
                             return optionalText(e.schoolDistrictAtSite);
                         }});
        specs.push_back({QStringLiteral("school_district_approximate"), FieldType::Boolean,
                         [approximate = project.schoolDistricts->approximate](const auto &, const auto &) {
                             return QVariant(approximate);
                         }});
    }
    if (evaluation.totalPopulation) {
        specs.push_back({QStringLiteral("catchment_population"), FieldType::Real,
                         [](const auto &, const BranchOfficeEvaluation &e) {
                             return e.catchment ? QVariant(e.catchment->population) : QVariant();
                         }});
        if (project.population && !project.population->fields.population65.isEmpty())
            specs.push_back({QStringLiteral("catchment_population_65plus"), FieldType::Real,
                             [](const auto &, const BranchOfficeEvaluation &e) {
                                 return e.catchment ? QVariant(e.catchment->population65) : QVariant();
                             }});
    }
    if (!project.offices.fields.decision.isEmpty())
        specs.push_back({QStringLiteral("recorded_decision"), FieldType::String,
                         [](const Office &o, const auto &) {
                             return o.recordedDecision ? QVariant(decisionKey(*o.recordedDecision)) : QVariant();
                         }});
    for (int year : project.offices.fiscalYears)
        specs.push_back({QStringLiteral("workload_fy%1").arg(year), FieldType::Real,
                         [year](const Office &o, const auto &) {
                             const auto it = o.workloadByFiscalYear.find(year);
                             return it != o.workloadByFiscalYear.end() && it->second ? QVariant(*it->second)
                                                                                     : QVariant();
                         }});
    return specs;
}

std::vector<ColumnSpec> scenarioColumnSpecs(const LoadedProject &project, const Evaluation &evaluation,
                                            const ScenarioColumns &columns)
{
    if (columns.recommendations.size() != evaluation.branchOffices.size())
        throw std::invalid_argument("makeEvaluationTable(): the recommendations are not those of the evaluation");
    const std::vector<Office> &offices = project.offices.offices;
    // Rows are looked up by office index: the recommendation of a row, and the impact on its counter.
    std::map<int, const Recommendation *> recommendationOf;
    for (const Recommendation &recommendation : columns.recommendations)
        recommendationOf[recommendation.officeIndex] = &recommendation;
    auto recommendation = [recommendationOf](const Office &, const BranchOfficeEvaluation &e) {
        return recommendationOf.at(e.officeIndex);
    };
    const ScenarioImpact *impact = &columns.impact;
    if (impact->counters.size() != offices.size())
        throw std::invalid_argument("makeEvaluationTable(): the impact is not of the project's offices");
    auto counter = [impact](const BranchOfficeEvaluation &e) -> const CounterImpact & {
        return impact->counters.at(std::size_t(e.officeIndex));
    };
    auto nameOf = [offices = &offices](const QString &id) -> QVariant {
        const Office *office = findOffice(*offices, id);
        return office ? QVariant(office->name) : QVariant();
    };
    const Scenario *scenario = &columns.scenario;

    std::vector<ColumnSpec> specs = {
        {QStringLiteral("decision"), FieldType::String,
         [scenario](const Office &o, const auto &) {
             return QVariant(decisionKey(decisionFor(*scenario, o)));
         }},
        {QStringLiteral("recommendation"), FieldType::String,
         [recommendation](const Office &o, const BranchOfficeEvaluation &e) {
             return QVariant(recommendationVerdictKey(recommendation(o, e)->verdict));
         }},
        {QStringLiteral("recommendation_reasons"), FieldType::String,
         [recommendation](const Office &o, const BranchOfficeEvaluation &e) {
             return QVariant(reasonTexts(*recommendation(o, e)).join(QStringLiteral("; ")));
         }},
        {QStringLiteral("receiving_counter"), FieldType::String,
         [counter](const auto &, const BranchOfficeEvaluation &e) {
             const QString &id = counter(e).receivingOfficeId;
             return id.isEmpty() ? QVariant() : QVariant(id);
         }},
        {QStringLiteral("receiving_counter_name"), FieldType::String,
         [counter, nameOf](const auto &, const BranchOfficeEvaluation &e) {
             return nameOf(counter(e).receivingOfficeId);
         }},
        {QStringLiteral("receiving_distance_m"), FieldType::Real,
         [counter](const auto &, const BranchOfficeEvaluation &e) {
             const auto &meters = counter(e).distanceToReceivingMeters;
             return meters ? QVariant(*meters) : QVariant();
         }},
    };
    if (impact->residentsBeyondThreshold) {
        specs.push_back({QStringLiteral("catchment_population_after"), FieldType::Real,
                         [counter](const auto &, const BranchOfficeEvaluation &e) {
                             const auto &catchment = counter(e).catchmentAfter;
                             return catchment ? QVariant(catchment->population) : QVariant();
                         }});
        if (project.population && !project.population->fields.population65.isEmpty())
            specs.push_back({QStringLiteral("catchment_population_65plus_after"), FieldType::Real,
                             [counter](const auto &, const BranchOfficeEvaluation &e) {
                                 const auto &catchment = counter(e).catchmentAfter;
                                 return catchment ? QVariant(catchment->population65) : QVariant();
                             }});
    }
    if (impact->fiscalYear)
        specs.push_back({QStringLiteral("workload_fy%1_after").arg(*impact->fiscalYear), FieldType::Real,
                         [counter](const auto &, const BranchOfficeEvaluation &e) {
                             const auto &workload = counter(e).workloadAfter;
                             return workload ? QVariant(*workload) : QVariant();
                         }});
    if (!scenario->notes.empty())
        specs.push_back({QStringLiteral("note"), FieldType::String,
                         [scenario](const Office &o, const auto &) {
                             const auto it = scenario->notes.find(o.id);
                             return it == scenario->notes.end() ? QVariant() : QVariant(it->second);
                         }});
    return specs;
}

QString formatCell(const QVariant &value, FieldType type)
{
    if (value.isNull())
        return {};
    switch (type) {
    case FieldType::Real: return QString::number(value.toDouble(), 'f', 1);
    case FieldType::Integer: return QString::number(value.toLongLong());
    case FieldType::Boolean: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::String: break;
    }
    QString text = value.toString();
    // Spreadsheets run cells that start like a formula (CSV injection); keep them as text.
    if (startsLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    return text;
}

QString quoteCsv(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

gis::GeosGeometryPtr lineString(const std::vector<GeoPoint> &points)
{
    GEOSContextHandle_t context = gis::geosContext();
    GEOSCoordSequence *sequence = GEOSCoordSeq_create_r(context, static_cast<unsigned>(points.size()), 2);
    for (unsigned i = 0; i < points.size(); ++i)
        GEOSCoordSeq_setXY_r(context, sequence, i, points[i].longitudeDeg, points[i].latitudeDeg);
    return gis::GeosGeometryPtr(GEOSGeom_createLineString_r(context, sequence));
}

gis::GeosGeometryPtr polygon(const std::vector<GeoPoint> &ring)
{
    GEOSContextHandle_t context = gis::geosContext();
    GEOSCoordSequence *sequence = GEOSCoordSeq_create_r(context, static_cast<unsigned>(ring.size()), 2);
    for (unsigned i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(context, sequence, i, ring[i].longitudeDeg, ring[i].latitudeDeg);
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(context, sequence);
    return gis::GeosGeometryPtr(GEOSGeom_createPolygon_r(context, shell, nullptr, 0));
}

EvaluationTable tableOf(const LoadedProject &project, const Evaluation &evaluation,
                        const std::vector<ColumnSpec> &specs)
{
    EvaluationTable table;
    for (const ColumnSpec &spec : specs)
        table.columns.push_back({spec.name, spec.type});
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &office = project.offices.offices.at(result.officeIndex);
        QVariantList row;
        for (const ColumnSpec &spec : specs)
            row.push_back(spec.value(office, result));
        table.rows.push_back(std::move(row));
        table.officeIndexOfRow.push_back(result.officeIndex);
    }
    return table;
}

} // namespace

bool startsLikeFormula(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front());
}

int EvaluationTable::column(const QString &name) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return int(i);
    return -1;
}

EvaluationTable makeEvaluationTable(const LoadedProject &project, const Evaluation &evaluation)
{
    return tableOf(project, evaluation, columnSpecs(project, evaluation));
}

EvaluationTable makeEvaluationTable(const LoadedProject &project, const Evaluation &evaluation,
                                    const ScenarioColumns &scenario)
{
    std::vector<ColumnSpec> specs = columnSpecs(project, evaluation);
    for (ColumnSpec &spec : scenarioColumnSpecs(project, evaluation, scenario))
        specs.push_back(std::move(spec));
    return tableOf(project, evaluation, specs);
}

QByteArray evaluationCsv(const EvaluationTable &table)
{
    QStringList lines;
    QStringList header;
    for (const auto &column : table.columns)
        header.push_back(quoteCsv(column.name));
    lines.push_back(header.join(QLatin1Char(',')));
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (size_t i = 0; i < table.columns.size(); ++i)
            cells.push_back(quoteCsv(formatCell(row.value(int(i)), table.columns[i].type)));
        lines.push_back(cells.join(QLatin1Char(',')));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

void writeEvaluationGeoPackage(const QString &path, const LoadedProject &project, const Evaluation &evaluation,
                               const EvaluationTable &table)
{
    const std::vector<Office> &offices = project.offices.offices;
    const gis::ProjGeodesic geodesic;
    std::vector<gis::OutputLayer> layers;

    // Every office; the branch offices carry the table's metrics.
    gis::OutputLayer officeLayer;
    officeLayer.name = QStringLiteral("offices");
    officeLayer.geometryKind = gis::GeometryKind::Point;
    officeLayer.fields = table.columns;
    const int idColumn = table.column(QStringLiteral("id"));
    const int nameColumn = table.column(QStringLiteral("name"));
    const int nameEnColumn = table.column(QStringLiteral("name_en"));
    const int kindColumn = table.column(QStringLiteral("kind"));
    const int wardColumn = table.column(QStringLiteral("ward"));
    for (size_t officeIndex = 0; officeIndex < offices.size(); ++officeIndex) {
        const Office &office = offices[officeIndex];
        QVariantList values;
        for (size_t row = 0; row < table.rows.size(); ++row)
            if (table.officeIndexOfRow[row] == int(officeIndex))
                values = table.rows[row];
        if (values.isEmpty()) {
            for (size_t i = 0; i < table.columns.size(); ++i)
                values.push_back(QVariant());
            values[idColumn] = office.id;
            values[nameColumn] = office.name;
            values[nameEnColumn] = office.nameEn.isEmpty() ? QVariant() : QVariant(office.nameEn);
            values[kindColumn] = officeKindKey(office.kind);
            values[wardColumn] = office.ward;
        }
        officeLayer.rows.push_back(
            {gis::makeGeosPoint(office.location.longitudeDeg, office.location.latitudeDeg), values});
    }
    layers.push_back(std::move(officeLayer));

    gis::OutputLayer lines;
    lines.name = QStringLiteral("nearest_ward_office_lines");
    lines.geometryKind = gis::GeometryKind::Line;
    lines.fields = {{QStringLiteral("branch_office"), FieldType::String},
                    {QStringLiteral("branch_office_name"), FieldType::String},
                    {QStringLiteral("ward_office"), FieldType::String},
                    {QStringLiteral("ward_office_name"), FieldType::String},
                    {QStringLiteral("distance_m"), FieldType::Real},
                    {QStringLiteral("within_threshold"), FieldType::Boolean}};
    for (const BranchOfficeEvaluation &result : evaluation.branchOffices) {
        const Office &branch = offices.at(result.officeIndex);
        const Office *wardOffice = findOffice(offices, result.nearestWardOfficeId);
        if (!wardOffice)
            continue;
        lines.rows.push_back({lineString(geodesic.path(branch.location, wardOffice->location, 32)),
                              {branch.id, branch.name, wardOffice->id, wardOffice->name,
                               result.distanceToNearestWardOfficeMeters, result.withinThreshold}});
    }
    layers.push_back(std::move(lines));

    gis::OutputLayer circles;
    circles.name = QStringLiteral("threshold_circles");
    circles.geometryKind = gis::GeometryKind::Polygon;
    circles.fields = {{QStringLiteral("ward_office"), FieldType::String},
                      {QStringLiteral("ward_office_name"), FieldType::String},
                      {QStringLiteral("radius_m"), FieldType::Real}};
    const double radius = evaluation.criteria.distanceThresholdMeters;
    for (const Office &office : offices)
        if (office.isWardOffice())
            circles.rows.push_back({polygon(geodesic.circle(office.location, radius, 180)),
                                    {office.id, office.name, radius}});
    layers.push_back(std::move(circles));

    gis::writeGeoPackage(path, layers);
}

} // namespace madoguchi::app
