#pragma once

#include "core/diagnostic.h"
#include "core/feedback.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

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

// Reads a wizard page's file on the thread pool, one read at a time, so that the page stays responsive
// however large the file. Starting a read cancels the one before (through its Feedback) and drops its
// result: a page hears only of the last file, encoding or CRS chosen. Deleting this cancels the reads
// and waits for them to stop, so a read never outlives its page.
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
        const std::shared_ptr<Feedback> feedback = begin();
        auto outcome = std::make_shared<ReadOutcome<Value>>();
        QFuture<void> future = QtConcurrent::run([work = std::move(work), feedback, outcome, file]() mutable {
            outcome->problem = runCatching(file, [&] { outcome->value.emplace(work(*feedback)); });
        });
        watch(std::move(future), [outcome, done = std::move(done)]() mutable { done(std::move(*outcome)); });
    }

    // Cancels the running read, if any; its result is dropped.
    void cancel();
    bool isRunning() const { return mRunning; }

Q_SIGNALS:
    // A read ended and its result was handed on (not sent for a read that was cancelled or replaced).
    void finished();

private:
    std::shared_ptr<Feedback> begin();
    void watch(QFuture<void> future, std::function<void()> finish);
    // Runs `read`, turning what it throws into the problem to show (nothing when cancelled).
    static std::optional<Diagnostic> runCatching(const QString &file, const std::function<void()> &read);

    std::shared_ptr<Feedback> mFeedback; // the running read's
    quint64 mGeneration = 0;             // counts reads started and cancelled
    bool mRunning = false;
    QList<QFuture<void>> mFutures; // reads not yet finished, the cancelled ones too
};

} // namespace madoguchi::app::wizard
