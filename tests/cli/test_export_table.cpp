// madoguchi-cli export: the kinds it offers, and `export table`, which writes the table of `evaluate`
// to a file (CSV, XLSX or GeoPackage).
#include "clirunner.h"
#include "ogrtable.h"

#include <QFile>
#include <QTemporaryDir>

using namespace madoguchi::test;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("export table --scenario writes an XLSX whose rows and decisions are those of evaluate --scenario",
          "[realdata]")
{
    sharedDataDir();
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("出力")));
    const QString out = dir.filePath(QStringLiteral("出力/2016年方針.xlsx"));
    const QString scenario = QStringLiteral("2016年方針");
    const CliResult exported = runCli({QStringLiteral("export"), QStringLiteral("table"), sampleProject(),
                                       QStringLiteral("--scenario"), scenario, QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.isEmpty());
    CHECK(exported.err.contains(QStringLiteral("Wrote ")));
    CHECK(exported.err.contains(QStringLiteral("Scenario 2016年方針: 7 of 14")));

    const CliResult evaluated =
        runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--scenario"), scenario});
    REQUIRE(evaluated.exitCode == 0);
    const std::vector<QStringList> csv = parseCsv(evaluated.out);
    REQUIRE(csv.size() == 15);
    const QStringList &header = csv.front();

    const OgrTable sheet = readOgrTable(out, QStringLiteral("評価"));
    CHECK(sheet.fields == header);
    REQUIRE(sheet.rows.size() == csv.size() - 1);
    const int distance = sheet.column(QStringLiteral("distance_m"));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &expected = csv[r + 1];
        const QVariantList &row = sheet.rows[r];
        INFO("row " << r << ": " << expected.join(QLatin1Char(',')).toStdString());
        for (const QString &text : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("decision"),
                                    QStringLiteral("recommendation"), QStringLiteral("recommendation_reasons"),
                                    QStringLiteral("receiving_counter_name"), QStringLiteral("school_district")})
            CHECK(row.at(sheet.column(text)).toString() == expected.at(header.indexOf(text)));
        // The CSV rounds to 0.1 m; the workbook keeps the value.
        CHECK(std::abs(row.at(distance).toDouble() - expected.at(header.indexOf(QStringLiteral("distance_m"))).toDouble())
              <= 0.05);
    }
    // The seven closures of the policy.
    int closed = 0;
    for (const QVariantList &row : sheet.rows)
        closed += row.at(sheet.column(QStringLiteral("decision"))).toString() == QLatin1String("close") ? 1 : 0;
    CHECK(closed == 7);

    // The notes sheet names the scenario.
    const OgrTable notes = readOgrTable(out, QStringLiteral("説明"), {QStringLiteral("HEADERS=DISABLE")});
    bool scenarioNamed = false;
    for (const QVariantList &row : notes.rows)
        scenarioNamed |= row.value(0).toString() == QStringLiteral("シナリオ / Scenario")
                         && row.value(1).toString() == scenario;
    CHECK(scenarioNamed);
}

TEST_CASE("export table --out FILE.csv writes what evaluate --out FILE.csv writes", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    const QString evaluated = dir.filePath(QStringLiteral("evaluate.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("table"), sampleProject(), QStringLiteral("--out"),
                    exported, QStringLiteral("--quiet")})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--out"), evaluated,
                    QStringLiteral("--quiet")})
                .exitCode
            == 0);
    CHECK(readBytes(exported) == readBytes(evaluated));
    CHECK(readBytes(exported).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("export names its kinds — an unknown kind, a missing --out or an unknown suffix is a usage error")
{
    const CliResult help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("table")));
    const CliResult tableHelp = runCli({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("--help")});
    CHECK(tableHelp.exitCode == 0);
    CHECK(tableHelp.out.contains(QStringLiteral("--out")));
    CHECK(tableHelp.out.contains(QStringLiteral("--scenario")));
    CHECK(tableHelp.out.contains(QStringLiteral(".xlsx")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("export KIND PROJECT --out FILE")));

    const CliResult noKind = runCli({QStringLiteral("export")});
    CHECK(noKind.exitCode == 2);
    CHECK(noKind.err.contains(QStringLiteral("table")));
    const CliResult unknown =
        runCli({QStringLiteral("export"), QStringLiteral("atlas"), sampleProject(), QStringLiteral("--out"),
                QStringLiteral("atlas.pdf")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("\"atlas\"")));
    CHECK(unknown.err.contains(QStringLiteral("available: table, map")));

    QTemporaryDir dir;
    const QString ods = dir.filePath(QStringLiteral("表.ods"));
    const CliResult noOut = runCli({QStringLiteral("export"), QStringLiteral("table"), sampleProject()});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    const CliResult badSuffix = runCli(
        {QStringLiteral("export"), QStringLiteral("table"), sampleProject(), QStringLiteral("--out"), ods});
    CHECK(badSuffix.exitCode == 2);
    CHECK(badSuffix.err.contains(QStringLiteral(".xlsx")));
    CHECK_FALSE(QFile::exists(ods));
}

TEST_CASE("export table refuses to write over the project file's inputs")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    QFile sample(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray offices = sample.readAll();
    writeFile(folder, QStringLiteral("事務所.csv"), offices);
    const QString project = writeFile(folder, QStringLiteral("計画.madoguchi"),
                                      R"({"format": "madoguchi-project", "version": 1,
                                          "layers": {"offices": {"path": "事務所.csv", "crs": "EPSG:6668"}}})");
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("table"), project,
                                     QStringLiteral("--out"), folder.filePath(QStringLiteral("事務所.csv"))});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("input files")));
    CHECK(readBytes(folder.filePath(QStringLiteral("事務所.csv"))) == offices);

    // The same project exports to a new file.
    const QString out = folder.filePath(QStringLiteral("表.xlsx"));
    const CliResult written =
        runCli({QStringLiteral("export"), QStringLiteral("table"), project, QStringLiteral("--out"), out});
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(readOgrTable(out, QStringLiteral("評価")).rows.size() == 14);
}
