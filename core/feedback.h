#pragma once

#include <atomic>
#include <functional>

namespace madoguchi {

// Progress and cancellation for long work (QgsFeedback's pattern). The worker calls setProgress() and
// checkCancelled() in its loops; any thread may call cancel(). Thread-safe.
class Feedback
{
public:
    using ProgressCallback = std::function<void(double fraction)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback onProgress) : mOnProgress(std::move(onProgress)) {}
    // A stage of `parent`'s work (e.g. reading, then projecting for the map): this one's 0 … 1 is the
    // parent's `start` … `start + span`, never moving it back (a stage may report 0 … 1 once per layer);
    // a cancel of the parent cancels this stage. `parent` must outlive the stage.
    Feedback(Feedback &parent, double start, double span) : mParent(&parent), mStart(start), mSpan(span) {}

    void cancel() { mCancelled.store(true); }
    bool isCancelled() const { return mCancelled.load() || (mParent && mParent->isCancelled()); }
    // Throws Cancelled when cancel() was called.
    void checkCancelled() const;

    // fraction in [0, 1]
    void setProgress(double fraction);
    double progress() const { return mProgress.load(); }

private:
    std::atomic<bool> mCancelled{false};
    std::atomic<double> mProgress{0.0};
    ProgressCallback mOnProgress;
    Feedback *mParent = nullptr;
    double mStart = 0.0;
    double mSpan = 1.0;
};

} // namespace madoguchi
