#include "gis/pointlabels.h"

#include "gis/gridindex.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <limits>
#include <numeric>

namespace madoguchi::gis {

double distanceToRect(const QPointF &point, const QRectF &rect)
{
    const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

bool isNearestToOwnPoint(const std::vector<LabelledPoint> &points, std::size_t own, const QRectF &label)
{
    const double ownDistance = distanceToRect(points[own].anchor, label);
    for (std::size_t i = 0; i < points.size(); ++i)
        if (i != own && distanceToRect(points[i].anchor, label) <= ownDistance)
            return false;
    return true;
}

namespace {

QPointF nearestPointOf(const QRectF &rect, const QPointF &point)
{
    return QPointF(std::clamp(point.x(), rect.left(), rect.right()), std::clamp(point.y(), rect.top(), rect.bottom()));
}

double distanceToSegment(const QPointF &point, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0.0
                         ? std::clamp(QPointF::dotProduct(point - segment.p1(), d) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    const QPointF nearest = segment.p1() + d * t;
    return std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
}

// Whether the segment passes through the rectangle's interior (touching its edge does not count).
bool crosses(const QLineF &line, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(0.01, 0.01, -0.01, -0.01);
    if (inner.isEmpty())
        return false;
    if (inner.contains(line.p1()) || inner.contains(line.p2()))
        return true;
    const QLineF edges[] = {QLineF(inner.topLeft(), inner.topRight()), QLineF(inner.topRight(), inner.bottomRight()),
                            QLineF(inner.bottomRight(), inner.bottomLeft()),
                            QLineF(inner.bottomLeft(), inner.topLeft())};
    return std::any_of(std::begin(edges), std::end(edges),
                       [&](const QLineF &edge) { return line.intersects(edge, nullptr) == QLineF::BoundedIntersection; });
}

// A rectangle of `size` beside a circle of `radius` around `anchor`, `gap` away from its edge in the
// direction `angle` (radians, clockwise from east on screen).
QRectF rectInDirection(const QPointF &anchor, const QSizeF &size, double radius, double gap, double angle)
{
    const QPointF unit(std::cos(angle), std::sin(angle));
    // How far the box's centre must sit from its edge facing the anchor, along the direction.
    const double halfExtent = std::abs(unit.x()) * size.width() / 2 + std::abs(unit.y()) * size.height() / 2;
    return LabelPlacer::centeredAt(anchor + unit * (radius + gap + halfExtent), size);
}

class Labeller
{
public:
    Labeller(LabelPlacer &placer, const std::vector<LabelledPoint> &points, const PointLabelOptions &options)
        : mPlacer(placer)
        , mPoints(points)
        , mOptions(options)
    {
        for (std::size_t i = 0; i < points.size(); ++i) {
            mGrid.insert(QRectF(points[i].anchor, QSizeF(0, 0)), i);
            mLargestRadius = std::max(mLargestRadius, points[i].radius);
        }
    }

    // Right beside the symbol, reading as its own.
    std::optional<PointLabel> placeBeside(std::size_t index, const QSizeF &size)
    {
        const LabelledPoint &point = mPoints[index];
        std::vector<QRectF> candidates;
        if (mOptions.besidePositions.empty())
            candidates = LabelPlacer::candidatesAround(point.anchor, size, point.radius, mOptions.gap);
        for (LabelPlacer::Position position : mOptions.besidePositions)
            candidates.push_back(LabelPlacer::rectAround(point.anchor, size, point.radius, mOptions.gap, position));
        for (const QRectF &rect : candidates)
            if (isFree(rect) && isNearest(index, rect))
                return commit(rect, std::nullopt);
        return std::nullopt;
    }

    // Away from the symbol on `rings` (nearest first) in `directions` directions, joined by a leader:
    // places that also read as its own first, then any with a clear leader.
    std::optional<PointLabel> placeAway(std::size_t index, const QSizeF &size, const std::vector<double> &rings,
                                        int directions, bool crossLeaders = false)
    {
        const LabelledPoint &point = mPoints[index];
        for (bool nearest : {true, false})
            for (double gap : rings)
                for (int step = 0; step < directions; ++step) {
                    const double angle = leaderAngle(step);
                    const QRectF rect = rectInDirection(point.anchor, size, point.radius, gap, angle);
                    if (!isFree(rect, crossLeaders) || (nearest && !isNearest(index, rect)))
                        continue;
                    const QLineF leader = leaderTo(point, rect);
                    if (isClear(leader, index, rect, crossLeaders))
                        return commit(rect, leader);
                }
        return std::nullopt;
    }

private:
    // The first sixteen as the cartographic order beside a symbol (top right first, then round the
    // clock in 22.5° steps alternating sides); beyond them the angles halfway between.
    static double leaderAngle(int step)
    {
        static constexpr int order[16] = {14, 10, 2, 6, 0, 8, 12, 4, 15, 13, 9, 11, 1, 3, 7, 5};
        return (order[step % 16] + (step < 16 ? 0.0 : 0.5)) * std::numbers::pi / 8.0;
    }

    static QLineF leaderTo(const LabelledPoint &point, const QRectF &rect)
    {
        const QPointF end = nearestPointOf(rect, point.anchor);
        QLineF line(point.anchor, end);
        const double length = line.length();
        if (length > 0.0)
            line.setP1(point.anchor + (end - point.anchor) * ((point.radius + 0.5) / length));
        return line;
    }

    // isNearestToOwnPoint over the points near the label only.
    bool isNearest(std::size_t own, const QRectF &label) const
    {
        const double ownDistance = distanceToRect(mPoints[own].anchor, label);
        const QRectF area = label.adjusted(-ownDistance, -ownDistance, ownDistance, ownDistance);
        return !mGrid.anyNear(area, [&](std::size_t i) {
            return i != own && distanceToRect(mPoints[i].anchor, label) <= ownDistance;
        });
    }

    // Free in the placer, and (unless `overLeaders`, the last resort) crossed by no leader.
    bool isFree(const QRectF &rect, bool overLeaders = false) const
    {
        return mPlacer.isFree(rect)
               && (overLeaders || std::none_of(mLeaders.begin(), mLeaders.end(),
                                               [&](const QLineF &leader) { return crosses(leader, rect); }));
    }

    // A leader crosses no other symbol, no obstacle (but its own symbol's), no label and (unless
    // `crossLeaders`, the last resort, which also lets the label lie over other leaders) no leader.
    bool isClear(const QLineF &leader, std::size_t own, const QRectF &target, bool crossLeaders) const
    {
        const QPointF anchor = mPoints[own].anchor;
        const QRectF span = QRectF(leader.p1(), leader.p2()).normalized().adjusted(-1.0, -1.0, 1.0, 1.0);
        // Points are small: those whose centre is within the largest radius of the line.
        const double reach = mLargestRadius;
        if (mGrid.anyNear(span.adjusted(-reach, -reach, reach, reach), [&](std::size_t i) {
                return i != own && distanceToSegment(mPoints[i].anchor, leader) <= mPoints[i].radius + 0.5;
            }))
            return false;
        for (int index : mPlacer.symbolsNear(span)) {
            const LabelPlacer::Symbol &symbol = mPlacer.symbols()[std::size_t(index)];
            if (symbol.center != anchor && distanceToSegment(symbol.center, leader) <= symbol.radius + 0.5)
                return false;
        }
        // Obstacles and placed labels (the label's own symbol's box aside, and its own target).
        for (const QRectF &rect : mPlacer.rectsNear(span))
            if (rect != target && !rect.contains(anchor) && crosses(leader, rect))
                return false;
        return crossLeaders || std::none_of(mLeaders.begin(), mLeaders.end(), [&](const QLineF &other) {
            return leader.intersects(other, nullptr) == QLineF::BoundedIntersection;
        });
    }

    PointLabel commit(const QRectF &rect, std::optional<QLineF> leader)
    {
        mPlacer.markPlaced(rect);
        if (leader)
            mLeaders.push_back(*leader);
        PointLabel label;
        label.rect = rect;
        label.leader = leader;
        return label;
    }

    LabelPlacer &mPlacer;
    const std::vector<LabelledPoint> &mPoints;
    const PointLabelOptions &mOptions;
    std::vector<QLineF> mLeaders;
    GridIndex<std::size_t> mGrid{64.0}; // the points' centres
    double mLargestRadius = 0.0;
};

} // namespace

namespace {

// The rings numbers may use: the names' rings, then on beyond the names' farthest, out to the far side
// of the figure if need be (a number with a long leader beats none).
std::vector<double> numberRings(const LabelPlacer &placer, const PointLabelOptions &options)
{
    std::vector<double> rings = options.leaderGaps;
    const double farthest = rings.empty() ? 4.0 * options.gap + 8.0 : rings.back();
    const QRectF bounds = placer.bounds();
    const double reach = bounds.isNull() ? farthest * 6.0 : std::hypot(bounds.width(), bounds.height());
    for (double gap = farthest * 1.3; gap < reach; gap *= 1.3)
        rings.push_back(gap);
    return rings;
}

// `order` stably sorted by how many other points lie within the names' farthest ring, most first.
std::vector<std::size_t> byCrowding(const std::vector<LabelledPoint> &points, std::vector<std::size_t> order,
                                    const PointLabelOptions &options)
{
    const double reach = options.leaderGaps.empty() ? 4.0 * options.gap + 8.0 : options.leaderGaps.back();
    std::vector<int> neighbours(points.size(), 0);
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            if (QLineF(points[i].anchor, points[j].anchor).length() < reach + points[i].radius + points[j].radius) {
                ++neighbours[i];
                ++neighbours[j];
            }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return neighbours[a] > neighbours[b]; });
    return order;
}

// One round: the urgent points (those left unlabelled in an earlier round) first — a name or a number
// beside the symbol, else a name or a number away from it — then every other point as below. Numbers are sized for the
// largest number there can be; they are counted afterwards.
std::vector<PointLabel> placeRound(LabelPlacer &placer, const std::vector<LabelledPoint> &points,
                                   const PointLabelOptions &options, const std::vector<std::size_t> &order,
                                   const std::vector<std::size_t> &urgent)
{
    Labeller labeller(placer, points, options);
    std::vector<PointLabel> labels(points.size());
    const auto take = [&](std::size_t index, std::optional<PointLabel> label, PointLabel::Kind kind) {
        if (label) {
            labels[index] = *label;
            labels[index].kind = kind;
        }
    };
    const bool numbers = bool(options.numberSize);
    const QSizeF numberSize = numbers ? options.numberSize(int(points.size())) : QSizeF();
    const std::vector<double> rings = numbers ? numberRings(placer, options) : std::vector<double>();
    for (std::size_t index : urgent) {
        const QSizeF &name = points[index].nameSize;
        take(index, labeller.placeBeside(index, name), PointLabel::Kind::Name);
        if (numbers && labels[index].kind == PointLabel::Kind::None)
            take(index, labeller.placeBeside(index, numberSize), PointLabel::Kind::Number);
        if (labels[index].kind == PointLabel::Kind::None)
            take(index, labeller.placeAway(index, name, options.leaderGaps, 16), PointLabel::Kind::Name);
        if (numbers && labels[index].kind == PointLabel::Kind::None)
            take(index, labeller.placeAway(index, numberSize, rings, 32), PointLabel::Kind::Number);
    }
    for (std::size_t index : order)
        if (labels[index].kind == PointLabel::Kind::None)
            take(index, labeller.placeBeside(index, points[index].nameSize), PointLabel::Kind::Name);
    // Away from the symbols, the most crowded first (they have the fewest ways out): a name on the
    // nearer rings, else a number beside the symbol, else a number farther out; as a last resort, for a
    // point walled in by its neighbours' leaders, a number whose leader may cross them.
    const std::vector<std::size_t> crowdedFirst = byCrowding(points, order, options);
    const std::vector<double> nearRings(options.leaderGaps.begin(),
                                        options.leaderGaps.begin() + std::min<std::size_t>(2, options.leaderGaps.size()));
    const auto away = [&](const std::vector<double> &ringsToTry) {
        for (std::size_t index : crowdedFirst)
            if (labels[index].kind == PointLabel::Kind::None)
                take(index, labeller.placeAway(index, points[index].nameSize, ringsToTry, 16), PointLabel::Kind::Name);
    };
    away(nearRings);
    if (!numbers) {
        away(options.leaderGaps);
        return labels;
    }
    for (std::size_t index : crowdedFirst)
        if (labels[index].kind == PointLabel::Kind::None)
            take(index, labeller.placeBeside(index, numberSize), PointLabel::Kind::Number);
    for (bool crossLeaders : {false, true})
        for (std::size_t index : crowdedFirst)
            if (labels[index].kind == PointLabel::Kind::None)
                take(index, labeller.placeAway(index, numberSize, rings, 32, crossLeaders), PointLabel::Kind::Number);
    return labels;
}

} // namespace

std::vector<PointLabel> placePointLabels(LabelPlacer &placer, const std::vector<LabelledPoint> &points,
                                         const PointLabelOptions &options)
{
    std::vector<std::size_t> byPriority(points.size());
    std::iota(byPriority.begin(), byPriority.end(), std::size_t(0));
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [&](std::size_t a, std::size_t b) { return points[a].priority > points[b].priority; });

    // Greedy placement leaves a point in a crowd without a place when its neighbours took the room
    // first; such points go first in the next round, up to a few rounds, and the best round is kept.
    const LabelPlacer start = placer;
    std::vector<int> failedInRound(points.size(), 0); // the latest round (from 1) a point had no place in
    std::vector<PointLabel> best;
    LabelPlacer bestPlacer = start;
    long bestMissing = std::numeric_limits<long>::max();
    // Rounds cost a whole placement each: a few for a city, one more for a country's thousands.
    const int rounds = points.size() <= 300 ? 8 : 2;
    for (int round = 1; round <= rounds; ++round) {
        // The points that failed most recently first, then the others that failed before, by priority.
        std::vector<std::size_t> urgent;
        for (std::size_t index : byPriority)
            if (failedInRound[index] > 0)
                urgent.push_back(index);
        std::stable_sort(urgent.begin(), urgent.end(),
                         [&](std::size_t a, std::size_t b) { return failedInRound[a] > failedInRound[b]; });
        placer = start;
        std::vector<PointLabel> labels = placeRound(placer, points, options, byPriority, urgent);
        long missing = 0;
        for (std::size_t i = 0; i < points.size(); ++i)
            if (labels[i].kind == PointLabel::Kind::None) {
                failedInRound[i] = round;
                ++missing;
            }
        if (missing < bestMissing) {
            best = std::move(labels);
            bestPlacer = placer;
            bestMissing = missing;
        }
        if (missing == 0)
            break;
    }
    placer = bestPlacer;

    // The points that need a number (or found no place even for one) are numbered in the order given.
    if (options.numberSize) {
        int number = 0;
        for (PointLabel &label : best)
            if (label.kind != PointLabel::Kind::Name)
                label.number = ++number;
    }
    return best;
}

std::vector<std::size_t> numberedLabels(std::vector<PointLabel> &labels, const std::vector<LabelledPoint> &points,
                                        int &unplaced)
{
    std::vector<std::size_t> numbered;
    unplaced = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].kind == PointLabel::Kind::Number) {
            numbered.push_back(i);
        } else if (labels[i].number > 0) {
            labels[i] = PointLabel();
            ++unplaced;
        }
    }
    std::stable_sort(numbered.begin(), numbered.end(),
                     [&](std::size_t a, std::size_t b) { return points[a].priority > points[b].priority; });
    return numbered;
}

} // namespace madoguchi::gis
