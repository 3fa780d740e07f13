#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/correlationdata.h"
#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "app/workbench/correlationchart.h"
#include "core/scenario.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>

#include <cmath>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

CorrelationPoint point(const QString &id, double distanceKm, std::optional<double> value,
                       OfficeKind kind = OfficeKind::Branch, std::optional<Decision> decision = Decision::Keep)
{
    CorrelationPoint p;
    p.officeId = id;
    p.name = id;
    p.kind = kind;
    p.decision = decision;
    p.distanceKm = distanceKm;
    p.value = value;
    return p;
}

// Every plotted point of the chart, from its series.
std::vector<QPointF> plottedPoints(const CorrelationChart &chart)
{
    std::vector<QPointF> points;
    for (QAbstractSeries *series : chart.chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            for (const QPointF &p : scatter->points())
                points.push_back(p);
    return points;
}

// The series holding the point (x, y), for QChart::mapToPosition.
QScatterSeries *seriesHolding(const CorrelationChart &chart, const QPointF &value)
{
    for (QAbstractSeries *series : chart.chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            for (const QPointF &p : scatter->points())
                if (p == value)
                    return scatter;
    return nullptr;
}

// Where a data point is on the chart view's viewport, found through Qt Charts' own mapping.
QPoint screenPositionOf(const CorrelationChart &chart, const QPointF &value)
{
    QScatterSeries *series = seriesHolding(chart, value);
    REQUIRE(series);
    const QPointF inChart = chart.chart()->mapToPosition(value, series);
    return chart.chartView()->mapFromScene(chart.chart()->mapToScene(inChart));
}

std::vector<CorrelationPoint> syntheticPoints()
{
    return {point(QStringLiteral("a"), 1.0, 2.0), point(QStringLiteral("b"), 2.0, 4.0),
            point(QStringLiteral("c"), 3.0, 5.0), point(QStringLiteral("d"), 4.0, 4.0)};
}

void showAt(CorrelationChart &chart, int width, int height)
{
    chart.resize(width, height);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
}

// The chart formats numbers in the default locale; tests that read its texts pin it to English, so
// that they do not depend on the machine's settings.
struct EnglishNumbers
{
    QLocale previous;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishNumbers() { QLocale::setDefault(previous); }
};

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST_CASE("the sample's chart plots every branch office at its evaluated distance and catchment population",
          "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);

    // The sample has no workload columns, so only the catchments are offered.
    const std::vector<CorrelationMeasure> measures = availableMeasures(project, evaluation);
    REQUIRE(measures == std::vector<CorrelationMeasure>{CorrelationMeasure::Catchment,
                                                        CorrelationMeasure::Catchment65});

    const Scenario *policy = findScenario(project.project.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    std::vector<CorrelationPoint> points =
        correlationPoints(project, evaluation, policy, CorrelationMeasure::Catchment, std::nullopt);
    REQUIRE(points.size() == evaluation.branchOffices.size());

    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Catchment, std::nullopt,
                  project.project.criteria.distanceThresholdMeters / 1000.0, std::nullopt);
    const std::vector<QPointF> plotted = plottedPoints(chart);
    // One point per branch office (the five ward offices are not points), each where the evaluation
    // puts it.
    CHECK(plotted.size() == evaluation.branchOffices.size());
    for (const BranchOfficeEvaluation &branch : evaluation.branchOffices) {
        const Office &office = project.offices.offices.at(std::size_t(branch.officeIndex));
        INFO(office.name);
        REQUIRE(branch.catchment);
        const QPointF expected(branch.distanceToNearestWardOfficeMeters / 1000.0, branch.catchment->population);
        CHECK(std::count(plotted.begin(), plotted.end(), expected) == 1);
    }
    for (const Office &office : project.offices.offices)
        if (office.isWardOffice())
            CHECK_FALSE(chart.viewPositionOf(office.id));
    // The y axis says what is plotted; the 2016 decisions colour the points.
    CHECK(chart.chart()->axes(Qt::Vertical).front()->titleText().contains(QStringLiteral("Catchment population")));
    CHECK(std::any_of(points.begin(), points.end(),
                      [](const CorrelationPoint &p) { return p.decision == Decision::Close; }));

    showAt(chart, 1200, 800);
    chart.setSelectedOfficeIds({points.front().officeId});
    const QImage image = chart.grab().toImage();
    CHECK(image.width() == 1200);
    const QByteArray screenshot = qgetenv("MADOGUCHI_CHART_SCREENSHOT");
    if (!screenshot.isEmpty())
        CHECK(image.save(QString::fromLocal8Bit(screenshot)));
    // The export path paints the same chart.
    QImage exported(600, 400, QImage::Format_ARGB32);
    exported.fill(Qt::transparent);
    {
        QPainter painter(&exported);
        chart.render(painter, QRectF(0, 0, 600, 400));
    }
    CHECK(exported.pixelColor(300, 200).alpha() == 255);
}

TEST_CASE("Pearson r and the least-squares line match hand-computed values and ignore offices without "
          "a value")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points.push_back(point(QStringLiteral("e"), 9.0, std::nullopt));
    // x = 1..4, y = 2, 4, 5, 4: Sxy = 3.5, Sxx = 5, Syy = 4.75, so r = 3.5 / sqrt(23.75).
    const auto r = pearsonCorrelation(points);
    REQUIRE(r);
    CHECK(*r == Approx(0.718184).epsilon(1e-5));
    const auto line = leastSquaresLine(points);
    REQUIRE(line);
    CHECK(line->slope == Approx(0.7));
    CHECK(line->intercept == Approx(2.0));

    const EnglishNumbers english;
    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    REQUIRE(chart.pearsonR());
    CHECK(*chart.pearsonR() == Approx(0.718184).epsilon(1e-5));
    CHECK(chart.chart()->title().contains(QStringLiteral("r = 0.72")));
}

TEST_CASE("Pearson r is n/a with fewer than three offices that have a value")
{
    const std::vector<CorrelationPoint> points{point(QStringLiteral("a"), 1.0, 10.0),
                                               point(QStringLiteral("b"), 2.0, 30.0),
                                               point(QStringLiteral("c"), 3.0, std::nullopt)};
    CHECK_FALSE(pearsonCorrelation(points));
    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    CHECK_FALSE(chart.pearsonR());
    CHECK(chart.chart()->title().contains(QStringLiteral("n/a")));
}

TEST_CASE("offices without a value are listed, not plotted at 0")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points.push_back(point(QStringLiteral("missing"), 2.5, std::nullopt));
    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Workload, 2014, 5.0, std::nullopt);
    const std::vector<QPointF> plotted = plottedPoints(chart);
    CHECK(plotted.size() == 4);
    for (const QPointF &p : plotted) {
        CHECK(p.x() != 2.5);
        CHECK(p.y() != 0.0);
    }
    CHECK(chart.unplottedOfficeIds() == QStringList{QStringLiteral("missing")});
    CHECK_FALSE(chart.viewPositionOf(QStringLiteral("missing")));
    CHECK(chart.chart()->axes(Qt::Vertical).front()->titleText() == QStringLiteral("Workload FY2014 (transactions)"));
}

TEST_CASE("on a log scale an office with a value of 0 is listed instead of plotted")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points.push_back(point(QStringLiteral("zero"), 2.5, 0.0));
    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Workload, 2014, 5.0, std::nullopt);
    CHECK(plottedPoints(chart).size() == 5);
    chart.setLogScale(true);
    CHECK(plottedPoints(chart).size() == 4);
    CHECK(chart.unplottedOfficeIds() == QStringList{QStringLiteral("zero")});
    chart.setLogScale(false);
    CHECK(plottedPoints(chart).size() == 5);
}

TEST_CASE("the workload measure takes the chosen fiscal year's cells, and an empty cell is no value")
{
    LoadedProject project;
    Office ward;
    ward.id = QStringLiteral("w");
    ward.name = QStringLiteral("中央区役所");
    ward.kind = OfficeKind::WardOffice;
    Office counted;
    counted.id = QStringLiteral("a");
    counted.name = QStringLiteral("大江出張所");
    counted.workloadByFiscalYear = {{2013, 900.0}, {2014, 1200.0}};
    counted.recordedDecision = Decision::Close;
    Office empty = counted;
    empty.id = QStringLiteral("b");
    empty.name = QStringLiteral("託麻出張所");
    empty.workloadByFiscalYear = {{2013, 700.0}, {2014, std::nullopt}};
    empty.recordedDecision = std::nullopt;
    project.offices.offices = {ward, counted, empty};
    project.offices.fiscalYears = {2013, 2014};

    Evaluation evaluation;
    evaluation.criteria.workloadThreshold = 1500.0;
    for (int index : {1, 2}) {
        BranchOfficeEvaluation branch;
        branch.officeIndex = index;
        branch.nearestWardOfficeId = ward.id;
        branch.distanceToNearestWardOfficeMeters = 1500.0 * index;
        branch.withinThreshold = true;
        evaluation.branchOffices.push_back(branch);
    }

    CHECK(availableMeasures(project, evaluation) == std::vector<CorrelationMeasure>{CorrelationMeasure::Workload});
    // No year given: the latest the table has (2014).
    const auto latest = correlationPoints(project, evaluation, nullptr, CorrelationMeasure::Workload);
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].name == QStringLiteral("大江出張所"));
    CHECK(latest[0].distanceKm == 1.5);
    CHECK(latest[0].value == 1200.0);
    CHECK(latest[0].decision == Decision::Close);
    CHECK_FALSE(latest[1].value);
    CHECK_FALSE(latest[1].decision);
    // The recommendation's verdict: 1,200 <= 1,500 within the guide is a candidate; a missing count
    // cannot make one.
    CHECK(latest[0].candidate);
    CHECK_FALSE(latest[1].candidate);
    const auto earlier = correlationPoints(project, evaluation, nullptr, CorrelationMeasure::Workload, 2013);
    CHECK(earlier[1].value == 700.0);
    // A scenario's decision wins over the table's; absent offices keep their counters.
    Scenario scenario;
    scenario.name = QStringLiteral("test");
    scenario.decisions = {{QStringLiteral("a"), Decision::Upgrade}};
    const auto planned = correlationPoints(project, evaluation, &scenario, CorrelationMeasure::Workload);
    CHECK(planned[0].decision == Decision::Upgrade);
    CHECK(planned[1].decision == Decision::Keep);
}

TEST_CASE("clicking a point's screen position selects its office, and clicking empty space clears the selection")
{
    CorrelationChart chart;
    chart.setData(syntheticPoints(), CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);

    const QPoint c = screenPositionOf(chart, QPointF(3.0, 5.0));
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, c);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == QStringList{QStringLiteral("c")});
    CHECK(chart.selectedOfficeIds() == QStringList{QStringLiteral("c")});

    // Ctrl adds another office.
    const QPoint a = screenPositionOf(chart, QPointF(1.0, 2.0));
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, Qt::ControlModifier, a);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == (QStringList{QStringLiteral("c"), QStringLiteral("a")}));

    // Far from every point (the bottom-right corner of the plot area).
    const QPointF corner = chart.chart()->plotArea().bottomRight() - QPointF(5, 5);
    const QPoint empty = chart.chartView()->mapFromScene(chart.chart()->mapToScene(corner));
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, empty);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList().isEmpty());
}

TEST_CASE("dragging a box over the chart selects the offices inside it")
{
    CorrelationChart chart;
    chart.setData(syntheticPoints(), CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);

    // A box around b (2, 4) and c (3, 5), leaving out a (1, 2) and d (4, 4).
    const QPoint b = screenPositionOf(chart, QPointF(2.0, 4.0));
    const QPoint c = screenPositionOf(chart, QPointF(3.0, 5.0));
    const QPoint from(b.x() - 15, c.y() - 15);
    const QPoint to(c.x() + 15, b.y() + 15);
    QWidget *viewport = chart.chartView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    REQUIRE(selected.count() == 1);
    QStringList ids = selected.takeFirst().front().toStringList();
    ids.sort();
    CHECK(ids == (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}

TEST_CASE("setSelectedOfficeIds rings the office's point in the selection colour without emitting")
{
    CorrelationChart chart;
    chart.setData(syntheticPoints(), CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    showAt(chart, 800, 600);
    QSignalSpy selected(&chart, &CorrelationChart::officesSelected);
    const gis::MapStyle style;

    const auto position = chart.viewPositionOf(QStringLiteral("b"));
    REQUIRE(position);
    // The ring's radius: the enlarged symbol's half width plus the gap (see MapStyle); probe its left
    // and right edges.
    const double radius = 6.5 * 96.0 / 72.0 * 1.5 * 1.4 / 2.0 + style.selectionGapPoints * 96.0 / 72.0;
    const auto ringPixel = [&](const QImage &image, int side) {
        return image.pixelColor(QPoint(int(std::lround(position->x() + side * radius)),
                                       int(std::lround(position->y()))));
    };
    const QImage before = chart.chartView()->viewport()->grab().toImage();
    CHECK(colourDistance(ringPixel(before, 1), style.selectionColor) > 120);

    chart.setSelectedOfficeIds({QStringLiteral("b")});
    const QImage after = chart.chartView()->viewport()->grab().toImage();
    CHECK(colourDistance(ringPixel(after, 1), style.selectionColor) < 60);
    CHECK(colourDistance(ringPixel(after, -1), style.selectionColor) < 60);
    CHECK(chart.selectedOfficeIds() == QStringList{QStringLiteral("b")});
    CHECK(selected.isEmpty());
}

TEST_CASE("hovering a point shows the office's name, distance and value")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points[1].name = QStringLiteral("託麻総合出張所");
    points[1].distanceKm = 5.34;
    points[1].value = 74321.0;
    const EnglishNumbers english;
    CorrelationChart chart;
    chart.setData(points, CorrelationMeasure::Catchment, std::nullopt, 5.0, std::nullopt);
    showAt(chart, 800, 600);

    const QPoint b = screenPositionOf(chart, QPointF(5.34, 74321.0));
    QWidget *viewport = chart.chartView()->viewport();
    QMouseEvent move(QEvent::MouseMove, QPointF(b), viewport->mapToGlobal(QPointF(b)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    REQUIRE(QToolTip::isVisible());
    const QString text = QToolTip::text();
    CHECK(text.contains(QStringLiteral("託麻総合出張所")));
    CHECK(text.contains(QStringLiteral("5.34 km")));
    CHECK(text.contains(QStringLiteral("74,321")));
    QToolTip::hideText();
}
