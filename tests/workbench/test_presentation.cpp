#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/figures/figureformat.h"
#include "app/figures/impactsummary.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/presentationwindow.h"
#include "app/workbench/workbenchdocument.h"

#include "core/impact.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>

#include <algorithm>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

void waitForFlight(PresentationWindow *presentation)
{
    QElapsedTimer timer;
    timer.start();
    while (presentation->isFlying() && timer.elapsed() < 10000)
        QTest::qWait(20);
    REQUIRE_FALSE(presentation->isFlying());
}

// The map drawn, before a screenshot.
void waitForRender(PresentationWindow *presentation)
{
    QElapsedTimer timer;
    timer.start();
    while (presentation->canvas()->isRendering() && timer.elapsed() < 20000)
        QTest::qWait(20);
    REQUIRE_FALSE(presentation->canvas()->isRendering());
}

} // namespace

TEST_CASE("the presentation steps through the branch offices with the arrow keys — the map flies to each and "
          "the chart highlights it",
          "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1400, 900));
    QPointer<PresentationWindow> presentation = window.startPresentation(false);
    REQUIRE(presentation);
    REQUIRE(QTest::qWaitForWindowExposed(presentation));

    // The sample sets no workload or catchment threshold: no candidates, so every branch office.
    CHECK_FALSE(presentation->stepsAreCandidates());
    REQUIRE(presentation->steps().size() == 14);
    CHECK(presentation->currentOfficeId() == QStringLiteral("br_oe"));
    CHECK(presentation->captionText().contains(QStringLiteral("大江出張所")));
    CHECK(presentation->captionText().contains(QStringLiteral("中央区役所")));
    CHECK(presentation->captionText().contains(QStringLiteral("1.68 km")));
    // No counts in the sample: the catchment instead.
    CHECK(presentation->captionText().contains(QStringLiteral("89,792")));
    CHECK(presentation->captionText().contains(QStringLiteral("Close</b>")));
    CHECK(presentation->headerText().contains(QStringLiteral("1 of 14")));
    // On a narrow projector window the caption breaks between its parts, never inside a decision's name.
    presentation->resize(700, 600);
    QTest::qWait(50);
    CHECK(presentation->captionText().contains(QStringLiteral("white-space:nowrap")));
    const QString shot = qEnvironmentVariable("MADOGUCHI_PRESENTATION_SCREENSHOT");
    if (!shot.isEmpty()) {
        waitForRender(presentation);
        CHECK(presentation->grab().save(shot));
    }
    presentation->resize(1400, 900);

    QTest::keyClick(presentation, Qt::Key_Right);
    CHECK(presentation->currentStep() == 1);
    const QString second = presentation->currentOfficeId();
    CHECK(presentation->chart()->selectedOfficeIds() == QStringList{second});
    CHECK(presentation->canvas()->selectedOfficeIds() == QStringList{second});
    waitForFlight(presentation);
    // The view is the target, grown to the map's aspect: the office and its nearest ward office, close up.
    const QRectF shown = presentation->canvas()->extent();
    const QRectF target = presentation->targetExtent();
    CHECK(shown.contains(target.adjusted(1.0, 1.0, -1.0, -1.0)));
    CHECK(std::min(shown.width(), shown.height()) < 1.05 * target.height());
    CHECK(target.height() < 15000.0);
    QPointF officePoint;
    for (const gis::MapOffice &office : presentation->canvas()->content()->offices)
        if (office.id == second)
            officePoint = office.point;
    CHECK(presentation->canvas()->extent().contains(officePoint));

    QTest::keyClick(presentation, Qt::Key_Left);
    CHECK(presentation->currentStep() == 0);
    QTest::keyClick(presentation, Qt::Key_Left);
    CHECK(presentation->currentStep() == 0);
    // End: the last page, the summary after the fourteen offices; Home: the first office.
    QTest::keyClick(presentation, Qt::Key_End);
    CHECK(presentation->currentStep() == 14);
    CHECK(presentation->isSummaryPage());
    CHECK(presentation->currentOfficeId().isEmpty());
    CHECK(presentation->canvas()->selectedOfficeIds().isEmpty());
    QTest::keyClick(presentation, Qt::Key_Right);
    CHECK(presentation->currentStep() == 14);
    QTest::keyClick(presentation, Qt::Key_Left);
    CHECK(presentation->currentStep() == 13);
    CHECK_FALSE(presentation->isSummaryPage());
    QTest::keyClick(presentation, Qt::Key_Home);
    CHECK(presentation->currentStep() == 0);
    CHECK(presentation->currentOfficeId() == QStringLiteral("br_oe"));

    // S switches between the two scenarios (大江 is kept in the status quo); the workbench stays on its own.
    QTest::keyClick(presentation, Qt::Key_S);
    CHECK(presentation->shownScenarioName() == QStringLiteral("現状"));
    CHECK(window.document()->currentScenarioName() == QStringLiteral("2016年方針"));
    CHECK(presentation->captionText().contains(QStringLiteral("Keep</b>")));
    CHECK(presentation->headerText().contains(QStringLiteral("現状")));
    QTest::keyClick(presentation, Qt::Key_S);
    CHECK(presentation->shownScenarioName() == QStringLiteral("2016年方針"));
    CHECK(presentation->captionText().contains(QStringLiteral("Close</b>")));

    // A presentation clicker sends Page Down and Page Up to whatever has the focus.
    presentation->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(presentation));
    QWidget *focused = QApplication::focusWidget() ? QApplication::focusWidget() : presentation.data();
    QTest::keyClick(focused, Qt::Key_PageDown);
    CHECK(presentation->currentStep() == 1);
    QTest::keyClick(focused, Qt::Key_Down);
    CHECK(presentation->currentStep() == 2);
    QTest::keyClick(focused, Qt::Key_PageUp);
    CHECK(presentation->currentStep() == 1);

    // Leaving with the other scenario shown leaves the workbench on the one it showed.
    QTest::keyClick(presentation, Qt::Key_S);
    CHECK(presentation->shownScenarioName() == QStringLiteral("現状"));
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTest::qWait(50);
    CHECK(presentation.isNull());
    CHECK(window.document()->currentScenarioName() == QStringLiteral("2016年方針"));
}

TEST_CASE("with a catchment threshold the presentation steps through the closure candidates only", "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1400, 900));
    Criteria criteria = window.document()->criteria();
    criteria.catchmentThreshold = 40000.0;
    window.document()->setCriteria(criteria);
    int candidates = 0;
    for (const Recommendation &recommendation : window.document()->recommendations())
        candidates += recommendation.verdict == RecommendationVerdict::Candidate ? 1 : 0;
    REQUIRE(candidates > 0);

    QPointer<PresentationWindow> presentation = window.startPresentation(false);
    REQUIRE(presentation);
    CHECK(presentation->stepsAreCandidates());
    CHECK(presentation->steps().size() == candidates);
    CHECK(presentation->headerText().contains(QStringLiteral("candidate for review")));
    presentation->close();
    window.document()->undoStack()->setClean();
}

TEST_CASE("the presentation's key hints show on opening, H and ? toggle them and any other key puts them away",
          "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1400, 900));
    QPointer<PresentationWindow> presentation = window.startPresentation(false);
    REQUIRE(presentation);
    REQUIRE(QTest::qWaitForWindowExposed(presentation));
    presentation->resize(1400, 900);
    QTest::qWait(50);

    REQUIRE(presentation->keyHintsVisible());
    auto *hints = presentation->findChild<QLabel *>(QStringLiteral("presentationKeyHints"));
    REQUIRE(hints);
    for (const char *key : {"Page Down", "Page Up", "Home", "End", "Esc"})
        CHECK(hints->text().contains(QLatin1String(key)));
    // Over the map, inside the window.
    const QRect onMap(presentation->canvas()->mapTo(presentation, QPoint(0, 0)), presentation->canvas()->size());
    INFO("map " << onMap.x() << "," << onMap.y() << " " << onMap.width() << "×" << onMap.height() << "; hints "
                << hints->x() << "," << hints->y() << " " << hints->width() << "×" << hints->height());
    CHECK(onMap.contains(hints->geometry()));
    const QString shot = qEnvironmentVariable("MADOGUCHI_PRESENTATION_HINTS_SCREENSHOT");
    if (!shot.isEmpty()) {
        waitForRender(presentation);
        CHECK(presentation->grab().save(shot));
    }

    QTest::keyClick(presentation, Qt::Key_H);
    CHECK_FALSE(presentation->keyHintsVisible());
    CHECK(presentation->currentStep() == 0);
    QTest::keyClick(presentation, Qt::Key_Question);
    CHECK(presentation->keyHintsVisible());
    QTest::keyClick(presentation, Qt::Key_H);
    CHECK_FALSE(presentation->keyHintsVisible());
    QTest::keyClick(presentation, Qt::Key_H);
    CHECK(presentation->keyHintsVisible());
    // A step both puts them away and steps.
    QTest::keyClick(presentation, Qt::Key_PageDown);
    CHECK_FALSE(presentation->keyHintsVisible());
    CHECK(presentation->currentStep() == 1);
    presentation->close();
}

namespace {

// The summary page of the presentation shows the impact as the impact panel and the report sum it up.
void checkSummaryPage(const PresentationWindow &presentation, const ScenarioImpact &impact,
                      const std::vector<Office> &offices, double thresholdMeters)
{
    REQUIRE(presentation.isSummaryPage());
    CHECK(presentation.summaryRows() == impactSummaryRows(&impact, offices, thresholdMeters));
    // As read, without the word joiners that keep each name on one line.
    const QString text =
        QTextDocumentFragment::fromHtml(presentation.summaryText()).toPlainText().remove(QChar(0x2060));
    for (const auto &[label, value] : presentation.summaryRows())
        CHECK(text.contains(value));
    // The numbers themselves, from the impact.
    const int before = int(impact.counters.size());
    const int after = before - impact.closedCount();
    CHECK(text.contains(QStringLiteral("%1 → %2").arg(before).arg(after)));
    for (const CounterImpact &counter : impact.counters)
        if (!counter.openAfter)
            for (const Office &office : offices)
                if (office.id == counter.officeId)
                    CHECK(text.contains(office.name));
    REQUIRE(impact.residentsBeyondThreshold);
    CHECK(text.contains(formatCount(impact.residentsBeyondThreshold->populationBefore)));
    CHECK(text.contains(formatCount(impact.residentsBeyondThreshold->populationAfter)));
}

} // namespace

TEST_CASE("the presentation's last page sums the scenario up before → after with the impact analysis's numbers",
          "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1400, 900));
    WorkbenchDocument *document = window.document();
    QPointer<PresentationWindow> presentation = window.startPresentation(false);
    REQUIRE(presentation);
    REQUIRE(QTest::qWaitForWindowExposed(presentation));
    presentation->resize(1400, 900);

    QTest::keyClick(presentation, Qt::Key_End);
    REQUIRE(presentation->isSummaryPage());
    CHECK(presentation->currentStep() == presentation->pageCount() - 1);
    CHECK(presentation->headerText().contains(QStringLiteral("2016年方針")));
    const double threshold = document->criteria().distanceThresholdMeters;
    const std::shared_ptr<const ScenarioImpact> impact = document->impact();
    REQUIRE(impact);
    CHECK(impact->closedCount() == 7);
    checkSummaryPage(*presentation, *impact, document->offices(), threshold);
    // The map at full extent, beside the summary.
    CHECK(presentation->targetExtent().contains(presentation->canvas()->content()->bounds));
    waitForFlight(presentation);
    const QString shot = qEnvironmentVariable("MADOGUCHI_PRESENTATION_SUMMARY_SCREENSHOT");
    if (!shot.isEmpty()) {
        waitForRender(presentation);
        CHECK(presentation->grab().save(shot));
    }

    // The status quo's summary: nothing closes; its impact as the document assesses it on its own.
    QTest::keyClick(presentation, Qt::Key_S);
    const ScenarioImpact statusQuo = document->impactOf(QStringLiteral("現状"));
    CHECK(statusQuo.closedCount() == 0);
    checkSummaryPage(*presentation, statusQuo, document->offices(), threshold);
    CHECK(presentation->headerText().contains(QStringLiteral("現状")));
    presentation->close();
}

TEST_CASE("the presentation leaves the workbench's scenario, selection and map alone, during and after S",
          "[realdata]")
{
    MainWindow window;
    test::openSample(window, QSize(1400, 900));
    WorkbenchDocument *document = window.document();
    document->setSelectedOfficeIds({QStringLiteral("br_kawachi")});
    const QStringList selection = document->selectedOfficeIds();
    REQUIRE(selection.size() == 1);
    window.canvas()->zoomIn();
    const QRectF extent = window.canvas()->extent();
    const QString scenario = document->currentScenarioName();
    const std::shared_ptr<const ScenarioAnalysis> analysis = document->analysis();

    QPointer<PresentationWindow> presentation = window.startPresentation(false);
    REQUIRE(presentation);
    REQUIRE(QTest::qWaitForWindowExposed(presentation));
    QSignalSpy scenarios(document, &WorkbenchDocument::scenariosChanged);
    QSignalSpy evaluations(document, &WorkbenchDocument::evaluationChanged);
    QSignalSpy selections(document, &WorkbenchDocument::selectionChanged);
    auto unchanged = [&] {
        CHECK(document->currentScenarioName() == scenario);
        CHECK(document->analysis() == analysis);
        CHECK(document->selectedOfficeIds() == selection);
        CHECK(window.canvas()->extent() == extent);
        CHECK(scenarios.isEmpty());
        CHECK(evaluations.isEmpty());
        CHECK(selections.isEmpty());
    };

    for (int key : {Qt::Key_S, Qt::Key_Right, Qt::Key_End, Qt::Key_S, Qt::Key_S}) {
        QTest::keyClick(presentation, Qt::Key(key));
        unchanged();
    }
    CHECK(presentation->shownScenarioName() != scenario);
    CHECK(presentation->shownAnalysis()->scenario->name == presentation->shownScenarioName());
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTest::qWait(50);
    CHECK(presentation.isNull());
    unchanged();
}
