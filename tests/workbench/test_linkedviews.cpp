#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/countsimportdialog.h"
#include "app/workbench/detailsdock.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/officestablemodel.h"
#include "app/workbench/scenariocomparisonwidget.h"
#include "app/workbench/workbenchdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QScrollBar>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

// The sample open, with the chart dock in front.
struct Workbench : test::SampleWorkbench
{
    Workbench()
    {
        window.chartDock()->show();
        window.chartDock()->raise();
        QTest::qWait(50);
    }

    QStringList tableSelection()
    {
        QStringList ids;
        for (const QModelIndex &row : window.officesDock()->view()->selectionModel()->selectedRows())
            ids << row.data(OfficesTableModel::OfficeIdRole).toString();
        ids.sort();
        return ids;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("the chart's points sit at the evaluation's distances and picking one selects it on the map and in "
          "the table",
          "[realdata]")
{
    Workbench bench;
    CorrelationChart *chart = bench.window.chartDock()->chart();
    REQUIRE(chart->points().size() == 14);
    for (const CorrelationPoint &point : chart->points()) {
        const BranchOfficeEvaluation *result = bench.window.document()->branchEvaluation(point.officeId);
        REQUIRE(result);
        CHECK(point.distanceKm == Approx(result->distanceToNearestWardOfficeMeters / 1000.0));
        // Colours follow the current scenario (2016年方針).
        CHECK(point.decision == bench.window.document()->decision(point.officeId));
    }

    const std::optional<QPointF> position = chart->viewPositionOf(QStringLiteral("br_hanazono"));
    REQUIRE(position);
    QTest::mouseClick(chart, Qt::LeftButton, {}, position->toPoint());
    CHECK(bench.window.document()->selectedOfficeIds() == QStringList{QStringLiteral("br_hanazono")});
    CHECK(bench.window.canvas()->selectedOfficeIds() == QStringList{QStringLiteral("br_hanazono")});
    CHECK(bench.tableSelection() == QStringList{QStringLiteral("br_hanazono")});

    // Zoom to selection brings the map to it.
    const QRectF before = bench.window.canvas()->extent();
    bench.action("actionZoomToSelection")->trigger();
    CHECK(bench.window.canvas()->extent().width() < before.width() / 2.0);
}

TEST_CASE("a decision picked in the table's list keeps the office selected, the cell current and the table where it was",
          "[realdata]")
{
    Workbench bench;
    WorkbenchDocument *document = bench.window.document();
    QTableView *view = bench.window.officesDock()->view();
    QSortFilterProxyModel *proxy = bench.window.officesDock()->proxy();
    OfficesTableModel *model = bench.window.officesDock()->model();
    const QString kawachi = QStringLiteral("br_kawachi");
    const QModelIndex cell = proxy->mapFromSource(
        model->index(model->rowOfOffice(kawachi), model->columnOf(QStringLiteral("decision"))));
    REQUIRE(cell.isValid());
    REQUIRE(cell.data().toString() == QStringLiteral("Keep"));
    // The planner scrolls to 河内総合出張所, which is not the first row, and clicks its decision.
    view->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    REQUIRE(document->selectedOfficeIds() == QStringList{kawachi});
    const int scrolled = view->verticalScrollBar()->value();

    // Double-click opens the list; picking the service corner commits it at once.
    view->edit(cell);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    REQUIRE(combo);
    const int corner = combo->findData(QStringLiteral("service_corner"));
    REQUIRE(corner >= 0);
    combo->setCurrentIndex(corner);
    Q_EMIT combo->activated(corner);
    QTest::qWait(50);

    CHECK(document->decision(kawachi) == Decision::ServiceCorner);
    CHECK(proxy->index(cell.row(), cell.column()).data().toString() == QStringLiteral("Service corner"));
    // Still 河内総合出張所: in the document, the table's selection and current cell, and the details.
    CHECK(document->selectedOfficeIds() == QStringList{kawachi});
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().data(OfficesTableModel::OfficeIdRole).toString() == kawachi);
    CHECK(view->currentIndex().data(OfficesTableModel::OfficeIdRole).toString() == kawachi);
    CHECK(view->verticalScrollBar()->value() == scrolled);
    CHECK(bench.window.detailsDock()->plainText().contains(QStringLiteral("河内総合出張所")));
}

TEST_CASE("a selection made in the table or on the map is highlighted on the chart", "[realdata]")
{
    Workbench bench;
    QTableView *view = bench.window.officesDock()->view();
    QAbstractItemModel *model = view->model();
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(OfficesTableModel::OfficeIdRole).toString();
        if (id == QStringLiteral("br_oe") || id == QStringLiteral("br_kawachi"))
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QStringList expected{QStringLiteral("br_kawachi"), QStringLiteral("br_oe")};
    CHECK(sorted(bench.window.document()->selectedOfficeIds()) == expected);
    CHECK(sorted(bench.window.chartDock()->chart()->selectedOfficeIds()) == expected);
    CHECK(sorted(bench.window.canvas()->selectedOfficeIds()) == expected);

    // From the map's side (the canvas emits what its select tool picked).
    Q_EMIT bench.window.canvas()->officesSelected({QStringLiteral("br_tatsuda")});
    CHECK(bench.window.chartDock()->chart()->selectedOfficeIds() == QStringList{QStringLiteral("br_tatsuda")});
    CHECK(bench.tableSelection() == QStringList{QStringLiteral("br_tatsuda")});
}

TEST_CASE("the decision column edits the current scenario — Edit ▸ Undo and Redo revert and repeat it", "[realdata]")
{
    Workbench bench;
    WorkbenchDocument *document = bench.window.document();
    OfficesTableModel *model = bench.window.officesDock()->model();
    const int decisionColumn = model->columnOf(QStringLiteral("decision"));
    const int noteColumn = model->columnOf(QStringLiteral("note"));
    REQUIRE(decisionColumn >= 0);
    REQUIRE(noteColumn >= 0);
    const int row = model->rowOfOffice(QStringLiteral("br_akita"));
    REQUIRE(row >= 0);
    const QModelIndex cell = model->index(row, decisionColumn);
    CHECK(model->flags(cell) & Qt::ItemIsEditable);
    CHECK_FALSE(model->flags(model->index(row, 0)) & Qt::ItemIsEditable);
    CHECK(cell.data().toString() == QStringLiteral("Close"));

    QAction *undo = bench.action("actionUndo");
    QAction *redo = bench.action("actionRedo");
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(model->setData(cell, QStringLiteral("keep")));
    CHECK(document->decision(QStringLiteral("br_akita")) == Decision::Keep);
    CHECK(model->index(model->rowOfOffice(QStringLiteral("br_akita")), decisionColumn).data().toString()
          == QStringLiteral("Keep"));
    CHECK(bench.window.isWindowModified());
    // The chart and the map follow the scenario.
    for (const CorrelationPoint &point : bench.window.chartDock()->chart()->points())
        if (point.officeId == QStringLiteral("br_akita"))
            CHECK(point.decision == Decision::Keep);
    for (const gis::MapOffice &office : bench.window.canvas()->content()->offices)
        if (office.id == QStringLiteral("br_akita"))
            CHECK(office.decision == Decision::Keep);

    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(document->decision(QStringLiteral("br_akita")) == Decision::Close);
    CHECK_FALSE(bench.window.isWindowModified());
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(document->decision(QStringLiteral("br_akita")) == Decision::Keep);

    REQUIRE(model->setData(model->index(model->rowOfOffice(QStringLiteral("br_akita")), noteColumn),
                           QStringLiteral("要再検討")));
    CHECK(document->note(QStringLiteral("br_akita")) == QStringLiteral("要再検討"));

    // Edit ▸ Set Decision of Selection acts on every selected branch office.
    document->setSelectedOfficeIds({QStringLiteral("br_oe"), QStringLiteral("br_tobu")});
    QAction *serviceCorner = bench.action("actionDecision_service_corner");
    REQUIRE(serviceCorner->isEnabled());
    serviceCorner->trigger();
    CHECK(document->decision(QStringLiteral("br_oe")) == Decision::ServiceCorner);
    CHECK(document->decision(QStringLiteral("br_tobu")) == Decision::ServiceCorner);
}

TEST_CASE("the scenario selector switches what the map, table and chart show", "[realdata]")
{
    Workbench bench;
    QComboBox *combo = bench.window.scenarioCombo();
    REQUIRE(combo->count() == 2);
    CHECK(combo->currentText() == QStringLiteral("2016年方針"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("現状")));
    Q_EMIT combo->activated(combo->currentIndex());
    CHECK(bench.window.document()->currentScenarioName() == QStringLiteral("現状"));
    for (const CorrelationPoint &point : bench.window.chartDock()->chart()->points())
        CHECK(point.decision == Decision::Keep);
    for (const gis::MapOffice &office : bench.window.canvas()->content()->offices)
        if (office.kind != OfficeKind::WardOffice)
            CHECK(office.decision == Decision::Keep);
}

TEST_CASE("imported counts put the workload on the chart — undo takes them off again", "[realdata]")
{
    Workbench bench;
    ChartDock *dock = bench.window.chartDock();
    REQUIRE_FALSE(dock->measures().empty());
    CHECK(dock->measures().front() == CorrelationMeasure::Catchment);
    CHECK(dock->chart()->measure() == CorrelationMeasure::Catchment);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Test values only: the real FY2014 counts were never published.
    const QString csv = test::writeFile(QDir(dir.path()), QStringLiteral("件数.csv"),
                                        "id,H26\nbr_oe,1000\nbr_takuma,2000\nbr_akitsu,3000\nbr_nowhere,4000\n");
    CountsImportDialog dialog(csv, bench.window.document()->offices());
    REQUIRE(dialog.preview());
    CHECK(dialog.preview()->matchedCount() == 3);
    CHECK(dialog.preview()->unmatchedCount() == 1);
    bench.window.document()->importWorkload(dialog.preview()->counts(), csv);

    // The counts that just arrived are shown at once.
    REQUIRE(dock->measures().front() == CorrelationMeasure::Workload);
    CHECK(dock->chart()->measure() == CorrelationMeasure::Workload);
    // A measure chosen by the planner stays through later edits.
    dock->setMeasure(CorrelationMeasure::Catchment65);
    bench.window.document()->setDecision(QStringLiteral("br_oe"), Decision::Keep);
    CHECK(dock->chart()->measure() == CorrelationMeasure::Catchment65);
    dock->setMeasure(CorrelationMeasure::Workload);
    int plotted = 0;
    for (const CorrelationPoint &point : dock->chart()->points())
        if (point.value) {
            ++plotted;
            if (point.officeId == QStringLiteral("br_takuma"))
                CHECK(*point.value == 2000.0);
        }
    CHECK(plotted == 3);
    // The other eleven have no count: listed, not plotted at 0.
    CHECK(dock->chart()->unplottedOfficeIds().size() == 11);

    bench.action("actionUndo")->trigger(); // the decision
    bench.action("actionUndo")->trigger(); // the import
    CHECK(dock->measures().front() == CorrelationMeasure::Catchment);
    CHECK(dock->chart()->measure() == CorrelationMeasure::Catchment);
}

TEST_CASE("Compare Scenarios lists the differences and its toggle switches the map between the two",
          "[realdata]")
{
    Workbench bench;
    ScenarioComparisonWidget *comparison = bench.window.comparisonWidget();
    CHECK(comparison->scenarioA() == QStringLiteral("現状"));
    CHECK(comparison->scenarioB() == QStringLiteral("2016年方針"));
    // Seven closures and one upgrade.
    CHECK(comparison->differences().size() == 8);
    CHECK(comparison->shownScenario() == QStringLiteral("2016年方針"));

    comparison->showAButton()->click();
    CHECK(bench.window.document()->currentScenarioName() == QStringLiteral("現状"));
    CHECK(bench.window.scenarioCombo()->currentText() == QStringLiteral("現状"));
    for (const gis::MapOffice &office : bench.window.canvas()->content()->offices)
        if (office.id == QStringLiteral("br_oe"))
            CHECK(office.decision == Decision::Keep);
    CHECK(bench.window.canvas()->content()->transferLines.empty());

    comparison->showBButton()->click();
    CHECK(bench.window.document()->currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK(bench.window.canvas()->content()->transferLines.size() == 7);
    // The impact panel follows the scenario shown.
    REQUIRE(bench.window.impactPanel()->impact());
    CHECK(bench.window.impactPanel()->impact()->closedCount() == 7);

    // An edit of the shown scenario updates the list at once.
    bench.window.document()->setDecision(QStringLiteral("br_oe"), Decision::Keep);
    CHECK(comparison->differences().size() == 7);
}

TEST_CASE("the details of a selected office give its recommendation with the reasons and the scenario's decision",
          "[realdata]")
{
    Workbench bench;
    WorkbenchDocument *document = bench.window.document();
    Criteria criteria = document->criteria();
    criteria.catchmentThreshold = 40000.0;
    document->setCriteria(criteria);
    document->setSelectedOfficeIds({QStringLiteral("br_akitsu")});
    const QString details = bench.window.detailsDock()->plainText();
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("Candidate for review (closure or a service corner)")));
    CHECK(details.contains(QStringLiteral("within the 5 km guide")));
    CHECK(details.contains(QStringLiteral("40,000")));
    CHECK(details.contains(QStringLiteral("Close (2016年方針)")));
    CHECK(details.contains(QStringLiteral("work goes to 東区役所")));
    OfficesTableModel *model = bench.window.officesDock()->model();
    const int row = model->rowOfOffice(QStringLiteral("br_akitsu"));
    CHECK(model->index(row, model->columnOf(QStringLiteral("recommendation"))).data().toString()
          == QStringLiteral("Candidate for review"));
}
