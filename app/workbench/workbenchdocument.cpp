#include "app/workbench/workbenchdocument.h"

#include "app/lib/datasearchpath.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/projectevaluation.h"
#include "core/diagnostic.h"
#include "core/feedback.h"

#include <QMetaObject>

#include <algorithm>
#include <exception>
#include <functional>

namespace madoguchi::app {

// One background load. Shared between the GUI thread (which may cancel it) and its worker.
struct WorkbenchDocument::LoadJob
{
    using PostProgress = std::function<void(double overallFraction)>;

    LoadJob(quint64 serial, QString projectPath, QStringList extraDataPaths, PostProgress postProgress)
        : serial(serial), projectPath(std::move(projectPath)), extraDataPaths(std::move(extraDataPaths)),
          mPostProgress(std::move(postProgress)), feedback([this](double fraction) { stageProgress(fraction); })
    {
    }

    // The load runs in stages (read, evaluate, project for the map), each reporting 0 … 1; this maps
    // them to one overall fraction. Worker thread only.
    void beginStage(double start, double span)
    {
        mStageStart = start;
        mStageSpan = span;
    }

    const quint64 serial;
    const QString projectPath;
    const QStringList extraDataPaths;

private:
    // Progress is made monotonic (the map stage reports 0 … 1 once per layer) and posted only in
    // steps of a percent, so a layer of many thousand features does not flood the GUI thread.
    void stageProgress(double fraction)
    {
        const double overall = std::clamp(mStageStart + mStageSpan * fraction, 0.0, 1.0);
        if (overall < mLastPosted + 0.01 && !(overall >= 1.0 && mLastPosted < 1.0))
            return;
        mLastPosted = overall;
        mPostProgress(overall);
    }

    PostProgress mPostProgress;
    double mStageStart = 0.0;
    double mStageSpan = 1.0;
    double mLastPosted = -1.0;

public:
    Feedback feedback; // declared last: its callback uses the members above
};

// What a worker hands back to the GUI thread: either everything the document shows, or why not.
struct WorkbenchDocument::LoadResult
{
    std::shared_ptr<const LoadedProject> project;
    std::optional<Evaluation> evaluation;
    gis::MapContent baseMapContent;
    std::shared_ptr<const gis::MapContent> mapContent;
    bool cancelled = false;
    QString error; // non-empty: the load failed
};

WorkbenchDocument::WorkbenchDocument(QObject *parent) : QObject(parent)
{
    // Superseded loads keep a thread until they reach their next cancellation check.
    mPool.setMaxThreadCount(4);
}

WorkbenchDocument::~WorkbenchDocument()
{
    if (mJob)
        mJob->feedback.cancel();
    // Workers post to this object; none may outlive it. Each stops at its next cancellation check.
    mPool.waitForDone();
}

void WorkbenchDocument::open(const QString &projectPath, const QStringList &extraDataPaths)
{
    if (mJob)
        mJob->feedback.cancel();

    const quint64 serial = mNextSerial++;
    // Called on the worker: reaches the document only through a queued call. Safe while the document
    // lives, and its destructor waits for every worker.
    auto postProgress = [this, serial](double fraction) {
        QMetaObject::invokeMethod(
            this, [this, serial, fraction] { reportProgress(serial, fraction); }, Qt::QueuedConnection);
    };
    auto job = std::make_shared<LoadJob>(serial, projectPath, extraDataPaths, postProgress);
    mJob = job;

    Q_EMIT loadStarted(projectPath);

    mPool.start([this, job] {
        auto result = std::make_shared<LoadResult>();
        try {
            ProjectLoadOptions options;
            options.dataSearchPaths = dataSearchPaths(job->extraDataPaths);
            options.missingLayers = MissingLayers::Skip;

            job->beginStage(0.0, 0.45);
            auto project = std::make_shared<LoadedProject>(loadProject(job->projectPath, options, &job->feedback));
            job->feedback.checkCancelled();

            job->beginStage(0.45, 0.2);
            Evaluation evaluation = evaluateProject(*project, project->project.criteria, &job->feedback);
            job->feedback.checkCancelled();

            job->beginStage(0.65, 0.35);
            result->baseMapContent = buildBaseMapContent(*project, &job->feedback);
            job->feedback.checkCancelled();
            result->mapContent = withEvaluation(result->baseMapContent, *project, evaluation);
            job->feedback.setProgress(1.0);

            result->project = std::move(project);
            result->evaluation = std::move(evaluation);
        } catch (const Cancelled &) {
            result = std::make_shared<LoadResult>();
            result->cancelled = true;
        } catch (const InputError &error) {
            result = std::make_shared<LoadResult>();
            result->error = error.diagnostic().toString();
        } catch (const std::exception &error) {
            // Anything else is a bug or a library failure; still say which project it concerns.
            result = std::make_shared<LoadResult>();
            result->error =
                tr("%1: cannot open the project: %2").arg(job->projectPath, QString::fromUtf8(error.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, serial = job->serial, result] { finishLoad(serial, result); }, Qt::QueuedConnection);
    });
}

bool WorkbenchDocument::isCurrentLoad(quint64 serial) const
{
    return mJob && mJob->serial == serial;
}

void WorkbenchDocument::reportProgress(quint64 serial, double fraction)
{
    if (isCurrentLoad(serial))
        Q_EMIT loadProgress(fraction);
}

void WorkbenchDocument::finishLoad(quint64 serial, const std::shared_ptr<LoadResult> &result)
{
    if (!isCurrentLoad(serial))
        return; // superseded or cancelled: its outcome is no longer wanted
    mJob.reset();

    if (result->cancelled) {
        Q_EMIT loadCancelled();
        return;
    }
    if (!result->error.isEmpty()) {
        Q_EMIT loadFailed(result->error);
        return;
    }

    mProject = std::move(result->project);
    mEvaluation = std::move(result->evaluation);
    mTable = makeEvaluationTable(*mProject, *mEvaluation);
    mBaseMapContent = std::move(result->baseMapContent);
    mMapContent = std::move(result->mapContent);
    const bool hadSelection = !mSelection.isEmpty();
    mSelection.clear();
    Q_EMIT loaded();
    if (hadSelection)
        Q_EMIT selectionChanged(mSelection);
}

void WorkbenchDocument::cancelLoad()
{
    if (!mJob)
        return;
    mJob->feedback.cancel();
    mJob.reset();
    Q_EMIT loadCancelled();
}

bool WorkbenchDocument::isLoading() const
{
    return bool(mJob);
}

void WorkbenchDocument::clearProject()
{
    mProject.reset();
    mEvaluation.reset();
    mTable = {};
    mBaseMapContent = {};
    mMapContent.reset();
}

void WorkbenchDocument::close()
{
    if (mJob) {
        mJob->feedback.cancel();
        mJob.reset();
    }
    const bool hadSelection = !mSelection.isEmpty();
    mSelection.clear();
    clearProject();
    if (hadSelection)
        Q_EMIT selectionChanged(mSelection);
    Q_EMIT closed();
}

QString WorkbenchDocument::projectPath() const
{
    return mProject ? mProject->projectPath : QString();
}

const std::vector<MissingLayer> &WorkbenchDocument::missingLayers() const
{
    static const std::vector<MissingLayer> none;
    return mProject ? mProject->missingLayers : none;
}

Criteria WorkbenchDocument::criteria() const
{
    if (mEvaluation)
        return mEvaluation->criteria;
    return mProject ? mProject->project.criteria : Criteria();
}

void WorkbenchDocument::setCriteria(const Criteria &criteria)
{
    if (!mProject)
        return;
    // Evaluate first: a failure must leave the shown evaluation, table and map consistent.
    Evaluation evaluation = evaluateProject(*mProject, criteria);
    EvaluationTable table = makeEvaluationTable(*mProject, evaluation);
    std::shared_ptr<const gis::MapContent> content = withEvaluation(mBaseMapContent, *mProject, evaluation);
    mEvaluation = std::move(evaluation);
    mTable = std::move(table);
    mMapContent = std::move(content);
    Q_EMIT evaluationChanged();
}

void WorkbenchDocument::setSelectedOfficeIds(const QStringList &officeIds)
{
    QStringList selection;
    for (const QString &id : officeIds)
        if (!selection.contains(id) && office(id))
            selection.append(id);
    if (selection == mSelection)
        return;
    mSelection = selection;
    Q_EMIT selectionChanged(mSelection);
}

const Office *WorkbenchDocument::office(const QString &officeId) const
{
    if (!mProject)
        return nullptr;
    for (const Office &office : mProject->offices.offices)
        if (office.id == officeId)
            return &office;
    return nullptr;
}

const BranchOfficeEvaluation *WorkbenchDocument::branchEvaluation(const QString &officeId) const
{
    if (!mProject || !mEvaluation)
        return nullptr;
    const std::vector<Office> &offices = mProject->offices.offices;
    for (const BranchOfficeEvaluation &result : mEvaluation->branchOffices)
        if (result.officeIndex >= 0 && std::size_t(result.officeIndex) < offices.size()
            && offices[std::size_t(result.officeIndex)].id == officeId)
            return &result;
    return nullptr;
}

} // namespace madoguchi::app
