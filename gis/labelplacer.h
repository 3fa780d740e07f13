#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include "gis/gridindex.h"

#include <optional>
#include <vector>

namespace madoguchi::gis {

// Greedy label placement without overlaps, in screen coordinates (pixels, y down).
//
// The renderer asks for all labels of a frame at once: each request carries its candidate rectangles
// in order of preference and a priority. Requests are served from the highest priority down (ties in
// the order given); each takes its first candidate that lies inside the bounds, overlaps neither an
// obstacle (a symbol, the legend) nor a label placed before it, and that the request accepts; a
// label with no such candidate is
// left out rather than drawn over another.
class LabelPlacer
{
public:
    // The eight positions around a point symbol, in the order they are tried (the cartographic order
    // QGIS uses for points: top right first, then top left, bottom right, bottom left, right, left,
    // top, bottom).
    enum class Position { TopRight, TopLeft, BottomRight, BottomLeft, Right, Left, Top, Bottom };

    struct Request
    {
        int key = 0;      // the caller's id for the label, returned in Placement
        int priority = 0; // higher is placed first
        std::vector<QRectF> candidates;
        // Optional further test of a candidate (e.g. "the label's centre is inside the polygon"),
        // asked only about candidates that are free, so an expensive test runs for few of them.
        std::function<bool(const QRectF &)> accepts;
    };

    struct Placement
    {
        int key = 0;
        QRectF rect;
        int candidateIndex = 0; // which candidate was taken (0 = the preferred one)
    };

    // Labels must lie entirely inside `bounds` (the visible map); a null rectangle means no limit.
    explicit LabelPlacer(const QRectF &bounds = QRectF());

    // Space no label may cover.
    void addObstacle(const QRectF &rect);
    // A round symbol no label may cover (labels keep off its bounding square; leader lines, which
    // only need to miss the symbol itself, off the circle).
    void addSymbol(const QPointF &center, double radius);
    struct Symbol
    {
        QPointF center;
        double radius = 0.0;
    };

    // True when `rect` is inside the bounds and overlaps no obstacle and no placed label.
    bool isFree(const QRectF &rect) const;

    // Places the first free candidate and returns it; nullopt (nothing placed) when none is free.
    std::optional<QRectF> placeFirstFree(const std::vector<QRectF> &candidates);

    // Places all requests by priority (see the class comment). Returns the placed labels in the order
    // they were placed; left-out requests are missing.
    std::vector<Placement> placeAll(const std::vector<Request> &requests);

    // Takes `rect` as placed (the caller has checked that it is free).
    void markPlaced(const QRectF &rect);

    // The obstacles and placed labels that may intersect `area` (a superset: those in the grid cells
    // it touches), and the indices into symbols() of the symbols whose boxes may.
    std::vector<QRectF> rectsNear(const QRectF &area) const;
    std::vector<int> symbolsNear(const QRectF &area) const;

    const std::vector<QRectF> &placedLabels() const { return mPlaced; }
    const std::vector<QRectF> &obstacles() const { return mObstacles; }
    const std::vector<Symbol> &symbols() const { return mSymbols; }
    const QRectF &bounds() const { return mBounds; }

    // The rectangle of a label of `size` at `position` around a symbol centred on `anchor`, leaving
    // `gap` pixels between the symbol's edge (a circle of radius `symbolRadius`) and the text.
    // Diagonal positions are pulled in so the label's corner sits on the circle's 45° point.
    static QRectF rectAround(const QPointF &anchor, const QSizeF &size, double symbolRadius, double gap,
                             Position position);
    // All eight rectangles, in the order of Position.
    static std::vector<QRectF> candidatesAround(const QPointF &anchor, const QSizeF &size,
                                                double symbolRadius, double gap);
    // A rectangle of `size` centred on `center`.
    static QRectF centeredAt(const QPointF &center, const QSizeF &size);

private:
    QRectF mBounds;
    std::vector<QRectF> mObstacles;
    std::vector<Symbol> mSymbols;
    std::vector<QRectF> mSymbolBoxes; // parallel to mSymbols
    std::vector<QRectF> mPlaced;

    // Everything a label must not cover, in a grid of 64-pixel cells, so that a test looks at
    // the few items near a rectangle rather than at all of them (a map of a whole country has
    // thousands). An item is an obstacle, a placed label (index ≥ 0 into mRects) or a symbol
    // (-1 - its index into mSymbols).
    void index(const QRectF &given, int item);
    std::vector<QRectF> mRects; // obstacles and placed labels, in the order added
    GridIndex<int> mGrid{64.0};
};

} // namespace madoguchi::gis
