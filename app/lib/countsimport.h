#pragma once

#include "core/office.h"
#include "gis/textencoding.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace madoguchi::app {

// How the rows of a counts file are joined to the project's offices.
enum class CountsJoin {
    Auto, // whichever of Id and Name matches more rows (see previewCountsImport)
    Id,   // the key cell is an office id (Office::id)
    Name, // the key cell is an office name (Office::name), see previewCountsImport
};

struct CountsImportOptions
{
    std::optional<gis::TextEncoding> encoding; // override; otherwise BOM, else detected from the bytes
    CountsJoin join = CountsJoin::Auto;
    QString keyColumn; // the header of the key column; empty = detect
};

// One data row of the counts file as the preview reads it.
struct CountsImportRow
{
    int line = 0;       // 1-based line in the file on which the row starts (the header is line 1)
    QString key;        // the key cell, trimmed
    QString officeId;   // the office the row is imported into; empty = unmatched (or rejected)
    // The office the key names. Also filled for a row rejected for another reason (a duplicate, a cell
    // that is not a count), so that the planner sees which office it concerned; empty when the key
    // names no office.
    QString officeName;
    // Fiscal year -> count, for every fiscal-year column whose cell is a count; nullopt = the cell is
    // empty (missing, not zero). A cell that is not a count is absent here and listed in rejectedCells.
    std::map<int, std::optional<double>> counts;
    std::map<int, QString> rejectedCells; // fiscal year -> the cell's text that is not a count
    // Why the row is unmatched or rejected, as translated sentences joined with "; "; empty when the row
    // is imported.
    QString problem;

    bool matched() const { return !officeId.isEmpty(); }
};

// What importing a counts file would do, for the planner to check before accepting it.
struct CountsImportPreview
{
    QString file; // as given
    gis::TextEncoding encoding = gis::TextEncoding::Utf8;
    gis::EncodingSource encodingSource = gis::EncodingSource::Detected;
    QString keyColumn;                   // header of the key column
    CountsJoin joinedBy = CountsJoin::Id; // Id or Name, never Auto
    std::map<int, QString> yearColumns;  // fiscal year -> header of its column
    QStringList ignoredColumns;          // neither the key nor a fiscal year (or a second column for a year)
    std::vector<CountsImportRow> rows;   // every data row, in file order
    QStringList officesWithoutRow;       // ids of branch offices (table order) with no matched row

    int matchedCount() const;
    int unmatchedCount() const;
    // The counts of the matched rows only, by office id; every year column is present for each of
    // them (nullopt where the cell is empty).
    WorkloadCounts counts() const;
};

// Reads a CSV of workload counts (受付件数) per office and joins its rows to `offices`, without
// changing anything (the file is only read).
//
// - Encoding: options.encoding, else a UTF-8 BOM, else detected (UTF-8 or CP932).
// - Fiscal-year columns: headers that fiscalYearFromColumnName() recognises (fy2014, H26, 平成26年度,
//   受付件数_H26, 令和元年度 …); the first column for a year wins, later ones are ignored.
// - Key: options.keyColumn if given; otherwise id headers (id, office_id, 窓口ID, コード, 番号 …) whose
//   cells match office ids, and name headers (name, office, 名称, 窓口名, 出張所名, 施設名 …). Ids match
//   exactly after NFKC and trimming (case-insensitively when that is unambiguous). Names match
//   Office::name after NFKC, trimming and removing spaces; a name without its suffix 総合出張所/出張所
//   (託麻, 託麻出張所 for 託麻総合出張所) matches when exactly one office has that stem. With
//   CountsJoin::Auto the join matching more rows wins; on a tie the id, unless no row matches at all
//   (then a name column, whose report "no office is named …" says more). An id column none of whose
//   cells is an office id is not taken for the key while another candidate exists.
// - Each row is kept; it is unmatched, with the reason in `problem`, when its key is empty, names no
//   office, is ambiguous, names an office an earlier row already named (both lines are stated), or a
//   fiscal-year cell is not a count (the column and the text are stated). Ward offices may carry
//   counts. Cells follow gis::parseCountCell: "1,234" and full-width digits are counts, an empty cell
//   is missing.
// Throws InputError naming the file and what to do when the file is missing or unreadable, is not
// valid text in the encoding, holds no data rows, has no key column, or has no fiscal-year column
// (the message lists the headers seen and the header forms recognised).
CountsImportPreview previewCountsImport(const QString &csvPath, const std::vector<Office> &offices,
                                        const CountsImportOptions &options = {});

// "office id" / "office name" (translated), for reports.
QString countsJoinDescription(CountsJoin join);

} // namespace madoguchi::app
