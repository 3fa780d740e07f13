#include "sampleproject.h"
#include "testsupport.h"

#include "app/workbench/workbenchdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

constexpr int kLoadTimeoutMs = 60000;

// A project of the bundled offices table whose wards layer points at a file that does not exist.
QString writeProjectWithMissingWards(const QTemporaryDir &dir)
{
    QFile offices(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(offices.open(QIODevice::ReadOnly));
    test::writeFile(QDir(dir.path()), QStringLiteral("offices.csv"), offices.readAll());
    return test::writeFile(QDir(dir.path()), QStringLiteral("moved.madoguchi"), R"({
        "format": "madoguchi-project",
        "version": 1,
        "name": "moved wards",
        "criteria": { "distanceThresholdMeters": 5000 },
        "layers": {
            "offices": { "path": "offices.csv", "crs": "EPSG:6668", "fields": { "decision": "decision_2016" } },
            "wards": { "path": "nowhere/wards.shp" }
        }
    })");
}

QString officeIdByName(const WorkbenchDocument &document, const QString &name)
{
    for (const Office &office : document.project()->offices.offices)
        if (office.name == name)
            return office.id;
    return {};
}

} // namespace

TEST_CASE("the sample project loads in the background and arrives on the GUI thread with its offices, "
          "evaluation and map",
          "[realdata]")
{
    WorkbenchDocument document;
    QSignalSpy started(&document, &WorkbenchDocument::loadStarted);
    QSignalSpy progress(&document, &WorkbenchDocument::loadProgress);
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    bool onGuiThread = false;
    QObject::connect(&document, &WorkbenchDocument::loaded, &document,
                     [&] { onGuiThread = QThread::currentThread() == QCoreApplication::instance()->thread(); });

    document.open(test::sampleProjectPath(), {test::sharedDataDir()});
    REQUIRE(started.count() == 1);
    CHECK(document.isLoading());
    CHECK_FALSE(document.hasProject());

    REQUIRE(loaded.wait(kLoadTimeoutMs));
    INFO((failed.isEmpty() ? QString() : failed.front().front().toString()));
    REQUIRE(failed.isEmpty());
    CHECK(onGuiThread);
    CHECK_FALSE(document.isLoading());
    REQUIRE(document.hasProject());
    CHECK(document.project()->offices.offices.size() == 19);
    REQUIRE(document.evaluation());
    CHECK(document.evaluation()->branchOffices.size() == 14);
    CHECK(document.table().rows.size() == 14);
    REQUIRE(document.mapContent());
    CHECK(document.mapContent()->wards.size() == 5);
    CHECK(document.mapContent()->offices.size() == 19);
    CHECK(document.mapContent()->nearestLines.size() == 14);
    CHECK(document.missingLayers().empty());
    CHECK(document.projectPath() == QFileInfo(test::sampleProjectPath()).absoluteFilePath());

    // Progress goes up to completion and never back.
    REQUIRE_FALSE(progress.isEmpty());
    double previous = -1.0;
    for (const QList<QVariant> &arguments : progress) {
        const double fraction = arguments.front().toDouble();
        CHECK(fraction >= previous);
        CHECK(fraction <= 1.0);
        previous = fraction;
    }
    CHECK(previous == Approx(1.0));
}

TEST_CASE("a project whose wards file has moved opens with its offices and reports the missing layer")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = writeProjectWithMissingWards(dir);

    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    document.open(project);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    REQUIRE(failed.isEmpty());

    REQUIRE(document.missingLayers().size() == 1);
    CHECK(document.missingLayers().front().role == LayerRole::Wards);
    CHECK(document.missingLayers().front().path == QStringLiteral("nowhere/wards.shp"));
    CHECK(document.project()->offices.offices.size() == 19);
    REQUIRE(document.evaluation());
    CHECK(document.evaluation()->branchOffices.size() == 14);
    REQUIRE(document.mapContent());
    CHECK(document.mapContent()->wards.empty());
    CHECK(document.mapContent()->offices.size() == 19);
}

TEST_CASE("a project file that is not JSON emits loadFailed naming the file and opens nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = test::writeFile(QDir(dir.path()), QStringLiteral("broken.madoguchi"), "{ not json");

    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    document.open(project);
    REQUIRE(failed.wait(kLoadTimeoutMs));
    CHECK(loaded.isEmpty());
    const QString message = failed.front().front().toString();
    CHECK(message.contains(QStringLiteral("broken.madoguchi")));
    CHECK_FALSE(document.hasProject());
    CHECK_FALSE(document.isLoading());
}

TEST_CASE("a failed load leaves the project that was open")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = writeProjectWithMissingWards(dir);
    const QString broken = test::writeFile(QDir(dir.path()), QStringLiteral("broken.madoguchi"), "[]");

    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    document.open(good);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    document.open(broken);
    REQUIRE(failed.wait(kLoadTimeoutMs));
    REQUIRE(document.hasProject());
    CHECK(document.projectPath() == QFileInfo(good).absoluteFilePath());
}

TEST_CASE("cancelLoad stops the load: loadCancelled at once, and its result never arrives", "[realdata]")
{
    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    QSignalSpy failed(&document, &WorkbenchDocument::loadFailed);
    QSignalSpy cancelled(&document, &WorkbenchDocument::loadCancelled);
    document.open(test::sampleProjectPath(), {test::sharedDataDir()});
    document.cancelLoad();
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(document.isLoading());

    // The whole sample loads in well under this; had the result not been dropped it would be here.
    CHECK_FALSE(loaded.wait(5000));
    CHECK(failed.isEmpty());
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(document.hasProject());

    // Cancelling when nothing loads is a no-op.
    document.cancelLoad();
    CHECK(cancelled.count() == 1);
}

TEST_CASE("a newer open supersedes an older one still loading", "[realdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString second = writeProjectWithMissingWards(dir);

    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    document.open(test::sampleProjectPath(), {test::sharedDataDir()});
    document.open(second);
    REQUIRE(loaded.wait(kLoadTimeoutMs));
    CHECK(document.projectPath() == QFileInfo(second).absoluteFilePath());
    // The first load's result, should it finish, is dropped.
    CHECK_FALSE(loaded.wait(3000));
    CHECK(loaded.count() == 1);
    CHECK(document.projectPath() == QFileInfo(second).absoluteFilePath());
}

TEST_CASE("setCriteria with an 8 km threshold brings 龍田出張所 (about 7 km from 中央区役所) within it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    document.open(writeProjectWithMissingWards(dir));
    REQUIRE(loaded.wait(kLoadTimeoutMs));

    const QString tatsuda = officeIdByName(document, QStringLiteral("龍田出張所"));
    REQUIRE_FALSE(tatsuda.isEmpty());
    const BranchOfficeEvaluation *before = document.branchEvaluation(tatsuda);
    REQUIRE(before);
    REQUIRE(before->distanceToNearestWardOfficeMeters > 5000.0);
    REQUIRE(before->distanceToNearestWardOfficeMeters < 8000.0);
    CHECK_FALSE(before->withinThreshold);
    const auto contentBefore = document.mapContent();

    QSignalSpy changed(&document, &WorkbenchDocument::evaluationChanged);
    Criteria criteria = document.criteria();
    criteria.distanceThresholdMeters = 8000.0;
    document.setCriteria(criteria);
    CHECK(changed.count() == 1);
    CHECK(document.criteria().distanceThresholdMeters == 8000.0);
    const BranchOfficeEvaluation *after = document.branchEvaluation(tatsuda);
    REQUIRE(after);
    CHECK(after->withinThreshold);
    // The map follows: new circles, the old content untouched for whoever still holds it.
    REQUIRE(document.mapContent());
    CHECK(document.mapContent() != contentBefore);
    CHECK(document.mapContent()->thresholdMeters() == Approx(8000.0));
    CHECK(contentBefore->thresholdMeters() == Approx(5000.0));
    const int withinColumn = document.table().column(QStringLiteral("within_threshold"));
    REQUIRE(withinColumn >= 0);
    bool tableSaysWithin = false;
    for (std::size_t row = 0; row < document.table().rows.size(); ++row)
        if (document.project()->offices.offices[std::size_t(document.table().officeIndexOfRow[row])].id == tatsuda)
            tableSaysWithin = document.table().rows[row].value(withinColumn).toBool();
    CHECK(tableSaysWithin);
}

TEST_CASE("the selection keeps known offices once each and signals only changes")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    WorkbenchDocument document;
    QSignalSpy loaded(&document, &WorkbenchDocument::loaded);
    document.open(writeProjectWithMissingWards(dir));
    REQUIRE(loaded.wait(kLoadTimeoutMs));

    const QString oe = officeIdByName(document, QStringLiteral("大江出張所"));
    const QString chuo = officeIdByName(document, QStringLiteral("中央区役所"));
    REQUIRE_FALSE(oe.isEmpty());
    REQUIRE_FALSE(chuo.isEmpty());

    QSignalSpy changed(&document, &WorkbenchDocument::selectionChanged);
    document.setSelectedOfficeIds({oe, QStringLiteral("no-such-office"), oe, chuo});
    REQUIRE(changed.count() == 1);
    CHECK(changed.front().front().toStringList() == QStringList{oe, chuo});
    CHECK(document.selectedOfficeIds() == QStringList{oe, chuo});

    document.setSelectedOfficeIds({oe, chuo});
    CHECK(changed.count() == 1);

    // Details lookups: a branch office has an evaluation, a ward office has none.
    REQUIRE(document.office(oe));
    CHECK(document.office(oe)->name == QStringLiteral("大江出張所"));
    CHECK(document.branchEvaluation(oe));
    CHECK_FALSE(document.branchEvaluation(chuo));
    CHECK_FALSE(document.office(QStringLiteral("no-such-office")));

    QSignalSpy closed(&document, &WorkbenchDocument::closed);
    document.close();
    CHECK(closed.count() == 1);
    CHECK(changed.count() == 2);
    CHECK(document.selectedOfficeIds().isEmpty());
    CHECK_FALSE(document.hasProject());
    CHECK_FALSE(document.mapContent());
    CHECK(document.table().rows.empty());
}
