#include "gis/pathsimplification.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace madoguchi::gis {

namespace {

// The output grown by the margin, edge by edge, and which of its edges a point lies beyond.
struct ClipBounds
{
    double left = 0.0;
    double right = 0.0;
    double top = 0.0;
    double bottom = 0.0;

    // One bit per edge the point is beyond: 1 left, 2 right, 4 top, 8 bottom; 0 inside.
    int outcode(const QPointF &p) const
    {
        return (p.x() < left ? 1 : 0) | (p.x() > right ? 2 : 0) | (p.y() < top ? 4 : 0) | (p.y() > bottom ? 8 : 0);
    }
};

// Collects the screen vertices of one ring at a time, collapsing runs beyond an edge as they come, and
// adds each finished ring, simplified, to the result.
class RingCollector
{
public:
    RingCollector(const ClipBounds &bounds, Qt::FillRule fillRule)
        : mBounds(bounds)
    {
        mResult.setFillRule(fillRule);
    }

    // Appends `point` to the ring. While the points stay beyond a common edge, the run keeps its first
    // point and the latest one only.
    void add(const QPointF &point)
    {
        const int code = mBounds.outcode(point);
        if (!mRing.isEmpty() && (mRunBits & code) != 0) {
            if (mRing.size() - mRunStart >= 2)
                mRing.back() = point;
            else
                mRing.push_back(point);
            mRunBits &= code;
        } else {
            mRing.push_back(point);
            mRunStart = mRing.size() - 1;
            mRunBits = code;
        }
    }

    // The last vertex of the ring so far.
    const QPointF &lastPoint() const { return mRing.back(); }

    // Ends the ring: one of two vertices or more goes into the result, closed when it was.
    void finishRing()
    {
        if (mRing.size() >= 2) {
            const bool closed = mRing.size() > 2 && mRing.front() == mRing.back();
            mResult.addPolygon(simplifiedPolyline(mRing, kPathSimplifyPixels));
            if (closed)
                mResult.closeSubpath();
        }
        mRing.clear();
    }

    const QPainterPath &result() const { return mResult; }

private:
    ClipBounds mBounds;
    QPainterPath mResult;
    QPolygonF mRing;
    qsizetype mRunStart = 0;
    int mRunBits = 0;
};

} // namespace

QPolygonF simplifiedPolyline(const QPolygonF &line, double tolerance)
{
    const int n = int(line.size());
    if (n <= 3)
        return line;
    std::vector<bool> keep(std::size_t(n), false);
    keep.front() = true;
    keep.back() = true;
    std::vector<std::pair<int, int>> stack{{0, n - 1}};
    const double tolerance2 = tolerance * tolerance;
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        const QPointF a = line[first];
        const QPointF b = line[last];
        const double abx = b.x() - a.x();
        const double aby = b.y() - a.y();
        const double length2 = abx * abx + aby * aby;
        double farthest2 = -1.0;
        int farthest = -1;
        for (int i = first + 1; i < last; ++i) {
            const double apx = line[i].x() - a.x();
            const double apy = line[i].y() - a.y();
            // Distance to the segment (to its start when it has none: a closed ring).
            const double t = length2 > 0.0 ? std::clamp((apx * abx + apy * aby) / length2, 0.0, 1.0) : 0.0;
            const double ex = apx - t * abx;
            const double ey = apy - t * aby;
            const double distance2 = ex * ex + ey * ey;
            if (distance2 > farthest2) {
                farthest2 = distance2;
                farthest = i;
            }
        }
        if (farthest >= 0 && farthest2 > tolerance2) {
            keep[std::size_t(farthest)] = true;
            stack.push_back({first, farthest});
            stack.push_back({farthest, last});
        }
    }
    QPolygonF result;
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (keep[std::size_t(i)])
            result.push_back(line[i]);
    }
    return result;
}

QPainterPath screenPath(const QPainterPath &mapPath, const QTransform &worldToScreen, const QRectF &output,
                        double margin)
{
    const ClipBounds bounds{output.left() - margin, output.right() + margin, output.top() - margin,
                            output.bottom() + margin};
    const double m11 = worldToScreen.m11();
    const double m22 = worldToScreen.m22();
    const double dx = worldToScreen.dx();
    const double dy = worldToScreen.dy();
    RingCollector rings(bounds, mapPath.fillRule());
    const int count = mapPath.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element element = mapPath.elementAt(i);
        if (element.type == QPainterPath::CurveToElement || element.type == QPainterPath::CurveToDataElement)
            return worldToScreen.map(mapPath); // map content is polygonal; keep curves exact anyway
        const QPointF point(element.x * m11 + dx, element.y * m22 + dy);
        if (element.type == QPainterPath::MoveToElement) {
            rings.finishRing();
            rings.add(point);
            continue;
        }
        const bool last = i + 1 == count || mapPath.elementAt(i + 1).type == QPainterPath::MoveToElement;
        const QPointF delta = point - rings.lastPoint();
        if (last || std::abs(delta.x()) + std::abs(delta.y()) >= kPathDropPixels)
            rings.add(point);
    }
    rings.finishRing();
    return rings.result();
}

} // namespace madoguchi::gis
