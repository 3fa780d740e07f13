#pragma once

#include "core/diagnostic.h"
#include "core/feedback.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace madoguchi::app {

// The workbench's one way to run long work (a load, an export) off the GUI thread, with progress and
// cancel through core::Feedback (QgsTask's pattern): start() runs `work` on a worker thread; the worker
// reports progress through the Feedback and checks it for a cancel; progress() and finished() are
// emitted on the task's own thread (the GUI thread). The work must own or share what it reads (copies,
// shared_ptr to immutable data such as a ScenarioAnalysis), never the widgets.
//
// The outcome: completed, cancelled (the work threw Cancelled or cancel() was called), or failed with a
// Diagnostic (the work threw InputError, or any other std::exception, turned into a message naming the
// task's `subject`). Destroying the task cancels the work and waits for it, so a worker never outlives
// what it reports to.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Feedback &feedback)>;

    // `subject` names what the work concerns (e.g. the file an export writes) in the message of an
    // unexpected failure.
    explicit BackgroundTask(QString subject, QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Starts `work`; a task runs one work at a time (a second start() while one runs is ignored).
    void start(Work work);
    // Asks the work to stop at its next check; finished() follows with cancelled() true.
    void cancel();
    bool isRunning() const { return mRunning; }

    // After finished(): whether the work was cancelled, and why it failed (nullopt: it did not).
    bool cancelled() const { return mCancelled; }
    const std::optional<Diagnostic> &failure() const { return mFailure; }
    bool succeeded() const { return !mCancelled && !mFailure; }

Q_SIGNALS:
    // The work's progress, 0 … 1, throttled to steps of a percent.
    void progress(double fraction);
    void finished();

private:
    struct Run;

    QString mSubject;
    QThreadPool mPool; // one worker; owned so that the destructor can wait for it
    std::shared_ptr<Run> mRun;
    bool mRunning = false;
    bool mCancelled = false;
    std::optional<Diagnostic> mFailure;
};

} // namespace madoguchi::app
