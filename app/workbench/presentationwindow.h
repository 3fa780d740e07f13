#pragma once

#include "app/figures/impactsummary.h"
#include "app/lib/scenarioanalysis.h"

#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTimer;
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
// no counts) and the scenario's decision. The last page sums the scenario up, before → after (the
// impact summary of the impact panel and the report: counters open, closures by name, workload moved,
// residents beyond the distance guide), over the map at full extent. A key toggles between two
// scenarios; Esc leaves.
//
// Keys: → ↓ Space PageDown next; ← ↑ Backspace PageUp previous; Home / End first / last page; S the
// other scenario; H or ? the key hints (shown for the first seconds, until a key is pressed); Esc or Q
// leave. Symbols and labels are drawn larger than on the desk.
//
// The window reads the document and never changes it: the other scenario is shown from an analysis of
// its own (WorkbenchDocument::analysisOf), so that the workbench keeps its scenario, selection and map.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `otherScenario`: the scenario S toggles to (e.g. the comparison's other side); when empty or equal
    // to the current one, the first scenario of the project that is not current.
    PresentationWindow(WorkbenchDocument *document, const QString &otherScenario, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The branch offices stepped through, in table order; the summary page follows them.
    QStringList steps() const { return mSteps; }
    bool stepsAreCandidates() const { return mCandidates; }
    // The page shown: 0 … steps().size() - 1 an office, steps().size() the summary.
    int currentStep() const { return mStep; }
    int pageCount() const { return int(mSteps.size()) + 1; }
    bool isSummaryPage() const { return mStep == int(mSteps.size()); }
    // The office shown; empty on the summary page.
    QString currentOfficeId() const;
    QString captionText() const;
    QString headerText() const;
    // The summary page's rows (impactSummaryRows of the scenario shown) and its text.
    std::vector<SummaryRow> summaryRows() const;
    QString summaryText() const;
    // The scenario shown and its analysis (the document's own when it is the document's current one).
    QString shownScenarioName() const { return mShownScenario; }
    std::shared_ptr<const ScenarioAnalysis> shownAnalysis() const { return mAnalysis; }
    bool keyHintsVisible() const;
    MapCanvas *canvas() const { return mCanvas; }
    CorrelationChart *chart() const { return mChart; }
    // Whether the map is still flying to the office.
    bool isFlying() const;
    // The extent the map flies to for the current page (display metres, y north).
    QRectF targetExtent() const { return mTarget; }

public Q_SLOTS:
    void next();
    void previous();
    void showStep(int step);
    void toggleScenario();
    void toggleKeyHints();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildViews();
    void buildKeyHints();
    void placeKeyHints();
    void setKeyHintsVisible(bool visible);
    // Re-analyses the scenario shown after the document changed (or S); false when it cannot be.
    bool reanalyse();
    void rebuild();
    void refreshViews();
    void refreshCaption();
    void refreshOfficeCaption();
    void refreshSummary();
    const Office *officeById(const QString &officeId) const;
    void flyTo(const QRectF &extent);

    QPointer<WorkbenchDocument> mDocument;
    QString mScenarioA; // the one shown when the window opened
    QString mScenarioB; // the other one
    QString mShownScenario;
    std::shared_ptr<const ScenarioAnalysis> mAnalysis; // of mShownScenario
    QStringList mSteps;
    bool mCandidates = false;
    int mStep = 0;
    QRectF mTarget;

    QLabel *mHeader = nullptr;
    QLabel *mCaption = nullptr;
    MapCanvas *mCanvas = nullptr;
    QStackedWidget *mSide = nullptr; // the chart, or the summary on the summary page
    CorrelationChart *mChart = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mKeyHints = nullptr;
    QTimer *mKeyHintsTimer = nullptr;
    QVariantAnimation *mFlight = nullptr;
};

} // namespace madoguchi::app
