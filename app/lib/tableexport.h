#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace madoguchi::app {

struct ScenarioAnalysis;

// The file formats of the evaluation table.
enum class TableFormat {
    Csv,        // UTF-8 with BOM, CRLF line ends, for Excel (evaluationCsv)
    Xlsx,       // an Excel workbook: the table and a notes sheet (説明)
    GeoPackage, // for QGIS: the offices with every metric, lines and circles (writeEvaluationGeoPackage)
};

// The format a file name asks for by its suffix, case-insensitively: .csv, .xlsx, .gpkg; nullopt for
// any other suffix.
std::optional<TableFormat> tableFormatForPath(const QString &path);

// The suffixes tableFormatForPath() knows, for messages: "csv, xlsx, gpkg".
QString supportedTableSuffixes();

// What a column of the evaluation table measures, for people reading an export.
enum class ColumnUnit {
    None,
    Meters,       // geodesic distance in metres
    Residents,    // people (人)
    Transactions, // counter transactions received in a fiscal year (受付件数, 件)
};

// A column of the evaluation table explained in Japanese and in English (workload_fyYYYY and
// workload_fyYYYY_after name their fiscal year). Empty texts and ColumnUnit::None for a name that
// makeEvaluationTable() does not produce.
struct ColumnDescription
{
    QString japanese;
    QString english;
    ColumnUnit unit = ColumnUnit::None;
};
ColumnDescription describeColumn(const QString &columnName);

// Writes the analysis's table (with the scenario's columns when it judged a scenario) to `path` in the
// format its suffix names (tableFormatForPath()):
// - .csv: evaluationCsv() — UTF-8 with BOM; text that starts like a formula gets an apostrophe.
// - .xlsx: sheet 評価 holds the table — the header row (the column names of the CSV, each with a note
//   explaining it) bold and frozen with the id and name columns, text as text (never a formula; text
//   that starts like a formula is formatted as text so that editing it in Excel keeps it text),
//   numbers as numbers (distances in metres shown with one decimal, residents and transactions as
//   whole numbers with thousands separators, the cells hold the unrounded values), booleans as
//   TRUE/FALSE, blank cells for missing values; sheet 説明 gives the project, the scenario, the
//   criteria, the distance method, the sources (the project's credits), the input files, the date
//   (`date`; invalid: today) and what each column means, in Japanese and English.
// - .gpkg: writeEvaluationGeoPackage().
// The file appears complete or not at all: it is written to a temporary file in the target folder and
// renamed into place (gis::AtomicFile: an existing file at `path` is replaced only on success). Throws InputError naming
// `path` when the suffix is not one of supportedTableSuffixes(), when `path` is one of the project's
// input files (checkOutputPath()) — nothing is written then — or when the file cannot be written.
void exportTable(const QString &path, const ScenarioAnalysis &analysis, const QDate &date = {});

} // namespace madoguchi::app
