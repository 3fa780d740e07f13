// Exporting the evaluation table: CSV, XLSX and GeoPackage, chosen by the file's suffix; text that looks
// like a formula never becomes one; the file appears complete or not at all; inputs are never written.
#include "ogrtable.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/evaluationtable.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "app/lib/tableexport.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <cpl_vsi.h>

#include <QDirIterator>
#include <QFile>
#include <QXmlStreamReader>

#include <map>
#include <optional>

#include <unistd.h>

using namespace madoguchi;
using namespace madoguchi::app;
using namespace madoguchi::test;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A project in its own folder: the sample's offices with text that a spreadsheet would take for a
// formula (an office name starting with '-', an English name starting with '+'), and a scenario "案"
// that closes 大江出張所 and notes "=1+2" on it (or `note`).
struct Fixture
{
    QTemporaryDir temp;
    QDir dir;
    LoadedProject project;
    Evaluation evaluation;
    std::vector<Recommendation> recommendations;
    std::optional<ScenarioImpact> impact;
    EvaluationTable table;
    const Scenario *scenario = nullptr;
    // The same through the one pipeline, as the command line and the workbench export it; and the
    // evaluation alone.
    ScenarioAnalysis analysis;
    ScenarioAnalysis evaluationOnly;

    explicit Fixture(const QString &note = QStringLiteral("=1+2"))
        : dir(temp.path())
    {
        REQUIRE(temp.isValid());
        QString offices = QString::fromUtf8(readBytes(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")));
        offices.replace(QStringLiteral(",秋津出張所,"), QStringLiteral(",-秋津出張所,"));
        offices.replace(QStringLiteral(",Tobu Branch Office,"), QStringLiteral(",+Tobu Branch Office,"));
        writeFile(dir, QStringLiteral("offices.csv"), offices.toUtf8());
        const QByteArray json = QString::fromUtf8(R"json({"format": "madoguchi-project", "version": 1,
            "name": "=熊本市テスト計画",
            "credits": ["出典：テスト用の事務所一覧"],
            "scenarios": [{"name": "案", "description": "大江出張所を廃止する案",
                           "decisions": {"br_oe": "close"},
                           "notes": {"br_oe": "%1", "br_tobu": "@SUM(A1)"}}],
            "layers": {"offices": {"path": "offices.csv", "crs": "EPSG:6668"}}})json")
                                   .arg(note)
                                   .toUtf8();
        const QString projectPath = writeFile(dir, QStringLiteral("計画.madoguchi"), json);
        project = loadProject(projectPath);
        evaluation = evaluateProject(project, project.project.criteria);
        scenario = &project.project.scenarios.at(0);
        recommendations = recommend(evaluation, project.offices.offices, {});
        impact = assessProjectImpact(project, project.project.criteria, *scenario);
        table = makeEvaluationTable(project, evaluation, ScenarioColumns{*scenario, recommendations, *impact});
        const auto shared = std::make_shared<const LoadedProject>(project);
        analysis = analyseScenario(shared, AnalysisRequest{project.project.criteria, *scenario, nullptr});
        evaluationOnly = analyseScenario(shared, AnalysisRequest{project.project.criteria, std::nullopt, nullptr});
    }

    void exportTo(const QString &path, QDate date = {}) const
    {
        exportTable(path, analysis, date);
    }

    const BranchOfficeEvaluation &resultOf(const QString &id) const
    {
        for (const BranchOfficeEvaluation &result : evaluation.branchOffices)
            if (project.offices.offices.at(result.officeIndex).id == id)
                return result;
        FAIL("no branch office " << id.toStdString());
        return evaluation.branchOffices.front();
    }
};

// One member of the workbook's zip archive, read through GDAL's /vsizip/.
QByteArray zipEntry(const QString &archive, const QString &entry)
{
    const QByteArray path = (QStringLiteral("/vsizip/") + archive + QLatin1Char('/') + entry).toUtf8();
    VSILFILE *file = VSIFOpenL(path.constData(), "rb");
    INFO(path.toStdString());
    REQUIRE(file != nullptr);
    QByteArray bytes;
    char buffer[65536];
    size_t read = 0;
    while ((read = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, qsizetype(read));
    VSIFCloseL(file);
    return bytes;
}

// A cell of a worksheet's XML as written: its style index, type, value and whether it holds a formula.
struct RawCell
{
    int style = 0;
    QString type;
    QString value;
    bool formula = false;
};

std::map<QString, RawCell> rawCells(const QByteArray &sheetXml)
{
    std::map<QString, RawCell> cells;
    QXmlStreamReader xml(sheetXml);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            current = xml.attributes().value(QLatin1String("r")).toString();
            cells[current].style = xml.attributes().value(QLatin1String("s")).toInt();
            cells[current].type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            cells[current].value = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
            cells[current].formula = true;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return cells;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            strings << QString();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            strings.back() += reader.readElementText();
    }
    REQUIRE_FALSE(reader.hasError());
    return strings;
}

// The number format id of each cell style (cellXfs), by style index.
std::vector<int> cellNumberFormats(const QByteArray &stylesXml)
{
    std::vector<int> formats;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            formats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
    }
    REQUIRE_FALSE(xml.hasError());
    return formats;
}

// Every file below `dir`, relative to it.
QStringList filesBelow(const QDir &dir)
{
    QStringList files;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << dir.relativeFilePath(it.next());
    files.sort();
    return files;
}

// The notes sheet read as plain rows (no header row): column A -> the B cells of that item.
std::map<QString, QStringList> notesItems(const QString &xlsx)
{
    const OgrTable notes = readOgrTable(xlsx, QStringLiteral("説明"), {QStringLiteral("HEADERS=DISABLE")});
    std::map<QString, QStringList> items;
    QString label;
    for (const QVariantList &row : notes.rows) {
        if (!row.value(0).isNull())
            label = row.value(0).toString();
        if (row.size() > 1 && !row.value(1).isNull())
            items[label] << row.value(1).toString();
    }
    return items;
}

} // namespace

TEST_CASE("tableFormatForPath knows .csv, .xlsx and .gpkg in any case and nothing else")
{
    CHECK(tableFormatForPath(QStringLiteral("a/表.csv")) == TableFormat::Csv);
    CHECK(tableFormatForPath(QStringLiteral("評価.XLSX")) == TableFormat::Xlsx);
    CHECK(tableFormatForPath(QStringLiteral("x.gpkg")) == TableFormat::GeoPackage);
    CHECK_FALSE(tableFormatForPath(QStringLiteral("x.xls")));
    CHECK_FALSE(tableFormatForPath(QStringLiteral("x.ods")));
    CHECK_FALSE(tableFormatForPath(QStringLiteral("xlsx")));
}

TEST_CASE("the XLSX holds the table as text and numbers under a Japanese path, with the header names of the CSV")
{
    const Fixture fixture;
    REQUIRE(fixture.dir.mkpath(QStringLiteral("出力")));
    const QString path = fixture.dir.filePath(QStringLiteral("出力/表.xlsx"));
    fixture.exportTo(path);
    REQUIRE(QFile::exists(path));
    CHECK(readBytes(path).startsWith("PK")); // a zip archive, as every XLSX is

    CHECK(ogrLayerNames(path) == QStringList{QStringLiteral("評価"), QStringLiteral("説明")});
    const OgrTable sheet = readOgrTable(path, QStringLiteral("評価"));
    QStringList expectedHeader;
    for (const auto &column : fixture.table.columns)
        expectedHeader << column.name;
    CHECK(sheet.fields == expectedHeader);
    REQUIRE(sheet.rows.size() == fixture.table.rows.size());

    // Japanese text arrives intact, in table order.
    for (std::size_t r = 0; r < sheet.rows.size(); ++r)
        CHECK(sheet.rows[r].at(sheet.column(QStringLiteral("id"))).toString()
              == fixture.table.rows[r].at(fixture.table.column(QStringLiteral("id"))).toString());
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("name")).toString()
          == QStringLiteral("託麻総合出張所"));
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("nearest_ward_office_name"))
              .toString()
          == QStringLiteral("東区役所"));

    // Distances are numbers in metres, unrounded.
    CHECK(sheet.types.at(std::size_t(sheet.column(QStringLiteral("distance_m")))) == OFTReal);
    const QVariant distance = sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("distance_m"));
    REQUIRE(distance.typeId() == QMetaType::Double);
    CHECK(distance.toDouble()
          == Approx(fixture.resultOf(QStringLiteral("br_takuma")).distanceToNearestWardOfficeMeters).epsilon(1e-12));
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("threshold_m")).toDouble()
          == 5000.0);

    // The scenario's columns, exactly as the table has them.
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_oe"), QStringLiteral("decision")).toString()
          == QStringLiteral("close"));
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("decision")).toString()
          == QStringLiteral("keep"));
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_oe"), QStringLiteral("receiving_counter")).toString()
          == fixture.impact->counters.at(std::size_t(fixture.resultOf(QStringLiteral("br_oe")).officeIndex))
                 .receivingOfficeId);
    // Text that looks like a formula reads back as the text itself (no apostrophe added, no result).
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_oe"), QStringLiteral("note")).toString()
          == QStringLiteral("=1+2"));
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_akitsu"), QStringLiteral("name")).toString()
          == QStringLiteral("-秋津出張所"));
    // Missing values are empty cells.
    CHECK(sheet.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("receiving_counter")).isNull());
}

TEST_CASE("in the XLSX a cell \"=1+2\" is a string formatted as text, and no cell holds a formula")
{
    const Fixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("表.xlsx"));
    fixture.exportTo(path);

    const QByteArray sheetXml = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK_FALSE(sheetXml.contains("<f>"));
    CHECK_FALSE(sheetXml.contains("<f "));
    CHECK_FALSE(zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")).contains("<f"));

    const QStringList strings = sharedStrings(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    const std::vector<int> numberFormats = cellNumberFormats(zipEntry(path, QStringLiteral("xl/styles.xml")));
    const std::map<QString, RawCell> cells = rawCells(sheetXml);
    auto cellWithText = [&](const QString &text) -> const RawCell & {
        for (const auto &[reference, cell] : cells)
            if (cell.type == QLatin1String("s") && strings.value(cell.value.toInt()) == text)
                return cell;
        FAIL("no cell with the text " << text.toStdString());
        return cells.begin()->second;
    };
    constexpr int TextNumberFormat = 49; // the built-in "@"
    for (const QString &formulaLike :
         {QStringLiteral("=1+2"), QStringLiteral("@SUM(A1)"), QStringLiteral("-秋津出張所"),
          QStringLiteral("+Tobu Branch Office")}) {
        INFO(formulaLike.toStdString());
        const RawCell &cell = cellWithText(formulaLike);
        CHECK_FALSE(cell.formula);
        REQUIRE(std::size_t(cell.style) < numberFormats.size());
        CHECK(numberFormats[std::size_t(cell.style)] == TextNumberFormat);
    }
    // Ordinary text keeps the General format, so that a planner typing a number there gets a number.
    const RawCell &name = cellWithText(QStringLiteral("託麻総合出張所"));
    CHECK(numberFormats.at(std::size_t(name.style)) == 0);
    // The header row is bold, in the first row, with a note explaining each column.
    CHECK(cells.at(QStringLiteral("A1")).type == QLatin1String("s"));
    CHECK(strings.value(cells.at(QStringLiteral("A1")).value.toInt()) == QStringLiteral("id"));
    CHECK(sheetXml.contains("<pane ")); // frozen
    const QByteArray comments = zipEntry(path, QStringLiteral("xl/comments1.xml"));
    CHECK(QString::fromUtf8(comments).contains(QStringLiteral("最寄りの区役所までの直線距離")));
}

TEST_CASE("the XLSX notes sheet gives the project, scenario, criteria, sources, date and every column in both "
          "languages")
{
    const Fixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("表.xlsx"));
    fixture.exportTo(path, QDate(2016, 3, 31));
    const std::map<QString, QStringList> items = notesItems(path);
    auto item = [&items](const QString &label) {
        const auto it = items.find(label);
        INFO(label.toStdString());
        REQUIRE(it != items.end());
        return it->second;
    };
    CHECK(item(QStringLiteral("プロジェクト / Project")) == QStringList{QStringLiteral("=熊本市テスト計画")});
    CHECK(item(QStringLiteral("シナリオ / Scenario")) == QStringList{QStringLiteral("案")});
    CHECK(item(QStringLiteral("シナリオの説明 / Scenario description"))
          == QStringList{QStringLiteral("大江出張所を廃止する案")});
    CHECK(item(QStringLiteral("距離の目安 / Distance guide")).join(QString()).startsWith(QStringLiteral("5 km（5,000 m）")));
    CHECK(item(QStringLiteral("距離の計算方法 / Distance method")) == QStringList{fixture.evaluation.distanceMethod});
    CHECK(item(QStringLiteral("出典 / Sources")) == QStringList{QStringLiteral("出典：テスト用の事務所一覧")});
    CHECK(item(QStringLiteral("入力データ / Input data")).join(QString()).contains(QStringLiteral("offices.csv")));
    CHECK(item(QStringLiteral("作成日 / Date")) == QStringList{QStringLiteral("2016-03-31")});

    // Each column of the table is explained: Japanese in B, English in C, the unit in D.
    const OgrTable notes = readOgrTable(path, QStringLiteral("説明"), {QStringLiteral("HEADERS=DISABLE")});
    for (const auto &column : fixture.table.columns) {
        INFO(column.name.toStdString());
        const QVariantList *found = nullptr;
        for (const QVariantList &row : notes.rows)
            if (row.value(0).toString() == column.name)
                found = &row;
        REQUIRE(found != nullptr);
        REQUIRE(found->size() >= 3);
        CHECK(found->at(1).toString() == describeColumn(column.name).japanese);
        CHECK(found->at(2).toString() == describeColumn(column.name).english);
    }
    const QVariantList *distance = nullptr;
    for (const QVariantList &row : notes.rows)
        if (row.value(0).toString() == QLatin1String("distance_m"))
            distance = &row;
    REQUIRE(distance);
    CHECK(distance->value(3).toString().startsWith(QStringLiteral("m")));
}

TEST_CASE("without a scenario the XLSX has the evaluation's columns and its notes say there is none")
{
    const Fixture fixture;
    const EvaluationTable &table = fixture.evaluationOnly.table;
    const QString path = fixture.dir.filePath(QStringLiteral("評価のみ.xlsx"));
    exportTable(path, fixture.evaluationOnly);
    const OgrTable sheet = readOgrTable(path, QStringLiteral("評価"));
    CHECK(sheet.fields.size() == int(table.columns.size()));
    CHECK_FALSE(sheet.fields.contains(QStringLiteral("decision")));
    CHECK(sheet.rows.size() == 14);
    const std::map<QString, QStringList> items = notesItems(path);
    REQUIRE(items.count(QStringLiteral("シナリオ / Scenario")) == 1);
    CHECK(items.at(QStringLiteral("シナリオ / Scenario"))
          == QStringList{QStringLiteral("なし（評価のみ） / none (the evaluation alone)")});
    CHECK(items.count(QStringLiteral("シナリオの説明 / Scenario description")) == 0);
    // Today's date when none is given.
    REQUIRE(items.count(QStringLiteral("作成日 / Date")) == 1);
    const QDate date = QDate::fromString(items.at(QStringLiteral("作成日 / Date")).front(), Qt::ISODate);
    REQUIRE(date.isValid());
    CHECK(std::abs(date.daysTo(QDate::currentDate())) <= 1);
}

TEST_CASE("every column of the sample's scenario table is described in Japanese and English", "[realdata]")
{
    const LoadedProject project = loadSampleProject();
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);
    const Scenario &scenario = *findScenario(project.project.scenarios, QStringLiteral("2016年方針"));
    const std::vector<Recommendation> recommendations = recommend(evaluation, project.offices.offices, {});
    const ScenarioImpact impact = assessProjectImpact(project, project.project.criteria, scenario);
    const EvaluationTable table =
        makeEvaluationTable(project, evaluation, ScenarioColumns{scenario, recommendations, impact});
    for (const auto &column : table.columns) {
        INFO(column.name.toStdString());
        const ColumnDescription description = describeColumn(column.name);
        CHECK_FALSE(description.japanese.isEmpty());
        CHECK_FALSE(description.english.isEmpty());
    }
    CHECK(describeColumn(QStringLiteral("catchment_population")).unit == ColumnUnit::Residents);
    CHECK(describeColumn(QStringLiteral("receiving_distance_m")).unit == ColumnUnit::Meters);
    // Workload columns name their fiscal year in both calendars.
    const ColumnDescription workload = describeColumn(QStringLiteral("workload_fy2014_after"));
    CHECK(workload.japanese.contains(QStringLiteral("平成26年度")));
    CHECK(workload.english.contains(QStringLiteral("FY2014")));
    CHECK(workload.unit == ColumnUnit::Transactions);
    CHECK(describeColumn(QStringLiteral("no_such_column")).japanese.isEmpty());

    // The sample's residents are whole-number cells in the XLSX, equal to the table's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("評価.xlsx"));
    exportTable(path, analyseScenario(std::make_shared<const LoadedProject>(project),
                                      AnalysisRequest{project.project.criteria, scenario, nullptr}));
    const OgrTable sheet = readOgrTable(path, QStringLiteral("評価"));
    const int catchment = table.column(QStringLiteral("catchment_population"));
    REQUIRE(catchment >= 0);
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        CHECK(sheet.rows.at(r).at(sheet.column(QStringLiteral("catchment_population"))).toDouble()
              == Approx(table.rows[r].at(catchment).toDouble()));
}

TEST_CASE("the CSV export keeps its BOM and puts an apostrophe before text that looks like a formula")
{
    const Fixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("出力.csv"));
    fixture.exportTo(path);
    const QByteArray bytes = readBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral(",'=1+2")));
    CHECK(text.contains(QStringLiteral(",'-秋津出張所,")));
    CHECK(text.contains(QStringLiteral(",'@SUM(A1)")));
    CHECK_FALSE(text.contains(QStringLiteral(",=1+2")));
    CHECK(bytes == evaluationCsv(fixture.table));
}

TEST_CASE("the GeoPackage export has the three layers and every metric")
{
    const Fixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("出力.gpkg"));
    fixture.exportTo(path);
    const QStringList layers = ogrLayerNames(path);
    CHECK(layers.contains(QStringLiteral("offices")));
    CHECK(layers.contains(QStringLiteral("nearest_ward_office_lines")));
    CHECK(layers.contains(QStringLiteral("threshold_circles")));
    const OgrTable offices = readOgrTable(path, QStringLiteral("offices"));
    CHECK(offices.rows.size() == 19);
    for (const auto &column : fixture.table.columns)
        CHECK(offices.fields.contains(column.name));
    CHECK(offices.value(QStringLiteral("id"), QStringLiteral("br_takuma"), QStringLiteral("distance_m")).toDouble()
          == Approx(fixture.resultOf(QStringLiteral("br_takuma")).distanceToNearestWardOfficeMeters));
    CHECK(offices.value(QStringLiteral("id"), QStringLiteral("br_oe"), QStringLiteral("decision")).toString()
          == QStringLiteral("close"));
}

TEST_CASE("an unknown suffix is refused with the supported ones named, and nothing is written")
{
    const Fixture fixture;
    const QStringList before = filesBelow(fixture.dir);
    for (const QString &name : {QStringLiteral("表.ods"), QStringLiteral("表.xls"), QStringLiteral("表")}) {
        INFO(name.toStdString());
        try {
            fixture.exportTo(fixture.dir.filePath(name));
            FAIL("exported to an unknown format");
        } catch (const InputError &error) {
            CHECK(error.diagnostic().file.endsWith(name));
            CHECK(error.diagnostic().hint.contains(QStringLiteral(".xlsx")));
            CHECK(error.diagnostic().hint.contains(QStringLiteral(".csv")));
            CHECK(error.diagnostic().hint.contains(QStringLiteral(".gpkg")));
        }
    }
    CHECK(filesBelow(fixture.dir) == before);
}

TEST_CASE("an export onto one of the project's input files is refused and the input is unchanged")
{
    const Fixture fixture;
    const QString offices = fixture.dir.filePath(QStringLiteral("offices.csv"));
    const QByteArray original = readBytes(offices);
    REQUIRE(QFile::link(offices, fixture.dir.filePath(QStringLiteral("link.csv"))));
    for (const QString &spelling : {offices, fixture.dir.path() + QStringLiteral("/./offices.csv"),
                                    fixture.dir.filePath(QStringLiteral("link.csv"))}) {
        INFO(spelling.toStdString());
        try {
            fixture.exportTo(spelling);
            FAIL("wrote over the offices table");
        } catch (const InputError &error) {
            CHECK(error.diagnostic().message.contains(QStringLiteral("input files")));
        }
        CHECK(readBytes(offices) == original);
    }
    CHECK(QFileInfo(fixture.dir.filePath(QStringLiteral("link.csv"))).isSymLink());
}

TEST_CASE("an export into a folder that is missing or not writable fails and leaves no file")
{
    const Fixture fixture;
    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg")}) {
        INFO(suffix.toStdString());
        const QString missing = fixture.dir.filePath(QStringLiteral("無い/表.") + suffix);
        CHECK_THROWS_AS(fixture.exportTo(missing), InputError);
        CHECK_FALSE(QFileInfo::exists(fixture.dir.filePath(QStringLiteral("無い"))));
    }

    // A folder the process may not write into: one without write permission, or, for a superuser whom
    // permissions do not stop, /proc.
    QTemporaryDir locked;
    QString folder = locked.path();
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (::access(QFile::encodeName(folder).constData(), W_OK) == 0)
        folder = QStringLiteral("/proc");
    INFO("folder " << folder.toStdString());
    auto filesIn = [](const QString &path) { return QDir(path).entryList(QDir::Files | QDir::Hidden); };
    const QStringList before = filesIn(folder);
    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg")}) {
        INFO(suffix.toStdString());
        const QString path = folder + QStringLiteral("/表.") + suffix;
        CHECK_THROWS_AS(fixture.exportTo(path), InputError);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK(filesIn(folder) == before);
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("an XLSX export that fails half-way leaves no file behind and keeps the previous one")
{
    // A note longer than a spreadsheet cell holds is found while the sheet is being written.
    const Fixture fixture(QString(40000, QLatin1Char('x')));
    REQUIRE(fixture.dir.mkpath(QStringLiteral("出力")));
    const QDir out(fixture.dir.filePath(QStringLiteral("出力")));

    const QString fresh = out.filePath(QStringLiteral("新.xlsx"));
    try {
        fixture.exportTo(fresh);
        FAIL("a 40,000-character cell was written");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().message.contains(QStringLiteral("40000 characters")));
        CHECK(error.diagnostic().location.contains(QStringLiteral("br_oe")));
        CHECK(error.diagnostic().location.contains(QStringLiteral("note")));
    }
    CHECK(filesBelow(out).isEmpty());

    const QString existing = writeFile(out, QStringLiteral("前.xlsx"), "the previous export");
    CHECK_THROWS_AS(fixture.exportTo(existing), InputError);
    CHECK(readBytes(existing) == "the previous export");
    CHECK(filesBelow(out) == QStringList{QStringLiteral("前.xlsx")});

    // CSV has no such limit and replaces the file atomically.
    fixture.exportTo(out.filePath(QStringLiteral("前.csv")));
    CHECK(readBytes(out.filePath(QStringLiteral("前.csv"))).contains(QByteArray(40000, 'x')));
}

TEST_CASE("a successful XLSX export replaces an earlier file of the same name")
{
    const Fixture fixture;
    const QString path = writeFile(fixture.dir, QStringLiteral("表.xlsx"), "an older export");
    fixture.exportTo(path);
    CHECK(readBytes(path).startsWith("PK"));
    CHECK(filesBelow(fixture.dir)
          == QStringList({QStringLiteral("offices.csv"), QStringLiteral("表.xlsx"), QStringLiteral("計画.madoguchi")}));
}
