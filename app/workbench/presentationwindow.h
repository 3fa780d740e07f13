#pragma once

#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVariantAnimation;

namespace madoguchi::app {

class CorrelationChart;
class MapCanvas;
class WorkbenchDocument;

// A clean full-screen layout for a projector at a council session: a large map and the correlation
// chart side by side, a header with the project, the scenario and the step, and a caption in large type
// for the office shown. The planner steps through the closure candidates (the branch offices the
// recommendation calls candidates; all branch offices when there are none) with the arrow keys: the map
// flies to the office and its nearest ward office, the chart highlights its point, and the caption
// gives its name, ward, distance to the nearest ward office, workload (or catchment when the table has
// no counts) and the scenario's decision. A key toggles between two scenarios; Esc leaves.
//
// Keys: → ↓ Space PageDown next; ← ↑ Backspace PageUp previous; Home / End first / last; S the other
// scenario; Esc or Q leave. Symbols and labels are drawn larger than on the desk.
//
// The window reads the document (and switches its current scenario when toggled); it keeps no copy.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `otherScenario`: the scenario S toggles to (e.g. the comparison's other side); when empty or equal
    // to the current one, the first scenario of the project that is not current.
    PresentationWindow(WorkbenchDocument *document, const QString &otherScenario, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The branch offices stepped through, in table order.
    QStringList steps() const { return mSteps; }
    bool stepsAreCandidates() const { return mCandidates; }
    int currentStep() const { return mStep; }
    QString currentOfficeId() const;
    QString captionText() const;
    QString headerText() const;
    MapCanvas *canvas() const { return mCanvas; }
    CorrelationChart *chart() const { return mChart; }
    // Whether the map is still flying to the office.
    bool isFlying() const;
    // The extent the map flies to for the current office (display metres, y north).
    QRectF targetExtent() const { return mTarget; }

public Q_SLOTS:
    void next();
    void previous();
    void showStep(int step);
    void toggleScenario();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuild();
    void refreshViews();
    void refreshCaption();
    void flyTo(const QRectF &extent);

    QPointer<WorkbenchDocument> mDocument;
    QString mScenarioA; // the one shown when the window opened
    QString mScenarioB; // the other one
    QStringList mSteps;
    bool mCandidates = false;
    int mStep = 0;
    QRectF mTarget;

    QLabel *mHeader = nullptr;
    QLabel *mCaption = nullptr;
    MapCanvas *mCanvas = nullptr;
    CorrelationChart *mChart = nullptr;
    QVariantAnimation *mFlight = nullptr;
};

} // namespace madoguchi::app
