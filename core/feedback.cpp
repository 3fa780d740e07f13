#include "core/feedback.h"

#include "core/diagnostic.h"

#include <algorithm>

namespace madoguchi {

void Feedback::checkCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

void Feedback::setProgress(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    mProgress.store(fraction);
    if (mOnProgress)
        mOnProgress(fraction);
    if (mParent)
        mParent->setProgress(std::max(mParent->progress(), mStart + mSpan * fraction));
}

} // namespace madoguchi
