#pragma once

#include "gis/geopackagewriter.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace madoguchi {
struct Evaluation;
struct Recommendation;
struct Scenario;
struct ScenarioImpact;
}

namespace madoguchi::app {

struct LoadedProject;

// The evaluation as a table: one row per branch office (table order), with the columns the data
// supports. Distances in metres (geodesic), populations in residents. The same columns feed the CSV
// and the GeoPackage export, so both say the same thing.
struct EvaluationTable
{
    std::vector<gis::OutputLayer::Field> columns;
    std::vector<QVariantList> rows;     // parallel to columns; null QVariant = empty cell
    std::vector<int> officeIndexOfRow;  // into LoadedProject::offices.offices

    int column(const QString &name) const;
};

// Column names: id, name, name_en, kind, ward, nearest_ward_office, nearest_ward_office_name, distance_m,
// own_ward_office, own_ward_office_name, own_ward_distance_m, within_threshold, threshold_m; then, when
// the data has them: ward_at_site, school_district (+ school_district_approximate), catchment_population,
// catchment_population_65plus, recorded_decision, and one workload_fyYYYY column per fiscal year.
EvaluationTable makeEvaluationTable(const LoadedProject &project, const Evaluation &evaluation);

// A scenario judged against the evaluation, for the extra columns of the table.
struct ScenarioColumns
{
    const Scenario &scenario;
    const std::vector<Recommendation> &recommendations; // recommend(evaluation, …), parallel to its rows
    const ScenarioImpact &impact;                       // assessImpact(…, scenario, …)
};

// The table above with the scenario's columns appended: decision (keep, service_corner, close,
// upgrade), recommendation (candidate, keep, undetermined), recommendation_reasons (the reasons as
// English sentences joined by "; "), receiving_counter, receiving_counter_name and receiving_distance_m
// (closed offices only: the nearest open counter that takes over their work); then, when the data has
// them: catchment_population_after, catchment_population_65plus_after (residents for whom it is the
// nearest open counter; 0 for a closed one), workload_fyYYYY_after (the judged year), and note (the
// scenario's note on the office).
EvaluationTable makeEvaluationTable(const LoadedProject &project, const Evaluation &evaluation,
                                    const ScenarioColumns &scenario);

// Whether a spreadsheet would take text beginning this way for a formula (or, for a tab or carriage
// return first, mangle it): it begins with =, +, -, @, a tab or a carriage return. Such text must never
// reach a spreadsheet as a formula (CSV / formula injection).
bool startsLikeFormula(const QString &text);

// Writes the table as CSV for Excel: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, distances with
// one decimal. Text cells beginning with =, +, -, @ (or a tab or carriage return) are prefixed with an
// apostrophe so that a spreadsheet does not run them as formulas.
QByteArray evaluationCsv(const EvaluationTable &table);

// Writes the evaluation as a GeoPackage: "offices" (points: every office, the table's metrics on branch
// offices), "nearest_ward_office_lines" (the geodesic from each branch office to its nearest ward office)
// and "threshold_circles" (geodesic circles of the threshold radius around each ward office).
void writeEvaluationGeoPackage(const QString &path, const LoadedProject &project, const Evaluation &evaluation,
                               const EvaluationTable &table);

} // namespace madoguchi::app
