#include "testsupport.h"

#include "app/lib/projectfile.h"
#include "core/diagnostic.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>

using madoguchi::Diagnostic;
using madoguchi::FieldMapping;
using madoguchi::InputError;
using madoguchi::LayerRole;
using madoguchi::LayerSource;
using madoguchi::Project;
using madoguchi::app::projectFromJson;
using madoguchi::app::projectToJson;
using madoguchi::app::readProjectFile;
using madoguchi::app::writeProjectFile;

namespace {

const QString SourceName = QStringLiteral("熊本/見直し.madoguchi");

// A project that sets every member, with Japanese text wherever the planner types text.
Project fullProject()
{
    Project project;
    project.name = QStringLiteral("熊本市 出張所窓口の見直し（平成28年）");
    project.notes = QStringLiteral("5 km を目安とする。\n二行目\t\"引用\" \\ 記号");
    project.criteria.distanceThresholdMeters = 4321.125;
    project.criteria.workloadFiscalYear = 2014;
    project.credits = {QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成"),
                       QStringLiteral("出典：政府統計の総合窓口(e-Stat)")};
    project.displayCrs = QStringLiteral("EPSG:6670");

    LayerSource wards;
    wards.path = QStringLiteral("data/区域/wards.shp");
    wards.encoding = QStringLiteral("CP932");
    wards.crs = QStringLiteral("EPSG:6668");
    wards.approximate = false;
    wards.fields.name = QStringLiteral("N03_004");
    wards.fields.code = QStringLiteral("N03_007");
    project.layers[LayerRole::Wards] = wards;

    LayerSource districts;
    districts.path = QStringLiteral("/srv/gis/school_districts_approx.shp");
    districts.approximate = true;
    districts.fields.name = QStringLiteral("SCHOOL");
    project.layers[LayerRole::SchoolDistricts] = districts;

    LayerSource schools;
    schools.path = QStringLiteral("schools.gpkg");
    schools.layerName = QStringLiteral("小学校");
    schools.encoding = QStringLiteral("UTF-8");
    schools.fields.name = QStringLiteral("学校名");
    schools.fields.code = QStringLiteral("学校コード");
    project.layers[LayerRole::Schools] = schools;

    LayerSource population;
    population.path = QStringLiteral("population.shp");
    population.fields.population = QStringLiteral("POP_IN");
    population.fields.population65 = QStringLiteral("POP65_IN");
    project.layers[LayerRole::Population] = population;

    LayerSource offices;
    offices.path = QStringLiteral("出張所一覧.csv");
    offices.encoding = QStringLiteral("CP932");
    offices.crs = QStringLiteral("EPSG:6670");
    FieldMapping &fields = offices.fields;
    fields.id = QStringLiteral("番号");
    fields.name = QStringLiteral("名称");
    fields.nameEn = QStringLiteral("英語名称");
    fields.kind = QStringLiteral("種別");
    fields.ward = QStringLiteral("区");
    fields.address = QStringLiteral("所在地");
    fields.latitude = QStringLiteral("緯度");
    fields.longitude = QStringLiteral("経度");
    fields.x = QStringLiteral("X座標");
    fields.y = QStringLiteral("Y座標");
    fields.decision = QStringLiteral("2016年方針");
    fields.code = QStringLiteral("コード");
    fields.population = QStringLiteral("人口");
    fields.population65 = QStringLiteral("65歳以上人口");
    fields.workloadByFiscalYear = {{2014, QStringLiteral("平成26年度")},
                                   {2015, QStringLiteral("fy2015_count")}};
    project.layers[LayerRole::Offices] = offices;
    return project;
}

// The smallest valid project file, as an object tests can alter.
QJsonObject minimalRoot()
{
    QJsonObject offices{{QStringLiteral("path"), QStringLiteral("offices.csv")}};
    QJsonObject layers{{QStringLiteral("offices"), offices}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("madoguchi-project")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("layers"), layers}};
}

QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

// `root` with layers.<role> replaced by `layer`.
QJsonObject withLayer(QJsonObject root, const QString &role, const QJsonValue &layer)
{
    QJsonObject layers = root.value(QStringLiteral("layers")).toObject();
    layers.insert(role, layer);
    root.insert(QStringLiteral("layers"), layers);
    return root;
}

// `root` with layers.offices.<key> set to `value`.
QJsonObject withOfficesKey(const QJsonObject &root, const QString &key, const QJsonValue &value)
{
    const QJsonObject layers = root.value(QStringLiteral("layers")).toObject();
    QJsonObject offices = layers.value(QStringLiteral("offices")).toObject();
    offices.insert(key, value);
    return withLayer(root, QStringLiteral("offices"), offices);
}

QJsonObject withOfficesFields(const QJsonObject &root, const QJsonObject &fields)
{
    return withOfficesKey(root, QStringLiteral("fields"), fields);
}

QJsonObject withCriteria(QJsonObject root, const QJsonObject &criteria)
{
    root.insert(QStringLiteral("criteria"), criteria);
    return root;
}

Diagnostic errorFor(const QByteArray &json)
{
    try {
        projectFromJson(json, SourceName);
    } catch (const InputError &error) {
        return error.diagnostic();
    }
    FAIL("projectFromJson accepted: " << json.toStdString());
    return {};
}

// The error names the file and the key, says what is wrong and what to do.
void checkError(const QByteArray &json, const QString &location, const QString &messagePart)
{
    INFO(json.toStdString());
    const Diagnostic diagnostic = errorFor(json);
    CHECK(diagnostic.file == SourceName);
    CHECK(diagnostic.location == location);
    CHECK(diagnostic.message.contains(messagePart, Qt::CaseInsensitive));
    CHECK_FALSE(diagnostic.hint.isEmpty());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a project with every member set survives a round trip through the JSON", "[projectfile]")
{
    const Project original = fullProject();
    const Project read = projectFromJson(projectToJson(original), SourceName);
    CHECK(read.name == original.name);
    CHECK(read.notes == original.notes);
    CHECK(read.criteria == original.criteria);
    CHECK(read.credits == original.credits);
    CHECK(read.layers.size() == original.layers.size());
    for (const auto &[role, layer] : original.layers) {
        INFO(madoguchi::layerRoleKey(role).toStdString());
        REQUIRE(read.layers.contains(role));
        CHECK(read.layers.at(role) == layer);
    }
    CHECK(read == original);
}

TEST_CASE("a minimal project file reads with the default criteria", "[projectfile]")
{
    const Project project = projectFromJson(toBytes(minimalRoot()), SourceName);
    CHECK(project.name.isEmpty());
    CHECK(project.notes.isEmpty());
    CHECK(project.credits.isEmpty());
    CHECK(project.criteria == madoguchi::Criteria{});
    CHECK(project.criteria.distanceThresholdMeters == 5000.0);
    CHECK_FALSE(project.criteria.workloadFiscalYear.has_value());
    REQUIRE(project.layers.size() == 1);
    const LayerSource &offices = project.layers.at(LayerRole::Offices);
    CHECK(offices.path == QStringLiteral("offices.csv"));
    CHECK(offices.layerName.isEmpty());
    CHECK_FALSE(offices.encoding.has_value());
    CHECK_FALSE(offices.crs.has_value());
    CHECK_FALSE(offices.approximate.has_value());
    CHECK(offices.fields == FieldMapping{});
}

TEST_CASE("a hand-written schema version 1 file reads into the project it describes", "[projectfile]")
{
    const QByteArray json = R"({
  "format": "madoguchi-project",
  "version": 1,
  "name": "熊本市",
  "notes": "メモ",
  "criteria": { "distanceThresholdMeters": 5000, "workloadFiscalYear": 2014 },
  "credits": ["出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成"],
  "layers": {
    "wards": { "path": "kumamoto/wards.shp", "encoding": "Shift_JIS", "crs": "EPSG:6668",
               "fields": { "name": "N03_004", "code": "N03_007" } },
    "schoolDistricts": { "path": "kumamoto/school_districts_approx.shp", "approximate": true },
    "offices": { "path": "offices.csv", "layer": "offices", "encoding": "utf8",
                 "fields": { "name": "name_ja", "latitude": "lat", "longitude": "lon",
                             "workload": { "2014": "fy2014_count" } } }
  }
})";
    const Project project = projectFromJson(json, SourceName);
    CHECK(project.name == QStringLiteral("熊本市"));
    CHECK(project.notes == QStringLiteral("メモ"));
    CHECK(project.criteria.distanceThresholdMeters == 5000.0);
    CHECK(project.criteria.workloadFiscalYear == 2014);
    CHECK(project.credits ==
          QStringList{QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成")});

    const LayerSource &wards = project.layers.at(LayerRole::Wards);
    CHECK(wards.path == QStringLiteral("kumamoto/wards.shp"));
    CHECK(wards.encoding == QStringLiteral("CP932"));
    CHECK(wards.crs == QStringLiteral("EPSG:6668"));
    CHECK(wards.fields.name == QStringLiteral("N03_004"));
    CHECK(wards.fields.code == QStringLiteral("N03_007"));

    CHECK(project.layers.at(LayerRole::SchoolDistricts).approximate == true);
    CHECK_FALSE(project.layers.contains(LayerRole::Schools));

    const LayerSource &offices = project.layers.at(LayerRole::Offices);
    CHECK(offices.layerName == QStringLiteral("offices"));
    CHECK(offices.encoding == QStringLiteral("UTF-8"));
    CHECK(offices.fields.name == QStringLiteral("name_ja"));
    CHECK(offices.fields.latitude == QStringLiteral("lat"));
    CHECK(offices.fields.longitude == QStringLiteral("lon"));
    CHECK(offices.fields.workloadByFiscalYear ==
          std::map<int, QString>{{2014, QStringLiteral("fy2014_count")}});
}

TEST_CASE("the written JSON follows schema version 1 and holds only what is set", "[projectfile]")
{
    const QJsonObject root = QJsonDocument::fromJson(projectToJson(fullProject())).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("madoguchi-project"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    CHECK(root.value(QStringLiteral("name")).toString() == fullProject().name);
    const QJsonObject criteria = root.value(QStringLiteral("criteria")).toObject();
    CHECK(criteria.value(QStringLiteral("distanceThresholdMeters")).toDouble() == 4321.125);
    CHECK(criteria.value(QStringLiteral("workloadFiscalYear")).toInt() == 2014);
    CHECK(root.value(QStringLiteral("credits")).toArray().size() == 2);
    CHECK(root.value(QStringLiteral("displayCrs")).toString() == QStringLiteral("EPSG:6670"));

    const QJsonObject layers = root.value(QStringLiteral("layers")).toObject();
    CHECK(layers.keys() == QStringList{QStringLiteral("offices"), QStringLiteral("population"),
                                       QStringLiteral("schoolDistricts"), QStringLiteral("schools"),
                                       QStringLiteral("wards")});
    const QJsonObject wards = layers.value(QStringLiteral("wards")).toObject();
    CHECK(wards.value(QStringLiteral("path")).toString() == QStringLiteral("data/区域/wards.shp"));
    CHECK(wards.value(QStringLiteral("encoding")).toString() == QStringLiteral("CP932"));
    CHECK(wards.value(QStringLiteral("crs")).toString() == QStringLiteral("EPSG:6668"));
    CHECK(wards.value(QStringLiteral("approximate")) == QJsonValue(false));
    CHECK_FALSE(wards.contains(QStringLiteral("layer")));

    const QJsonObject population = layers.value(QStringLiteral("population")).toObject();
    CHECK(population.keys() == QStringList{QStringLiteral("fields"), QStringLiteral("path")});
    CHECK(population.value(QStringLiteral("fields")).toObject().keys() ==
          QStringList{QStringLiteral("population"), QStringLiteral("population65")});

    const QJsonObject officeFields =
        layers.value(QStringLiteral("offices")).toObject().value(QStringLiteral("fields")).toObject();
    CHECK(officeFields.keys() ==
          QStringList{QStringLiteral("address"), QStringLiteral("code"), QStringLiteral("decision"),
                      QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("latitude"),
                      QStringLiteral("longitude"), QStringLiteral("name"), QStringLiteral("nameEn"),
                      QStringLiteral("population"), QStringLiteral("population65"),
                      QStringLiteral("ward"), QStringLiteral("workload"), QStringLiteral("x"),
                      QStringLiteral("y")});
    const QJsonObject workload = officeFields.value(QStringLiteral("workload")).toObject();
    CHECK(workload.value(QStringLiteral("2014")).toString() == QStringLiteral("平成26年度"));
    CHECK(workload.value(QStringLiteral("2015")).toString() == QStringLiteral("fy2015_count"));
}

TEST_CASE("an empty project is written with the format, the version and the threshold only",
          "[projectfile]")
{
    const QJsonObject root = QJsonDocument::fromJson(projectToJson(Project{})).object();
    CHECK(root.keys() == QStringList{QStringLiteral("criteria"), QStringLiteral("format"),
                                     QStringLiteral("layers"), QStringLiteral("version")});
    CHECK(root.value(QStringLiteral("criteria")).toObject().keys() ==
          QStringList{QStringLiteral("distanceThresholdMeters")});
    CHECK(root.value(QStringLiteral("layers")).toObject().isEmpty());
}

TEST_CASE("the project file is indented UTF-8 that keeps Japanese text as written", "[projectfile]")
{
    const QByteArray json = projectToJson(fullProject());
    CHECK(json.contains("\n    \"format\": \"madoguchi-project\""));
    CHECK(json.contains(QStringLiteral("出典：国土数値情報").toUtf8()));
    CHECK_FALSE(json.contains("\\u"));
}

TEST_CASE("text that is not JSON is reported with its line and column", "[projectfile]")
{
    // The comma after the version is missing: the parser notices at "layers" on line 4.
    const QByteArray json =
        "{\n  \"format\": \"madoguchi-project\",\n  \"version\": 1 \n  \"layers\": {}\n}\n";
    const Diagnostic diagnostic = errorFor(json);
    CHECK(diagnostic.file == SourceName);
    CHECK(diagnostic.location.startsWith(QStringLiteral("line 4, column ")));
    CHECK(diagnostic.message.contains(QStringLiteral("not valid JSON")));
    CHECK_FALSE(diagnostic.hint.isEmpty());

    CHECK(errorFor("PK\x03\x04 binary").location.startsWith(QStringLiteral("line 1, column ")));
    CHECK(errorFor("").message.contains(QStringLiteral("empty")));
    CHECK(errorFor("  \n ").message.contains(QStringLiteral("empty")));
}

TEST_CASE("a key given twice in one object is refused with its path and both lines", "[projectfile]")
{
    // A decision given twice for one office: the reader used to keep the last one without a word.
    const QByteArray decisions = "{\n  \"format\": \"madoguchi-project\",\n  \"version\": 1,\n"
                                 "  \"layers\": {\"offices\": {\"path\": \"offices.csv\"}},\n"
                                 "  \"scenarios\": [\n    {\"name\": \"現状\"},\n"
                                 "    {\"name\": \"案\", \"decisions\": {\n"
                                 "      \"br_oe\": \"close\",\n      \"br_akita\": \"keep\",\n"
                                 "      \"br_oe\": \"keep\"\n    }}\n  ]\n}\n";
    const Diagnostic diagnostic = errorFor(decisions);
    CHECK(diagnostic.file == SourceName);
    CHECK(diagnostic.location == QStringLiteral("scenarios[1].decisions.br_oe"));
    CHECK(diagnostic.message.contains(QStringLiteral("\"br_oe\" is given twice")));
    CHECK(diagnostic.message.contains(QStringLiteral("lines 8 and 10")));
    CHECK_FALSE(diagnostic.hint.isEmpty());

    // Anywhere in the file, however the key is spelt: "\u9f8d" is 龍.
    CHECK(errorFor("{\"format\": \"madoguchi-project\", \"version\": 1, \"version\": 1}").location
          == QStringLiteral("version"));
    CHECK(errorFor("{\"notes\": {\"龍田\": 1, \"\\u9f8d田\": 2}}").location == QStringLiteral("notes.龍田"));
    CHECK(errorFor("{\"a\": [{\"k\": 1}, {\"k\": 1, \"x\": {}, \"k\": [1, {\"k\": 2}]}]}").location
          == QStringLiteral("a[1].k"));

    // The same key in different objects, in strings or escaped inside a key, is no repetition.
    const QByteArray fine = "{\"format\": \"madoguchi-project\", \"version\": 1,"
                            " \"layers\": {\"offices\": {\"path\": \"offices.csv\"}},"
                            " \"notes\": \"\\\"name\\\": \\\"name\\\"\","
                            " \"scenarios\": [{\"name\": \"a\", \"decisions\": {\"br_oe\": \"close\"}},"
                            " {\"name\": \"b\\\"\", \"decisions\": {\"br_oe\": \"keep\"}}]}";
    CHECK(projectFromJson(fine, SourceName).scenarios.size() == 2);
}

TEST_CASE("a project file must hold an object at the top", "[projectfile]")
{
    const Diagnostic diagnostic = errorFor("[1, 2, 3]");
    CHECK(diagnostic.file == SourceName);
    CHECK(diagnostic.message.contains(QStringLiteral("object")));
}

TEST_CASE("a file without the madoguchi-project format is refused", "[projectfile]")
{
    QJsonObject missing = minimalRoot();
    missing.remove(QStringLiteral("format"));
    checkError(toBytes(missing), QStringLiteral("format"), QStringLiteral("format"));

    QJsonObject wrong = minimalRoot();
    wrong.insert(QStringLiteral("format"), QStringLiteral("qgis-project"));
    checkError(toBytes(wrong), QStringLiteral("format"), QStringLiteral("qgis-project"));

    QJsonObject number = minimalRoot();
    number.insert(QStringLiteral("format"), 1);
    checkError(toBytes(number), QStringLiteral("format"), QStringLiteral("not a Madoguchi project"));
}

TEST_CASE("a missing or malformed version is refused", "[projectfile]")
{
    QJsonObject missing = minimalRoot();
    missing.remove(QStringLiteral("version"));
    checkError(toBytes(missing), QStringLiteral("version"), QStringLiteral("version"));

    for (const QJsonValue &value : {QJsonValue(QStringLiteral("1")), QJsonValue(1.5), QJsonValue(true),
                                    QJsonValue(QJsonArray{1})}) {
        QJsonObject root = minimalRoot();
        root.insert(QStringLiteral("version"), value);
        checkError(toBytes(root), QStringLiteral("version"), QStringLiteral("whole number"));
    }

    QJsonObject zero = minimalRoot();
    zero.insert(QStringLiteral("version"), 0);
    checkError(toBytes(zero), QStringLiteral("version"), QStringLiteral("not a valid"));
}

TEST_CASE("a project file from a newer Madoguchi is refused with a request to update", "[projectfile]")
{
    QJsonObject root = minimalRoot();
    root.insert(QStringLiteral("version"), madoguchi::app::ProjectFileVersion + 1);
    const Diagnostic diagnostic = errorFor(toBytes(root));
    CHECK(diagnostic.location == QStringLiteral("version"));
    CHECK(diagnostic.message.contains(QStringLiteral("newer Madoguchi")));
    CHECK(diagnostic.hint.contains(QStringLiteral("Update")));
}

TEST_CASE("an unknown layer role is refused with the list of valid roles", "[projectfile]")
{
    const QJsonObject root = withLayer(minimalRoot(), QStringLiteral("roads"),
                                       QJsonObject{{QStringLiteral("path"), QStringLiteral("roads.shp")}});
    const Diagnostic diagnostic = errorFor(toBytes(root));
    CHECK(diagnostic.location == QStringLiteral("layers.roads"));
    CHECK(diagnostic.message.contains(QStringLiteral("roads")));
    for (const char *role : {"wards", "schoolDistricts", "schools", "population", "offices"})
        CHECK(diagnostic.hint.contains(QLatin1String(role)));
}

TEST_CASE("a project without an offices layer is refused", "[projectfile]")
{
    QJsonObject noLayers = minimalRoot();
    noLayers.remove(QStringLiteral("layers"));
    checkError(toBytes(noLayers), QStringLiteral("layers.offices"), QStringLiteral("offices"));

    QJsonObject onlyWards = minimalRoot();
    onlyWards.insert(QStringLiteral("layers"),
                     QJsonObject{{QStringLiteral("wards"),
                                  QJsonObject{{QStringLiteral("path"), QStringLiteral("wards.shp")}}}});
    checkError(toBytes(onlyWards), QStringLiteral("layers.offices"), QStringLiteral("offices"));

    QJsonObject layersList = minimalRoot();
    layersList.insert(QStringLiteral("layers"), QJsonArray{});
    checkError(toBytes(layersList), QStringLiteral("layers"), QStringLiteral("object"));
}

TEST_CASE("a layer path that is missing, empty or not a string is refused", "[projectfile]")
{
    checkError(toBytes(withLayer(minimalRoot(), QStringLiteral("wards"),
                                 QJsonObject{{QStringLiteral("encoding"), QStringLiteral("CP932")}})),
               QStringLiteral("layers.wards.path"), QStringLiteral("path"));
    checkError(toBytes(withLayer(minimalRoot(), QStringLiteral("wards"),
                                 QJsonObject{{QStringLiteral("path"), QString()}})),
               QStringLiteral("layers.wards.path"), QStringLiteral("empty"));
    checkError(toBytes(withLayer(minimalRoot(), QStringLiteral("wards"),
                                 QJsonObject{{QStringLiteral("path"), QStringLiteral("  ")}})),
               QStringLiteral("layers.wards.path"), QStringLiteral("empty"));
    checkError(toBytes(withLayer(minimalRoot(), QStringLiteral("wards"),
                                 QJsonObject{{QStringLiteral("path"), 42}})),
               QStringLiteral("layers.wards.path"), QStringLiteral("not a number"));
    checkError(toBytes(withLayer(minimalRoot(), QStringLiteral("wards"), QStringLiteral("wards.shp"))),
               QStringLiteral("layers.wards"), QStringLiteral("object"));
}

TEST_CASE("layer encodings are CP932 or UTF-8 under any of their usual names", "[projectfile]")
{
    const std::vector<std::pair<QString, QString>> aliases{
        {QStringLiteral("CP932"), QStringLiteral("CP932")},
        {QStringLiteral("cp932"), QStringLiteral("CP932")},
        {QStringLiteral("Shift_JIS"), QStringLiteral("CP932")},
        {QStringLiteral("Shift-JIS"), QStringLiteral("CP932")},
        {QStringLiteral("SJIS"), QStringLiteral("CP932")},
        {QStringLiteral("Windows-31J"), QStringLiteral("CP932")},
        {QStringLiteral("MS932"), QStringLiteral("CP932")},
        {QStringLiteral("UTF-8"), QStringLiteral("UTF-8")},
        {QStringLiteral("utf8"), QStringLiteral("UTF-8")},
    };
    for (const auto &[written, stored] : aliases) {
        INFO(written.toStdString());
        const Project project = projectFromJson(
            toBytes(withOfficesKey(minimalRoot(), QStringLiteral("encoding"), written)), SourceName);
        CHECK(project.layers.at(LayerRole::Offices).encoding == stored);
    }
}

TEST_CASE("an encoding Madoguchi does not read is refused", "[projectfile]")
{
    for (const QString &encoding : {QStringLiteral("EUC-JP"), QStringLiteral("latin1"), QString()}) {
        checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("encoding"), encoding)),
                   QStringLiteral("layers.offices.encoding"), QStringLiteral("encoding"));
    }
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("encoding"), 932)),
               QStringLiteral("layers.offices.encoding"), QStringLiteral("string"));
}

TEST_CASE("layer options of the wrong type are refused", "[projectfile]")
{
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("crs"), 6670)),
               QStringLiteral("layers.offices.crs"), QStringLiteral("string"));
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("crs"), QString())),
               QStringLiteral("layers.offices.crs"), QStringLiteral("empty"));
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("approximate"), QStringLiteral("yes"))),
               QStringLiteral("layers.offices.approximate"), QStringLiteral("true or false"));
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("layer"), QJsonArray{})),
               QStringLiteral("layers.offices.layer"), QStringLiteral("string"));
    checkError(toBytes(withOfficesKey(minimalRoot(), QStringLiteral("fields"), QStringLiteral("name"))),
               QStringLiteral("layers.offices.fields"), QStringLiteral("object"));
}

TEST_CASE("a distance threshold that is not a positive number is refused", "[projectfile]")
{
    for (const QJsonValue &value : {QJsonValue(0), QJsonValue(-5000), QJsonValue(-0.5)}) {
        checkError(toBytes(withCriteria(minimalRoot(),
                                        QJsonObject{{QStringLiteral("distanceThresholdMeters"), value}})),
                   QStringLiteral("criteria.distanceThresholdMeters"), QStringLiteral("positive"));
    }
    checkError(toBytes(withCriteria(minimalRoot(), QJsonObject{{QStringLiteral("distanceThresholdMeters"),
                                                                 QStringLiteral("5000")}})),
               QStringLiteral("criteria.distanceThresholdMeters"), QStringLiteral("metres"));
    // JSON has no infinity; a number too large for a double parses as one.
    QByteArray huge = toBytes(withCriteria(
        minimalRoot(), QJsonObject{{QStringLiteral("distanceThresholdMeters"), 12345}}));
    huge.replace("12345", "1e999");
    const Diagnostic diagnostic = errorFor(huge);
    const bool namesTheKeyOrTheLine =
        diagnostic.location == QStringLiteral("criteria.distanceThresholdMeters") ||
        diagnostic.location.startsWith(QStringLiteral("line "));
    CHECK(namesTheKeyOrTheLine);
    QJsonObject notObject = minimalRoot();
    notObject.insert(QStringLiteral("criteria"), 5);
    checkError(toBytes(notObject), QStringLiteral("criteria"), QStringLiteral("object"));
}

TEST_CASE("a workload fiscal year that is not a 4-digit year is refused", "[projectfile]")
{
    for (const QJsonValue &value :
         {QJsonValue(26), QJsonValue(2014.5), QJsonValue(QStringLiteral("2014")), QJsonValue(20140)}) {
        checkError(toBytes(withCriteria(minimalRoot(),
                                        QJsonObject{{QStringLiteral("workloadFiscalYear"), value}})),
                   QStringLiteral("criteria.workloadFiscalYear"), QStringLiteral("year"));
    }
}

TEST_CASE("field mappings whose values are not strings are refused", "[projectfile]")
{
    checkError(toBytes(withOfficesFields(minimalRoot(), QJsonObject{{QStringLiteral("name"), 3}})),
               QStringLiteral("layers.offices.fields.name"), QStringLiteral("string"));
    checkError(toBytes(withOfficesFields(minimalRoot(), QJsonObject{{QStringLiteral("latitude"),
                                                                     QJsonArray{QStringLiteral("lat")}}})),
               QStringLiteral("layers.offices.fields.latitude"), QStringLiteral("string"));
    checkError(toBytes(withOfficesFields(
                   minimalRoot(), QJsonObject{{QStringLiteral("workload"), QStringLiteral("fy2014")}})),
               QStringLiteral("layers.offices.fields.workload"), QStringLiteral("object"));
    checkError(toBytes(withOfficesFields(
                   minimalRoot(),
                   QJsonObject{{QStringLiteral("workload"), QJsonObject{{QStringLiteral("2014"), 7}}}})),
               QStringLiteral("layers.offices.fields.workload.2014"), QStringLiteral("string"));
}

TEST_CASE("workload keys that are not 4-digit years are refused", "[projectfile]")
{
    for (const QString &key : {QStringLiteral("H26"), QStringLiteral("FY2014"), QStringLiteral("14"),
                               QStringLiteral("20140"), QStringLiteral("平成26年度")}) {
        checkError(toBytes(withOfficesFields(
                       minimalRoot(), QJsonObject{{QStringLiteral("workload"),
                                                   QJsonObject{{key, QStringLiteral("count")}}}})),
                   QStringLiteral("layers.offices.fields.workload.") + key, QStringLiteral("fiscal year"));
    }
}

TEST_CASE("top-level values of the wrong type are refused", "[projectfile]")
{
    QJsonObject name = minimalRoot();
    name.insert(QStringLiteral("name"), 7);
    checkError(toBytes(name), QStringLiteral("name"), QStringLiteral("string"));

    QJsonObject credits = minimalRoot();
    credits.insert(QStringLiteral("credits"), QStringLiteral("出典：…"));
    checkError(toBytes(credits), QStringLiteral("credits"), QStringLiteral("list"));

    QJsonObject creditLine = minimalRoot();
    creditLine.insert(QStringLiteral("credits"), QJsonArray{QStringLiteral("出典：…"), 2});
    checkError(toBytes(creditLine), QStringLiteral("credits[1]"), QStringLiteral("string"));
}

TEST_CASE("the map projection is an EPSG code the map can be drawn in, or left to the wards", "[projectfile]")
{
    CHECK_FALSE(projectFromJson(toBytes(minimalRoot()), SourceName).displayCrs.has_value());
    QJsonObject root = minimalRoot();
    root.insert(QStringLiteral("displayCrs"), QStringLiteral(" EPSG:6680 "));
    CHECK(projectFromJson(toBytes(root), SourceName).displayCrs == QStringLiteral("EPSG:6680"));

    root.insert(QStringLiteral("displayCrs"), QStringLiteral("EPSG:6668"));
    checkError(toBytes(root), QStringLiteral("displayCrs"), QStringLiteral("cannot be used as the map projection"));
    root.insert(QStringLiteral("displayCrs"), QStringLiteral("zone XII"));
    checkError(toBytes(root), QStringLiteral("displayCrs"), QStringLiteral("not an EPSG code"));
    root.insert(QStringLiteral("displayCrs"), 6680);
    checkError(toBytes(root), QStringLiteral("displayCrs"), QStringLiteral("string"));
}

TEST_CASE("unknown keys are ignored so a file from a later release still opens", "[projectfile]")
{
    QJsonObject root = withOfficesFields(
        minimalRoot(), QJsonObject{{QStringLiteral("name"), QStringLiteral("名称")},
                                   {QStringLiteral("futureField"), 12}});
    root = withOfficesKey(root, QStringLiteral("style"), QJsonObject{{QStringLiteral("color"), 3}});
    root.insert(QStringLiteral("views"), QJsonArray{1, 2});
    root.insert(QStringLiteral("criteria"), QJsonObject{{QStringLiteral("maxWorkload"), true}});
    const Project project = projectFromJson(toBytes(root), SourceName);
    CHECK(project.layers.at(LayerRole::Offices).fields.name == QStringLiteral("名称"));
    CHECK(project.criteria == madoguchi::Criteria{});
}

TEST_CASE("null values mean the key is not set", "[projectfile]")
{
    QJsonObject root = withOfficesKey(minimalRoot(), QStringLiteral("encoding"), QJsonValue::Null);
    root = withOfficesKey(root, QStringLiteral("crs"), QJsonValue::Null);
    root.insert(QStringLiteral("name"), QJsonValue::Null);
    root.insert(QStringLiteral("criteria"),
                QJsonObject{{QStringLiteral("workloadFiscalYear"), QJsonValue::Null}});
    const Project project = projectFromJson(toBytes(root), SourceName);
    CHECK_FALSE(project.layers.at(LayerRole::Offices).encoding.has_value());
    CHECK_FALSE(project.layers.at(LayerRole::Offices).crs.has_value());
    CHECK(project.name.isEmpty());
    CHECK_FALSE(project.criteria.workloadFiscalYear.has_value());
}

TEST_CASE("a project file saved with a UTF-8 byte-order mark opens", "[projectfile]")
{
    const QByteArray json = QByteArray("\xEF\xBB\xBF") + projectToJson(fullProject());
    CHECK(projectFromJson(json, SourceName) == fullProject());
}

TEST_CASE("a project file is read from disk and names the file in its errors", "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("熊本.madoguchi"),
                                                    projectToJson(fullProject()));
    CHECK(readProjectFile(path) == fullProject());

    const QString broken = madoguchi::test::writeFile(QDir(dir.path()), QStringLiteral("broken.madoguchi"),
                                                      "{\"format\": \"madoguchi-project\"}");
    try {
        readProjectFile(broken);
        FAIL("an invalid project file was accepted");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == broken);
        CHECK(error.diagnostic().location == QStringLiteral("version"));
    }
}

TEST_CASE("a missing project file or a folder is reported with a hint", "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nothing.madoguchi"));
    try {
        readProjectFile(missing);
        FAIL("a missing project file was accepted");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == missing);
        CHECK(error.diagnostic().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(error.diagnostic().hint.isEmpty());
    }
    try {
        readProjectFile(dir.path());
        FAIL("a folder was accepted as a project file");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == dir.path());
        CHECK(error.diagnostic().message.contains(QStringLiteral("folder")));
    }
}

TEST_CASE("a written project file reads back as the same project", "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("見直し.madoguchi"));
    const Project project = fullProject();
    writeProjectFile(project, path);
    CHECK(readAll(path) == projectToJson(project));
    CHECK(readProjectFile(path) == project);
}

TEST_CASE("writing into a folder that does not exist throws and creates nothing", "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    const QString path = folder + QStringLiteral("/project.madoguchi");
    try {
        writeProjectFile(fullProject(), path);
        FAIL("writing into a missing folder succeeded");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK_FALSE(error.diagnostic().hint.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("writing over an existing project file replaces it completely", "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.madoguchi"));
    // The old file is longer than the new one: nothing of its tail may survive.
    writeProjectFile(fullProject(), path);
    const qint64 oldSize = QFileInfo(path).size();

    Project smaller;
    smaller.layers[LayerRole::Offices].path = QStringLiteral("offices.csv");
    writeProjectFile(smaller, path);
    CHECK(QFileInfo(path).size() < oldSize);
    CHECK(readAll(path) == projectToJson(smaller));
    CHECK(readProjectFile(path) == smaller);
    // No temporary file is left next to it.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("project.madoguchi")});
}

TEST_CASE("a project that could not be opened again is not written and the old file is kept",
          "[projectfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.madoguchi"));
    writeProjectFile(fullProject(), path);
    const QByteArray before = readAll(path);

    Project withoutOffices = fullProject();
    withoutOffices.layers.erase(LayerRole::Offices);
    try {
        writeProjectFile(withoutOffices, path);
        FAIL("a project without offices was written");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().location == QStringLiteral("layers.offices"));
        CHECK(error.diagnostic().message.contains(QStringLiteral("not saved")));
    }

    Project emptyPath = fullProject();
    emptyPath.layers[LayerRole::Wards].path.clear();
    CHECK_THROWS_AS(writeProjectFile(emptyPath, path), InputError);

    Project zeroThreshold = fullProject();
    zeroThreshold.criteria.distanceThresholdMeters = 0.0;
    CHECK_THROWS_AS(writeProjectFile(zeroThreshold, path), InputError);

    Project infiniteThreshold = fullProject();
    infiniteThreshold.criteria.distanceThresholdMeters = std::numeric_limits<double>::infinity();
    CHECK_THROWS_AS(writeProjectFile(infiniteThreshold, path), InputError);

    CHECK(readAll(path) == before);
}

TEST_CASE("relative layer paths are rebased when a project is saved to another folder", "[projectfile]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QDir root(temp.path());
    // The project was opened from root/old/, its data is in root/old/data/.
    const QString wardsFile = madoguchi::test::writeFile(root, QStringLiteral("old/data/区域.shp"), "x");
    madoguchi::test::writeFile(root, QStringLiteral("old/offices.csv"), "x");
    const QString fromDir = root.filePath(QStringLiteral("old"));

    Project project;
    project.layers[LayerRole::Wards].path = QStringLiteral("data/区域.shp");
    project.layers[LayerRole::Offices].path = QStringLiteral("offices.csv");
    // Not below the old folder: found on the data search path, the same from anywhere.
    project.layers[LayerRole::Schools].path = QStringLiteral("kumamoto/schools.shp");

    REQUIRE(root.mkpath(QStringLiteral("new/deeper")));
    const QString path = root.filePath(QStringLiteral("new/deeper/project.madoguchi"));
    writeProjectFile(project, path, fromDir);
    const Project saved = readProjectFile(path);

    CHECK(saved.layers.at(LayerRole::Wards).path == QStringLiteral("../../old/data/区域.shp"));
    CHECK(saved.layers.at(LayerRole::Offices).path == QStringLiteral("../../old/offices.csv"));
    CHECK(saved.layers.at(LayerRole::Schools).path == QStringLiteral("kumamoto/schools.shp"));
    // The rebased path finds the same file from the new folder.
    const QDir newDir = QFileInfo(path).absoluteDir();
    CHECK(QFileInfo(newDir.filePath(saved.layers.at(LayerRole::Wards).path)).canonicalFilePath() ==
          QFileInfo(wardsFile).canonicalFilePath());
}

TEST_CASE("relative layer paths are kept when the project stays in its folder", "[projectfile]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QDir root(temp.path());
    madoguchi::test::writeFile(root, QStringLiteral("data/offices.csv"), "x");

    Project project;
    project.layers[LayerRole::Offices].path = QStringLiteral("./data/../data/offices.csv");
    const QString path = root.filePath(QStringLiteral("project.madoguchi"));

    const QString written = project.layers.at(LayerRole::Offices).path;
    writeProjectFile(project, path);
    CHECK(readProjectFile(path).layers.at(LayerRole::Offices).path == written);
    writeProjectFile(project, path, root.path());
    CHECK(readProjectFile(path).layers.at(LayerRole::Offices).path == written);
}

TEST_CASE("absolute layer paths near the project folder are written relative to it", "[projectfile]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QDir root(temp.path());
    REQUIRE(root.mkpath(QStringLiteral("a/b/c/d/project")));

    Project project;
    // Inside the project folder's tree.
    project.layers[LayerRole::Offices].path =
        root.filePath(QStringLiteral("a/b/c/d/project/data/offices.csv"));
    // A sibling folder.
    project.layers[LayerRole::Wards].path = root.filePath(QStringLiteral("a/b/c/d/shared/wards.shp"));
    // Three levels up: still relative.
    project.layers[LayerRole::Schools].path = root.filePath(QStringLiteral("a/b/x/schools.shp"));
    // Four levels up: too far to move with the project, so it stays absolute.
    project.layers[LayerRole::Population].path = root.filePath(QStringLiteral("a/y/population.shp"));

    const QString path = root.filePath(QStringLiteral("a/b/c/d/project/p.madoguchi"));
    writeProjectFile(project, path);
    const Project saved = readProjectFile(path);
    CHECK(saved.layers.at(LayerRole::Offices).path == QStringLiteral("data/offices.csv"));
    CHECK(saved.layers.at(LayerRole::Wards).path == QStringLiteral("../shared/wards.shp"));
    CHECK(saved.layers.at(LayerRole::Schools).path == QStringLiteral("../../../x/schools.shp"));
    CHECK(saved.layers.at(LayerRole::Population).path == root.filePath(QStringLiteral("a/y/population.shp")));
}

TEST_CASE("relative layer paths that would climb far are written absolute", "[projectfile]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QDir root(temp.path());
    const QString officesFile = madoguchi::test::writeFile(root, QStringLiteral("old/offices.csv"), "x");
    REQUIRE(root.mkpath(QStringLiteral("n1/n2/n3/n4")));

    Project project;
    project.layers[LayerRole::Offices].path = QStringLiteral("offices.csv");
    const QString path = root.filePath(QStringLiteral("n1/n2/n3/n4/project.madoguchi"));
    writeProjectFile(project, path, root.filePath(QStringLiteral("old")));
    CHECK(readProjectFile(path).layers.at(LayerRole::Offices).path == QDir::cleanPath(officesFile));
}
