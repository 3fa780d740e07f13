#include "app/workbench/backgroundtask.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>
#include <exception>

namespace madoguchi::app {

namespace {

struct BackgroundTaskText
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTaskText)
};

} // namespace

// One run of the work: its feedback, shared by the GUI thread (which may cancel) and the worker.
struct BackgroundTask::Run
{
    explicit Run(std::function<void(double)> onProgress) : feedback(std::move(onProgress)) {}
    Feedback feedback;
};

BackgroundTask::BackgroundTask(QString subject, QObject *parent) : QObject(parent), mSubject(std::move(subject))
{
    mPool.setMaxThreadCount(1);
}

BackgroundTask::~BackgroundTask()
{
    if (mRun)
        mRun->feedback.cancel();
    // The worker posts to this object; it must end first. It stops at its next cancellation check.
    mPool.waitForDone();
}

void BackgroundTask::start(Work work)
{
    if (mRunning)
        return;
    mRunning = true;
    mCancelled = false;
    mFailure.reset();
    // Progress is posted only in steps of a percent, so that a long loop does not flood the GUI thread.
    auto lastPosted = std::make_shared<std::atomic<int>>(-1);
    auto run = std::make_shared<Run>([this, lastPosted](double fraction) {
        const int percent = int(fraction * 100.0);
        if (percent == lastPosted->exchange(percent))
            return;
        QMetaObject::invokeMethod(
            this, [this, fraction] { Q_EMIT progress(fraction); }, Qt::QueuedConnection);
    });
    mRun = run;
    const QString subject = mSubject;
    mPool.start([this, run, work = std::move(work), subject] {
        bool cancelled = false;
        std::optional<Diagnostic> failure;
        try {
            work(run->feedback);
            cancelled = run->feedback.isCancelled();
        } catch (const Cancelled &) {
            cancelled = true;
        } catch (const InputError &error) {
            failure = error.diagnostic();
        } catch (const std::exception &error) {
            // A bug or a library's failure (too little memory for a page): still say what it concerns.
            failure = Diagnostic{Severity::Error, subject, QString(),
                                 BackgroundTaskText::tr("the work could not be done (%1)")
                                     .arg(QString::fromLocal8Bit(error.what())),
                                 BackgroundTaskText::tr("close other programs and try again")};
        }
        QMetaObject::invokeMethod(
            this,
            [this, run, cancelled, failure] {
                if (mRun != run)
                    return;
                mRunning = false;
                mCancelled = cancelled;
                mFailure = failure;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void BackgroundTask::cancel()
{
    if (mRun)
        mRun->feedback.cancel();
}

} // namespace madoguchi::app
