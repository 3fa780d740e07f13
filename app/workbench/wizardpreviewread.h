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

namespace madoguchi::app::wizard {

// What a read on a worker thread gave: its value, or the problem that stopped it.
template<typename Value>
struct ReadOutcome
{
    std::optional<Value> value;
    std::optional<Diagnostic> problem; // an InputError's diagnostic, or any other failure as a message
};

// Reads a wizard page's file on a BackgroundTask, one read at a time, so that the page stays responsive
// however large the file. Starting a read cancels the one before (through its Feedback) and drops its
// result: a page hears only of the last file, encoding or CRS chosen. Deleting this cancels the reads
// and waits for them to stop (BackgroundTask's destructor), so a read never outlives its page.
class PreviewRead : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRead(QObject *parent = nullptr);
    ~PreviewRead() override;
    PreviewRead(const PreviewRead &) = delete;
    PreviewRead &operator=(const PreviewRead &) = delete;

    // Runs `work(Feedback &)` on a worker thread, then `done(ReadOutcome<…> &&)` on this object's thread
    // unless another read was started or cancel() was called meanwhile. `file` names the file in the
    // message of an unexpected failure. `work` must not touch widgets: it gets copies of what it needs.
    template<typename Work, typename Done>
    void start(const QString &file, Work work, Done done)
    {
        using Value = std::invoke_result_t<Work &, Feedback &>;
        auto value = std::make_shared<std::optional<Value>>();
        launch(
            file, [work = std::move(work), value](Feedback &feedback) mutable { value->emplace(work(feedback)); },
            [value, done = std::move(done)](const std::optional<Diagnostic> &problem) mutable {
                done(ReadOutcome<Value>{problem ? std::nullopt : std::move(*value), problem});
            });
    }

    // Cancels the running read, if any; its result is dropped.
    void cancel();
    bool isRunning() const { return mCurrent && mCurrent->isRunning(); }

Q_SIGNALS:
    // A read ended and its result was handed on (not sent for a read that was cancelled or replaced).
    void finished();

private:
    void launch(const QString &file, BackgroundTask::Work work,
                std::function<void(const std::optional<Diagnostic> &problem)> finish);

    BackgroundTask *mCurrent = nullptr; // the read whose result is awaited; earlier ones finish unheard
};

} // namespace madoguchi::app::wizard
