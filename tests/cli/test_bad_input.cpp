// Bad input: one fixture per case. Each gives a clear message naming what is wrong, exit status 1 and
// no output file; an office outside every ward is a warning, not an error.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace madoguchi::test;

namespace {

QByteArray sampleOfficesCsv()
{
    QFile file(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A project in `dir` whose offices table is `officesCsv` and whose wards layer is `wardsPath`
// (relative to dir, or empty for none).
QString writeProject(const QDir &dir, const QByteArray &officesCsv, const QString &wardsPath,
                     const QByteArray &extraLayers = {})
{
    writeFile(dir, QStringLiteral("offices.csv"), officesCsv);
    QByteArray json = R"({"format": "madoguchi-project", "version": 1, "name": "test", "layers": {
        "offices": {"path": "offices.csv"})";
    if (!wardsPath.isEmpty())
        json += R"(, "wards": {"path": ")" + wardsPath.toUtf8() + R"("})";
    json += extraLayers + "}}";
    return writeFile(dir, QStringLiteral("test.madoguchi"), json);
}

// Hashes of every file below dir, to show that inputs are never changed.
std::map<QString, QByteArray> snapshot(const QDir &dir)
{
    std::map<QString, QByteArray> hashes;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        hashes[path] = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    return hashes;
}

// Runs evaluate with --out and checks: exit 1, the message contains every `expected` fragment, no output
// file, inputs unchanged.
void expectRejected(const QDir &dir, const QString &project, const QStringList &expected)
{
    const auto before = snapshot(dir);
    const QString out = dir.filePath(QStringLiteral("out/result.csv"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--out"), out});
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("error: ")));
    for (const QString &fragment : expected)
        CHECK(result.err.contains(fragment));
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).isEmpty());
    const auto after = snapshot(dir);
    CHECK(before == after);
}

} // namespace

TEST_CASE("a wards shapefile without .prj is refused with a hint on how to set the CRS", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    copyKumamotoShapefile(dir, QStringLiteral("wards"), {QStringLiteral("prj")});
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("wards.shp"));
    expectRejected(dir, project, {QStringLiteral("wards.shp"), QStringLiteral("--crs")});

    // With the CRS given on the command line it loads.
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--crs"),
                                     QStringLiteral("wards=EPSG:6668")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
}

TEST_CASE("a wards shapefile without .dbf is refused naming the missing file", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    copyKumamotoShapefile(dir, QStringLiteral("wards"), {QStringLiteral("dbf")});
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("wards.shp"));
    expectRejected(dir, project, {QStringLiteral("wards.dbf")});
}

TEST_CASE("a wards layer that is not polygons is refused", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    copyKumamotoShapefile(dir, QStringLiteral("schools"));
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("schools.shp"));
    expectRejected(dir, project, {QStringLiteral("schools.shp"), QStringLiteral("polygons")});
}

TEST_CASE("a workload cell that is not a number is refused naming the file, line and column")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    QByteArray csv = "id,name,kind,ward,lat,lon,fy2014_count\n"
                     "ward_chuo,中央区役所,ward_office,中央区,32.80300,130.70786,\n"
                     "br_oe,大江出張所,branch,中央区,32.79886,130.72509,12件\n";
    const QString project = writeProject(dir, csv, {});
    expectRejected(dir, project, {QStringLiteral("offices.csv"), QStringLiteral("line 3"), QStringLiteral("fy2014_count")});
}

TEST_CASE("a duplicate office id is refused naming both lines")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    QByteArray csv = "id,name,kind,ward,lat,lon\n"
                     "ward_chuo,中央区役所,ward_office,中央区,32.80300,130.70786\n"
                     "br_oe,大江出張所,branch,中央区,32.79886,130.72509\n"
                     "br_oe,秋津出張所,branch,東区,32.77116,130.77330\n";
    const QString project = writeProject(dir, csv, {});
    expectRejected(dir, project, {QStringLiteral("br_oe"), QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("an office outside every ward is a warning, not an error", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    copyKumamotoShapefile(dir, QStringLiteral("wards"));
    QByteArray csv = sampleOfficesCsv();
    // A branch office moved out to sea west of the city (Ariake Sea).
    csv.replace("32.83111,130.58728", "32.80000,130.45000");
    const QString project = writeProject(dir, csv, QStringLiteral("wards.shp"));
    const QString out = dir.filePath(QStringLiteral("result.csv"));
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("warning: ")));
    CHECK(result.err.contains(QStringLiteral("br_kawachi")));
    CHECK(result.err.contains(QStringLiteral("outside every ward")));
    CHECK(QFile::exists(out));
}

TEST_CASE("an empty wards layer is refused")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    writeFile(dir, QStringLiteral("wards.geojson"), R"({"type": "FeatureCollection", "features": []})");
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("wards.geojson"));
    expectRejected(dir, project, {QStringLiteral("wards.geojson")});
}

TEST_CASE("a truncated wards shapefile is refused", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString shp = copyKumamotoShapefile(dir, QStringLiteral("wards"));
    QFile file(shp);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(file.size() / 2));
    file.close();
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("wards.shp"));
    expectRejected(dir, project, {QStringLiteral("wards.shp")});
}

TEST_CASE("an unreadable layer file is refused")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    writeFile(dir, QStringLiteral("wards.geojson"), "this is not GeoJSON \x01\x02\x03");
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("wards.geojson"));
    expectRejected(dir, project, {QStringLiteral("wards.geojson")});
}

TEST_CASE("a folder given as a layer path is refused, not read as its first layer", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    dir.mkpath(QStringLiteral("kumamoto"));
    copyKumamotoShapefile(QDir(dir.filePath(QStringLiteral("kumamoto"))), QStringLiteral("population"));
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("kumamoto"));
    expectRejected(dir, project, {QStringLiteral("layers.wards.path"), QStringLiteral("is a folder, not a layer file"),
                                  QStringLiteral("wards.shp")});
}

TEST_CASE("an offices table that is a pipe is refused at once instead of waiting for data")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    REQUIRE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("offices.csv"))).constData(), 0600) == 0);
    const QString project = writeFile(dir, QStringLiteral("test.madoguchi"),
                                      R"({"format": "madoguchi-project", "version": 1, "name": "test",
                                          "layers": {"offices": {"path": "offices.csv"}}})");
    // Nothing ever writes into the pipe: a reader would wait for ever (runCli gives up after a minute).
    const CliResult result = runCli({QStringLiteral("evaluate"), project});
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("layers.offices.path")));
    CHECK(result.err.contains(QStringLiteral("is not a regular file")));
}

TEST_CASE("a project file that is not valid JSON is refused naming the file")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeFile(dir, QStringLiteral("broken.madoguchi"), "{\"format\": \"madoguchi-project\", ");
    expectRejected(dir, project, {QStringLiteral("broken.madoguchi")});
}

TEST_CASE("a project that references a missing layer is refused naming the layer and the path")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeProject(dir, sampleOfficesCsv(), QStringLiteral("moved/wards.shp"));
    expectRejected(dir, project, {QStringLiteral("layers.wards.path"), QStringLiteral("moved/wards.shp")});

    // --skip-missing-layers evaluates with the offices alone and says which layer is missing.
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--skip-missing-layers")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("wards layer was not loaded")));
    CHECK(parseSimpleCsv(result.out).size() == 15);
}

TEST_CASE("the option --out never overwrites an input file")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeProject(dir, sampleOfficesCsv(), {});
    const auto before = snapshot(dir);
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("offices.csv"))});
    CHECK(result.exitCode == 1);
    CHECK(snapshot(dir) == before);
}

TEST_CASE("Japanese folder and file names work for the project, its layers and the output")
{
    QTemporaryDir temp;
    const QDir dir(temp.path() + QStringLiteral("/熊本市の計画"));
    REQUIRE(QDir().mkpath(dir.path()));
    writeFile(dir, QStringLiteral("事務所一覧.csv"), sampleOfficesCsv());
    const QString project = writeFile(dir, QStringLiteral("再編案.madoguchi"),
                                      R"({"format": "madoguchi-project", "version": 1,
                                          "layers": {"offices": {"path": "事務所一覧.csv"}}})");
    const QString out = dir.filePath(QStringLiteral("結果.csv"));
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(out));
}
