#include "app/workbench/latesttask.h"

namespace madoguchi::app {

LatestTask::LatestTask(QObject *parent)
    : QObject(parent)
{
}

// The tasks are children: their destructors cancel the works and wait for them to stop, so that GDAL is
// not left reading when their owner goes.
LatestTask::~LatestTask() = default;

void LatestTask::cancel()
{
    if (!mCurrent)
        return;
    mCurrent->cancel();
    mCurrent = nullptr;
}

void LatestTask::launch(const QString &subject, BackgroundTask::Work work,
                         std::function<void(const std::optional<Diagnostic> &problem)> finish)
{
    cancel();
    auto *task = new BackgroundTask(subject, this);
    mCurrent = task;
    connect(task, &BackgroundTask::progress, this, [this, task](double fraction) {
        if (task == mCurrent)
            Q_EMIT progress(fraction);
    });
    connect(task, &BackgroundTask::finished, this, [this, task, finish = std::move(finish)]() mutable {
        task->deleteLater();
        if (task != mCurrent)
            return; // cancelled or replaced by a newer work: its result is dropped
        mCurrent = nullptr;
        if (task->cancelled())
            return;
        // `finish` may start the next read (e.g. the whole table after its preview).
        finish(task->failure());
        Q_EMIT finished();
    });
    task->start(std::move(work));
}

} // namespace madoguchi::app
