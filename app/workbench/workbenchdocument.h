#pragma once

#include "app/lib/evaluationtable.h"
#include "app/lib/projectloader.h"
#include "core/criteria.h"
#include "core/evaluator.h"
#include "gis/mapcontent.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

// The project open in the workbench: the loaded layers, the evaluation, the map content and the
// selection. Views (map, tables, details) observe it; they never own project data. Loading runs on a
// worker thread with progress and cancel; the rest is fast and runs on the GUI thread.
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
    const Evaluation *evaluation() const { return mEvaluation ? &*mEvaluation : nullptr; }
    const EvaluationTable &table() const { return mTable; }
    std::shared_ptr<const gis::MapContent> mapContent() const { return mMapContent; }
    // The layers the project names that could not be loaded (moved files …).
    const std::vector<MissingLayer> &missingLayers() const;

    Criteria criteria() const;
    // Re-evaluates with other criteria (e.g. the threshold) and updates the map content, synchronously
    // on the calling (GUI) thread; emits evaluationChanged. Throws InputError when the criteria cannot
    // be evaluated (the evaluation is then left as it was). Does nothing without a project.
    void setCriteria(const Criteria &criteria);

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
    void evaluationChanged();
    void selectionChanged(const QStringList &officeIds);

private:
    struct LoadJob;
    struct LoadResult;
    // Both run on the GUI thread, queued from a worker; `serial` names the load they belong to.
    void finishLoad(quint64 serial, const std::shared_ptr<LoadResult> &result);
    void reportProgress(quint64 serial, double fraction);
    bool isCurrentLoad(quint64 serial) const;
    void clearProject();

    // Runs the loads. Owned here (not the global pool) so the destructor can cancel and wait for the
    // workers, which post their results to this object.
    QThreadPool mPool;
    std::shared_ptr<LoadJob> mJob; // the current load; null when none runs
    quint64 mNextSerial = 1;
    std::shared_ptr<const LoadedProject> mProject;
    std::optional<Evaluation> mEvaluation;
    EvaluationTable mTable;
    gis::MapContent mBaseMapContent;
    std::shared_ptr<const gis::MapContent> mMapContent;
    QStringList mSelection;
};

} // namespace madoguchi::app
