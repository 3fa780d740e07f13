#include "sampleworkbench.h"
#include "testsupport.h"

#include "app/workbench/correlationchart.h"
#include "app/workbench/mainwindow.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/presentationwindow.h"
#include "app/workbench/workbenchdocument.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
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
    if (!shot.isEmpty())
        CHECK(presentation->grab().save(shot));
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
    QTest::keyClick(presentation, Qt::Key_End);
    CHECK(presentation->currentStep() == 13);
    QTest::keyClick(presentation, Qt::Key_Home);

    // S switches between the two scenarios: 大江 is kept in the status quo.
    QTest::keyClick(presentation, Qt::Key_S);
    CHECK(window.document()->currentScenarioName() == QStringLiteral("現状"));
    CHECK(presentation->captionText().contains(QStringLiteral("Keep</b>")));
    CHECK(presentation->headerText().contains(QStringLiteral("現状")));
    QTest::keyClick(presentation, Qt::Key_S);
    CHECK(window.document()->currentScenarioName() == QStringLiteral("2016年方針"));

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
    CHECK(window.document()->currentScenarioName() == QStringLiteral("現状"));
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
