#include "sampleworkbench.h"
#include "testsupport.h"
#include "widgetchild.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/frontierchart.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/officestablemodel.h"
#include "app/workbench/optimisedialog.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/mapcontent.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

constexpr int kRunTimeoutMs = 120000;

// The closures of the 2016 policy, the sample's last (current) scenario.
const QStringList kPolicyClosures{QStringLiteral("br_akita"),    QStringLiteral("br_akitsu"),
                                  QStringLiteral("br_hanazono"), QStringLiteral("br_hokubu"),
                                  QStringLiteral("br_nanbu"),    QStringLiteral("br_oe"),
                                  QStringLiteral("br_tobu")};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The sample open with Analysis ▸ Optimise Closures… open beside it.
struct OptimiseBench : test::SampleWorkbench
{
    OptimiseDialog *dialog = nullptr;

    OptimiseBench()
    {
        action("actionOptimiseClosures")->trigger();
        dialog = window.optimiseDialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
    }

    WorkbenchDocument &document() { return *window.document(); }

    // Clicks Run and waits until the run has ended.
    void run()
    {
        QSignalSpy finished(dialog, &OptimiseDialog::runFinished);
        test::child<QPushButton>(*dialog, QStringLiteral("run"))->click();
        REQUIRE(finished.wait(kRunTimeoutMs));
        INFO(dialog->statusText().toStdString());
        REQUIRE_FALSE(dialog->isRunning());
    }

    // Clicks the chart's point.
    void click(const FrontierChartPoint &point)
    {
        const std::optional<QPointF> position = dialog->chart()->viewPositionOf(point);
        REQUIRE(position);
        QTest::mouseClick(dialog->chart(), Qt::LeftButton, {}, position->toPoint());
    }

    // The offices the map shows closed.
    QStringList closedOnMap()
    {
        QStringList closed;
        for (const gis::MapOffice &office : window.canvas()->content()->offices)
            if (office.decision == Decision::Close)
                closed << office.id;
        return sorted(closed);
    }

    // The offices the offices table shows closed (its decision column).
    QStringList closedInTable()
    {
        OfficesTableModel *model = window.officesDock()->model();
        const int column = model->columnOf(QStringLiteral("decision"));
        REQUIRE(column >= 0);
        QStringList closed;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, column).data(Qt::EditRole).toString() == QLatin1String("close"))
                closed << model->officeId(row);
        return sorted(closed);
    }
};

} // namespace

TEST_CASE("Optimise Closures opens beside the map with the branch offices pre-filled from the current scenario",
          "[realdata]")
{
    OptimiseBench bench;
    OptimiseDialog &dialog = *bench.dialog;
    CHECK_FALSE(dialog.isModal());
    CHECK(bench.document().currentScenarioName() == QStringLiteral("2016年方針"));

    // The 14 branch offices; ward offices always stay open and are not listed.
    REQUIRE(dialog.officeIds().size() == 14);
    for (const QString &id : dialog.officeIds())
        CHECK_FALSE(id.startsWith(QLatin1String("ward_")));
    CHECK(dialog.officesTable()->rowCount() == 14);

    // 2016年方針: its seven closures must close, 龍田 (upgraded) must stay open, the rest are free.
    for (const QString &id : dialog.officeIds()) {
        INFO(id.toStdString());
        using Choice = OptimiseDialog::OfficeChoice;
        const Choice expected = kPolicyClosures.contains(id)        ? Choice::MustClose
                                : id == QLatin1String("br_tatsuda") ? Choice::MustKeep
                                                                    : Choice::Free;
        CHECK(dialog.officeChoice(id) == expected);
    }
    const OptimiseRequest request = dialog.request();
    CHECK(sorted(request.constraints.mustClose) == kPolicyClosures);
    CHECK(request.constraints.mustKeep == QStringList{QStringLiteral("br_tatsuda")});
    REQUIRE(request.scenario);
    CHECK(request.scenario->name == QStringLiteral("2016年方針"));
    CHECK_FALSE(request.closures); // every number by default
    CHECK(request.timeLimitSeconds == 0.0);
    // Every constraint is off until ticked.
    CHECK_FALSE(request.constraints.requireWithinGuide);
    CHECK_FALSE(request.constraints.maxWorkload);
    CHECK_FALSE(request.constraints.maxResidentsGained);
    CHECK_FALSE(request.constraints.maxWorkloadGained);

    // The measures, and "exactly k" limited to what the choices allow: 7 must close, 1 must stay open.
    CHECK(dialog.measureCombo()->count() == 3);
    CHECK(dialog.closuresRange() == std::pair<int, int>{7, 13});
    CHECK(dialog.closuresSpin()->minimum() == 7);
    CHECK(dialog.closuresSpin()->maximum() == 13);
    CHECK_FALSE(dialog.closuresSpin()->isEnabled());
    dialog.exactNumberRadio()->click();
    CHECK(dialog.closuresSpin()->isEnabled());
    dialog.closuresSpin()->setValue(9);
    CHECK(dialog.request().closures == 9);
    // Only counters within the guide may close: 河内 (farther than 5 km from any ward office) stays open.
    dialog.withinGuideCheck()->click();
    CHECK(dialog.request().constraints.requireWithinGuide);
    CHECK(dialog.closuresRange().second < 13);

    // The sample has no workload counts: the workload limits are not offered, and say why.
    CHECK_FALSE(dialog.maxWorkloadCheck()->isEnabled());
    CHECK_FALSE(dialog.maxWorkloadGainedCheck()->isEnabled());
    CHECK(test::child<QLabel>(dialog, QStringLiteral("workloadNote"))->isVisibleTo(&dialog));
    dialog.maxResidentsGainedCheck()->click();
    dialog.maxResidentsGainedSpin()->setValue(40000);
    CHECK(dialog.request().constraints.maxResidentsGained == 40000.0);
    dialog.timeLimitCheck()->click();
    dialog.timeLimitSpin()->setValue(30);
    CHECK(dialog.request().timeLimitSeconds == 30.0);

    // Another scenario, then "From the Scenario": the status quo fixes nothing.
    bench.document().setCurrentScenario(QStringLiteral("現状"));
    test::child<QPushButton>(dialog, QStringLiteral("fillFromScenario"))->click();
    for (const QString &id : dialog.officeIds())
        CHECK(dialog.officeChoice(id) == OptimiseDialog::OfficeChoice::Free);
    dialog.withinGuideCheck()->click();
    CHECK(dialog.closuresRange() == std::pair<int, int>{0, 14});
}

TEST_CASE("a point of the frontier previews its set on the map, in the table and in the impact dock, without an "
          "edit",
          "[realdata]")
{
    OptimiseBench bench;
    OptimiseDialog &dialog = *bench.dialog;
    test::child<QPushButton>(dialog, QStringLiteral("allFree"))->click();
    bench.run();

    const std::shared_ptr<const ClosureOptimisation> optimisation = dialog.optimisation();
    REQUIRE(optimisation);
    CHECK_FALSE(optimisation->stoppedEarly);
    CHECK(dialog.statusText().startsWith(QLatin1String("Found the best set")));
    REQUIRE(optimisation->frontier.size() >= 4);
    for (std::size_t i = 1; i < optimisation->frontier.size(); ++i)
        CHECK(optimisation->frontier[i - 1].closures < optimisation->frontier[i].closures);
    // The current scenario on the same axes.
    REQUIRE(optimisation->scenarioSet);
    CHECK(sorted(optimisation->scenarioSet->closedOfficeIds) == kPolicyClosures);
    CHECK(dialog.frontierTable()->rowCount() == int(optimisation->frontier.size()) + 1);
    CHECK_FALSE(dialog.comparisonText().isEmpty());

    const ClosureSet *three = optimisation->setWithClosures(3);
    REQUIRE(three);
    REQUIRE(three->closedOfficeIds.size() == 3);
    const QStringList threeClosed = sorted(three->closedOfficeIds);
    const int undoCount = bench.document().undoStack()->count();
    CHECK(bench.closedOnMap() == kPolicyClosures);

    // A click on the point of 3 closures.
    bench.click({3, false});
    CHECK(dialog.selectedPoint() == FrontierChartPoint{3, false});
    REQUIRE(bench.document().isPreviewing());
    CHECK(bench.closedOnMap() == threeClosed);
    CHECK(bench.closedInTable() == threeClosed);
    REQUIRE(bench.window.impactPanel()->impact());
    CHECK(bench.window.impactPanel()->impact()->closedCount() == 3);
    for (const QString &id : threeClosed)
        CHECK(bench.document().decision(id) == Decision::Close);
    // The table's row of the point is selected with it.
    const QList<QTableWidgetItem *> selectedRow = dialog.frontierTable()->selectedItems();
    REQUIRE_FALSE(selectedRow.isEmpty());
    const int selectedIndex = selectedRow.front()->row();
    CHECK(dialog.frontierTable()->item(selectedIndex, OptimiseDialog::ClosuresColumn)->text() == QStringLiteral("3"));
    // Said so above the map and in the title; not an edit.
    CHECK(bench.window.previewBanner()->isVisible());
    CHECK(bench.window.windowTitle().contains(bench.document().previewScenario()->name));
    CHECK(bench.document().undoStack()->count() == undoCount);
    CHECK_FALSE(bench.document().isModified());
    CHECK(bench.document().currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK(sorted(constraintsFromScenario(*bench.document().currentScenario()).mustClose) == kPolicyClosures);

    // End Preview: the current scenario again.
    dialog.endPreviewButton()->click();
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK_FALSE(dialog.selectedPoint());
    CHECK(bench.closedOnMap() == kPolicyClosures);
    CHECK(bench.closedInTable() == kPolicyClosures);
    CHECK(bench.window.impactPanel()->impact()->closedCount() == 7);
    CHECK_FALSE(bench.window.previewBanner()->isVisible());

    // A row of the table previews as the chart does; the main window's End Preview ends it.
    const int fourRow = [&] {
        for (int row = 0; row < dialog.frontierTable()->rowCount(); ++row)
            if (dialog.frontierTable()->item(row, OptimiseDialog::ClosuresColumn)->text() == QStringLiteral("4")
                && dialog.frontierTable()->item(row, OptimiseDialog::SetColumn)->text() == QStringLiteral("Best"))
                return row;
        return -1;
    }();
    REQUIRE(fourRow >= 0);
    dialog.frontierTable()->selectRow(fourRow);
    CHECK(dialog.selectedPoint() == FrontierChartPoint{4, false});
    CHECK(bench.closedOnMap().size() == 4);
    bench.action("actionEndPreview")->trigger();
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK_FALSE(dialog.selectedPoint());
    CHECK(bench.closedOnMap() == kPolicyClosures);

    // The scenario's own point is the current scenario: shown as it is, no preview. (Chosen in code: it
    // may lie on the best set of its size.)
    dialog.selectPoint(FrontierChartPoint{7, true});
    CHECK(dialog.selectedPoint() == FrontierChartPoint{7, true});
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK_FALSE(dialog.createScenarioButton()->isEnabled());

    // Esc in the dialog ends the preview (the dialog stays open).
    bench.click({3, false});
    REQUIRE(bench.document().isPreviewing());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK(dialog.isVisible());
    CHECK(bench.document().undoStack()->count() == undoCount);

    // An edit ends the preview, and it is an edit of the current scenario.
    bench.click({3, false});
    REQUIRE(bench.document().isPreviewing());
    bench.document().setDecision(QStringLiteral("br_koda"), Decision::Close);
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK_FALSE(dialog.selectedPoint());
    CHECK(bench.document().undoStack()->count() == undoCount + 1);
    CHECK(bench.document().currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK(bench.closedOnMap().size() == 8);
    bench.document().undoStack()->undo();

    // Closing the dialog ends its preview.
    bench.click({5, false});
    REQUIRE(bench.document().isPreviewing());
    dialog.close();
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK(bench.closedOnMap() == kPolicyClosures);
}

TEST_CASE("Create Scenario from This Set adds the set as a new scenario that undo removes", "[realdata]")
{
    OptimiseBench bench;
    OptimiseDialog &dialog = *bench.dialog;
    test::child<QPushButton>(dialog, QStringLiteral("allFree"))->click();
    bench.run();
    REQUIRE(dialog.optimisation());
    const ClosureSet *five = dialog.optimisation()->setWithClosures(5);
    REQUIRE(five);
    const QStringList fiveClosed = sorted(five->closedOfficeIds);

    CHECK_FALSE(dialog.createScenarioButton()->isEnabled());
    bench.click({5, false});
    REQUIRE(dialog.createScenarioButton()->isEnabled());
    const int undoCount = bench.document().undoStack()->count();
    const QStringList scenariosBefore = bench.document().scenarioNames();

    // The button asks for a name, offering one that says what the set is.
    dialog.createScenarioButton()->click();
    auto *nameDialog = test::child<QInputDialog>(dialog, QStringLiteral("scenarioNameDialog"));
    const QString name = nameDialog->textValue();
    CHECK(name == QStringLiteral("Optimal (5 closed, residents beyond the guide)"));
    CHECK(name == dialog.suggestedScenarioName(*five));
    nameDialog->setTextValue(name);
    nameDialog->accept();

    CHECK(bench.document().undoStack()->count() == undoCount + 1);
    CHECK(bench.document().scenarioNames().size() == scenariosBefore.size() + 1);
    CHECK(bench.document().currentScenarioName() == name);
    CHECK_FALSE(bench.document().isPreviewing());
    CHECK(bench.document().isModified());
    const Scenario *added = bench.document().scenario(name);
    REQUIRE(added);
    CHECK(sorted(constraintsFromScenario(*added).mustClose) == fiveClosed);
    // 2016年方針's upgrade of 龍田 is kept where the counter stays open.
    if (!fiveClosed.contains(QStringLiteral("br_tatsuda")))
        CHECK(bench.document().decision(QStringLiteral("br_tatsuda")) == Decision::Upgrade);
    CHECK(bench.closedOnMap() == fiveClosed);
    CHECK(bench.window.scenarioCombo()->currentText() == name);
    CHECK(dialog.statusText().contains(name));

    // The name offered next is another one.
    CHECK(dialog.suggestedScenarioName(*five) != name);
    // A name that is taken is refused in the dialog.
    CHECK_THROWS_AS(dialog.createScenario(name), InputError);
    CHECK(bench.document().undoStack()->count() == undoCount + 1);

    bench.document().undoStack()->undo();
    CHECK(bench.document().scenarioNames() == scenariosBefore);
    CHECK(bench.document().currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK_FALSE(bench.document().scenario(name));
    CHECK(bench.closedOnMap() == kPolicyClosures);
}

TEST_CASE("a run can be cancelled, and the dialog stays usable", "[realdata]")
{
    OptimiseBench bench;
    OptimiseDialog &dialog = *bench.dialog;
    test::child<QPushButton>(dialog, QStringLiteral("allFree"))->click();
    QSignalSpy finished(&dialog, &OptimiseDialog::runFinished);
    dialog.runButton()->click();
    REQUIRE(dialog.isRunning());
    CHECK(dialog.cancelButton()->isEnabled());
    CHECK_FALSE(dialog.runButton()->isEnabled());
    CHECK(dialog.progressBar()->isVisible());
    dialog.cancelButton()->click();
    REQUIRE(finished.wait(kRunTimeoutMs));
    CHECK_FALSE(dialog.isRunning());
    INFO(dialog.statusText().toStdString());
    CHECK(dialog.statusText().startsWith(QLatin1String("Cancelled")));
    // What a cancelled run found (if anything) is shown, and not as proven.
    if (dialog.optimisation()) {
        CHECK(dialog.optimisation()->stoppedEarly);
        CHECK(dialog.statusText().contains(QLatin1String("not proven optimal")));
    }
    CHECK(dialog.runButton()->isEnabled());
    CHECK_FALSE(dialog.cancelButton()->isEnabled());
    CHECK_FALSE(dialog.progressBar()->isVisible());
    CHECK(bench.document().undoStack()->count() == 0);

    // And runs again to the end.
    bench.run();
    REQUIRE(dialog.optimisation());
    CHECK_FALSE(dialog.optimisation()->stoppedEarly);
}

TEST_CASE("a request no set can meet is explained in the dialog", "[realdata]")
{
    OptimiseBench bench;
    OptimiseDialog &dialog = *bench.dialog;
    // 河内 is farther than 5 km from every ward office: it cannot both close and be within the guide.
    dialog.setOfficeChoice(QStringLiteral("br_kawachi"), OptimiseDialog::OfficeChoice::MustClose);
    dialog.withinGuideCheck()->click();
    bench.run();
    INFO(dialog.statusText().toStdString());
    CHECK(dialog.statusText().startsWith(QLatin1String("Cannot optimise: ")));
    CHECK(dialog.statusText().size() > QStringLiteral("Cannot optimise: ").size() + 10);
    CHECK_FALSE(dialog.optimisation());
    CHECK(dialog.frontierTable()->rowCount() == 0);
    CHECK(dialog.isVisible());
    CHECK(dialog.runButton()->isEnabled());
    CHECK_FALSE(bench.document().isPreviewing());
}

TEST_CASE("a preview of a scenario that does not fit the project is refused and changes nothing", "[realdata]")
{
    test::SampleWorkbench bench;
    WorkbenchDocument &document = *bench.window.document();
    Scenario unknown;
    unknown.name = QStringLiteral("誤り");
    unknown.decisions[QStringLiteral("br_nowhere")] = Decision::Close;
    QSignalSpy previewChanged(&document, &WorkbenchDocument::previewChanged);
    CHECK_THROWS_AS(document.setPreview(unknown), InputError);
    CHECK_FALSE(document.isPreviewing());
    CHECK(previewChanged.isEmpty());
    CHECK(document.impact()->closedCount() == 7);

    // A scenario of the project previewed, then another current scenario chosen: the preview ends.
    document.setPreview(*document.scenario(QStringLiteral("現状")));
    CHECK(document.isPreviewing());
    CHECK(document.shownScenarioName() == QStringLiteral("現状"));
    CHECK(document.impact()->closedCount() == 0);
    CHECK(document.analysisOf(QStringLiteral("2016年方針"))->impact->closedCount() == 7);
    document.setCurrentScenario(QStringLiteral("現状"));
    CHECK_FALSE(document.isPreviewing());
    CHECK(previewChanged.count() == 2);
}

// Not run by default: grabs of the dialog after a run and of the main window during a preview, in Japanese,
// for looking at (MADOGUCHI_SCREENSHOT_DIR).
TEST_CASE("screenshots of the closure optimiser", "[.][screenshot]")
{
    const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    installTranslators(*qApp, QStringLiteral("ja"));
    {
        OptimiseBench bench;
        OptimiseDialog &dialog = *bench.dialog;
        dialog.grab().save(dir + QStringLiteral("/optimise-dialog-open.png"));
        bench.run();
        // The sentence's label grows to its wrapped height on the next layout pass.
        QCoreApplication::processEvents();
        dialog.grab().save(dir + QStringLiteral("/optimise-dialog-run.png"));
        REQUIRE(dialog.optimisation());
        bench.click({dialog.optimisation()->frontier.back().closures, false});
        while (bench.window.canvas()->isRendering())
            QTest::qWait(20);
        dialog.grab().save(dir + QStringLiteral("/optimise-dialog-chosen.png"));
        bench.window.grab().save(dir + QStringLiteral("/optimise-window-preview.png"));
    }
    installTranslators(*qApp, QString());
}
