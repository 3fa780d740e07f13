// The map of the bundled Kumamoto sample showing a scenario: decisions, transfer lines and the
// population cells beyond the distance guide after it.
#include "testsupport.h"

#include "app/lib/mapcontentbuilder.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/maprenderer.h"
#include "gis/mapsettings.h"
#include "gis/populationcells.h"
#include "gis/projgeodesic.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <memory>
#include <set>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

// Loading, projecting and evaluating the sample takes seconds: done once for every test case.
struct Sample
{
    LoadedProject project;
    Evaluation evaluation;
    std::shared_ptr<const gis::MapContent> evaluated;
};

const Sample &sample()
{
    static const Sample loaded = [] {
        ProjectLoadOptions options;
        options.dataSearchPaths = {test::sharedDataDir()};
        Sample result;
        result.project = loadProject(test::sourceDir() + QStringLiteral("/data/kumamoto/kumamoto.madoguchi"), options);
        result.evaluation = evaluateProject(result.project, result.project.project.criteria);
        const gis::MapContent base = buildBaseMapContent(result.project);
        result.evaluated = withEvaluation(base, result.project, result.evaluation);
        return result;
    }();
    return loaded;
}

const Scenario &scenarioNamed(const QString &name)
{
    const Scenario *scenario = findScenario(sample().project.project.scenarios, name);
    REQUIRE(scenario != nullptr);
    return *scenario;
}

// The impact as the command line assesses it: the project's offices, criteria and population cells.
ScenarioImpact impactOf(const Scenario &scenario)
{
    const LoadedProject &project = sample().project;
    EvaluationInput input;
    input.offices = project.offices.offices;
    input.criteria = project.project.criteria;
    const LoadedLayer &population = *project.population;
    input.population = gis::populationCells(population.layer, population.fields.population,
                                            population.fields.population65, population.fields.code);
    return assessImpact(input, scenario, gis::ProjGeodesic());
}

const gis::MapOffice *mapOffice(const gis::MapContent &content, const QString &id)
{
    for (const gis::MapOffice &office : content.offices) {
        if (office.id == id)
            return &office;
    }
    return nullptr;
}

double flaggedPopulation(const gis::MapContent &content)
{
    double sum = 0.0;
    for (const gis::MapPopulationCell &cell : content.population)
        sum += cell.beyondThresholdAfter ? cell.value : 0.0;
    return sum;
}

std::size_t flaggedCount(const gis::MapContent &content)
{
    std::size_t count = 0;
    for (const gis::MapPopulationCell &cell : content.population)
        count += cell.beyondThresholdAfter ? 1 : 0;
    return count;
}

QPointF firstPoint(const QPainterPath &path)
{
    return path.elementAt(0);
}

QPointF lastPoint(const QPainterPath &path)
{
    return path.elementAt(path.elementCount() - 1);
}

} // namespace

TEST_CASE("the sample's map cells are its population layer's features, one for one and in order", "[realdata]")
{
    const Sample &loaded = sample();
    const gis::MapContent &content = *loaded.evaluated;
    REQUIRE(loaded.project.population);
    REQUIRE(content.population.size() == loaded.project.population->layer.features.size());
    for (std::size_t i = 0; i < content.population.size(); ++i)
        REQUIRE(content.population[i].featureIndex == i);
}

TEST_CASE("the 2016 policy on the map: decisions, transfers and cells beyond the guide", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &scenario = scenarioNamed(QStringLiteral("2016年方針"));
    const ScenarioImpact impact = impactOf(scenario);
    REQUIRE(impact.residentsBeyondThreshold);
    REQUIRE(impact.transfers.size() == 7);

    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const gis::MapContent> content =
        withScenario(*loaded.evaluated, loaded.project, scenario, &impact);
    const qint64 elapsedMs = timer.elapsed();
    REQUIRE(content);
    // Cheap enough to run on the GUI thread when the planner picks another scenario.
    CHECK(elapsedMs < 1000);

    SECTION("every branch office shows the scenario's decision, the ward offices theirs")
    {
        REQUIRE(content->offices.size() == loaded.project.offices.offices.size());
        for (const Office &office : loaded.project.offices.offices) {
            INFO(office.id.toStdString());
            const gis::MapOffice *shown = mapOffice(*content, office.id);
            REQUIRE(shown);
            if (office.isWardOffice())
                CHECK(shown->decision == mapOffice(*loaded.evaluated, office.id)->decision);
            else
                CHECK(shown->decision == decisionFor(scenario, office));
        }
        // The scenario's seven closures and one upgrade (the table's recorded decisions agree).
        int closed = 0, upgraded = 0;
        for (const gis::MapOffice &office : content->offices) {
            closed += office.decision == Decision::Close ? 1 : 0;
            upgraded += office.decision == Decision::Upgrade ? 1 : 0;
        }
        CHECK(closed == 7);
        CHECK(upgraded == 1);
        CHECK(mapOffice(*content, QStringLiteral("br_tatsuda"))->decision == Decision::Upgrade);
    }

    SECTION("one transfer line per closed office, from it to the impact's receiving counter")
    {
        REQUIRE(content->transferLines.size() == 7);
        std::set<QString> from;
        for (const gis::MapTransferLine &line : content->transferLines) {
            INFO(line.fromOfficeId.toStdString());
            from.insert(line.fromOfficeId);
            const CounterImpact *closed = impact.counter(line.fromOfficeId);
            REQUIRE(closed);
            CHECK_FALSE(closed->openAfter);
            CHECK(closed->decision == Decision::Close);
            CHECK(line.toOfficeId == closed->receivingOfficeId);
            const CounterImpact *receiving = impact.counter(line.toOfficeId);
            REQUIRE(receiving);
            CHECK(receiving->openAfter);
            REQUIRE(closed->distanceToReceivingMeters);
            CHECK(line.distanceMeters == *closed->distanceToReceivingMeters);

            // The line runs from the closed office's symbol to the receiving counter's.
            const gis::MapOffice *fromOffice = mapOffice(*content, line.fromOfficeId);
            const gis::MapOffice *toOffice = mapOffice(*content, line.toOfficeId);
            REQUIRE(fromOffice);
            REQUIRE(toOffice);
            const QPointF start = firstPoint(line.path);
            const QPointF end = lastPoint(line.path);
            CHECK(std::hypot(start.x() - fromOffice->point.x(), start.y() - fromOffice->point.y()) < 0.01);
            CHECK(std::hypot(end.x() - toOffice->point.x(), end.y() - toOffice->point.y()) < 0.01);
            CHECK(line.path.elementCount() > 2); // densified along the geodesic
            CHECK(line.bounds.contains(line.midpoint));
            // In the plane rectangular zone (scale factor about 0.9999) the projected length is the
            // geodesic distance to within a few parts in ten thousand.
            const double planar = std::hypot(end.x() - start.x(), end.y() - start.y());
            CHECK(planar == Approx(line.distanceMeters).epsilon(0.001));
            CHECK(content->bounds.contains(line.bounds));
        }
        CHECK(from.size() == 7);
    }

    SECTION("the cells flagged beyond the guide hold the impact's residents beyond it after the scenario")
    {
        const ResidentsBeyondThreshold &beyond = *impact.residentsBeyondThreshold;
        CHECK(beyond.thresholdMeters == 5000.0);
        CHECK(flaggedCount(*content) > 0);
        CHECK(flaggedPopulation(*content) == Approx(beyond.populationAfter).margin(0.5));
        // Closing counters leaves more residents beyond the guide than before.
        CHECK(beyond.populationAfter > beyond.populationBefore);
        // The evaluated content is not changed: it has neither flags nor transfers.
        CHECK(flaggedCount(*loaded.evaluated) == 0);
        CHECK(loaded.evaluated->transferLines.empty());
    }
}

TEST_CASE("the status quo flags the cells already beyond the guide and moves nothing", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &scenario = scenarioNamed(QStringLiteral("現状"));
    const ScenarioImpact impact = impactOf(scenario);
    REQUIRE(impact.residentsBeyondThreshold);
    const auto content = withScenario(*loaded.evaluated, loaded.project, scenario, &impact);
    CHECK(content->transferLines.empty());
    CHECK(flaggedPopulation(*content) == Approx(impact.residentsBeyondThreshold->populationBefore).margin(0.5));
    CHECK(flaggedPopulation(*content) == Approx(impact.residentsBeyondThreshold->populationAfter).margin(0.5));
    for (const gis::MapOffice &office : content->offices) {
        if (office.kind != OfficeKind::WardOffice)
            CHECK(office.decision == Decision::Keep);
    }
}

TEST_CASE("a scenario shown without its impact sets the decisions only", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &policy = scenarioNamed(QStringLiteral("2016年方針"));
    const ScenarioImpact impact = impactOf(policy);
    const auto withImpact = withScenario(*loaded.evaluated, loaded.project, policy, &impact);
    // Showing another scenario (without an impact) on top of it replaces the lines and flags.
    const Scenario &statusQuo = scenarioNamed(QStringLiteral("現状"));
    const auto content = withScenario(*withImpact, loaded.project, statusQuo, nullptr);
    CHECK(content->transferLines.empty());
    CHECK(flaggedCount(*content) == 0);
    CHECK(mapOffice(*content, QStringLiteral("br_oe"))->decision == Decision::Keep);
    CHECK(mapOffice(*withImpact, QStringLiteral("br_oe"))->decision == Decision::Close);
}

TEST_CASE("map cells are matched to the evaluation's cells by feature, not by position", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &scenario = scenarioNamed(QStringLiteral("2016年方針"));
    const ScenarioImpact impact = impactOf(scenario);
    const auto full = withScenario(*loaded.evaluated, loaded.project, scenario, &impact);

    // A map without some of the layer's cells (as when features have no drawable geometry).
    gis::MapContent thinned = *loaded.evaluated;
    std::vector<gis::MapPopulationCell> kept;
    for (std::size_t i = 0; i < thinned.population.size(); ++i) {
        if (i % 3 != 0)
            kept.push_back(thinned.population[i]);
    }
    thinned.population = kept;
    const auto content = withScenario(thinned, loaded.project, scenario, &impact);
    REQUIRE(content->population.size() == kept.size());
    std::size_t differing = 0;
    for (const gis::MapPopulationCell &cell : content->population)
        differing += cell.beyondThresholdAfter != full->population[cell.featureIndex].beyondThresholdAfter ? 1 : 0;
    CHECK(differing == 0);
    CHECK(flaggedCount(*content) > 0);
}

TEST_CASE("a scenario or impact that does not fit the project is refused with a clear message", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &policy = scenarioNamed(QStringLiteral("2016年方針"));

    SECTION("a decision for an office the table does not have")
    {
        Scenario unknown = policy;
        unknown.decisions[QStringLiteral("br_nowhere")] = Decision::Close;
        CHECK_THROWS_AS(withScenario(*loaded.evaluated, loaded.project, unknown, nullptr), InputError);
    }
    SECTION("an impact assessed for other decisions")
    {
        const ScenarioImpact statusQuoImpact = impactOf(scenarioNamed(QStringLiteral("現状")));
        try {
            withScenario(*loaded.evaluated, loaded.project, policy, &statusQuoImpact);
            FAIL("no error for an impact of another scenario");
        } catch (const InputError &error) {
            const QString text = error.diagnostic().toString();
            INFO(text.toStdString());
            CHECK(text.contains(QStringLiteral("2016年方針")));
            CHECK(text.contains(QStringLiteral("br_oe")));
        }
    }
}

TEST_CASE("the 2016 policy's impact map renders and is saved for inspection", "[realdata]")
{
    const Sample &loaded = sample();
    const Scenario &scenario = scenarioNamed(QStringLiteral("2016年方針"));
    const ScenarioImpact impact = impactOf(scenario);
    const auto content = withScenario(*loaded.evaluated, loaded.project, scenario, &impact);

    gis::MapSettings settings;
    settings.outputSize = QSize(1600, 1200);
    settings.zoomToFit(content->bounds, 0.03);
    settings.layer(gis::MapLayer::Impact).visible = true;
    auto render = [&](const gis::MapSettings &with) {
        QImage image(with.outputSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        CHECK(gis::MapRenderer::render(painter, *content, with));
        return image;
    };
    const QImage image = render(settings);
    // Next to the test executable, in the build tree.
    CHECK(image.save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("render_impact_2016.png"))));

    // The closed offices in the closed colour, and the impact layer changes pixels that the map
    // without it leaves alone (hatch and arrows).
    for (const gis::MapTransferLine &line : content->transferLines) {
        const QPointF at = settings.toScreen(mapOffice(*content, line.fromOfficeId)->point);
        CHECK(QColor(image.pixel(int(at.x()), int(at.y()))) == settings.style.closeColor);
    }
    gis::MapSettings without = settings;
    without.layer(gis::MapLayer::Impact).visible = false;
    const QImage plain = render(without);
    qint64 changed = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            changed += image.pixel(x, y) != plain.pixel(x, y) ? 1 : 0;
    }
    CHECK(changed > 5000);
}

TEST_CASE("the sample's map is drawn in zone II, the zone the MLIT notice assigns to 熊本県, unless the project names "
          "another",
          "[mapcontent][realdata]")
{
    const gis::DisplayCrs crs = sample().evaluated->crs;
    CHECK(crs.epsgCode() == 6670);
    CHECK(crs.rule() == gis::DisplayCrs::Rule::Notice);
    CHECK(crs.reason() == QStringLiteral("the zone the MLIT notice assigns to 熊本県 (熊本市)"));

    // A projection named in the project file is kept as it is.
    LoadedProject named;
    named.project.displayCrs = QStringLiteral("EPSG:6691");
    CHECK(displayCrsFor(named).epsgCode() == 6691);
    CHECK(displayCrsFor(named).rule() == gis::DisplayCrs::Rule::Project);
    named.project.displayCrs = QStringLiteral("EPSG:4326");
    CHECK_THROWS_AS(displayCrsFor(named), InputError);
}
