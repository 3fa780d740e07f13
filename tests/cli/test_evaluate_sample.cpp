// madoguchi-cli evaluate on the bundled Kumamoto sample, with the shared reference layers.
#include "clirunner.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QFile>
#include <QTemporaryDir>

#include <map>

using namespace madoguchi::test;

namespace {

const QStringList branchIds = {
    QStringLiteral("br_oe"), QStringLiteral("br_takuma"), QStringLiteral("br_akitsu"), QStringLiteral("br_tobu"),
    QStringLiteral("br_hanazono"), QStringLiteral("br_kawachi"), QStringLiteral("br_akita"), QStringLiteral("br_tenmei"),
    QStringLiteral("br_koda"), QStringLiteral("br_jonan"), QStringLiteral("br_nanbu"), QStringLiteral("br_hokubu"),
    QStringLiteral("br_shimizu"), QStringLiteral("br_tatsuda")};

struct Table
{
    QStringList header;
    std::map<QString, QStringList> rowsById;

    QString cell(const QString &id, const QString &column) const
    {
        const int index = header.indexOf(column);
        REQUIRE(index >= 0);
        return rowsById.at(id).at(index);
    }
    double number(const QString &id, const QString &column) const
    {
        bool ok = false;
        const double value = cell(id, column).toDouble(&ok);
        INFO(id.toStdString() << " " << column.toStdString() << " = " << cell(id, column).toStdString());
        REQUIRE(ok);
        return value;
    }
};

Table readTable(const QString &csv)
{
    const auto rows = parseSimpleCsv(csv);
    REQUIRE(rows.size() >= 1);
    Table table;
    table.header = rows.front();
    for (size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == table.header.size());
        table.rowsById[rows[i].front()] = rows[i];
    }
    return table;
}

Table evaluateSample(const QStringList &extra = {})
{
    sharedDataDir();
    const CliResult result = runCli(QStringList{QStringLiteral("evaluate"), sampleProject()} + extra);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return readTable(result.out);
}

} // namespace

TEST_CASE("evaluating the sample lists exactly the 14 branch offices with the required columns", "[realdata]")
{
    const Table table = evaluateSample();
    for (const char *column : {"id", "name", "kind", "ward", "nearest_ward_office", "distance_m", "own_ward_office",
                               "own_ward_distance_m", "within_threshold", "catchment_population",
                               "catchment_population_65plus", "ward_at_site", "school_district"})
        CHECK(table.header.contains(QLatin1String(column)));
    QStringList ids;
    for (const auto &[id, row] : table.rowsById)
        ids << id;
    QStringList expected = branchIds;
    expected.sort();
    ids.sort();
    CHECK(ids == expected);
}

TEST_CASE("sample distances agree with an independent great-circle check within its stated 0.2 km", "[realdata]")
{
    // SOURCES.md §5 of the reference data: great-circle distances from the same points, ±0.2 km.
    const std::map<QString, std::pair<QString, double>> nearest = {
        {QStringLiteral("br_oe"), {QStringLiteral("ward_chuo"), 1.67}},
        {QStringLiteral("br_akitsu"), {QStringLiteral("ward_higashi"), 1.16}},
        {QStringLiteral("br_tobu"), {QStringLiteral("ward_higashi"), 1.60}},
        {QStringLiteral("br_hanazono"), {QStringLiteral("ward_chuo"), 2.03}},
        {QStringLiteral("br_akita"), {QStringLiteral("ward_nishi"), 2.56}},
        {QStringLiteral("br_nanbu"), {QStringLiteral("ward_minami"), 3.66}},
        {QStringLiteral("br_hokubu"), {QStringLiteral("ward_kita"), 3.83}},
        {QStringLiteral("br_takuma"), {QStringLiteral("ward_higashi"), 5.36}},
        {QStringLiteral("br_kawachi"), {QStringLiteral("ward_nishi"), 8.26}},
        {QStringLiteral("br_tenmei"), {QStringLiteral("ward_minami"), 4.30}},
        {QStringLiteral("br_koda"), {QStringLiteral("ward_chuo"), 4.06}},
        {QStringLiteral("br_jonan"), {QStringLiteral("ward_minami"), 4.79}},
        {QStringLiteral("br_shimizu"), {QStringLiteral("ward_chuo"), 4.45}},
        {QStringLiteral("br_tatsuda"), {QStringLiteral("ward_chuo"), 6.99}},
    };
    const Table table = evaluateSample();
    for (const auto &[id, expected] : nearest) {
        INFO(id.toStdString());
        CHECK(table.cell(id, QStringLiteral("nearest_ward_office")) == expected.first);
        const double meters = table.number(id, QStringLiteral("distance_m"));
        CHECK(std::abs(meters / 1000.0 - expected.second) <= 0.2);
        CHECK(table.cell(id, QStringLiteral("within_threshold"))
              == (meters <= 5000.0 ? QStringLiteral("true") : QStringLiteral("false")));
        // Metres with at least one decimal.
        CHECK(table.cell(id, QStringLiteral("distance_m")).contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d$"))));
    }
}

TEST_CASE("own ward office differs from the nearest one where the policy says so", "[realdata]")
{
    const Table table = evaluateSample();
    // 花園 is in 西区 but nearest to 中央区役所; 清水 and 龍田 are in 北区 but nearest to 中央区役所.
    CHECK(table.cell(QStringLiteral("br_hanazono"), QStringLiteral("own_ward_office")) == QStringLiteral("ward_nishi"));
    CHECK(table.number(QStringLiteral("br_hanazono"), QStringLiteral("own_ward_distance_m"))
          > table.number(QStringLiteral("br_hanazono"), QStringLiteral("distance_m")));
    CHECK(table.cell(QStringLiteral("br_tatsuda"), QStringLiteral("own_ward_office")) == QStringLiteral("ward_kita"));
    CHECK(table.cell(QStringLiteral("br_oe"), QStringLiteral("own_ward_office")) == QStringLiteral("ward_chuo"));
    CHECK(table.number(QStringLiteral("br_oe"), QStringLiteral("own_ward_distance_m"))
          == table.number(QStringLiteral("br_oe"), QStringLiteral("distance_m")));
}

TEST_CASE("every sample office lies in the ward the table gives it", "[realdata]")
{
    const Table table = evaluateSample();
    for (const QString &id : branchIds)
        CHECK(table.cell(id, QStringLiteral("ward_at_site")) == table.cell(id, QStringLiteral("ward")));
}

TEST_CASE("a larger threshold moves offices inside it", "[realdata]")
{
    const Table table = evaluateSample({QStringLiteral("--threshold-km"), QStringLiteral("8")});
    CHECK(table.cell(QStringLiteral("br_tatsuda"), QStringLiteral("within_threshold")) == QStringLiteral("true"));
    CHECK(table.cell(QStringLiteral("br_takuma"), QStringLiteral("within_threshold")) == QStringLiteral("true"));
    CHECK(table.cell(QStringLiteral("br_kawachi"), QStringLiteral("within_threshold")) == QStringLiteral("false"));
    CHECK(table.number(QStringLiteral("br_oe"), QStringLiteral("threshold_m")) == 8000.0);
}

TEST_CASE("evaluate --out FILE.csv writes UTF-8 with BOM for Excel", "[realdata]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("評価結果.csv"));
    const CliResult result = runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const Table table = readTable(QString::fromUtf8(bytes));
    CHECK(table.rowsById.size() == 14);
    CHECK(table.cell(QStringLiteral("br_oe"), QStringLiteral("name")) == QStringLiteral("大江出張所"));
}

TEST_CASE("evaluate --out FILE.gpkg writes offices, lines to the nearest ward office and threshold circles",
          "[realdata]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("評価.gpkg"));
    const CliResult result = runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    GDALAllRegister();
    GDALDatasetH dataset = GDALOpenEx(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                      nullptr, nullptr);
    REQUIRE(dataset != nullptr);
    auto count = [dataset](const char *name) {
        OGRLayerH layer = GDALDatasetGetLayerByName(dataset, name);
        REQUIRE(layer != nullptr);
        return OGR_L_GetFeatureCount(layer, TRUE);
    };
    CHECK(count("offices") == 19);
    CHECK(count("nearest_ward_office_lines") == 14);
    CHECK(count("threshold_circles") == 5);

    // The line from 大江 ends at 中央区役所 and carries the same distance as the CSV.
    OGRLayerH lines = GDALDatasetGetLayerByName(dataset, "nearest_ward_office_lines");
    OGR_L_SetAttributeFilter(lines, "branch_office = 'br_oe'");
    OGRFeatureH feature = OGR_L_GetNextFeature(lines);
    REQUIRE(feature != nullptr);
    CHECK(QString::fromUtf8(OGR_F_GetFieldAsString(feature, OGR_F_GetFieldIndex(feature, "ward_office")))
          == QStringLiteral("ward_chuo"));
    const double distance = OGR_F_GetFieldAsDouble(feature, OGR_F_GetFieldIndex(feature, "distance_m"));
    CHECK(std::abs(distance / 1000.0 - 1.67) <= 0.2);
    OGRGeometryH line = OGR_F_GetGeometryRef(feature);
    const int last = OGR_G_GetPointCount(line) - 1;
    CHECK(OGR_G_GetX(line, last) == Approx(130.70786).margin(1e-9));
    CHECK(OGR_G_GetY(line, last) == Approx(32.80300).margin(1e-9));
    OGR_F_Destroy(feature);
    GDALClose(dataset);
}

TEST_CASE("the text format prints a readable table with the distances in km", "[realdata]")
{
    sharedDataDir();
    const CliResult result =
        runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--format"), QStringLiteral("text")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("大江出張所")));
    CHECK(result.out.contains(QStringLiteral("中央区役所")));
    CHECK(result.out.count(QStringLiteral(" km")) >= 14);
    CHECK(result.err.contains(QStringLiteral("14 branch offices evaluated")));
    CHECK(result.err.contains(QStringLiteral("no workload")));
    CHECK(result.err.contains(QStringLiteral("APPROXIMATE")));
}
