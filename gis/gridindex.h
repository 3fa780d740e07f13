#pragma once

#include <QRectF>

#include <cmath>
#include <unordered_map>
#include <vector>

namespace madoguchi::gis {

// Items (indices, ids) filed under the cells of a uniform grid of `cellSize` that their rectangles
// touch, so that a query looks at the few items near a rectangle instead of at all of them.
template <typename Item>
class GridIndex
{
public:
    explicit GridIndex(double cellSize) : mCellSize(cellSize) {}

    void insert(const QRectF &rect, Item item)
    {
        forEachCell(rect, [&](long long key) {
            mCells[key].push_back(item);
            return false;
        });
    }

    // Calls visit(item) for the items filed in the cells `area` touches (an item may come more than
    // once) until one returns true; returns whether one did.
    template <typename Visit>
    bool anyNear(const QRectF &area, Visit visit) const
    {
        return forEachCell(area, [&](long long key) {
            const auto found = mCells.find(key);
            if (found == mCells.end())
                return false;
            for (const Item &item : found->second)
                if (visit(item))
                    return true;
            return false;
        });
    }

private:
    template <typename Visit>
    bool forEachCell(const QRectF &rect, Visit visit) const
    {
        const long long left = (long long)std::floor(rect.left() / mCellSize);
        const long long right = (long long)std::floor(rect.right() / mCellSize);
        const long long top = (long long)std::floor(rect.top() / mCellSize);
        const long long bottom = (long long)std::floor(rect.bottom() / mCellSize);
        for (long long column = left; column <= right; ++column)
            for (long long row = top; row <= bottom; ++row)
                if (visit((column << 32) ^ (row & 0xffffffffLL)))
                    return true;
        return false;
    }

    double mCellSize;
    std::unordered_map<long long, std::vector<Item>> mCells;
};

} // namespace madoguchi::gis
