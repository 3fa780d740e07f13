#pragma once

#include "gis/labelplacer.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <optional>
#include <vector>

namespace madoguchi::gis {

// A point symbol that wants its name beside it (an office on a map, a point on a chart).
struct LabelledPoint
{
    QPointF anchor;       // the symbol's centre
    double radius = 0.0;  // the symbol's radius: no label covers it
    QSizeF nameSize;      // the name's box (with its halo or padding)
    int priority = 0;     // higher is named first (closures and candidates before the rest)
};

// Where a point's name, or its number in the figure's key, went.
struct PointLabel
{
    enum class Kind { None, Name, Number };
    Kind kind = Kind::None;
    QRectF rect;
    int number = 0;               // Kind::Number: its number in the key, from 1
    std::optional<QLineF> leader; // from the symbol's edge to the label, when the label sits away from it
};

struct PointLabelOptions
{
    double gap = 2.0; // between a symbol's edge and a label right beside it
    // The places beside a symbol, in the order they are tried; empty: LabelPlacer's cartographic order
    // (top right first). A line chart names its points above and below them first, where a name at a
    // diagonal would sit over the line or over the next point.
    std::vector<LabelPlacer::Position> besidePositions;
    // The distances from a symbol's edge at which a label may sit when there is no room beside it,
    // nearest first; such a label is joined to its symbol by a leader line.
    std::vector<double> leaderGaps;
    // The box of the label of key number n (a number drawn beside the symbol). Without it, a point
    // whose name finds no place is left unlabelled.
    std::function<QSizeF(int number)> numberSize;
};

// Names point symbols so that a reader can always tell which name belongs to which symbol.
//
// Points are served by priority (ties in the order given). Each name takes the first free place of the
// eight beside its symbol (LabelPlacer's cartographic order) whose box is nearer to its own symbol
// than to any other; failing that, a place on the rings farther out, joined by a leader line that
// crosses no other symbol, label or leader. A name that finds no place at all becomes a number — the
// points that need one are numbered 1, 2, … in the order given, and each number is placed by the same
// rules (with more rings) — and the figure lists the numbers with their names in a key beside it.
// "Free" is LabelPlacer's: inside its bounds, over no obstacle, symbol or label placed before. The
// caller adds every symbol to the placer first (addSymbol), and anything else no label may cover.
//
// Returns one PointLabel per point, parallel to `points`; Kind::None only where even a number found
// no place (a figure far too small for its points), which the caller reports.
std::vector<PointLabel> placePointLabels(LabelPlacer &placer, const std::vector<LabelledPoint> &points,
                                         const PointLabelOptions &options);

// The distance from `point` to the nearest point of `rect` (0 inside it).
double distanceToRect(const QPointF &point, const QRectF &rect);

// Whether `label` (placed without a leader for points[own]) is nearer to that point's centre than to
// every other point's: a name beside a symbol must not read as another symbol's.
bool isNearestToOwnPoint(const std::vector<LabelledPoint> &points, std::size_t own, const QRectF &label);

// For a figure's key of numbers: the indices of the labels placed as numbers, the most urgent points
// first (by priority, ties in order). A point that was to get a number but found no place even for it
// is left unlabelled (a number without its place means nothing) and counted in `unplaced`.
std::vector<std::size_t> numberedLabels(std::vector<PointLabel> &labels, const std::vector<LabelledPoint> &points,
                                        int &unplaced);

} // namespace madoguchi::gis
