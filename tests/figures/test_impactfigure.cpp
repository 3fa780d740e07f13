#include "planartestdistance.h"
#include "englishnumbers.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/figures/impactfigure.h"
#include "app/lib/scenarioanalysis.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/mapstyle.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <map>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::EnglishNumbers;

namespace {

// The impact page of the A4 report: the text column (180 mm) by 48 % of its height, at 300 dpi.
constexpr double kReportDpi = 300.0;
const QSizeF kReportFigure(180.0 / 25.4 * kReportDpi, 124.0 / 25.4 * kReportDpi);

const QStringList kWards{QStringLiteral("中央区"), QStringLiteral("北区"),   QStringLiteral("東区"),
                         QStringLiteral("白石区"), QStringLiteral("厚別区"), QStringLiteral("豊平区"),
                         QStringLiteral("清田区"), QStringLiteral("南区"),   QStringLiteral("西区"),
                         QStringLiteral("手稲区")};

// A generated city of 34 counters (planar distances, 1 unit = 1 km): ten ward offices without FY2014
// counts at (12 w, 0), and 24 branch offices with counts, the k-th of ward w at (12 w + 3 (k + 1), ±2).
// The scenario closes the first branch office of wards 0…7, whose work goes to their ward office (3.6 km
// away, no count of its own), and the second of ward 8, whose work goes to the first (5 km away).
struct GeneratedCity
{
    EvaluationInput input;
    Scenario scenario;
    std::shared_ptr<const ScenarioImpact> impact;
};

GeneratedCity generatedCity()
{
    GeneratedCity city;
    int number = 0;
    for (int w = 0; w < 10; ++w) {
        Office ward;
        ward.id = QStringLiteral("ward_%1").arg(w);
        ward.name = kWards[w] + QStringLiteral("役所");
        ward.kind = OfficeKind::WardOffice;
        ward.ward = kWards[w];
        ward.location = GeoPoint{12.0 * w, 0.0};
        ward.workloadByFiscalYear[2014] = std::nullopt;
        city.input.offices.push_back(ward);
    }
    for (int w = 0; w < 10; ++w) {
        for (int k = 0; k < (w < 4 ? 3 : 2); ++k, ++number) {
            Office branch;
            branch.id = QStringLiteral("br_%1_%2").arg(w).arg(k);
            branch.name = QStringLiteral("試験%1番出張所").arg(number + 1);
            branch.kind = OfficeKind::Branch;
            branch.ward = kWards[w];
            branch.location = GeoPoint{12.0 * w + 3.0 * (k + 1), k % 2 == 0 ? 2.0 : -2.0};
            branch.workloadByFiscalYear[2014] = 5000.0 + 1733.0 * number;
            city.input.offices.push_back(branch);
        }
    }
    REQUIRE(city.input.offices.size() == 34);
    city.input.criteria.distanceThresholdMeters = 5000;
    city.scenario.name = QStringLiteral("試案");
    for (int w = 0; w < 8; ++w)
        city.scenario.decisions[QStringLiteral("br_%1_0").arg(w)] = Decision::Close;
    city.scenario.decisions[QStringLiteral("br_8_1")] = Decision::Close;
    city.impact = std::make_shared<const ScenarioImpact>(
        assessImpact(city.input, city.scenario, test::PlanarTestDistance()));
    return city;
}

ImpactFigure laidOut(const GeneratedCity &city, ImpactGrouping grouping, QSizeF size = kReportFigure)
{
    ImpactFigureOptions options;
    options.grouping = grouping;
    ImpactFigure figure(city.impact, city.input.offices, options);
    figure.layout(size, kReportDpi);
    return figure;
}

// The workload the analysis moves from the closed counters to their receivers.
double movedByAnalysis(const ScenarioImpact &impact)
{
    double moved = 0.0;
    for (const CounterTransfer &transfer : impact.transfers) {
        REQUIRE(transfer.workload);
        moved += *transfer.workload;
    }
    return moved;
}

double receivedInFigure(const ImpactFigure &figure)
{
    double received = 0.0;
    for (const ImpactChartRow &row : figure.rows())
        received += row.received;
    return received;
}

void checkLabelsApart(const ImpactFigure &figure)
{
    for (int a = 0; a < int(figure.rows().size()); ++a) {
        const QRectF rect = figure.labelRect(a);
        REQUIRE_FALSE(rect.isEmpty());
        CHECK(rect.right() <= figure.plotArea().left());
        CHECK(rect.top() >= figure.plotArea().top() - 0.5);
        CHECK(rect.bottom() <= figure.plotArea().bottom() + 0.5);
        for (int b = a + 1; b < int(figure.rows().size()); ++b) {
            INFO(figure.rows()[std::size_t(a)].label.toStdString() << " / "
                                                                   << figure.rows()[std::size_t(b)].label.toStdString());
            CHECK_FALSE(rect.intersects(figure.labelRect(b)));
        }
    }
}

// Renders the figure to PNG in the folder MADOGUCHI_IMPACT_FIGURE_DIR names, when it names one.
void renderIfAsked(const ImpactFigure &figure, const QSizeF &size, const QString &name)
{
    const QString folder = qEnvironmentVariable("MADOGUCHI_IMPACT_FIGURE_DIR");
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kReportDpi / 0.0254));
    image.setDotsPerMeterY(int(kReportDpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    figure.paint(painter);
    painter.end();
    // The after bars are drawn in the keeping colour, the received work in its lighter shade.
    const QColor after = gis::MapStyle().keepColor;
    int afterPixels = 0, receivedPixels = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            afterPixels += pixel == after.rgb() ? 1 : 0;
            receivedPixels += pixel == after.lighter(150).rgb() ? 1 : 0;
        }
    CHECK(afterPixels > 1000);
    const bool receives = std::any_of(figure.rows().begin(), figure.rows().end(),
                                      [](const ImpactChartRow &row) { return row.received > 0.0; });
    CHECK((receivedPixels > 100) == receives);
    if (!folder.isEmpty())
        CHECK(image.save(QDir(folder).filePath(name)));
}

} // namespace

TEST_CASE("at report size 34 counters are grouped by ward, with labels apart and the moved work in the bars")
{
    const EnglishNumbers english;
    const GeneratedCity city = generatedCity();
    REQUIRE(city.impact->transfers.size() == 9);
    const ImpactFigure figure = laidOut(city, ImpactGrouping::Automatic);

    CHECK(figure.grouping() == ImpactGrouping::PerWard);
    REQUIRE(figure.rows().size() == 10);
    CHECK(figure.labelPoints() == ImpactFigure::kLabelPoints);
    checkLabelsApart(figure);
    // Each ward's row holds its ward office and branch offices, marked: its ward office has no count.
    for (std::size_t i = 0; i < figure.rows().size(); ++i) {
        const ImpactChartRow &row = figure.rows()[i];
        CHECK(row.label == kWards[int(i)] + QStringLiteral(" *"));
        CHECK(row.partial);
        CHECK(row.officeIds.front() == QStringLiteral("ward_%1").arg(i));
        CHECK(row.officeIds.size() == (i < 4 ? 4 : 3));
    }
    // The note says the rows are grouped and names each counter without a count once.
    const QString note = figure.note();
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("One row per ward")));
    CHECK(note.contains(QStringLiteral("34 counters are too many")));
    CHECK(figure.withoutValue().size() == 10);
    for (const QString &ward : kWards)
        CHECK(note.count(ward + QStringLiteral("役所")) == 1);

    // The work moved is all in the bars: what the rows receive is what the analysis moves, and nothing
    // is lost or created between before and after.
    const double moved = movedByAnalysis(*city.impact);
    CHECK(moved > 0.0);
    CHECK(receivedInFigure(figure) == Approx(moved));
    double before = 0.0, after = 0.0;
    for (int row = 0; row < int(figure.rows().size()); ++row) {
        const ImpactChartRow &r = figure.rows()[std::size_t(row)];
        REQUIRE(r.before);
        REQUIRE(r.after);
        before += *r.before;
        after += *r.after;
        if (r.received > 0.0) {
            const auto segment = figure.receivedRect(row);
            REQUIRE(segment);
            CHECK(segment->right() == Approx(figure.barRect(row, true)->right()));
            CHECK(segment->right() <= figure.plotArea().right() + 0.5);
        }
    }
    CHECK(after == Approx(before));
    renderIfAsked(figure, kReportFigure, QStringLiteral("impact-34-per-ward.png"));
}

TEST_CASE("every counter on request: no row for a counter without counts, and work it receives drawn alone")
{
    const EnglishNumbers english;
    const GeneratedCity city = generatedCity();
    const ImpactFigure figure = laidOut(city, ImpactGrouping::PerCounter);
    CHECK(figure.grouping() == ImpactGrouping::PerCounter);
    // The 24 branch offices and the eight ward offices that take over a closed counter's work.
    REQUIRE(figure.rows().size() == 32);
    checkLabelsApart(figure);
    CHECK(figure.labelPoints() < ImpactFigure::kMinimumLabelPoints); // what Automatic would not show

    std::map<QString, double> receivedByOffice;
    for (const CounterTransfer &transfer : city.impact->transfers)
        receivedByOffice[transfer.toOfficeId] += *transfer.workload;
    const QString note = figure.note();
    INFO(note.toStdString());
    for (int row = 0; row < int(figure.rows().size()); ++row) {
        const ImpactChartRow &r = figure.rows()[std::size_t(row)];
        REQUIRE(r.officeIds.size() == 1);
        const QString id = r.officeIds.front();
        CHECK(r.received == receivedByOffice[id]);
        if (!id.startsWith(QStringLiteral("ward_")))
            continue;
        // A ward office without a count: what it receives is drawn alone from zero and its amount noted.
        CHECK_FALSE(r.before);
        CHECK_FALSE(r.after);
        REQUIRE(r.received > 0.0);
        const auto segment = figure.receivedRect(row);
        REQUIRE(segment);
        CHECK(segment->left() == Approx(figure.plotArea().left()));
        CHECK(note.contains(QStringLiteral("%1 +%2").arg(r.label, QLocale().toString(r.received, 'f', 0))));
    }
    CHECK(receivedInFigure(figure) == Approx(movedByAnalysis(*city.impact)));
    // The two ward offices that receive nothing have no row and are named once.
    CHECK(figure.withoutValue() == (QStringList{QStringLiteral("西区役所"), QStringLiteral("手稲区役所")}));
    CHECK(note.contains(QStringLiteral("No FY2014 count, so no row: 西区役所, 手稲区役所")));
    renderIfAsked(figure, kReportFigure, QStringLiteral("impact-34-per-counter.png"));
}

TEST_CASE("a figure with room for every counter keeps a row each at full size")
{
    const GeneratedCity city = generatedCity();
    // As tall as a whole A4 text column.
    const QSizeF tall(kReportFigure.width(), 259.0 / 25.4 * kReportDpi);
    const ImpactFigure figure = laidOut(city, ImpactGrouping::Automatic, tall);
    CHECK(figure.grouping() == ImpactGrouping::PerCounter);
    CHECK(figure.rows().size() == 32);
    CHECK(figure.labelPoints() >= ImpactFigure::kMinimumLabelPoints);
    checkLabelsApart(figure);
    CHECK_FALSE(figure.note().contains(QStringLiteral("One row per ward")));
}

TEST_CASE("the sample's 2016 policy at report size keeps a row per counter at full size", "[realdata]")
{
    const LoadedProject project = test::loadSampleProject();
    const Scenario *policy = findScenario(project.project.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    const auto impact =
        std::make_shared<const ScenarioImpact>(assessProjectImpact(project, project.project.criteria, *policy));
    ImpactFigure figure(impact, project.offices.offices, ImpactFigureOptions());
    figure.layout(kReportFigure, kReportDpi);
    CHECK(figure.grouping() == ImpactGrouping::PerCounter);
    CHECK(figure.rows().size() == impact->counters.size());
    CHECK(figure.labelPoints() == ImpactFigure::kLabelPoints);
    CHECK(figure.withoutValue().isEmpty());
    CHECK(figure.note().isEmpty());
    checkLabelsApart(figure);
    renderIfAsked(figure, kReportFigure, QStringLiteral("impact-sample.png"));
}
