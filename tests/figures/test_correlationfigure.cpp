#include "sampleproject.h"
#include "englishnumbers.h"
#include "testsupport.h"
#include "labelcheck.h"

#include "app/figures/correlationfigure.h"
#include "app/figures/figurefont.h"
#include "app/figures/figureformat.h"
#include "gis/mapstyle.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/recommendation.h"
#include "core/scenario.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <cstdlib>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::EnglishNumbers;

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

std::vector<CorrelationPoint> syntheticPoints()
{
    return {point(QStringLiteral("a"), 1.0, 2.0), point(QStringLiteral("b"), 2.0, 4.0),
            point(QStringLiteral("c"), 3.0, 5.0), point(QStringLiteral("d"), 4.0, 4.0)};
}

CorrelationFigure laidOut(std::vector<CorrelationPoint> points, CorrelationMeasure measure = CorrelationMeasure::Catchment,
                          std::optional<int> fiscalYear = std::nullopt, CorrelationFigureOptions options = {})
{
    CorrelationFigureData data;
    data.points = std::move(points);
    data.measure = measure;
    data.fiscalYear = fiscalYear;
    CorrelationFigure figure(std::move(data), std::move(options));
    figure.layout(QSizeF(800, 600), 96.0);
    return figure;
}

// Where the figure's axes put a value.
QPointF expectedPosition(const CorrelationFigure &figure, double distanceKm, double value)
{
    const QRectF plot = figure.plotArea();
    return QPointF(*figure.xScale().position(distanceKm, plot.left(), plot.right()),
                   *figure.yScale().position(value, plot.bottom(), plot.top()));
}

} // namespace

TEST_CASE("the sample's figure plots every branch office at its evaluated distance and catchment population",
          "[realdata]")
{
    auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
    const Scenario *policy = findScenario(project->project.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    const ScenarioAnalysis analysis = analyseScenario(project, AnalysisRequest{project->project.criteria, *policy, nullptr});

    // The sample has no workload columns, so only the catchments are offered.
    REQUIRE(availableMeasures(analysis)
            == std::vector<CorrelationMeasure>{CorrelationMeasure::Catchment, CorrelationMeasure::Catchment65});
    const CorrelationFigureData data = correlationFigureData(analysis, CorrelationMeasure::Catchment);
    REQUIRE(data.points.size() == analysis.evaluation.branchOffices.size());
    CHECK(data.distanceThresholdKm == 5.0);

    CorrelationFigure figure(data, {});
    figure.layout(QSizeF(1200, 800), 96.0);
    // One point per branch office (the five ward offices are not points), each where the evaluation
    // puts it, and each named.
    for (const BranchOfficeEvaluation &branch : analysis.evaluation.branchOffices) {
        const Office &office = project->offices.offices.at(std::size_t(branch.officeIndex));
        INFO(office.name.toStdString());
        REQUIRE(branch.catchment);
        const auto position = figure.positionOf(office.id);
        REQUIRE(position);
        const QPointF expected =
            expectedPosition(figure, branch.distanceToNearestWardOfficeMeters / 1000.0, branch.catchment->population);
        CHECK(position->x() == Approx(expected.x()));
        CHECK(position->y() == Approx(expected.y()));
        CHECK(figure.labelRectOf(office.id));
    }
    for (const Office &office : project->offices.offices)
        if (office.isWardOffice())
            CHECK_FALSE(figure.positionOf(office.id));
    // The 2016 decisions colour the points: the legend names the closures, in the map's words.
    CHECK(std::any_of(data.points.begin(), data.points.end(),
                      [](const CorrelationPoint &p) { return p.decision == Decision::Close; }));
    CHECK(std::any_of(figure.legend().begin(), figure.legend().end(),
                      [](const gis::LegendEntry &entry) { return entry.decision == Decision::Close; }));

    // The axis fits the data: its top is the first round value at or above the largest catchment.
    double largest = 0.0;
    for (const CorrelationPoint &p : data.points)
        largest = std::max(largest, *p.value);
    CHECK(figure.yScale().max >= largest);
    CHECK(figure.yScale().max < largest * 1.35);
    CHECK(figure.xScale().max >= 8.27);
    CHECK(figure.xScale().max <= 10.0);

    QImage image(1200, 800, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        figure.paint(painter);
    }
    CHECK(image.pixelColor(600, 400).alpha() == 255);
    const QByteArray screenshot = qgetenv("MADOGUCHI_CHART_SCREENSHOT");
    if (!screenshot.isEmpty())
        CHECK(image.save(QString::fromLocal8Bit(screenshot)));
}

namespace {

// Every plotted office named once (beside its point, by a leader line or by a number in the key), no
// label over another or over a point or a fixed text, and every name nearest to its own point or
// joined to it by a leader.
void checkLabels(const CorrelationFigure &figure, const QString &shotName = QString())
{
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS"); folder && !shotName.isEmpty()) {
        QImage image(figure.size().toSize(), QImage::Format_ARGB32);
        QPainter painter(&image);
        figure.paint(painter);
        painter.end();
        image.save(QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(folder), shotName));
    }
    const QStringList problems = test::labelProblems(figure.labelledPoints(), figure.pointLabels(),
                                                     figure.fixedTextRects(), figure.labelledNames());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    int numbered = 0;
    for (const gis::PointLabel &label : figure.pointLabels()) {
        CHECK(figure.plotArea().contains(label.rect));
        numbered += label.kind == gis::PointLabel::Kind::Number ? 1 : 0;
    }
    CHECK(figure.keyEntries().size() == numbered);
    // Each plotted office appears once: named on the plot or listed in the key, never both.
    QStringList named = figure.keyEntries();
    for (std::size_t i = 0; i < figure.pointLabels().size(); ++i)
        if (figure.pointLabels()[i].kind == gis::PointLabel::Kind::Name)
            named << figure.labelledNames()[int(i)];
    CHECK(named.size() == int(figure.labelledPoints().size()));
    // The quadrant names keep off the points and off each other.
    const std::vector<QRectF> texts = figure.fixedTextRects();
    for (const gis::LabelledPoint &point : figure.labelledPoints())
        for (std::size_t t = 0; t < texts.size(); ++t) {
            INFO("fixed text " << t << " of " << texts.size());
            CHECK_FALSE(texts[t].intersects(gis::LabelPlacer::centeredAt(point.anchor, QSizeF(2 * point.radius, 2 * point.radius))));
        }
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            CHECK_FALSE(texts[i].intersects(texts[j]));
}

// A city of 34 branch offices, most within a few kilometres of a ward office and crowded at low
// workloads, as the generated test city of the acceptance check.
std::vector<CorrelationPoint> denseCity()
{
    std::vector<CorrelationPoint> points;
    for (int i = 1; i <= 34; ++i) {
        const double distance = 0.8 + std::fmod(i * 2.37, 7.6);
        const double value = 1800.0 + std::fmod(i * 7919.0, 58000.0) * (i % 3 == 0 ? 0.25 : 1.0);
        CorrelationPoint p = point(QStringLiteral("試験%1番出張所").arg(i), distance, value, OfficeKind::Branch,
                                   i % 5 == 0 ? Decision::Close : Decision::Keep);
        p.candidate = distance < 5.0 && value < 12000.0;
        points.push_back(p);
    }
    return points;
}

} // namespace

TEST_CASE("every office of the sample's figure is named once, unambiguously, at every size", "[realdata]")
{
    auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
    const ScenarioAnalysis analysis =
        analyseScenario(project, AnalysisRequest{project->project.criteria, defaultScenario(*project), nullptr});
    for (CorrelationMeasure measure : {CorrelationMeasure::Catchment, CorrelationMeasure::Workload}) {
        CorrelationFigure figure(correlationFigureData(analysis, measure), {});
        // A 160 × 110 mm figure at 300 dpi, as exported; the chart dock; a projector.
        for (const auto &[size, dpi] : {std::pair{QSizeF(1890, 1299), 300.0}, std::pair{QSizeF(620, 440), 96.0},
                                        std::pair{QSizeF(1280, 720), 144.0}}) {
            INFO("size " << size.width() << " × " << size.height());
            figure.layout(size, dpi);
            checkLabels(figure, QStringLiteral("sample-%1-%2").arg(int(measure)).arg(size.width()));
        }
    }
}

TEST_CASE("a dense figure of 34 offices names every one, numbering those with no room for a name")
{
    CorrelationFigureData data;
    data.points = denseCity();
    data.valueThreshold = 12000.0;
    CorrelationFigure figure(data, {});
    for (const auto &[size, dpi] : {std::pair{QSizeF(1890, 1299), 300.0}, std::pair{QSizeF(620, 440), 96.0},
                                    std::pair{QSizeF(1280, 720), 96.0 * 1.5}}) {
        INFO("size " << size.width() << " × " << size.height());
        figure.layout(size, dpi);
        checkLabels(figure);
        CHECK(figure.labelledPoints().size() == 34);
    }
    figure.layout(QSizeF(620, 440), 96.0);
    CHECK_FALSE(figure.keyEntries().isEmpty()); // too dense at a dock's size to name all beside their points
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        for (const auto &[name, size] : {std::pair{"dense-dock", QSizeF(620, 440)}, std::pair{"dense-page", QSizeF(1890, 1299)}}) {
            QImage image(size.toSize(), QImage::Format_ARGB32);
            figure.layout(size, size.width() > 1000 ? 300.0 : 96.0);
            QPainter painter(&image);
            figure.paint(painter);
            painter.end();
            image.save(QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(folder), QString::fromLatin1(name)));
        }
    }
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
    const CorrelationFigure figure = laidOut(points);
    REQUIRE(figure.pearsonR());
    CHECK(*figure.pearsonR() == Approx(0.718184).epsilon(1e-5));
    REQUIRE(figure.titleLines().size() == 2);
    CHECK(figure.titleLines()[1].contains(QStringLiteral("r = 0.72")));
    CHECK(figure.titleLines()[1].contains(QStringLiteral("n = 4")));
}

TEST_CASE("Pearson r is n/a with fewer than three offices that have a value")
{
    const std::vector<CorrelationPoint> points{point(QStringLiteral("a"), 1.0, 10.0),
                                               point(QStringLiteral("b"), 2.0, 30.0),
                                               point(QStringLiteral("c"), 3.0, std::nullopt)};
    CHECK_FALSE(pearsonCorrelation(points));
    const CorrelationFigure figure = laidOut(points);
    CHECK_FALSE(figure.pearsonR());
    CHECK(figure.titleLines().join(QLatin1Char('\n')).contains(QStringLiteral("n/a")));
}

TEST_CASE("offices without a value are listed under the figure, not plotted at 0")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points.push_back(point(QStringLiteral("missing"), 2.5, std::nullopt));
    const CorrelationFigure figure = laidOut(points, CorrelationMeasure::Workload, 2014);
    CHECK(figure.unplottedOfficeIds() == QStringList{QStringLiteral("missing")});
    CHECK_FALSE(figure.positionOf(QStringLiteral("missing")));
    CHECK(figure.positionOf(QStringLiteral("a")));
    CHECK(figure.note().contains(QStringLiteral("missing")));
    CHECK(CorrelationFigure::measureAxisTitle(CorrelationMeasure::Workload, 2014)
          == QStringLiteral("Workload FY2014 (transactions)"));
}

TEST_CASE("on a log scale an office with a value of 0 is listed instead of plotted")
{
    std::vector<CorrelationPoint> points = syntheticPoints();
    points.push_back(point(QStringLiteral("zero"), 2.5, 0.0));
    CHECK(laidOut(points, CorrelationMeasure::Workload, 2014).positionOf(QStringLiteral("zero")));
    CorrelationFigureOptions log;
    log.logScale = true;
    const CorrelationFigure logFigure = laidOut(points, CorrelationMeasure::Workload, 2014, log);
    CHECK_FALSE(logFigure.positionOf(QStringLiteral("zero")));
    CHECK(logFigure.unplottedOfficeIds() == QStringList{QStringLiteral("zero")});
    CHECK(logFigure.yScale().logarithmic);
    // Whole decades around the values 2 … 5.
    CHECK(logFigure.yScale().min == 1.0);
    CHECK(logFigure.yScale().max == 10.0);
}

TEST_CASE("a selected office is found where it is drawn, and offices in a box are found in order")
{
    CorrelationFigureOptions options;
    options.selectedOfficeIds = {QStringLiteral("b")};
    const CorrelationFigure figure = laidOut(syntheticPoints(), CorrelationMeasure::Catchment, std::nullopt, options);
    const QPointF b = *figure.positionOf(QStringLiteral("b"));
    const QPointF c = *figure.positionOf(QStringLiteral("c"));
    CHECK(figure.officeAt(b + QPointF(3, 0), 4.0) == QStringLiteral("b"));
    CHECK_FALSE(figure.officeAt(figure.plotArea().bottomRight() - QPointF(5, 5), 4.0));
    const QRectF box = QRectF(b, c).normalized().adjusted(-10, -10, 10, 10);
    CHECK(figure.officesIn(box) == (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}

TEST_CASE("the workload measure takes the chosen fiscal year's cells, and an empty cell is no value")
{
    auto project = std::make_shared<LoadedProject>();
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
    project->offices.offices = {ward, counted, empty};
    project->offices.fiscalYears = {2013, 2014};

    ScenarioAnalysis analysis;
    analysis.project = project;
    analysis.evaluation.criteria.workloadThreshold = 1500.0;
    for (int index : {1, 2}) {
        BranchOfficeEvaluation branch;
        branch.officeIndex = index;
        branch.nearestWardOfficeId = ward.id;
        branch.distanceToNearestWardOfficeMeters = 1500.0 * index;
        branch.withinThreshold = true;
        analysis.evaluation.branchOffices.push_back(branch);
    }
    analysis.recommendations = recommend(analysis.evaluation, project->offices.offices);

    CHECK(availableMeasures(analysis) == std::vector<CorrelationMeasure>{CorrelationMeasure::Workload});
    // No year given: the latest the table has (2014).
    const auto latest = correlationPoints(analysis, CorrelationMeasure::Workload);
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].name == QStringLiteral("大江出張所"));
    CHECK(latest[0].distanceKm == 1.5);
    CHECK(latest[0].value == 1200.0);
    CHECK(latest[0].decision == Decision::Close);
    CHECK_FALSE(latest[1].value);
    CHECK_FALSE(latest[1].decision);
    // The analysis's recommendation: 1,200 <= 1,500 within the guide is a candidate; a missing count
    // cannot make one.
    CHECK(latest[0].candidate);
    CHECK_FALSE(latest[1].candidate);
    const auto earlier = correlationPoints(analysis, CorrelationMeasure::Workload, 2013);
    CHECK(earlier[1].value == 700.0);
    // The figure's data names the judged year and takes the workload threshold.
    const CorrelationFigureData data = correlationFigureData(analysis, CorrelationMeasure::Workload);
    CHECK(data.fiscalYear == 2014);
    CHECK(data.valueThreshold == 1500.0);
    // A scenario's decision wins over the table's; absent offices keep their counters.
    Scenario scenario;
    scenario.name = QStringLiteral("test");
    scenario.decisions = {{QStringLiteral("a"), Decision::Upgrade}};
    analysis.scenario = scenario;
    const auto planned = correlationPoints(analysis, CorrelationMeasure::Workload);
    CHECK(planned[0].decision == Decision::Upgrade);
    CHECK(planned[1].decision == Decision::Keep);
}

TEST_CASE("the axes end one round step above the data, and small figures get fewer ticks, never repeated labels")
{
    const EnglishNumbers english;
    // The sample's catchments reach about 90,000 residents and 8.3 km.
    std::vector<CorrelationPoint> points{point(QStringLiteral("a"), 1.7, 89792.0), point(QStringLiteral("b"), 8.25, 4700.0),
                                         point(QStringLiteral("c"), 4.4, 46000.0)};
    const auto checkAxes = [](const CorrelationFigure &figure, double maxDistance, double maxValue) {
        for (const AxisScale *scale : {&figure.xScale(), &figure.yScale()}) {
            REQUIRE(scale->ticks.size() >= 2);
            const double step = scale->ticks[1] - scale->ticks[0];
            CHECK(step > 0.0);
            // Whole steps: the labels (whole kilometres, whole residents) are all different.
            QStringList labels;
            for (double tick : scale->ticks)
                labels << formatCount(tick);
            CHECK(labels.removeDuplicates() == 0);
            CHECK(scale->min == 0.0);
            CHECK(scale->max == scale->ticks.back());
        }
        const double yStep = figure.yScale().ticks[1] - figure.yScale().ticks[0];
        const double xStep = figure.xScale().ticks[1] - figure.xScale().ticks[0];
        CHECK(figure.yScale().max >= maxValue);
        CHECK(figure.yScale().max < maxValue + yStep * 1.05);
        CHECK(figure.xScale().max >= maxDistance);
        CHECK(figure.xScale().max < maxDistance + xStep * 1.05);
    };
    const CorrelationFigure desk = laidOut(points);
    checkAxes(desk, 8.25, 89792.0);
    CHECK(desk.yScale().max == 100000.0);

    // A figure a third of the size: fewer ticks, each label with room for its text.
    CorrelationFigureData data;
    data.points = points;
    CorrelationFigure small(data, {});
    small.layout(QSizeF(320, 240), 96.0);
    checkAxes(small, 8.25, 89792.0);
    CHECK(small.yScale().ticks.size() < desk.yScale().ticks.size());
    CHECK(small.xScale().ticks.size() < desk.xScale().ticks.size());
    const double tickHeight = QFontMetricsF(figureFont(gis::MapStyle().fontFamily, 8.5, 96.0)).height();
    const double yGap = small.plotArea().height() / double(small.yScale().ticks.size() - 1);
    CHECK(yGap > tickHeight);

    // Nothing to plot (no project): still distinct whole labels, not 0, 0, 1, 1, 2, 2.
    CorrelationFigure empty(CorrelationFigureData{}, {});
    empty.layout(QSizeF(400, 300), 96.0);
    for (const AxisScale *scale : {&empty.xScale(), &empty.yScale()}) {
        QStringList labels;
        for (double tick : scale->ticks)
            labels << formatCount(tick);
        CHECK(labels.size() >= 2);
        CHECK(labels.removeDuplicates() == 0);
    }
}
