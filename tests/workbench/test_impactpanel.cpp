#include "planartestdistance.h"
#include "englishnumbers.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/lib/scenarioanalysis.h"
#include "app/lib/projectloader.h"
#include "app/workbench/impactchart.h"
#include "app/workbench/impactpanel.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/scenario.h"

#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::EnglishNumbers;

namespace {

QString people(double value)
{
    return QLocale().toString(value, 'f', 0) + QStringLiteral(" residents");
}

QString signedPeople(double value)
{
    const double rounded = std::round(value);
    if (rounded == 0.0)
        return QStringLiteral("±0 residents");
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + people(std::abs(rounded));
}

QString beforeAfter(double before, double after)
{
    return QStringLiteral("%1 → %2 (%3)").arg(people(before), people(after), signedPeople(after - before));
}

const Office &officeOf(const std::vector<Office> &offices, const QString &id)
{
    const auto it = std::find_if(offices.begin(), offices.end(), [&](const Office &o) { return o.id == id; });
    REQUIRE(it != offices.end());
    return *it;
}

// The sum of the chart's values before (or after) over its rows; a row without a value adds nothing.
double sumOf(const ImpactPanel &panel, bool after)
{
    double sum = 0.0;
    for (const ImpactChartRow &row : panel.chartRows())
        sum += (after ? row.after : row.before).value_or(0.0);
    return sum;
}

double valueOf(const ImpactPanel &panel, int row, bool after)
{
    REQUIRE(row >= 0);
    REQUIRE(row < int(panel.chartRows().size()));
    const ImpactChartRow &r = panel.chartRows()[std::size_t(row)];
    const std::optional<double> value = after ? r.after : r.before;
    REQUIRE(value);
    return *value;
}

// Whether the chart draws a bar for a row's value before (or after), as laid out in the panel.
bool hasBar(const ImpactPanel &panel, int row, bool after)
{
    return panel.chart()->figure().barRect(row, after).has_value();
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

// A synthetic project (planar distances, 1 unit = 1 km) with FY2014 counts, one of them empty:
//   ward_a (0,0) 中央区 5,000      br_oe (2,0) 中央区 300, closed -> ward_a, 2 km
//   br_gap (0,8) 中央区 (empty cell), kept
//   ward_b (10,0) 東区 4,000       br_east (8,0) 東区 600, kept
EvaluationInput syntheticInput()
{
    const auto office = [](const QString &id, const QString &name, OfficeKind kind, const QString &ward, double x,
                           double y, std::optional<double> fy2014) {
        Office o;
        o.id = id;
        o.name = name;
        o.kind = kind;
        o.ward = ward;
        o.location = GeoPoint{x, y};
        o.workloadByFiscalYear[2014] = fy2014;
        return o;
    };
    EvaluationInput input;
    input.offices = {office(QStringLiteral("ward_a"), QStringLiteral("中央区役所"), OfficeKind::WardOffice,
                            QStringLiteral("中央区"), 0, 0, 5000),
                     office(QStringLiteral("br_oe"), QStringLiteral("大江出張所"), OfficeKind::Branch,
                            QStringLiteral("中央区"), 2, 0, 300),
                     office(QStringLiteral("br_gap"), QStringLiteral("託麻出張所"), OfficeKind::Branch,
                            QStringLiteral("中央区"), 0, 8, std::nullopt),
                     office(QStringLiteral("ward_b"), QStringLiteral("東区役所"), OfficeKind::WardOffice,
                            QStringLiteral("東区"), 10, 0, 4000),
                     office(QStringLiteral("br_east"), QStringLiteral("東部出張所"), OfficeKind::Branch,
                            QStringLiteral("東区"), 8, 0, 600)};
    input.criteria.distanceThresholdMeters = 5000;
    return input;
}

Scenario closing(const QStringList &ids)
{
    Scenario scenario;
    scenario.name = QStringLiteral("試案");
    for (const QString &id : ids)
        scenario.decisions[id] = Decision::Close;
    return scenario;
}

int rowOf(const ImpactPanel &panel, const QString &officeId)
{
    const auto &rows = panel.chartRows();
    for (int i = 0; i < int(rows.size()); ++i)
        if (rows[std::size_t(i)].officeIds == QStringList{officeId})
            return i;
    FAIL("no chart row for " << officeId.toStdString());
    return -1;
}

} // namespace

TEST_CASE("the sample's 2016 policy: the panel shows the impact's residents beyond the guide, seven transfers "
          "and conserved catchments",
          "[realdata]")
{
    const EnglishNumbers english;
    const LoadedProject project = test::loadSampleProject();
    const Evaluation evaluation = evaluateProject(project, project.project.criteria);
    const Scenario *policy = findScenario(project.project.scenarios, QStringLiteral("2016年方針"));
    REQUIRE(policy);
    const auto impact = std::make_shared<const ScenarioImpact>(assessProjectImpact(project, project.project.criteria, *policy));
    const std::vector<Office> &offices = project.offices.offices;
    REQUIRE(impact->transfers.size() == 7);
    REQUIRE(impact->residentsBeyondThreshold);
    REQUIRE_FALSE(impact->fiscalYear);

    ImpactPanel panel;
    panel.setImpact(impact, offices, project.project.criteria.distanceThresholdMeters);

    // The summary: counters, closures, the missing workload said plainly, residents beyond the guide.
    const QString summary = panel.summaryText();
    INFO(summary.toStdString());
    const int counters = int(impact->counters.size());
    const int open = counters - impact->closedCount();
    CHECK(summary.contains(QStringLiteral("Scenario: 2016年方針")));
    CHECK(summary.contains(
        QStringLiteral("Counters open: %1 → %2 (\u2212%3)").arg(counters).arg(open).arg(impact->closedCount())));
    CHECK(summary.contains(QStringLiteral("Closed counters: %1 (").arg(impact->closedCount())));
    for (const CounterTransfer &transfer : impact->transfers)
        CHECK(summary.contains(officeOf(offices, transfer.fromOfficeId).name));
    CHECK(summary.contains(
        QStringLiteral("Workload: no counts loaded for any fiscal year — catchments are shown instead")));
    const ResidentsBeyondThreshold &beyond = *impact->residentsBeyondThreshold;
    CHECK(summary.contains(QStringLiteral("Residents over 5 km from an open counter: ")
                           + beforeAfter(beyond.populationBefore, beyond.populationAfter)));
    CHECK(summary.contains(QStringLiteral("Aged 65+ over 5 km from an open counter: ")
                           + beforeAfter(beyond.population65Before, beyond.population65After)));
    // Thousands separators: the sample's numbers run into the tens of thousands.
    CHECK(beyond.populationAfter >= 1000.0);
    CHECK(summary.contains(QLocale().toString(beyond.populationAfter, 'f', 0)));
    CHECK(QLocale().toString(beyond.populationAfter, 'f', 0).contains(QLatin1Char(',')));

    // The transfers: one row per closure, in the impact's order, with Japanese names.
    const QAbstractItemModel *transfers = panel.transfersModel();
    REQUIRE(transfers->rowCount() == 7);
    for (int row = 0; row < 7; ++row) {
        const CounterTransfer &transfer = impact->transfers[std::size_t(row)];
        INFO("row " << row);
        CHECK(cell(transfers, row, 0) == officeOf(offices, transfer.fromOfficeId).name);
        CHECK(cell(transfers, row, 2) == officeOf(offices, transfer.toOfficeId).name);
        CHECK(transfers->index(row, 0).data(ImpactPanel::OfficeIdsRole).toStringList()
              == (QStringList{transfer.fromOfficeId, transfer.toOfficeId}));
        CHECK(cell(transfers, row, 3) == QLocale().toString(transfer.distanceMeters / 1000.0, 'f', 2));
        // No counts: no number, never 0.
        CHECK(cell(transfers, row, 4) == QStringLiteral("—"));
        CHECK_FALSE(transfers->index(row, 4).data(ImpactPanel::ValueRole).isValid());
        REQUIRE(transfer.population);
        CHECK(transfers->index(row, 5).data(ImpactPanel::ValueRole).toDouble() == *transfer.population);
        CHECK(cell(transfers, row, 5) == QLocale().toString(*transfer.population, 'f', 0));
        const ClosedOfficeAccess &access = impact->closedOffices.at(std::size_t(row));
        REQUIRE(access.officeId == transfer.fromOfficeId);
        REQUIRE(access.meanDistanceBeforeMeters);
        CHECK(cell(transfers, row, 7)
              == QStringLiteral("%1 → %2").arg(QLocale().toString(*access.meanDistanceBeforeMeters / 1000.0, 'f', 2),
                                                QLocale().toString(*access.meanDistanceAfterMeters / 1000.0, 'f', 2)));
    }

    // No workload measure: the sample has no counts.
    CHECK(panel.availableMeasures()
          == std::vector<CorrelationMeasure>{CorrelationMeasure::Catchment, CorrelationMeasure::Catchment65});
    auto *measureCombo = panel.findChild<QComboBox *>(QStringLiteral("impactMeasure"));
    REQUIRE(measureCombo);
    CHECK(measureCombo->count() == 2);
    CHECK(measureCombo->findData(int(CorrelationMeasure::Workload)) < 0);
    panel.setMeasure(CorrelationMeasure::Workload);
    CHECK(panel.measure() == CorrelationMeasure::Catchment);

    // The chart, per counter: every counter's catchment before and after, as the impact holds them.
    REQUIRE(panel.measure() == CorrelationMeasure::Catchment);
    REQUIRE(panel.chartRows().size() == impact->counters.size());
    double structBefore = 0.0;
    for (std::size_t i = 0; i < impact->counters.size(); ++i) {
        const CounterImpact &counter = impact->counters[i];
        const int row = rowOf(panel, counter.officeId);
        CHECK(row == int(i)); // table order, top to bottom
        const Office &office = offices.at(std::size_t(counter.officeIndex));
        INFO(office.name.toStdString());
        const QString label = panel.chartRows()[std::size_t(row)].label;
        CHECK(label.startsWith(office.name));
        CHECK(label.contains(QStringLiteral("(closed)")) == !counter.openAfter);
        CHECK(panel.chartRows()[std::size_t(row)].closed == !counter.openAfter);
        CHECK(valueOf(panel, row, false) == counter.catchmentBefore->population);
        CHECK(valueOf(panel, row, true) == counter.catchmentAfter->population);
        CHECK(hasBar(panel, row, false));
        CHECK(hasBar(panel, row, true));
        structBefore += counter.catchmentBefore->population;
    }
    // Conservation: every resident has exactly one nearest open counter, before and after.
    CHECK(sumOf(panel, false) == Approx(sumOf(panel, true)));
    CHECK(sumOf(panel, false) == Approx(structBefore));
    CHECK(sumOf(panel, false) == Approx(*evaluation.totalPopulation));
    // The before bars of the branch offices are the evaluation's catchments.
    for (const BranchOfficeEvaluation &branch : evaluation.branchOffices) {
        const Office &office = offices.at(std::size_t(branch.officeIndex));
        CHECK(valueOf(panel, rowOf(panel, office.id), false) == branch.catchment->population);
    }
    // The value axis has its unit and holds every bar: no bar leaves the plot.
    const ImpactFigure &figure = panel.chart()->figure();
    CHECK(figure.axisTitle() == QStringLiteral("Catchment population (residents)"));
    for (int row = 0; row < int(figure.rows().size()); ++row)
        for (const bool after : {false, true}) {
            const auto bar = figure.barRect(row, after);
            REQUIRE(bar);
            CHECK(bar->right() <= figure.plotArea().right() + 0.5);
            CHECK(bar->left() == Approx(figure.plotArea().left()));
        }
    CHECK(panel.chartNoteText().isEmpty());

    // Per ward: the wards' totals, still conserved.
    panel.setGrouping(ImpactGrouping::PerWard);
    REQUIRE(panel.chartRows().size() == impact->wards.size());
    for (std::size_t i = 0; i < impact->wards.size(); ++i) {
        const WardImpact &ward = impact->wards[i];
        CHECK(panel.chartRows()[i].label == ward.ward);
        CHECK(valueOf(panel, int(i), false) == *ward.populationBefore);
        CHECK(valueOf(panel, int(i), true) == *ward.populationAfter);
    }
    CHECK(sumOf(panel, false) == Approx(sumOf(panel, true)));
    CHECK(sumOf(panel, false) == Approx(structBefore));

    // Aged 65+.
    panel.setMeasure(CorrelationMeasure::Catchment65);
    panel.setGrouping(ImpactGrouping::PerCounter);
    for (const CounterImpact &counter : impact->counters) {
        const int row = rowOf(panel, counter.officeId);
        CHECK(valueOf(panel, row, false) == counter.catchmentBefore->population65);
        CHECK(valueOf(panel, row, true) == counter.catchmentAfter->population65);
    }
    CHECK(sumOf(panel, false) == Approx(sumOf(panel, true)));
    CHECK(panel.chart()->figure().axisTitle() == QStringLiteral("Catchment population aged 65+ (residents)"));

    panel.setMeasure(CorrelationMeasure::Catchment);
    panel.resize(900, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QImage image = panel.grab().toImage();
    CHECK(image.width() == 900);
    const QByteArray screenshot = qgetenv("MADOGUCHI_IMPACT_SCREENSHOT");
    if (!screenshot.isEmpty())
        CHECK(image.save(QString::fromLocal8Bit(screenshot)));
    panel.tabs()->setCurrentIndex(1);
    const QByteArray transfersShot = qgetenv("MADOGUCHI_IMPACT_TRANSFERS_SCREENSHOT");
    if (!transfersShot.isEmpty())
        CHECK(panel.grab().toImage().save(QString::fromLocal8Bit(transfersShot)));
}

TEST_CASE("with counts for a fiscal year the panel offers the workload, moves it and leaves a missing count "
          "without a bar")
{
    const EnglishNumbers english;
    const EvaluationInput input = syntheticInput();
    const auto impact = std::make_shared<const ScenarioImpact>(
        assessImpact(input, closing({QStringLiteral("br_oe")}), test::PlanarTestDistance()));
    REQUIRE(impact->fiscalYear == 2014);

    ImpactPanel panel;
    panel.setImpact(impact, input.offices, input.criteria.distanceThresholdMeters);
    // No population layer: the workload is all there is.
    CHECK(panel.availableMeasures() == std::vector<CorrelationMeasure>{CorrelationMeasure::Workload});
    REQUIRE(panel.measure() == CorrelationMeasure::Workload);

    const int oe = rowOf(panel, QStringLiteral("br_oe"));
    const int wardA = rowOf(panel, QStringLiteral("ward_a"));
    // The empty cell of a counter that receives nothing: no row, and the note names the office once.
    CHECK(panel.chartRows().size() == 4);
    for (const ImpactChartRow &row : panel.chartRows())
        CHECK_FALSE(row.officeIds.contains(QStringLiteral("br_gap")));
    CHECK(panel.chartNoteText().contains(QStringLiteral("No FY2014 count, so no row: 託麻出張所")));
    CHECK(panel.chartNoteText().count(QStringLiteral("託麻出張所")) == 1);
    // The closed office's work goes to the ward office: 300 before, a real 0 after (a bar of no length).
    const CounterImpact *counterOe = impact->counter(QStringLiteral("br_oe"));
    const CounterImpact *counterA = impact->counter(QStringLiteral("ward_a"));
    CHECK(valueOf(panel, oe, false) == *counterOe->workloadBefore);
    CHECK(valueOf(panel, oe, true) == *counterOe->workloadAfter);
    CHECK(*counterOe->workloadAfter == 0.0);
    CHECK(hasBar(panel, oe, true));
    CHECK(valueOf(panel, wardA, true) == *counterA->workloadAfter);
    CHECK(*counterA->workloadAfter == *counterA->workloadBefore + *counterOe->workloadBefore);
    // The work it receives is the hatched end of its after bar.
    CHECK(panel.chartRows()[std::size_t(wardA)].received == *counterOe->workloadBefore);
    const auto received = panel.chart()->figure().receivedRect(wardA);
    REQUIRE(received);
    CHECK(received->right() == Approx(panel.chart()->figure().barRect(wardA, true)->right()));
    CHECK_FALSE(panel.chartNoteText().contains(QStringLiteral("大江出張所")));
    CHECK(panel.chart()->figure().axisTitle() == QStringLiteral("Workload FY2014 (transactions)"));

    const QByteArray screenshot = qgetenv("MADOGUCHI_IMPACT_WORKLOAD_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        panel.resize(900, 700);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        CHECK(panel.grab().toImage().save(QString::fromLocal8Bit(screenshot)));
    }

    // Per ward: 中央区 has the empty cell, so its bars sum its other counters, marked and noted; 東区 has
    // its totals.
    panel.setGrouping(ImpactGrouping::PerWard);
    REQUIRE(panel.chartRows().size() == 2);
    CHECK(panel.chartRows()[0].label == QStringLiteral("中央区 *"));
    CHECK(panel.chartRows()[0].partial);
    CHECK(valueOf(panel, 0, false) == 5300.0);
    CHECK(valueOf(panel, 0, true) == 5300.0);
    CHECK(panel.chartRows()[0].received == 300.0);
    CHECK(panel.chartRows()[1].label == QStringLiteral("東区"));
    CHECK(valueOf(panel, 1, false) == *impact->wards[1].workloadBefore);
    CHECK(panel.chartNoteText().contains(QStringLiteral("One row per ward")));
    CHECK(panel.chartNoteText().contains(QStringLiteral("No FY2014 count for 託麻出張所")));

    const QString summary = panel.summaryText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Counters open: 5 → 4 (\u22121)")));
    CHECK(summary.contains(QStringLiteral("Workload moved: %1 transactions (FY2014)")
                               .arg(QLocale().toString(*counterOe->workloadBefore, 'f', 0))));
    CHECK(summary.contains(QStringLiteral("Residents beyond the 5 km guide: not counted")));

    const QAbstractItemModel *transfers = panel.transfersModel();
    REQUIRE(transfers->rowCount() == 1);
    CHECK(cell(transfers, 0, 0) == QStringLiteral("大江出張所"));
    CHECK(cell(transfers, 0, 2) == QStringLiteral("中央区役所"));
    CHECK(cell(transfers, 0, 3) == QStringLiteral("2.00"));
    CHECK(transfers->index(0, 4).data(ImpactPanel::ValueRole).toDouble() == *counterOe->workloadBefore);
    CHECK(transfers->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Workload FY2014 (transactions)"));
    // Without a population layer the residents are unknown, not 0.
    CHECK(cell(transfers, 0, 5) == QStringLiteral("—"));
    CHECK_FALSE(transfers->index(0, 5).data(ImpactPanel::ValueRole).isValid());
}

TEST_CASE("a closed office without a count leaves the workload moved unknown")
{
    const EnglishNumbers english;
    const EvaluationInput input = syntheticInput();
    const auto impact = std::make_shared<const ScenarioImpact>(
        assessImpact(input, closing({QStringLiteral("br_gap")}), test::PlanarTestDistance()));
    ImpactPanel panel;
    panel.setImpact(impact, input.offices, input.criteria.distanceThresholdMeters);
    const QString summary = panel.summaryText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Workload moved: not known (FY2014): no count for 託麻出張所")));
    // The closed office's after is a known 0; its before is missing; its receiver's after is unknown.
    const int gap = rowOf(panel, QStringLiteral("br_gap"));
    CHECK_FALSE(hasBar(panel, gap, false));
    CHECK(hasBar(panel, gap, true));
    const QString receiver = impact->counter(QStringLiteral("br_gap"))->receivingOfficeId;
    const int receiving = rowOf(panel, receiver);
    CHECK(hasBar(panel, receiving, false));
    CHECK_FALSE(hasBar(panel, receiving, true));
    CHECK(panel.chartNoteText().contains(QStringLiteral("(before)")));
    CHECK(panel.chartNoteText().contains(QStringLiteral("(after)")));
    CHECK(panel.transfersModel()->index(0, 4).data().toString() == QStringLiteral("—"));
}

TEST_CASE("clicking a chart category or a transfers row selects its offices")
{
    const EvaluationInput input = syntheticInput();
    const auto impact = std::make_shared<const ScenarioImpact>(
        assessImpact(input, closing({QStringLiteral("br_oe")}), test::PlanarTestDistance()));
    ImpactPanel panel;
    panel.setImpact(impact, input.offices, input.criteria.distanceThresholdMeters);
    panel.resize(900, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy selected(&panel, &ImpactPanel::officesSelected);

    for (const QString &id : {QStringLiteral("br_east"), QStringLiteral("ward_a"), QStringLiteral("br_oe")}) {
        const auto position = panel.viewPositionOfRow(rowOf(panel, id));
        REQUIRE(position);
        QTest::mouseClick(panel.chart(), Qt::LeftButton, {}, *position);
        REQUIRE(selected.count() == 1);
        CHECK(selected.takeFirst().front().toStringList() == QStringList{id});
    }
    // Per ward, a category is the ward's counters.
    panel.setGrouping(ImpactGrouping::PerWard);
    const auto east = panel.viewPositionOfRow(1);
    REQUIRE(east);
    QTest::mouseClick(panel.chart(), Qt::LeftButton, {}, *east);
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == (QStringList{QStringLiteral("ward_b"), QStringLiteral("br_east")}));

    panel.tabs()->setCurrentIndex(1);
    QTableView *view = panel.transfersView();
    REQUIRE(QTest::qWaitForWindowExposed(view));
    const QRect rowRect = view->visualRect(view->model()->index(0, 2));
    REQUIRE(rowRect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect.center());
    REQUIRE(selected.count() == 1);
    CHECK(selected.takeFirst().front().toStringList() == (QStringList{QStringLiteral("br_oe"), QStringLiteral("ward_a")}));
}

TEST_CASE("clearing the panel leaves no bars, no transfers and says there is no impact")
{
    const EvaluationInput input = syntheticInput();
    ImpactPanel panel;
    panel.setImpact(std::make_shared<const ScenarioImpact>(
                        assessImpact(input, closing({QStringLiteral("br_oe")}), test::PlanarTestDistance())),
                    input.offices, input.criteria.distanceThresholdMeters);
    REQUIRE(panel.transfersModel()->rowCount() == 1);
    panel.clear();
    CHECK_FALSE(panel.impact());
    CHECK(panel.transfersModel()->rowCount() == 0);
    CHECK(panel.chartRows().empty());
    CHECK(panel.chart()->figure().rows().empty());
    CHECK_FALSE(panel.measure());
    CHECK(panel.availableMeasures().empty());
    CHECK(panel.summaryText().startsWith(QStringLiteral("No scenario impact")));
}
