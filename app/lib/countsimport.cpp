#include "app/lib/countsimport.h"

#include "core/diagnostic.h"
#include "core/fiscalyear.h"
#include "gis/csvtable.h"
#include "gis/officetable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <set>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "CountsImportText" context of the translations.
struct CountsImportText
{
    Q_DECLARE_TR_FUNCTIONS(CountsImportText)
};

// Headers compare without regard to width, case, spaces, '_' and '-': "Office ID", "office_id" and
// "ＯＦＦＩＣＥ＿ＩＤ" are the same header.
QString normalizedHeader(const QString &header)
{
    QString text = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return text.trimmed();
}

const QStringList &idHeaders()
{
    static const QStringList headers{
        QStringLiteral("id"),         QStringLiteral("officeid"),   QStringLiteral("officecode"),
        QStringLiteral("code"),       QStringLiteral("窓口id"),     QStringLiteral("窓口コード"),
        QStringLiteral("出張所id"),   QStringLiteral("出張所コード"), QStringLiteral("施設id"),
        QStringLiteral("施設コード"), QStringLiteral("コード"),     QStringLiteral("番号"),
    };
    return headers;
}

const QStringList &nameHeaders()
{
    static const QStringList headers{
        QStringLiteral("name"),     QStringLiteral("nameja"),     QStringLiteral("office"),
        QStringLiteral("officename"), QStringLiteral("名称"),     QStringLiteral("窓口名"),
        QStringLiteral("窓口"),     QStringLiteral("出張所名"),   QStringLiteral("出張所"),
        QStringLiteral("出張所等"), QStringLiteral("施設名"),     QStringLiteral("事務所名"),
    };
    return headers;
}

// Names as planners type them: full-width or half-width, with or without spaces (大江 出張所), Latin
// letters in any case.
QString normalizedName(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

// A branch office's name without its kind: 託麻総合出張所 -> 託麻, 大江出張所 -> 大江. Other names are
// returned as they are (ward offices keep 区役所: 中央 alone is not an office's name).
QString nameStem(const QString &normalized)
{
    for (const QString &suffix : {QStringLiteral("総合出張所"), QStringLiteral("出張所")}) {
        if (normalized.endsWith(suffix) && normalized.size() > suffix.size())
            return normalized.chopped(suffix.size());
    }
    return normalized;
}

// Finds the office a key names, by id or by name.
class OfficeLookup
{
public:
    explicit OfficeLookup(const std::vector<Office> &offices)
    {
        for (int i = 0; i < int(offices.size()); ++i) {
            const Office &office = offices[std::size_t(i)];
            mById[office.id.normalized(QString::NormalizationForm_KC).trimmed()].push_back(i);
            mByFoldedId[normalizedName(office.id)].push_back(i);
            const QString name = normalizedName(office.name);
            mByName[name].push_back(i);
            if (!office.nameEn.trimmed().isEmpty())
                mByEnglishName[normalizedName(office.nameEn)].push_back(i);
            const QString stem = nameStem(name);
            if (stem != name)
                mByStem[stem].push_back(i);
        }
    }

    // The offices the key could name: one = a match, several = ambiguous, none = not found.
    std::vector<int> find(const QString &key, CountsJoin join) const
    {
        if (join == CountsJoin::Id) {
            if (const auto *found = lookup(mById, key.normalized(QString::NormalizationForm_KC).trimmed()))
                return *found;
            if (const auto *found = lookup(mByFoldedId, normalizedName(key)))
                return *found;
            return {};
        }
        const QString name = normalizedName(key);
        if (const auto *found = lookup(mByName, name))
            return *found;
        if (const auto *found = lookup(mByEnglishName, name))
            return *found;
        if (const auto *found = lookup(mByStem, nameStem(name)))
            return *found;
        return {};
    }

private:
    using Index = std::map<QString, std::vector<int>>;
    static const std::vector<int> *lookup(const Index &index, const QString &key)
    {
        const auto it = index.find(key);
        return it == index.end() ? nullptr : &it->second;
    }

    Index mById;
    Index mByFoldedId;
    Index mByName;
    Index mByEnglishName;
    Index mByStem;
};

QString headerList(const QStringList &header)
{
    QStringList quoted;
    for (const QString &column : header)
        quoted << QStringLiteral("\"%1\"").arg(column);
    return quoted.join(QStringLiteral(", "));
}

// A candidate key: a column and how its cells are joined, with the rows it matches to exactly one
// office.
struct KeyCandidate
{
    int column = -1;
    CountsJoin join = CountsJoin::Id;
    int matches = 0;
};

int countMatches(const gis::CsvTable &table, int column, CountsJoin join, const OfficeLookup &lookup)
{
    int matches = 0;
    for (const gis::CsvRecord &record : table.records) {
        const QString key = record.cells.value(column).trimmed();
        if (!key.isEmpty() && lookup.find(key, join).size() == 1)
            ++matches;
    }
    return matches;
}

// The better of two candidates: more matched rows; on a tie the id (ids are exact), unless nothing
// matches at all, when a name column gives the planner the more telling report ("no office is named …").
bool isBetter(const KeyCandidate &candidate, const KeyCandidate &best)
{
    if (best.column < 0)
        return true;
    if (candidate.matches != best.matches)
        return candidate.matches > best.matches;
    if (candidate.join == best.join)
        return false; // the earlier column stays
    const CountsJoin preferred = candidate.matches > 0 ? CountsJoin::Id : CountsJoin::Name;
    return candidate.join == preferred;
}

KeyCandidate chooseKey(const QString &path, const gis::CsvTable &table, const std::set<int> &yearColumnIndices,
                       const CountsImportOptions &options, const OfficeLookup &lookup)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString headerText = headerList(table.header);
    std::vector<CountsJoin> joins;
    if (options.join == CountsJoin::Auto)
        joins = {CountsJoin::Id, CountsJoin::Name};
    else
        joins = {options.join};

    std::vector<KeyCandidate> candidates;
    if (!options.keyColumn.isEmpty()) {
        int column = int(table.header.indexOf(options.keyColumn));
        if (column < 0) {
            const QString wanted = normalizedHeader(options.keyColumn);
            for (int i = 0; i < table.header.size() && column < 0; ++i) {
                if (normalizedHeader(table.header.at(i)) == wanted)
                    column = i;
            }
        }
        if (column < 0)
            throw InputError(path, {},
                             CountsImportText::tr("%1 has no column \"%2\" to join the offices by")
                                 .arg(fileName, options.keyColumn),
                             CountsImportText::tr("the header has: %1; choose one of these as the key column")
                                 .arg(headerText));
        for (const CountsJoin join : joins)
            candidates.push_back({column, join, 0});
    } else {
        for (int i = 0; i < table.header.size(); ++i) {
            if (yearColumnIndices.count(i))
                continue;
            const QString header = normalizedHeader(table.header.at(i));
            for (const CountsJoin join : joins) {
                const QStringList &known = join == CountsJoin::Id ? idHeaders() : nameHeaders();
                if (known.contains(header))
                    candidates.push_back({i, join, 0});
            }
        }
    }

    KeyCandidate best;
    for (KeyCandidate &candidate : candidates) {
        candidate.matches = countMatches(table, candidate.column, candidate.join, lookup);
        // An id header over cells that are no office's id (a running number, say) is not the key.
        if (options.keyColumn.isEmpty() && options.join == CountsJoin::Auto && candidate.join == CountsJoin::Id
            && candidate.matches == 0)
            continue;
        if (isBetter(candidate, best))
            best = candidate;
    }
    if (best.column < 0 && options.keyColumn.isEmpty() && options.join == CountsJoin::Auto) {
        // Only id headers whose cells match nothing: still the key, so that the rows are reported.
        for (const KeyCandidate &candidate : candidates) {
            if (isBetter(candidate, best))
                best = candidate;
        }
    }
    if (best.column < 0) {
        QString what;
        switch (options.join) {
        case CountsJoin::Auto:
            what = CountsImportText::tr("%1 has no column naming the offices by id or by name").arg(fileName);
            break;
        case CountsJoin::Id:
            what = CountsImportText::tr("%1 has no column of office ids").arg(fileName);
            break;
        case CountsJoin::Name:
            what = CountsImportText::tr("%1 has no column of office names").arg(fileName);
            break;
        }
        throw InputError(path, {}, what,
                         CountsImportText::tr("the header has: %1; head the column of office ids \"id\" (or 窓口ID, "
                                              "コード) or the column of office names \"name\" (or 名称, 窓口名, "
                                              "出張所名, 施設名)")
                             .arg(headerText));
    }
    return best;
}

// A count cell as the preview judges it: the count (nullopt = empty), or why it is not one.
struct CellReading
{
    std::optional<double> count;
    QString problem; // empty when the cell is a count or empty
};

CellReading readCountCell(const QString &cell, const QString &path, const QString &column)
{
    try {
        return {gis::parseCountCell(cell, path, column), {}};
    } catch (const InputError &) {
    }
    // parseCountCell also refuses negative numbers: say so rather than "not a number".
    const QString text = cell.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.startsWith(QLatin1Char('-'))) {
        try {
            if (gis::parseCountCell(text.mid(1), path, column))
                return {std::nullopt, CountsImportText::tr("Column %1: %2 is negative; counts cannot be negative")
                                          .arg(column, cell.trimmed())};
        } catch (const InputError &) {
        }
    }
    return {std::nullopt, CountsImportText::tr("Column %1: \"%2\" is not a number").arg(column, cell.trimmed())};
}

} // namespace

QString countsJoinDescription(CountsJoin join)
{
    switch (join) {
    case CountsJoin::Auto:
        return CountsImportText::tr("detected");
    case CountsJoin::Id:
        return CountsImportText::tr("office id");
    case CountsJoin::Name:
        return CountsImportText::tr("office name");
    }
    return {};
}

int CountsImportPreview::matchedCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const CountsImportRow &row) { return row.matched(); }));
}

int CountsImportPreview::unmatchedCount() const
{
    return int(rows.size()) - matchedCount();
}

WorkloadCounts CountsImportPreview::counts() const
{
    WorkloadCounts result;
    for (const CountsImportRow &row : rows) {
        if (row.matched())
            result[row.officeId] = row.counts;
    }
    return result;
}

CountsImportPreview previewCountsImport(const QString &csvPath, const std::vector<Office> &offices,
                                        const CountsImportOptions &options)
{
    const QString fileName = QFileInfo(csvPath).fileName();
    const gis::CsvTable table = gis::readCsvTable(csvPath, options.encoding);

    CountsImportPreview preview;
    preview.file = csvPath;
    preview.encoding = table.encoding;
    preview.encodingSource = table.encodingSource;

    if (table.records.empty())
        throw InputError(csvPath, {}, CountsImportText::tr("%1 has no data rows: it holds only a header").arg(fileName),
                         CountsImportText::tr("add one row per office below the header, with its key and its counts"));

    // Fiscal-year columns, the first column per year (a second one is most likely a copy or a note).
    std::set<int> yearColumnIndices;
    std::map<int, int> columnOfYear;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString &header = table.header.at(i);
        if (!options.keyColumn.isEmpty() && header == options.keyColumn)
            continue;
        const std::optional<int> year = fiscalYearFromColumnName(header);
        if (year && !columnOfYear.contains(*year)) {
            columnOfYear.emplace(*year, i);
            yearColumnIndices.insert(i);
        }
    }
    if (columnOfYear.empty())
        throw InputError(csvPath, {}, CountsImportText::tr("%1 has no fiscal-year column").arg(fileName),
                         CountsImportText::tr("the header has: %1; head each column of counts with its fiscal year, "
                                              "e.g. fy2014, 2014年度, H26, 平成26年度, 受付件数_H26, R1 or 令和元年度")
                             .arg(headerList(table.header)));

    const OfficeLookup lookup(offices);
    const KeyCandidate key = chooseKey(csvPath, table, yearColumnIndices, options, lookup);
    preview.keyColumn = table.header.at(key.column);
    preview.joinedBy = key.join;
    for (const auto &[year, column] : columnOfYear)
        preview.yearColumns.emplace(year, table.header.at(column));
    for (int i = 0; i < table.header.size(); ++i) {
        if (i != key.column && !yearColumnIndices.count(i))
            preview.ignoredColumns << table.header.at(i);
    }

    // The line of the first row that named each office, and whether that row was imported.
    std::map<int, std::pair<int, bool>> firstRowOfOffice;
    QSet<QString> matchedIds;
    for (const gis::CsvRecord &record : table.records) {
        CountsImportRow row;
        row.line = record.line;
        row.key = record.cells.value(key.column).trimmed();
        QStringList problems;

        for (const auto &[year, column] : columnOfYear) {
            const QString &header = table.header.at(column);
            const CellReading cell = readCountCell(record.cells.value(column), csvPath, header);
            if (cell.problem.isEmpty()) {
                row.counts[year] = cell.count;
            } else {
                row.rejectedCells[year] = record.cells.value(column).trimmed();
                problems << cell.problem;
            }
        }

        int officeIndex = -1;
        if (row.key.isEmpty()) {
            problems.prepend(CountsImportText::tr("The key (column %1) is empty").arg(preview.keyColumn));
        } else {
            const std::vector<int> found = lookup.find(row.key, key.join);
            if (found.size() == 1) {
                officeIndex = found.front();
            } else if (found.empty()) {
                problems.prepend(key.join == CountsJoin::Id
                                     ? CountsImportText::tr("No office has the id \"%1\"").arg(row.key)
                                     : CountsImportText::tr("No office is named \"%1\"").arg(row.key));
            } else {
                QStringList names;
                for (const int index : found)
                    names << offices[std::size_t(index)].name;
                problems.prepend(CountsImportText::tr("\"%1\" could be any of %2; write the office's full name")
                                     .arg(row.key, names.join(QStringLiteral(", "))));
            }
        }

        if (officeIndex >= 0) {
            const Office &office = offices[std::size_t(officeIndex)];
            row.officeName = office.name;
            const auto [first, inserted] = firstRowOfOffice.emplace(officeIndex, std::make_pair(row.line, false));
            if (!inserted) {
                const int firstLine = first->second.first;
                // The row's own line is in the report beside the problem; the message names both so
                // that the planner can find the other row.
                problems.prepend(first->second.second
                                     ? CountsImportText::tr("Lines %1 and %2 both name %3; only line %1 is imported")
                                           .arg(firstLine)
                                           .arg(row.line)
                                           .arg(office.name)
                                     : CountsImportText::tr("Lines %1 and %2 both name %3")
                                           .arg(firstLine)
                                           .arg(row.line)
                                           .arg(office.name));
            } else if (problems.isEmpty()) {
                first->second.second = true;
            }
            if (problems.isEmpty()) {
                row.officeId = office.id;
                matchedIds.insert(office.id);
            }
        }
        row.problem = problems.join(QStringLiteral("; "));
        preview.rows.push_back(std::move(row));
    }

    for (const Office &office : offices) {
        if (office.isBranchOffice() && !matchedIds.contains(office.id))
            preview.officesWithoutRow << office.id;
    }
    return preview;
}

} // namespace madoguchi::app
