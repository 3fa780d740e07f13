#pragma once

#include "app/workbench/backgroundtask.h"
#include "core/diagnostic.h"
#include "core/feedback.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace madoguchi::app {

// What a task on a worker thread gave: its value, or the problem that stopped it.
template<typename Value>
struct TaskOutcome
{
    std::optional<Value> value;
    std::optional<Diagnostic> problem; // an InputError's diagnostic, or any other failure as a message
};

// Runs the latest of a series of works on a BackgroundTask: the document's project loads, a wizard page's
// reads of the file chosen. Starting a work cancels the one before (through its Feedback) and drops its
// result, so that only the last project opened, or the last file, encoding or CRS chosen, is heard of.
// Deleting this cancels the works and waits for them to stop (BackgroundTask's destructor), so a work
// never outlives what it reports to.
class LatestTask : public QObject
{
    Q_OBJECT

public:
    explicit LatestTask(QObject *parent = nullptr);
    ~LatestTask() override;
    LatestTask(const LatestTask &) = delete;
    LatestTask &operator=(const LatestTask &) = delete;

    // Runs `work(Feedback &)` on a worker thread, then `done(TaskOutcome<…> &&)` on this object's thread
    // unless another work was started or cancel() was called meanwhile. `subject` (the file) names what
    // the work concerns in the message of an unexpected failure. `work` must not touch widgets: it gets
    // copies of what it needs.
    template<typename Work, typename Done>
    void start(const QString &subject, Work work, Done done)
    {
        using Value = std::invoke_result_t<Work &, Feedback &>;
        auto value = std::make_shared<std::optional<Value>>();
        launch(
            subject, [work = std::move(work), value](Feedback &feedback) mutable { value->emplace(work(feedback)); },
            [value, done = std::move(done)](const std::optional<Diagnostic> &problem) mutable {
                done(TaskOutcome<Value>{problem ? std::nullopt : std::move(*value), problem});
            });
    }

    // Cancels the running work, if any; its result is dropped.
    void cancel();
    bool isRunning() const { return mCurrent && mCurrent->isRunning(); }

Q_SIGNALS:
    // The running work's progress, 0 … 1 (BackgroundTask::progress).
    void progress(double fraction);
    // A work ended and its result was handed on (not sent for a work that was cancelled or replaced).
    void finished();

private:
    void launch(const QString &subject, BackgroundTask::Work work,
                std::function<void(const std::optional<Diagnostic> &problem)> finish);

    BackgroundTask *mCurrent = nullptr; // the work whose result is awaited; earlier ones finish unheard
};

} // namespace madoguchi::app
