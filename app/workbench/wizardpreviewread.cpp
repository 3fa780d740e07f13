#include "app/workbench/wizardpreviewread.h"

namespace madoguchi::app::wizard {

PreviewRead::PreviewRead(QObject *parent)
    : QObject(parent)
{
}

// The tasks are children: their destructors cancel the reads and wait for them to stop, so that GDAL is
// not left reading when the page goes.
PreviewRead::~PreviewRead() = default;

void PreviewRead::cancel()
{
    if (!mCurrent)
        return;
    mCurrent->cancel();
    mCurrent = nullptr;
}

void PreviewRead::launch(const QString &file, BackgroundTask::Work work,
                         std::function<void(const std::optional<Diagnostic> &problem)> finish)
{
    cancel();
    auto *task = new BackgroundTask(file, this);
    mCurrent = task;
    connect(task, &BackgroundTask::finished, this, [this, task, finish = std::move(finish)]() mutable {
        task->deleteLater();
        if (task != mCurrent)
            return; // cancelled or replaced by a newer read: its result is dropped
        mCurrent = nullptr;
        if (task->cancelled())
            return;
        // `finish` may start the next read (e.g. the whole table after its preview).
        finish(task->failure());
        Q_EMIT finished();
    });
    task->start(std::move(work));
}

} // namespace madoguchi::app::wizard
