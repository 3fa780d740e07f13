// The correlation figure's texts inside the plot: the quadrant names, the offices' names (beside their
// points, with leader lines, or as numbers) and the key of the numbers under the plot.

#include "app/figures/correlationfigure.h"

#include "app/figures/figureformat.h"
#include "gis/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace madoguchi::app {

namespace {

bool overlapsAny(const QRectF &rect, const std::vector<QRectF> &rects)
{
    return std::any_of(rects.begin(), rects.end(), [&](const QRectF &other) { return other.intersects(rect); });
}

} // namespace

// Each quadrant's name in its outer corner, wrapped to the quadrant's width; where a point or another
// name is in the way, slid along the quadrant's edges away from the corner until it is clear.
void CorrelationFigure::placeQuadrantNames()
{
    const double p = pt();
    const QFontMetricsF metrics(font(9.0, true));
    std::vector<QRectF> taken;
    for (std::size_t i = 0; i < mData.points.size(); ++i)
        if (mPositions[i]) {
            const double r = symbolRadius(mData.points[i]) + 1.5 * p;
            taken.push_back(gis::LabelPlacer::centeredAt(*mPositions[i], QSizeF(2 * r, 2 * r)));
        }
    mQuadrantBlocked = false;
    for (Quadrant &quadrant : mQuadrants) {
        if (mQuadrantKey) {
            quadrant.nameRect = QRectF();
            continue;
        }
        const QRectF inner = quadrant.rect.adjusted(6 * p, 4.5 * p, -6 * p, -4.5 * p);
        const QRectF corner = metrics.boundingRect(inner, int(quadrant.align) | Qt::TextWordWrap, quadrant.name);
        const double dy = (quadrant.align & Qt::AlignTop ? 1.0 : -1.0) * metrics.height() / 2.0;
        const double dx = (quadrant.align & Qt::AlignLeft ? 1.0 : -1.0) * std::max(0.0, inner.width() - corner.width()) / 4.0;
        quadrant.nameRect = corner;
        bool found = false;
        for (int across = 0; across <= 4 && !found; ++across)
            for (int along = 0; along < 24 && !found; ++along) {
                const QRectF rect = corner.translated(across * dx, along * dy);
                if (inner.contains(rect) && !overlapsAny(rect, taken)) {
                    quadrant.nameRect = rect;
                    found = true;
                }
            }
        mQuadrantBlocked = mQuadrantBlocked || !found;
        taken.push_back(quadrant.nameRect);
    }
}

// The quadrants' shades and names in a row (wrapped) above `bottom`, when they have no clear place on
// the plot. Returns the row's top.
double CorrelationFigure::layoutQuadrantKey(double bottom)
{
    mQuadrantKeyRects.clear();
    if (!mQuadrantKey)
        return bottom;
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width() - 2 * margin;
    const QFontMetricsF metrics(font(8.5));
    const std::vector<Quadrant> quadrants = quadrantsFor(QRectF(), QRectF(), mData.valueThreshold ? std::optional<double>(0.0) : std::nullopt);
    const double rowHeight = metrics.height() + 2.0 * p;
    const double gap = 10.0 * p;
    double x = 0.0;
    int rows = 1;
    std::vector<QPointF> offsets;
    for (const Quadrant &quadrant : quadrants) {
        const double itemWidth = 10.0 * p + 3.0 * p + metrics.horizontalAdvance(quadrant.name);
        if (x > 0.0 && x + itemWidth > width) {
            x = 0.0;
            ++rows;
        }
        offsets.emplace_back(x, (rows - 1) * rowHeight);
        mQuadrantKeyRects.emplace_back(0, 0, itemWidth, rowHeight);
        x += itemWidth + gap;
    }
    const double top = bottom - rows * rowHeight;
    for (std::size_t i = 0; i < mQuadrantKeyRects.size(); ++i)
        mQuadrantKeyRects[i].moveTopLeft(QPointF(margin, top) + offsets[i]);
    return top - 3.0 * p;
}

QSizeF CorrelationFigure::numberSize(int number) const
{
    const double p = pt();
    const QFontMetricsF metrics(font(kNumberPoints, true));
    const QSizeF text = metrics.size(0, QString::number(number));
    const double height = text.height() + 1.0 * p;
    return QSizeF(std::max(height, text.width() + 3.0 * p), height);
}

// Every plotted point asks for its name beside it; candidates for review and closures first (selected
// offices before them), then the rest. The points are numbered, where they must be, from left to right.
void CorrelationFigure::layoutLabels()
{
    const double p = pt();
    const QFontMetricsF metrics(font(mOptions.style.officeLabelPoints + 0.5));
    gis::LabelPlacer placer(mPlot);
    for (const Quadrant &quadrant : mQuadrants)
        placer.addObstacle(quadrant.nameRect);
    if (!mData.points.empty()) {
        placer.addObstacle(mGuideRect.adjusted(-1.5 * p, 0, 1.5 * p, 0));
        if (mYThreshold)
            placer.addObstacle(mValueRect.adjusted(-1.5 * p, 0, 1.5 * p, 0));
    }
    mLabelledIndex.clear();
    for (std::size_t i = 0; i < mData.points.size(); ++i)
        if (mPositions[i])
            mLabelledIndex.push_back(int(i));
    std::stable_sort(mLabelledIndex.begin(), mLabelledIndex.end(),
                     [this](int a, int b) { return mPositions[std::size_t(a)]->x() < mPositions[std::size_t(b)]->x(); });
    mLabelledPoints.clear();
    for (int index : mLabelledIndex) {
        const CorrelationPoint &point = mData.points[std::size_t(index)];
        const double radius = symbolRadius(point);
        const QPointF anchor = *mPositions[std::size_t(index)];
        placer.addSymbol(anchor, radius);
        const int priority = mOptions.selectedOfficeIds.contains(point.officeId)            ? 2
                             : (point.candidate || point.decision == Decision::Close) ? 1
                                                                                        : 0;
        mLabelledPoints.push_back({anchor, radius, metrics.size(0, point.name) + QSizeF(1.5 * p, 0), priority});
    }
    gis::PointLabelOptions options;
    options.gap = 2.25 * p;
    options.leaderGaps = {11.25 * p, 21.75 * p, 35.25 * p, 52.5 * p};
    options.numberSize = [this](int number) { return numberSize(number); };
    mPointLabels = gis::placePointLabels(placer, mLabelledPoints, options);
}

CorrelationFigure::KeyGrid CorrelationFigure::keyGrid(int count) const
{
    const double p = pt();
    const double width = mSize.width() - 12.0 * p;
    const QFontMetricsF metrics(font(kKeyPoints));
    double nameWidth = 0.0;
    for (const CorrelationPoint &point : mData.points)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(point.name));
    KeyGrid grid;
    grid.columnWidth = std::min(width, numberSize(std::max(count, 1)).width() + 3.0 * p + nameWidth + 9.0 * p);
    grid.columns = std::clamp(int(width / grid.columnWidth), 1, std::max(count, 1));
    grid.rowHeight = std::max(metrics.ascent() + metrics.descent() * 0.5, numberSize(1).height()) + 1.0 * p;
    return grid;
}

int CorrelationFigure::keyCapacity(double height) const
{
    const int count = int(mData.points.size());
    const KeyGrid grid = keyGrid(count);
    const int rows = int(height / grid.rowHeight) - 1; // one line for the overflow
    return std::clamp(rows * grid.columns, 0, count);
}

// Room under the plot for mKeyReserve numbered names, in as many columns as the width holds, and
// the overflow line when the key is full.
double CorrelationFigure::layoutKeyArea(double bottom)
{
    mKeyRect = QRectF();
    mKeyOverflowRect = QRectF();
    mKeyColumnWidth = 0.0;
    const double p = pt();
    const double margin = 6.0 * p;
    const KeyGrid grid = keyGrid(mKeyReserve);
    if (mKeyOverflowLine) {
        mKeyOverflowRect = QRectF(margin, bottom - grid.rowHeight, mSize.width() - 2 * margin, grid.rowHeight);
        bottom = mKeyOverflowRect.top();
    }
    if (mKeyReserve == 0)
        return mKeyOverflowLine ? bottom - 4.0 * p : bottom;
    mKeyColumnWidth = grid.columnWidth;
    const int rows = (mKeyReserve + grid.columns - 1) / grid.columns;
    mKeyRect = QRectF(margin, bottom - rows * grid.rowHeight, mSize.width() - 2 * margin, rows * grid.rowHeight);
    return mKeyRect.top() - 4.0 * p;
}

// The numbered offices in order, down each column of the key. Where the key is full, the closures,
// candidates and selected offices keep their numbers first; the others lose theirs (a number no key
// explains would mislead) and the overflow line counts them.
void CorrelationFigure::layoutKey()
{
    mKey.clear();
    mKeyOverflow.clear();
    int unplaced = 0; // numbered, but even the number found no place
    const std::vector<std::size_t> numbered = gis::numberedLabels(mPointLabels, mLabelledPoints, unplaced);
    const std::size_t kept = std::min<std::size_t>(numbered.size(), std::size_t(mKeyReserve));
    for (std::size_t k = kept; k < numbered.size(); ++k)
        mPointLabels[numbered[k]] = gis::PointLabel();
    const int unnamed = int(numbered.size() - kept) + unplaced;
    if (unnamed > 0)
        mKeyOverflow = CorrelationFigure::tr("%n more office(s) too crowded to name at this size: enlarge the figure",
                                             "", unnamed);
    // Numbered again from 1, left to right.
    int number = 0;
    for (std::size_t i = 0; i < mPointLabels.size(); ++i)
        if (mPointLabels[i].number > 0) {
            mPointLabels[i].number = ++number;
            mKey.push_back({number, mLabelledIndex[i], QRectF()});
        }
    if (mKey.empty() || mKeyRect.isNull())
        return;
    const int count = int(mKey.size());
    const int columns = std::clamp(int(mKeyRect.width() / mKeyColumnWidth), 1, count);
    const int rows = (count + columns - 1) / columns;
    const double rowHeight = keyGrid(mKeyReserve).rowHeight;
    const double left = mKeyRect.left() + std::max(0.0, (mKeyRect.width() - columns * mKeyColumnWidth) / 2.0);
    for (int k = 0; k < count; ++k) {
        const QSizeF size = numberSize(mKey[std::size_t(k)].number);
        const QPointF topLeft(left + (k / rows) * mKeyColumnWidth,
                              mKeyRect.top() + (k % rows) * rowHeight + (rowHeight - size.height()) / 2.0);
        mKey[std::size_t(k)].rect = QRectF(topLeft, size);
    }
}

// --- queries ---------------------------------------------------------------------------------------

std::optional<QRectF> CorrelationFigure::labelRectOf(const QString &officeId) const
{
    for (std::size_t i = 0; i < mPointLabels.size(); ++i)
        if (mData.points[std::size_t(mLabelledIndex[i])].officeId == officeId
            && mPointLabels[i].kind != gis::PointLabel::Kind::None)
            return mPointLabels[i].rect;
    return std::nullopt;
}

QStringList CorrelationFigure::labelledNames() const
{
    QStringList names;
    for (int index : mLabelledIndex)
        names << mData.points[std::size_t(index)].name;
    return names;
}

std::vector<QRectF> CorrelationFigure::fixedTextRects() const
{
    std::vector<QRectF> rects;
    for (const Quadrant &quadrant : mQuadrants)
        if (!quadrant.nameRect.isNull())
            rects.push_back(quadrant.nameRect);
    if (!mData.points.empty()) {
        rects.push_back(mGuideRect);
        if (mYThreshold)
            rects.push_back(mValueRect);
    }
    return rects;
}

QStringList CorrelationFigure::keyEntries() const
{
    QStringList entries;
    for (const KeyEntry &entry : mKey)
        entries << QStringLiteral("%1 %2").arg(entry.number).arg(mData.points[std::size_t(entry.point)].name);
    return entries;
}

// --- painting --------------------------------------------------------------------------------------

// A number in a small white box with a thin frame (red for a closure candidate), as on the plot and in
// the key.
void CorrelationFigure::paintNumber(QPainter &painter, const QRectF &rect, int number, bool candidate) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.setPen(QPen(candidate ? style.closeColor.darker(140) : QColor(0x40, 0x40, 0x40), 0.6 * p));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect.adjusted(0.3 * p, 0.3 * p, -0.3 * p, -0.3 * p), 1.5 * p, 1.5 * p);
    painter.setFont(font(kNumberPoints, true));
    painter.setPen(candidate ? style.closeColor.darker(140) : style.officeLabelColor);
    painter.drawText(rect, Qt::AlignCenter, QString::number(number));
}

void CorrelationFigure::paintLabels(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    const QFont labelFont = font(style.officeLabelPoints + 0.5);
    const QFontMetricsF metrics(labelFont);
    painter.save();
    for (std::size_t i = 0; i < mPointLabels.size(); ++i) {
        const gis::PointLabel &label = mPointLabels[i];
        const CorrelationPoint &point = mData.points[std::size_t(mLabelledIndex[i])];
        if (label.leader) {
            painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.6 * p));
            painter.drawLine(*label.leader);
        }
        if (label.kind == gis::PointLabel::Kind::Number) {
            paintNumber(painter, label.rect, label.number, point.candidate);
            continue;
        }
        if (label.kind != gis::PointLabel::Kind::Name)
            continue;
        // A white halo, as on the map, so that names read on the shaded quadrants; the name itself is
        // drawn as text, so that an exported PDF or SVG keeps it searchable.
        painter.setFont(labelFont);
        const QPointF baseline(label.rect.left() + 0.75 * p, label.rect.top() + metrics.ascent());
        QPainterPath outline;
        outline.addText(baseline, labelFont, point.name);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.haloColor, style.haloWidthPoints * p * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(outline);
        painter.setPen(point.candidate ? style.closeColor.darker(140) : style.officeLabelColor);
        painter.drawText(baseline, point.name);
    }
    paintKey(painter);
    painter.restore();
}

void CorrelationFigure::paintKey(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.setFont(font(8.5));
    for (std::size_t i = 0; i < mQuadrantKeyRects.size() && i < mQuadrants.size(); ++i) {
        const QRectF &rect = mQuadrantKeyRects[i];
        const QRectF swatch(rect.left(), rect.center().y() - 4.0 * p, 10.0 * p, 8.0 * p);
        QColor edge = mQuadrants[i].fill;
        edge.setAlpha(255);
        painter.setPen(QPen(edge.darker(130), 0.6 * p));
        painter.setBrush(mQuadrants[i].fill);
        painter.drawRect(swatch);
        painter.setPen(edge.darker(160));
        painter.drawText(QRectF(swatch.right() + 3.0 * p, rect.top(), rect.width() - 13.0 * p, rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, mQuadrants[i].name);
    }
    const QFont nameFont = font(kKeyPoints);
    if (!mKeyOverflow.isEmpty() && !mKeyOverflowRect.isNull()) {
        painter.setFont(nameFont);
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(mKeyOverflowRect, Qt::AlignLeft | Qt::AlignVCenter, mKeyOverflow);
    }
    for (const KeyEntry &entry : mKey) {
        const CorrelationPoint &point = mData.points[std::size_t(entry.point)];
        paintNumber(painter, entry.rect, entry.number, point.candidate);
        painter.setFont(nameFont);
        painter.setPen(point.candidate ? style.closeColor.darker(140) : style.officeLabelColor);
        const QRectF text(entry.rect.right() + 3.0 * p, entry.rect.top() - 2.0 * p,
                          mKeyColumnWidth - entry.rect.width() - 3.0 * p, entry.rect.height() + 4.0 * p);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, point.name);
    }
}

} // namespace madoguchi::app
