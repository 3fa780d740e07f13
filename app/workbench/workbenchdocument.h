#pragma once

#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/criteria.h"
#include "gis/mapcontent.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoStack;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

class LatestTask;

// The project open in the workbench, the analysis of its current scenario (analyseScenario(), the one
// pipeline every front end uses) and the selection. Views (map, tables, charts, details) observe it;
// they never own project data. Loading runs on a worker thread with progress and cancel; an edit
// re-runs the analysis on the GUI thread (fast: the cells and the map's layers are prepared at load).
// The project state and each analysis are immutable once made and shared: a view or a background
// export keeps the analysis it was given, whatever the planner edits meanwhile.
//
// A preview (setPreview) shows a scenario that is not part of the project, e.g. a set of closures the
// optimiser found, as if it were the current one: the analysis, the decisions and the map the views
// read are then the preview's. It is not an edit: the project, the undo stack and the current scenario
// stay as they are. Any edit, undo or redo, a change of the current scenario, a load or a close ends
// it.
class WorkbenchDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkbenchDocument(QObject *parent = nullptr);
    ~WorkbenchDocument() override;

    // Starts loading the project in the background (missing optional layers are skipped and reported
    // through missingLayers()). Cancels a load in progress. Emits loadStarted, loadProgress, then
    // loaded or loadFailed (or loadCancelled).
    //
    // Layers are looked up through dataSearchPaths(extraDataPaths). The project open until now stays
    // open (and shown) until the new one has loaded; a failed load leaves it open. A newer open()
    // supersedes an older one: the older load is cancelled and its result, if it still arrives, is
    // dropped. All signals are emitted on the GUI thread.
    void open(const QString &projectPath, const QStringList &extraDataPaths = {});
    // Cancels the load in progress and emits loadCancelled at once (the worker stops at its next check
    // and its result is dropped). Does nothing when no load runs.
    void cancelLoad();
    bool isLoading() const;
    void close();

    bool hasProject() const { return bool(mProject); }
    QString projectPath() const;
    const LoadedProject *project() const { return mProject.get(); }
    // The analysis shown: of the preview while there is one, else of the current scenario, with the
    // current criteria; null without a project. Everything below that reads an analysis (the
    // evaluation, table, map content, recommendations, impact, decisions and notes) reads this one.
    std::shared_ptr<const ScenarioAnalysis> analysis() const { return mPreview ? mPreview : mAnalysis; }
    // The offices of the table, with the imported workload applied; empty without a project.
    const std::vector<Office> &offices() const;
    const Evaluation *evaluation() const { return analysis() ? &analysis()->evaluation : nullptr; }
    const EvaluationTable &table() const;
    std::shared_ptr<const gis::MapContent> mapContent() const;
    // The layers the project names that could not be loaded (moved files …).
    const std::vector<MissingLayer> &missingLayers() const;

    Criteria criteria() const;
    // Re-evaluates with other criteria (e.g. the threshold) and updates the map content, synchronously
    // on the calling (GUI) thread; emits evaluationChanged. Undoable. Throws InputError when the
    // criteria cannot be evaluated (nothing changes then, and nothing is put on the undo stack). Does
    // nothing without a project or when the criteria are the same.
    void setCriteria(const Criteria &criteria);

    // Every edit of the project (decisions, notes, criteria, imported counts, scenarios) is a command
    // on this stack; undo and redo re-derive the evaluation, recommendation, impact and map. The stack
    // is cleared when a project loads or closes; it is clean when the project equals its file.
    QUndoStack *undoStack() const { return mUndoStack; }
    // The project differs from its file (unsaved edits).
    bool isModified() const;
    // Writes the project (with its scenarios, notes, criteria and imported counts) to `path` atomically;
    // empty = the file it was opened from. Marks the stack clean. Throws InputError (nothing written).
    void save(const QString &path = QString());

    // Scenarios. A project without scenarios gets a "現状" (status quo) one when it loads (and, when the
    // offices table records decisions, one with those), so that there is always a current scenario;
    // they are saved with the project. The current scenario drives the map's decision colours, the
    // decision column, the chart's colours and the impact; on load it is the last one of the project.
    QStringList scenarioNames() const;
    QString currentScenarioName() const { return mScenarioName; }
    const Scenario *currentScenario() const;
    const Scenario *scenario(const QString &name) const;
    // Not an edit (not on the undo stack): which scenario is shown. Unknown names are ignored. Ends a
    // preview.
    void setCurrentScenario(const QString &name);
    // Adds a copy of scenario `from` (empty = an empty one: status quo) under `name` and makes it
    // current. Undoable. Throws InputError for an empty or duplicate name.
    void addScenario(const QString &name, const QString &from = QString());
    // Adds `scenario` (under its name, trimmed) and makes it current. Undoable. Throws InputError for an
    // empty or duplicate name, or a scenario that cannot be analysed (nothing changes then).
    void addScenario(const Scenario &scenario);

    // Shows `scenario` instead of the current one until endPreview() (see the class comment): analysed
    // by the one pipeline with the current criteria, like any scenario of the project. Replaces a
    // preview shown. Not an edit. Throws InputError when the scenario cannot be analysed (e.g. it names
    // an office the table does not have); nothing changes then. Emits previewChanged, then
    // evaluationChanged. Does nothing without a project.
    void setPreview(const Scenario &scenario);
    // Shows the current scenario again; emits previewChanged, then evaluationChanged. Does nothing when
    // no preview is shown.
    void endPreview();
    bool isPreviewing() const { return bool(mPreview); }
    // The scenario previewed; null when none is.
    const Scenario *previewScenario() const { return mPreview ? mPreview->scenarioOrNull() : nullptr; }
    // The scenario the views show: the preview's, else the current one; null without a project.
    const Scenario *shownScenario() const;
    QString shownScenarioName() const;
    // Undoable. Throws InputError for an empty or duplicate name.
    void renameScenario(const QString &name, const QString &newName);
    // Undoable. Throws InputError when it is the last scenario.
    void removeScenario(const QString &name);

    // The shown scenario's decision for the office (Keep for ward offices and unmentioned offices).
    Decision decision(const QString &officeId) const;
    // Undoable edits of the current scenario (they end a preview). Ignored for unknown offices;
    // setDecision is ignored for a ward office (it always keeps its counter).
    void setDecision(const QString &officeId, Decision decision);
    void setDecisions(const QStringList &officeIds, Decision decision);
    // The shown scenario's note on the office.
    QString note(const QString &officeId) const;
    void setNote(const QString &officeId, const QString &note);

    // Replaces the imported workload counts by `counts` merged over the present ones (counts win for
    // the same office and year), records `sourceFile` (its file name) and re-evaluates. Undoable.
    // Throws InputError when an office id is not in the offices table.
    void importWorkload(const WorkloadCounts &counts, const QString &sourceFile);

    // The recommendation per branch office (parallel to the evaluation's branch offices), with the
    // project's criteria and growing school districts.
    const std::vector<Recommendation> &recommendations() const;
    const Recommendation *recommendation(const QString &officeId) const;
    // The current scenario's impact; null without a project.
    std::shared_ptr<const ScenarioImpact> impact() const;
    // The impact of any scenario of the project (computed on demand, not cached); throws InputError.
    ScenarioImpact impactOf(const QString &scenarioName) const;
    // The analysis of any scenario of the project with the current criteria: analysis() for the current
    // one; for another, made on demand (reusing the current evaluation) and not kept, so that a view can
    // show it without switching the current scenario. Null without a project; throws InputError for an
    // unknown scenario or one that cannot be analysed.
    std::shared_ptr<const ScenarioAnalysis> analysisOf(const QString &scenarioName) const;
    // The selected offices (ids of the offices table, in the order given). Unknown ids and duplicates
    // are dropped; emits selectionChanged when the selection changes. Cleared when a project loads or
    // closes.
    QStringList selectedOfficeIds() const { return mSelection; }
    void setSelectedOfficeIds(const QStringList &officeIds);

    // For tooltips and the details view: the office and, for branch offices, its evaluation.
    const Office *office(const QString &officeId) const;
    const BranchOfficeEvaluation *branchEvaluation(const QString &officeId) const;

Q_SIGNALS:
    void loadStarted(const QString &projectPath);
    void loadProgress(double fraction);
    void loaded();
    void loadFailed(const QString &message);
    void loadCancelled();
    void closed();
    // The evaluation, the scenario's decisions, the recommendation, the impact or the map changed
    // (after an edit, undo, redo or a change of the current scenario).
    void evaluationChanged();
    // The list of scenarios or the current scenario changed.
    void scenariosChanged();
    // A preview began, was replaced or ended (isPreviewing(), previewScenario()); evaluationChanged
    // follows.
    void previewChanged();
    void selectionChanged(const QStringList &officeIds);
    // Something could not be applied (e.g. an undo whose evaluation failed); for a message to the user.
    void problem(const QString &message);

private:
    struct LoadResult;
    friend class ProjectEditCommand;

    // Pushes a command that changes the project to `edited` (and the current scenario to
    // `scenarioName`): derives everything first, so that a failure throws before anything changes.
    void pushEdit(const QString &text, Project edited, const QString &scenarioName);
    // Makes `project` the project state and re-derives; emits the signals. Throws InputError.
    void applyProjectState(const Project &project, const QString &scenarioName);
    // The analysis of `project` for its scenario `scenarioName` (reusing the current evaluation when it
    // still applies). Throws InputError.
    std::shared_ptr<const ScenarioAnalysis> analyse(const std::shared_ptr<const LoadedProject> &project,
                                                    const QString &scenarioName) const;
    std::shared_ptr<const ScenarioAnalysis> analyse(const std::shared_ptr<const LoadedProject> &project,
                                                    const Scenario &scenario) const;
    Scenario *mutableCurrentScenario(Project &project) const;
    // Drops the preview and emits previewChanged (not evaluationChanged); false when there was none.
    bool dropPreview();
    // Loads the project on a worker: read (with the data search path), projected for the map, analysed
    // for its last scenario. Throws InputError or Cancelled.
    static LoadResult load(const QString &projectPath, const QStringList &extraDataPaths, Feedback &feedback);
    // On the GUI thread: makes the loaded project the document's.
    void finishLoad(LoadResult &&result);
    void clearProject();

    // Runs the loads: the last project opened wins; a child, so the destructor cancels and waits.
    LatestTask *mLoad = nullptr;
    // The project state: replaced, never changed in place, on an edit (its layers are shared).
    std::shared_ptr<const LoadedProject> mProject;
    QUndoStack *mUndoStack = nullptr; // child of this
    QString mScenarioName;
    // The project's layers projected for the map, made once per load.
    std::shared_ptr<const gis::MapContent> mBaseMapContent;
    std::shared_ptr<const ScenarioAnalysis> mAnalysis;    // the current scenario's
    std::shared_ptr<const ScenarioAnalysis> mPreview;     // the preview's; null when none is shown
    QStringList mSelection;
};

} // namespace madoguchi::app
