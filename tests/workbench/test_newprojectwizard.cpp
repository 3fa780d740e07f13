#include "testsupport.h"
#include "widgetchild.h"

#include "app/lib/projectfile.h"
#include "app/lib/projectloader.h"
#include "app/workbench/newprojectwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using madoguchi::LayerRole;
using madoguchi::app::NewProjectWizard;
using namespace madoguchi::test;

namespace {

bool tableContains(const QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (item && item->text().contains(text))
                return true;
        }
    }
    return false;
}

// The pages read their files on worker threads: waits until every read has ended.
void waitForReads(const NewProjectWizard &wizard)
{
    REQUIRE(QTest::qWaitFor([&wizard] { return !wizard.isReading(); }, 30000));
}

// Sets a field that makes a page read its file, and waits for the read.
void setFieldAndRead(NewProjectWizard &wizard, const QString &name, const QVariant &value)
{
    wizard.setField(name, value);
    waitForReads(wizard);
}

bool nextEnabled(const NewProjectWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

// The bundled sample's offices table (UTF-8, 19 offices: 5 ward offices, 14 branch offices).
QByteArray sampleOfficesUtf8()
{
    QFile file(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The same table saved as Excel saves it in Japan: CP932, no byte-order mark.
QByteArray sampleOfficesCp932()
{
    const QByteArray bytes = toCp932(QString::fromUtf8(sampleOfficesUtf8()));
    REQUIRE(bytes.contains(QByteArray("\x92\x86\x89\x9b\x8b\xe6", 6))); // 中央区
    return bytes;
}

// Starts the wizard and fills in the project page (the project file in `dir`).
void startProject(NewProjectWizard &wizard, const QDir &dir, const QString &fileName = QStringLiteral("test"))
{
    wizard.restart();
    REQUIRE(wizard.currentId() == NewProjectWizard::ProjectPageId);
    wizard.setField(QStringLiteral("projectName"), QStringLiteral("熊本市 出張所の検討"));
    wizard.setField(QStringLiteral("projectPath"), dir.filePath(fileName));
    REQUIRE(nextEnabled(wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::OfficesPageId);
}

void setOffices(NewProjectWizard &wizard, const QString &path)
{
    setFieldAndRead(wizard, QStringLiteral("officesPath"), path);
    INFO("offices status: " << child<QLabel>(wizard, QStringLiteral("officesStatus"))->text().toStdString());
    REQUIRE(nextEnabled(wizard));
}

// Starts the wizard (the project file in `dir`) and chooses `bytes`, written to dir/name, as the
// offices table, whether it reads or not.
void chooseOffices(NewProjectWizard &wizard, const QDir &dir, const QString &name, const QByteArray &bytes)
{
    startProject(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("officesPath"), writeFile(dir, name, bytes));
}

// From the offices page to the wards page, with a valid offices table.
void goToWards(NewProjectWizard &wizard, const QDir &dir)
{
    startProject(wizard, dir);
    setOffices(wizard, writeFile(dir, QStringLiteral("offices.csv"), sampleOfficesUtf8()));
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::WardsPageId);
}

} // namespace

TEST_CASE("the project page needs a name and a file in an existing folder", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    NewProjectWizard wizard;
    wizard.restart();
    CHECK_FALSE(nextEnabled(wizard));

    wizard.setField(QStringLiteral("projectName"), QStringLiteral("検討"));
    CHECK_FALSE(nextEnabled(wizard));
    wizard.setField(QStringLiteral("projectPath"), QDir(tmp.path()).filePath(QStringLiteral("missing/p")));
    REQUIRE(nextEnabled(wizard));
    wizard.next();
    CHECK(wizard.currentId() == NewProjectWizard::ProjectPageId);
    CHECK(child<QLabel>(wizard, QStringLiteral("projectPathStatus"))->text().contains(QStringLiteral("does not exist")));

    // The suffix is added: the workbench opens *.madoguchi files.
    wizard.setField(QStringLiteral("projectPath"), QDir(tmp.path()).filePath(QStringLiteral("p")));
    CHECK(wizard.projectFilePath() == QDir(tmp.path()).filePath(QStringLiteral("p.madoguchi")));
    wizard.next();
    CHECK(wizard.currentId() == NewProjectWizard::OfficesPageId);
}

TEST_CASE("a CP932 offices table is previewed decoded and its encoding is said to be detected", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, writeFile(dir, QStringLiteral("offices_sjis.csv"), sampleOfficesCp932()));

    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("officesPreview"));
    CHECK(tableContains(preview, QStringLiteral("中央区役所")));
    const QString encoding = child<QLabel>(wizard, QStringLiteral("officesEncodingInfo"))->text();
    CHECK(encoding.contains(QStringLiteral("CP932")));
    CHECK(encoding.contains(QStringLiteral("detected")));
    // The detected columns are preselected.
    CHECK(child<QComboBox>(wizard, QStringLiteral("officesField.latitude"))->currentData().toString() == QStringLiteral("lat"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("officesField.kind"))->currentData().toString() == QStringLiteral("kind"));
    const QString status = child<QLabel>(wizard, QStringLiteral("officesStatus"))->text();
    CHECK(status.contains(QStringLiteral("19 office")));
    CHECK(status.contains(QStringLiteral("Ward offices (区役所): 5,")));
}

TEST_CASE("forcing UTF-8 on a CP932 offices table shows the error and the mojibake", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, writeFile(dir, QStringLiteral("offices_sjis.csv"), sampleOfficesCp932()));

    setFieldAndRead(wizard, QStringLiteral("officesEncoding"), int(NewProjectWizard::Utf8Encoding));
    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("officesPreview"));
    CHECK_FALSE(tableContains(preview, QStringLiteral("中央区役所")));
    CHECK(tableContains(preview, QString(QChar::ReplacementCharacter)));
    const auto *status = child<QLabel>(wizard, QStringLiteral("officesStatus"));
    CHECK(status->text().contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(nextEnabled(wizard));
    wizard.next();
    CHECK(wizard.currentId() == NewProjectWizard::OfficesPageId);

    setFieldAndRead(wizard, QStringLiteral("officesEncoding"), int(NewProjectWizard::Cp932Encoding));
    CHECK(tableContains(preview, QStringLiteral("中央区役所")));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesEncodingInfo"))->text().contains(QStringLiteral("set here")));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("an error in the offices table is shown on the page with its line and column", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    chooseOffices(wizard, dir, QStringLiteral("offices.csv"),
                  "id,name,kind,ward,lat,lon\n"
                  "chuo,中央区役所,区役所,中央区,32.80300,130.70786\n"
                  "oe,大江出張所,出張所,中央区,北緯32度,130.72\n");

    const QString status = child<QLabel>(wizard, QStringLiteral("officesStatus"))->text();
    CHECK(status.contains(QStringLiteral("line 3")));
    CHECK(status.contains(QStringLiteral("column lat")));
    CHECK(status.contains(QStringLiteral("北緯32度")));
    CHECK_FALSE(nextEnabled(wizard));
}

TEST_CASE("the workload columns of each fiscal year are detected and can be left out", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString path = writeFile(dir, QStringLiteral("offices.csv"),
                                   "id,name,kind,ward,lat,lon,H26,H27\n"
                                   "chuo,中央区役所,区役所,中央区,32.80300,130.70786,,\n"
                                   "oe,大江出張所,出張所,中央区,32.7947,130.7225,\"12,345\",11000\n");
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, path);
    auto *fy2014 = child<QComboBox>(wizard, QStringLiteral("officesField.workload.2014"));
    auto *fy2015 = child<QComboBox>(wizard, QStringLiteral("officesField.workload.2015"));
    CHECK(fy2014->currentData().toString() == QStringLiteral("H26"));
    CHECK(fy2015->currentData().toString() == QStringLiteral("H27"));
    const auto *status = child<QLabel>(wizard, QStringLiteral("officesStatus"));
    CHECK(status->text().contains(QStringLiteral("FY2015")));

    fy2015->setCurrentIndex(0); // (none)
    waitForReads(wizard);
    CHECK_FALSE(status->text().contains(QStringLiteral("FY2015")));
    CHECK(status->text().contains(QStringLiteral("FY2014")));
    const madoguchi::FieldMapping fields = wizard.project().layers.at(LayerRole::Offices).fields;
    CHECK(fields.workloadByFiscalYear == std::map<int, QString>{{2014, QStringLiteral("H26")}});
}

TEST_CASE("x/y coordinate columns need a CRS before the offices page can be left", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    // JGD2011 plane rectangular zone II (EPSG:6670), x = easting: near Kumamoto city hall.
    chooseOffices(wizard, dir, QStringLiteral("offices_xy.csv"),
                  "id,name,kind,ward,x,y\n"
                  "chuo,中央区役所,ward_office,中央区,-27320.5,-21780.2\n"
                  "oe,大江出張所,branch,中央区,-25890.0,-22400.0\n");
    CHECK(child<QComboBox>(wizard, QStringLiteral("officesField.x"))->currentData().toString() == QStringLiteral("x"));
    CHECK_FALSE(nextEnabled(wizard));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesStatus"))->text().contains(QStringLiteral("coordinate reference system")));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesCrsInfo"))->text().contains(QStringLiteral("EPSG:6670")));

    setFieldAndRead(wizard, QStringLiteral("officesCrs"), QStringLiteral("EPSG:9999999"));
    CHECK_FALSE(nextEnabled(wizard));
    setFieldAndRead(wizard, QStringLiteral("officesCrs"), QStringLiteral("EPSG:6670"));
    CHECK(nextEnabled(wizard));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesStatus"))->text().contains(QStringLiteral("2 office")));
}

TEST_CASE("a point layer of offices is read with its own coordinates and UTF-8 text", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString path = writeFile(
        dir, QStringLiteral("offices.geojson"),
        R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"id": "chuo", "name": "中央区役所", "kind": "区役所", "ward": "中央区"},
  "geometry": {"type": "Point", "coordinates": [130.70786, 32.80300]}},
 {"type": "Feature", "properties": {"id": "oe", "name": "大江出張所", "kind": "出張所", "ward": "中央区"},
  "geometry": {"type": "Point", "coordinates": [130.7225, 32.7947]}}]})");
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, path);

    CHECK(tableContains(child<QTableWidget>(wizard, QStringLiteral("officesPreview")), QStringLiteral("大江出張所")));
    const QString encoding = child<QLabel>(wizard, QStringLiteral("officesEncodingInfo"))->text();
    CHECK(encoding.contains(QStringLiteral("UTF-8")));
    CHECK(encoding.contains(QStringLiteral("format")));
    const QString status = child<QLabel>(wizard, QStringLiteral("officesStatus"))->text();
    CHECK(status.contains(QStringLiteral("2 office")));
    CHECK(status.contains(QStringLiteral("Ward offices (区役所): 1,")));
    // The coordinates come from the geometry: no coordinate columns are mapped.
    CHECK(child<QComboBox>(wizard, QStringLiteral("officesField.latitude"))->currentData().toString().isEmpty());
    CHECK(wizard.project().layers.at(LayerRole::Offices).fields.latitude.isEmpty());
}

TEST_CASE("a CP932 ward shapefile without .cpg is previewed decoded and its encoding is said to be detected",
          "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString wards = copyKumamotoShapefile(dir, QStringLiteral("wards"), {QStringLiteral("cpg")});
    NewProjectWizard wizard;
    goToWards(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), wards);

    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("wardsPreview"));
    for (const QString &ward : {QStringLiteral("中央区"), QStringLiteral("東区"), QStringLiteral("西区"),
                                QStringLiteral("南区"), QStringLiteral("北区")})
        CHECK(tableContains(preview, ward));
    const QString encoding = child<QLabel>(wizard, QStringLiteral("wardsEncodingInfo"))->text();
    CHECK(encoding.contains(QStringLiteral("CP932")));
    CHECK(encoding.contains(QStringLiteral("detected")));
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsCrsInfo"))->text().contains(QStringLiteral("EPSG:6668")));
    CHECK(child<QComboBox>(wizard, QStringLiteral("wardsField.name"))->currentData().toString() == QStringLiteral("N03_004"));
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsSummary"))->text().contains(QStringLiteral("中央区")));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("forcing UTF-8 on the CP932 wards shows an error instead of names", "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString wards = copyKumamotoShapefile(dir, QStringLiteral("wards"), {QStringLiteral("cpg")});
    NewProjectWizard wizard;
    goToWards(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), wards);
    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("wardsPreview"));
    REQUIRE(tableContains(preview, QStringLiteral("中央区")));

    setFieldAndRead(wizard, QStringLiteral("wardsEncoding"), int(NewProjectWizard::Utf8Encoding));
    CHECK_FALSE(tableContains(preview, QStringLiteral("中央区")));
    const QString status = child<QLabel>(wizard, QStringLiteral("wardsStatus"))->text();
    CHECK(status.contains(QStringLiteral("UTF-8")));
    CHECK(status.contains(QStringLiteral("wards.dbf")));
    CHECK_FALSE(nextEnabled(wizard));

    setFieldAndRead(wizard, QStringLiteral("wardsEncoding"), int(NewProjectWizard::Cp932Encoding));
    CHECK(tableContains(preview, QStringLiteral("中央区")));
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsEncodingInfo"))->text().contains(QStringLiteral("set here")));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("a shapefile without .prj asks for its CRS and reads once one is given", "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString wards = copyKumamotoShapefile(dir, QStringLiteral("wards"), {QStringLiteral("prj")});
    NewProjectWizard wizard;
    goToWards(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), wards);

    auto *crs = child<QLineEdit>(wizard, QStringLiteral("wardsCrs"));
    CHECK_FALSE(crs->isHidden());
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsStatus"))->text().contains(QStringLiteral("coordinate reference system")));
    CHECK_FALSE(nextEnabled(wizard));

    crs->setText(QStringLiteral("EPSG:6668"));
    QTest::keyClick(crs, Qt::Key_Return);
    waitForReads(wizard);
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsCrsInfo"))->text().contains(QStringLiteral("EPSG:6668")));
    CHECK(tableContains(child<QTableWidget>(wizard, QStringLiteral("wardsPreview")), QStringLiteral("中央区")));
    CHECK(nextEnabled(wizard));
    CHECK(wizard.project().layers.at(LayerRole::Wards).crs == QStringLiteral("EPSG:6668"));
}

TEST_CASE("the population page totals the detected population fields", "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    goToWards(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), copyKumamotoShapefile(dir, QStringLiteral("wards")));
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::PopulationPageId);
    setFieldAndRead(wizard, QStringLiteral("populationPath"), copyKumamotoShapefile(dir, QStringLiteral("population")));

    CHECK(child<QComboBox>(wizard, QStringLiteral("populationField.population"))->currentData().toString() == QStringLiteral("POP_IN"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("populationField.population65"))->currentData().toString() == QStringLiteral("POP65_IN"));
    // DATA.md: the sums of POP_IN and POP65_IN over the 1,622 meshes are 737,783 and 190,717.
    const QString summary = child<QLabel>(wizard, QStringLiteral("populationSummary"))->text();
    CHECK(summary.contains(QStringLiteral("1622 feature")));
    CHECK(summary.contains(QStringLiteral("737,783")));
    CHECK(summary.contains(QStringLiteral("190,717")));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("finishing writes a project with paths relative to the project file, which loads",
          "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QDir data(dir.filePath(QStringLiteral("data")));
    REQUIRE(dir.mkpath(QStringLiteral("data")));
    const QString offices = writeFile(data, QStringLiteral("offices.csv"), sampleOfficesCp932());
    copyKumamotoShapefile(data, QStringLiteral("wards"), {QStringLiteral("cpg")});
    const QString districts = copyKumamotoShapefile(data, QStringLiteral("school_districts_approx"));

    NewProjectWizard wizard;
    startProject(wizard, dir, QStringLiteral("kumamoto.madoguchi"));
    setOffices(wizard, offices);
    // The planner prefers the English names: an explicit mapping that differs from detection.
    auto *name = child<QComboBox>(wizard, QStringLiteral("officesField.name"));
    name->setCurrentIndex(name->findData(QStringLiteral("name_en")));
    waitForReads(wizard);
    REQUIRE(nextEnabled(wizard));
    wizard.next();

    // Typed relative to the project file's folder.
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), QStringLiteral("data/wards.shp"));
    setFieldAndRead(wizard, QStringLiteral("wardsEncoding"), int(NewProjectWizard::Cp932Encoding));
    REQUIRE(nextEnabled(wizard));
    wizard.next();

    setFieldAndRead(wizard, QStringLiteral("schoolDistrictsPath"), districts);
    CHECK(child<QCheckBox>(wizard, QStringLiteral("schoolDistrictsApproximate"))->isChecked());
    REQUIRE(nextEnabled(wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::SchoolsPageId);
    CHECK(nextEnabled(wizard)); // optional: left empty
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::CriteriaPageId);
    // Thresholds are offered from the start, so that the new project recommends at once.
    CHECK(wizard.field(QStringLiteral("workloadThresholdSet")).toBool());
    CHECK(wizard.field(QStringLiteral("catchmentThresholdSet")).toBool());
    wizard.setField(QStringLiteral("thresholdKm"), 4.5);
    wizard.setField(QStringLiteral("workloadThreshold"), 12000);
    wizard.setField(QStringLiteral("catchmentThresholdSet"), false);
    wizard.next();
    REQUIRE(wizard.currentId() == NewProjectWizard::SummaryPageId);
    CHECK(child<QLabel>(wizard, QStringLiteral("summaryText"))->text().contains(QStringLiteral("12")));
    wizard.setField(QStringLiteral("credits"), QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）\n\n"));
    CHECK(child<QLabel>(wizard, QStringLiteral("summaryText"))->text().contains(QStringLiteral("data/wards.shp")));

    wizard.accept();
    const QString projectPath = dir.filePath(QStringLiteral("kumamoto.madoguchi"));
    CHECK(wizard.result() == QDialog::Accepted);
    REQUIRE(wizard.savedProjectPath() == projectPath);

    const madoguchi::Project project = madoguchi::app::readProjectFile(projectPath);
    CHECK(project.name == QStringLiteral("熊本市 出張所の検討"));
    CHECK(project.criteria.distanceThresholdMeters == Approx(4500.0));
    CHECK(project.criteria.workloadThreshold == 12000.0);
    CHECK_FALSE(project.criteria.catchmentThreshold.has_value());
    CHECK_FALSE(project.criteria.workloadFiscalYear.has_value()); // the latest year in the table
    CHECK(project.credits == QStringList{QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）")});
    CHECK(project.layers.size() == 3);
    const madoguchi::LayerSource &officesSource = project.layers.at(LayerRole::Offices);
    CHECK(officesSource.path == QStringLiteral("data/offices.csv"));
    CHECK_FALSE(officesSource.encoding.has_value()); // Auto: detected again when loaded
    CHECK(officesSource.fields.name == QStringLiteral("name_en"));
    CHECK(officesSource.fields.latitude == QStringLiteral("lat"));
    CHECK(officesSource.fields.decision == QStringLiteral("decision_2016"));
    const madoguchi::LayerSource &wardsSource = project.layers.at(LayerRole::Wards);
    CHECK(wardsSource.path == QStringLiteral("data/wards.shp"));
    CHECK(wardsSource.encoding == QStringLiteral("CP932"));
    CHECK(wardsSource.fields.name == QStringLiteral("N03_004"));
    const madoguchi::LayerSource &districtsSource = project.layers.at(LayerRole::SchoolDistricts);
    CHECK(districtsSource.path == QStringLiteral("data/school_districts_approx.shp"));
    CHECK(districtsSource.approximate == true);
    CHECK(districtsSource.fields.name == QStringLiteral("SCHOOL"));

    const madoguchi::app::LoadedProject loaded = madoguchi::app::loadProject(projectPath);
    REQUIRE(loaded.offices.offices.size() == 19);
    CHECK(loaded.offices.offices.front().name == QStringLiteral("Chuo Ward Office"));
    REQUIRE(loaded.wards != nullptr);
    std::set<QString> wardNames;
    for (int i = 0; i < int(loaded.wards->layer.features.size()); ++i)
        wardNames.insert(loaded.wards->featureName(i));
    CHECK(wardNames == std::set<QString>{QStringLiteral("中央区"), QStringLiteral("東区"), QStringLiteral("西区"),
                                         QStringLiteral("南区"), QStringLiteral("北区")});
    REQUIRE(loaded.schoolDistricts != nullptr);
    CHECK(loaded.schoolDistricts->approximate);
    CHECK_FALSE(loaded.schools != nullptr);
}

TEST_CASE("a failed save keeps the wizard open and says why", "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    goToWards(wizard, dir);
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), copyKumamotoShapefile(dir, QStringLiteral("wards")));
    while (wizard.currentId() != NewProjectWizard::SummaryPageId) {
        const int before = wizard.currentId();
        wizard.next();
        REQUIRE(wizard.currentId() != before);
    }
    // The project file's name is taken by a folder: the atomic save cannot replace it.
    REQUIRE(dir.mkpath(QStringLiteral("test.madoguchi")));
    wizard.accept();
    CHECK(wizard.savedProjectPath().isEmpty());
    CHECK(wizard.currentId() == NewProjectWizard::SummaryPageId);
    CHECK_FALSE(child<QLabel>(wizard, QStringLiteral("summaryError"))->text().isEmpty());
}

TEST_CASE("a file is read off the GUI thread: the page says so, and another file replaces the read",
          "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString population = copyKumamotoShapefile(dir, QStringLiteral("population"));
    const QString wards = copyKumamotoShapefile(dir, QStringLiteral("wards"));
    NewProjectWizard wizard;
    goToWards(wizard, dir);

    // The 1,622 population meshes take a while: the page is still reading when setField returns.
    wizard.setField(QStringLiteral("wardsPath"), population);
    CHECK(wizard.isReading());
    CHECK(child<QLabel>(wizard, QStringLiteral("wardsStatus"))->text().contains(QStringLiteral("Reading population.shp")));
    CHECK_FALSE(nextEnabled(wizard));

    // The planner picks the right file before the first is read: only the second one is shown.
    wizard.setField(QStringLiteral("wardsPath"), wards);
    waitForReads(wizard);
    const QString summary = child<QLabel>(wizard, QStringLiteral("wardsSummary"))->text();
    CHECK(summary.contains(QStringLiteral("5 feature")));
    CHECK_FALSE(summary.contains(QStringLiteral("1622")));
    CHECK(tableContains(child<QTableWidget>(wizard, QStringLiteral("wardsPreview")), QStringLiteral("中央区")));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("closing the wizard while it reads stops the read", "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString population = copyKumamotoShapefile(dir, QStringLiteral("population"));
    {
        NewProjectWizard wizard;
        goToWards(wizard, dir);
        wizard.setField(QStringLiteral("wardsPath"), population);
        CHECK(wizard.isReading());
    } // destroyed while reading: must neither crash nor hang
    SUCCEED();
}

TEST_CASE("a row with more cells than the header is shown on the offices page with its line", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    chooseOffices(wizard, dir, QStringLiteral("offices.csv"),
                  "id,name,kind,ward,lat,lon\n"
                  "chuo,中央区役所,区役所,中央区,32.80300,130.70786\n"
                  "oe,大江出張所,出張所,中央区,32.7947,130,7225\n");

    // The rows are previewed, and the one that does not fit is named.
    CHECK(tableContains(child<QTableWidget>(wizard, QStringLiteral("officesPreview")), QStringLiteral("大江出張所")));
    const QString status = child<QLabel>(wizard, QStringLiteral("officesStatus"))->text();
    CHECK(status.contains(QStringLiteral("line 3")));
    CHECK(status.contains(QStringLiteral("7 cells")));
    CHECK_FALSE(nextEnabled(wizard));
}

TEST_CASE("a tab-separated offices table is previewed in columns and says how they are separated", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString path = writeFile(dir, QStringLiteral("offices.txt"),
                                   "id\tname\tkind\tward\tlat\tlon\n"
                                   "chuo\t中央区役所\t区役所\t中央区\t32.80300\t130.70786\n"
                                   "oe\t大江出張所\t出張所\t中央区\t32.7947\t130.7225\n");
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, path);
    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("officesPreview"));
    CHECK(preview->columnCount() == 6);
    CHECK(tableContains(preview, QStringLiteral("大江出張所")));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesPreviewNote"))->text().contains(QStringLiteral("separated by a tab")));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesStatus"))->text().contains(QStringLiteral("2 office")));
}

TEST_CASE("the offices preview holds every row, so the branch offices' workload can be checked", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, writeFile(dir, QStringLiteral("offices.csv"), sampleOfficesUtf8()));
    const auto *preview = child<QTableWidget>(wizard, QStringLiteral("officesPreview"));
    // Five ward offices come first; the fourteen branch offices after them are there too.
    CHECK(preview->rowCount() == 19);
    CHECK(tableContains(preview, QStringLiteral("龍田出張所")));
    CHECK(child<QLabel>(wizard, QStringLiteral("officesPreviewNote"))->text().contains(QStringLiteral("all")));
}

TEST_CASE("the recommendation page offers the mapped fiscal years and says what the recommendation judges by",
          "[wizard][realdata]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    const QString offices = writeFile(dir, QStringLiteral("offices.csv"),
                                      "id,name,kind,ward,lat,lon,H26,H27\n"
                                      "chuo,中央区役所,区役所,中央区,32.80300,130.70786,,\n"
                                      "oe,大江出張所,出張所,中央区,32.7947,130.7225,\"12,345\",11000\n");
    NewProjectWizard wizard;
    startProject(wizard, dir);
    setOffices(wizard, offices);
    wizard.next();
    setFieldAndRead(wizard, QStringLiteral("wardsPath"), copyKumamotoShapefile(dir, QStringLiteral("wards")));
    while (wizard.currentId() != NewProjectWizard::CriteriaPageId) {
        const int before = wizard.currentId();
        wizard.next();
        REQUIRE(wizard.currentId() != before);
    }
    auto *years = child<QComboBox>(wizard, QStringLiteral("workloadFiscalYear"));
    REQUIRE(years->count() == 3); // the latest year in the table, FY2014, FY2015
    CHECK(years->itemData(1).toInt() == 2014);
    CHECK(years->itemText(2) == QStringLiteral("FY2015"));
    years->setCurrentIndex(1);
    const auto *status = child<QLabel>(wizard, QStringLiteral("criteriaStatus"));
    CHECK(status->text().contains(QStringLiteral("by their workload")));

    wizard.setField(QStringLiteral("workloadThresholdSet"), false);
    CHECK(status->text().contains(QStringLiteral("Undetermined")));
    wizard.setField(QStringLiteral("workloadThresholdSet"), true);
    wizard.setField(QStringLiteral("workloadThreshold"), 11000);
    const madoguchi::Criteria criteria = wizard.project().criteria;
    CHECK(criteria.workloadThreshold == 11000.0);
    CHECK(criteria.workloadFiscalYear == 2014);
    CHECK(criteria.distanceThresholdMeters == Approx(5000.0));
}
