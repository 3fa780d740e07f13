#include "gis/labelplacer.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace madoguchi::gis {

LabelPlacer::LabelPlacer(const QRectF &bounds) : mBounds(bounds) {}

void LabelPlacer::index(const QRectF &given, int item)
{
    // Nothing outside the bounds matters to a label that must lie inside them.
    const QRectF rect = mBounds.isNull() ? given : given.intersected(mBounds);
    if (!mBounds.isNull() && rect.isEmpty())
        return;
    mGrid.insert(rect, item);
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    mObstacles.push_back(rect);
    mRects.push_back(rect);
    index(rect, int(mRects.size()) - 1);
}

void LabelPlacer::addSymbol(const QPointF &center, double radius)
{
    if (radius <= 0.0)
        return;
    mSymbols.push_back({center, radius});
    mSymbolBoxes.push_back(centeredAt(center, QSizeF(2 * radius, 2 * radius)));
    index(mSymbolBoxes.back(), -int(mSymbols.size()));
}

void LabelPlacer::markPlaced(const QRectF &rect)
{
    mPlaced.push_back(rect);
    mRects.push_back(rect);
    index(rect, int(mRects.size()) - 1);
}

// QRectF::intersects counts rectangles that only share an edge as disjoint, which is what labels
// placed side by side need.
bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!mBounds.isNull() && !mBounds.contains(rect))
        return false;
    return !mGrid.anyNear(rect, [&](int item) {
        return item >= 0 ? mRects[std::size_t(item)].intersects(rect) : mSymbolBoxes[std::size_t(-1 - item)].intersects(rect);
    });
}

std::vector<QRectF> LabelPlacer::rectsNear(const QRectF &area) const
{
    std::vector<int> items;
    mGrid.anyNear(area, [&](int item) {
        if (item >= 0)
            items.push_back(item);
        return false;
    });
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::vector<QRectF> rects;
    for (int item : items)
        rects.push_back(mRects[std::size_t(item)]);
    return rects;
}

std::vector<int> LabelPlacer::symbolsNear(const QRectF &area) const
{
    std::vector<int> symbols;
    mGrid.anyNear(area, [&](int item) {
        if (item < 0)
            symbols.push_back(-1 - item);
        return false;
    });
    std::sort(symbols.begin(), symbols.end());
    symbols.erase(std::unique(symbols.begin(), symbols.end()), symbols.end());
    return symbols;
}

std::optional<QRectF> LabelPlacer::placeFirstFree(const std::vector<QRectF> &candidates)
{
    for (const QRectF &candidate : candidates) {
        if (isFree(candidate)) {
            markPlaced(candidate);
            return candidate;
        }
    }
    return std::nullopt;
}

std::vector<LabelPlacer::Placement> LabelPlacer::placeAll(const std::vector<Request> &requests)
{
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return requests[a].priority > requests[b].priority; });

    std::vector<Placement> placements;
    for (std::size_t index : order) {
        const Request &request = requests[index];
        for (std::size_t c = 0; c < request.candidates.size(); ++c) {
            const QRectF &candidate = request.candidates[c];
            if (isFree(candidate) && (!request.accepts || request.accepts(candidate))) {
                markPlaced(candidate);
                placements.push_back(Placement{request.key, candidate, int(c)});
                break;
            }
        }
    }
    return placements;
}

QRectF LabelPlacer::rectAround(const QPointF &anchor, const QSizeF &size, double symbolRadius, double gap,
                               Position position)
{
    const double w = size.width();
    const double h = size.height();
    const double straight = symbolRadius + gap;
    const double diagonal = symbolRadius / std::numbers::sqrt2 + gap;
    const double x = anchor.x();
    const double y = anchor.y();
    switch (position) {
    case Position::TopRight:
        return QRectF(x + diagonal, y - diagonal - h, w, h);
    case Position::TopLeft:
        return QRectF(x - diagonal - w, y - diagonal - h, w, h);
    case Position::BottomRight:
        return QRectF(x + diagonal, y + diagonal, w, h);
    case Position::BottomLeft:
        return QRectF(x - diagonal - w, y + diagonal, w, h);
    case Position::Right:
        return QRectF(x + straight, y - h / 2, w, h);
    case Position::Left:
        return QRectF(x - straight - w, y - h / 2, w, h);
    case Position::Top:
        return QRectF(x - w / 2, y - straight - h, w, h);
    case Position::Bottom:
        return QRectF(x - w / 2, y + straight, w, h);
    }
    return QRectF();
}

std::vector<QRectF> LabelPlacer::candidatesAround(const QPointF &anchor, const QSizeF &size,
                                                  double symbolRadius, double gap)
{
    std::vector<QRectF> candidates;
    candidates.reserve(8);
    for (Position position : {Position::TopRight, Position::TopLeft, Position::BottomRight, Position::BottomLeft,
                              Position::Right, Position::Left, Position::Top, Position::Bottom})
        candidates.push_back(rectAround(anchor, size, symbolRadius, gap, position));
    return candidates;
}

QRectF LabelPlacer::centeredAt(const QPointF &center, const QSizeF &size)
{
    return QRectF(center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height());
}

} // namespace madoguchi::gis
