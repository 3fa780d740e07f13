#pragma once

#include "app/lib/closureoptimiser.h"
#include "app/workbench/frontierchart.h"
#include "core/closureproblem.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace madoguchi::app {

class BackgroundTask;
class WorkbenchDocument;

// Analysis ▸ Optimise Closures…: which branch offices' counters to close so that residents are harmed
// least (optimiseClosures), for every number of closures (the frontier) or for one.
//
// The form: the measure of harm; every number of closures or exactly k (limited to what the choices
// allow); per branch office whether the optimiser may choose, or it must keep or must close its counter
// (pre-filled from the current scenario: its closures must close, its upgrades must stay open; ward
// offices always stay open and are not listed); optional constraints, each off until ticked (only
// counters within the distance guide of their nearest ward office close; a workload limit in the judged
// fiscal year, not offered when the project has no counts; a limit on the residents or the workload any
// counter gains; a time limit).
//
// Run solves in the background with a progress bar and Cancel; a cancelled or timed-out run shows what
// it found, said to be not proven optimal. A request the optimiser refuses (e.g. constraints no set
// meets) is explained under Run in plain words.
//
// The answer: the frontier chart (FrontierChart, the current scenario on the same axes), a sentence
// comparing the scenario with the best set of its size, and the table of the sets. Choosing a point (on
// the chart or in the table) previews its set on the main window's map, table and impact dock
// (WorkbenchDocument::setPreview: not an edit); Create Scenario from This Set… adds it as a new scenario
// through the undo stack. The dialog is not modal, so that the map stays usable; closing it, End
// Preview or Esc ends the preview.
class OptimiseDialog : public QDialog
{
    Q_OBJECT

public:
    // What the optimiser may do with a branch office's counter.
    enum class OfficeChoice { Free, MustKeep, MustClose };

    // The columns of the frontier table.
    enum FrontierColumn {
        ClosuresColumn,
        SetColumn,
        OfficesColumn,
        BeyondColumn,
        Beyond65Column,
        MeanDistanceColumn,
        ProvenColumn,
        FrontierColumnCount
    };

    // `document` must have a project; it must outlive the dialog or be destroyed with it (the dialog
    // then does nothing more with it).
    explicit OptimiseDialog(WorkbenchDocument *document, QWidget *parent = nullptr);
    ~OptimiseDialog() override;

    // The branch offices listed, in table order.
    QStringList officeIds() const { return mOfficeIds; }
    OfficeChoice officeChoice(const QString &officeId) const;
    void setOfficeChoice(const QString &officeId, OfficeChoice choice);
    // Sets every choice from the current scenario (constraintsFromScenario), as when the dialog opens.
    void fillFromScenario();
    // The request the form describes, compared with the current scenario.
    OptimiseRequest request() const;
    // The numbers of closures "Exactly" allows with the current choices and constraints.
    std::pair<int, int> closuresRange() const;

    // Starts the optimiser in the background (Run); ignored while a run goes or without a project.
    void run();
    // Stops the run (Cancel): what it found so far is shown.
    void cancelRun();
    bool isRunning() const;
    // The last run's answer; null before a run and after one that failed or found nothing.
    std::shared_ptr<const ClosureOptimisation> optimisation() const { return mOptimisation; }
    // The line under Run: the progress, the outcome or what went wrong, plain text.
    QString statusText() const;
    // The sentence comparing the scenario with the best set of its size (empty before a run).
    QString comparisonText() const;

    // Chooses a point as a click on the chart or on a row does: previews its set on the main window (the
    // current scenario's own point shows the current scenario again); nullopt ends the preview.
    void selectPoint(std::optional<FrontierChartPoint> point);
    std::optional<FrontierChartPoint> selectedPoint() const { return mSelected; }
    // The set of the selected point; nullptr when none is selected.
    const ClosureSet *selectedSet() const;
    // A name for a scenario made from `set`, unique in the project, e.g.
    // "最適案（7か所廃止・目安超の住民）".
    QString suggestedScenarioName(const ClosureSet &set) const;
    // Adds the selected set as a new scenario named `name` (scenarioFromClosureSet on the current
    // scenario), undoably, and makes it current. Throws InputError (a name that is empty or taken).
    void createScenario(const QString &name);
    // Create Scenario from This Set…: asks for the name (suggestedScenarioName), then createScenario; a
    // refused name is said under Run.
    void askScenarioName();

    QComboBox *measureCombo() const { return mMeasure; }
    QRadioButton *everyNumberRadio() const { return mEveryNumber; }
    QRadioButton *exactNumberRadio() const { return mExactNumber; }
    QSpinBox *closuresSpin() const { return mClosures; }
    QTableWidget *officesTable() const { return mOfficesTable; }
    QCheckBox *withinGuideCheck() const { return mWithinGuide; }
    QCheckBox *maxWorkloadCheck() const { return mMaxWorkloadCheck; }
    QSpinBox *maxWorkloadSpin() const { return mMaxWorkload; }
    QCheckBox *maxResidentsGainedCheck() const { return mMaxResidentsGainedCheck; }
    QSpinBox *maxResidentsGainedSpin() const { return mMaxResidentsGained; }
    QCheckBox *maxWorkloadGainedCheck() const { return mMaxWorkloadGainedCheck; }
    QSpinBox *maxWorkloadGainedSpin() const { return mMaxWorkloadGained; }
    QCheckBox *timeLimitCheck() const { return mTimeLimitCheck; }
    QSpinBox *timeLimitSpin() const { return mTimeLimit; }
    QPushButton *runButton() const { return mRunButton; }
    QPushButton *cancelButton() const { return mCancelButton; }
    QProgressBar *progressBar() const { return mProgress; }
    FrontierChart *chart() const { return mChart; }
    QTableWidget *frontierTable() const { return mFrontierTable; }
    QPushButton *createScenarioButton() const { return mCreateButton; }
    QPushButton *endPreviewButton() const { return mEndPreviewButton; }

Q_SIGNALS:
    // A run ended: completed, stopped early, cancelled or refused (statusText() says which).
    void runFinished();

public Q_SLOTS:
    // Ends the preview the dialog shows and clears the chosen point.
    void endPreview();

protected:
    void done(int result) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createSettings();
    QWidget *createOfficesBox();
    QWidget *createConstraintsBox();
    QWidget *createResults();
    void fillOffices();
    void runFinishedInTask();
    void showOptimisation();
    void fillFrontierTable();
    void selectTableRow(const std::optional<FrontierChartPoint> &point);
    void updateClosuresRange();
    void updateEnabled();
    void setStatus(const QString &text);
    void documentPreviewChanged();
    void markStale();
    // The judged fiscal year when the offices table has its counts; nullopt otherwise.
    std::optional<int> countedFiscalYear() const;
    // The short name of a measure in a scenario name: 目安超の住民, 目安超の65歳以上, 平均距離.
    static QString measureShortName(HarmMeasure measure);

    QPointer<WorkbenchDocument> mDocument;
    QStringList mOfficeIds;                 // the branch offices listed, table order
    std::map<QString, QComboBox *> mChoices; // per office id, in the table

    QComboBox *mMeasure = nullptr;
    QButtonGroup *mClosuresGroup = nullptr;
    QRadioButton *mEveryNumber = nullptr;
    QRadioButton *mExactNumber = nullptr;
    QSpinBox *mClosures = nullptr;
    QTableWidget *mOfficesTable = nullptr;
    QCheckBox *mWithinGuide = nullptr;
    QCheckBox *mMaxWorkloadCheck = nullptr;
    QSpinBox *mMaxWorkload = nullptr;
    QCheckBox *mMaxResidentsGainedCheck = nullptr;
    QSpinBox *mMaxResidentsGained = nullptr;
    QCheckBox *mMaxWorkloadGainedCheck = nullptr;
    QSpinBox *mMaxWorkloadGained = nullptr;
    QCheckBox *mTimeLimitCheck = nullptr;
    QSpinBox *mTimeLimit = nullptr;
    QLabel *mWorkloadNote = nullptr;
    QLabel *mPopulationNote = nullptr;
    QPushButton *mRunButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mStatus = nullptr;

    FrontierChart *mChart = nullptr;
    QLabel *mComparison = nullptr;
    QTableWidget *mFrontierTable = nullptr;
    QPushButton *mCreateButton = nullptr;
    QPushButton *mEndPreviewButton = nullptr;

    BackgroundTask *mTask = nullptr; // child; its destructor stops and waits for a run
    // What the running work writes its answer into (read when the task has finished).
    std::shared_ptr<std::optional<ClosureOptimisation>> mPending;
    std::shared_ptr<const ClosureOptimisation> mOptimisation;
    std::vector<Office> mOptimisedOffices; // the offices the answer was made on
    QString mOutcome;                      // what the last run came to, for the status line
    bool mStale = false;                   // the project changed since the last run
    std::optional<FrontierChartPoint> mSelected;
    QString mPreviewName; // the name of the preview this dialog shows; empty when none
    bool mSyncing = false;
};

} // namespace madoguchi::app
