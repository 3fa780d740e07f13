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

    void cancel() { mCancelled.store(true); }
    bool isCancelled() const { return mCancelled.load(); }
    // Throws Cancelled when cancel() was called.
    void checkCancelled() const;

    // fraction in [0, 1]
    void setProgress(double fraction);
    double progress() const { return mProgress.load(); }

private:
    std::atomic<bool> mCancelled{false};
    std::atomic<double> mProgress{0.0};
    ProgressCallback mOnProgress;
};

} // namespace madoguchi
