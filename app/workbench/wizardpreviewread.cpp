#include "app/workbench/wizardpreviewread.h"

#include <QFutureWatcher>

namespace madoguchi::app::wizard {

PreviewRead::PreviewRead(QObject *parent)
    : QObject(parent)
{
}

PreviewRead::~PreviewRead()
{
    cancel();
    // The reads hold only copies and shared state, but GDAL must not be left reading when the program
    // ends: wait for them to notice the cancellation.
    for (QFuture<void> &future : mFutures)
        future.waitForFinished();
}

void PreviewRead::cancel()
{
    if (mFeedback)
        mFeedback->cancel();
    mFeedback.reset();
    ++mGeneration;
    mRunning = false;
}

std::shared_ptr<Feedback> PreviewRead::begin()
{
    cancel();
    mFeedback = std::make_shared<Feedback>();
    mRunning = true;
    return mFeedback;
}

void PreviewRead::watch(QFuture<void> future, std::function<void()> finish)
{
    mFutures.append(future);
    auto *watcher = new QFutureWatcher<void>(this);
    const quint64 generation = mGeneration;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, finish = std::move(finish)] {
        watcher->deleteLater();
        mFutures.removeIf([](const QFuture<void> &each) { return each.isFinished(); });
        if (generation != mGeneration)
            return; // cancelled, or replaced by a newer read
        mFeedback.reset();
        mRunning = false;
        // `finish` may start the next read (e.g. the whole table after its preview).
        finish();
        Q_EMIT finished();
    });
    watcher->setFuture(future);
}

std::optional<Diagnostic> PreviewRead::runCatching(const QString &file, const std::function<void()> &read)
{
    try {
        read();
    } catch (const InputError &error) {
        return error.diagnostic();
    } catch (const Cancelled &) {
        // Dropped: a newer read replaces this one.
    } catch (const std::exception &error) {
        return Diagnostic{Severity::Error, file, {}, QString::fromLocal8Bit(error.what()), {}};
    }
    return std::nullopt;
}

} // namespace madoguchi::app::wizard
