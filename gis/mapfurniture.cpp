#include "gis/mapfurniture.h"

#include "gis/maplabels.h"
#include "gis/maprenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QSizeF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace madoguchi::gis {

MapFurniture::MapFurniture(const RenderContext &context)
    : mContext(context)
{
}

QStringList MapFurniture::creditLines() const
{
    const MapContent &content = mContext.content;
    QStringList lines = content.credits;
    if (content.crs.isValid())
        lines.push_back(QStringLiteral("座標系: %1 (%2)").arg(content.crs.name(), content.crs.authorityId()));
    return lines;
}

void MapFurniture::layout(MapLabels &labels)
{
    const MapSettings &settings = mContext.settings;
    double bottomLeftY = mContext.output.bottom() - margin();
    if (settings.showCredits)
        bottomLeftY = layoutCredits(labels, bottomLeftY);
    if (settings.showScaleBar && mContext.content.crs.isValid())
        layoutScaleBar(labels, bottomLeftY);
    if (settings.showNorthArrow)
        layoutNorthArrow(labels);
    layoutNotice(labels);
    if (settings.showLegend)
        layoutLegend(labels);
}

void MapFurniture::draw()
{
    mContext.useScreenCoordinates();
    mContext.painter.setOpacity(1.0);
    if (!mCreditsRect.isNull())
        drawCredits();
    if (!mScaleBarRect.isNull())
        drawScaleBar();
    if (!mNorthArrowRect.isNull())
        drawNorthArrow();
    if (!mNoticeRect.isNull())
        drawNotice();
    if (!mLegendRect.isNull())
        drawLegend();
    if (!mKeyRect.isNull() && !mKeyEntries.empty())
        drawKey();
}

void MapFurniture::drawPanel(const QRectF &rect)
{
    QPainter &painter = mContext.painter;
    painter.setPen(QPen(QColor(0, 0, 0, 60), mContext.px(0.5)));
    painter.setBrush(mContext.style.panelColor);
    painter.drawRect(rect);
}

// --- credits --------------------------------------------------------------------------------------

double MapFurniture::layoutCredits(MapLabels &labels, double bottomY)
{
    const RenderContext &ctx = mContext;
    const QStringList lines = creditLines();
    const double pixelSize = ctx.px(ctx.style.creditPoints);
    double width = 0.0;
    double lineHeight = 0.0;
    for (const QString &line : lines) {
        const QSizeF size = ctx.textMaker.size(line, pixelSize, false);
        width = std::max(width, size.width());
        lineHeight = std::max(lineHeight, size.height());
    }
    if (lines.isEmpty())
        return bottomY;
    const double pad = ctx.px(2.5);
    const double height = lineHeight * lines.size() + 2 * pad;
    mCreditsRect = QRectF(ctx.output.left() + margin(), bottomY - height, width + 2 * pad, height);
    mCreditLineHeight = lineHeight;
    labels.addObstacle(mCreditsRect);
    return mCreditsRect.top() - ctx.px(3);
}

void MapFurniture::drawCredits()
{
    drawPanel(mCreditsRect);
    const double pad = mContext.px(2.5);
    double y = mCreditsRect.top() + pad;
    for (const QString &line : creditLines()) {
        mContext.drawText(line, QPointF(mCreditsRect.left() + pad, y), mContext.px(mContext.style.creditPoints), false,
                 mContext.style.furnitureColor);
        y += mCreditLineHeight;
    }
}

// --- scale bar ------------------------------------------------------------------------------------

// Scale bar: a length of 2–4 equal steps of a round ground distance (1, 2 or 5 × 10ⁿ m) that fits
// in about a quarter of the map's width, measured on the ground at the map's centre (projected
// length divided by the scale factor there).
void MapFurniture::layoutScaleBar(MapLabels &labels, double bottomY)
{
    const RenderContext &ctx = mContext;
    const QPointF centre = ctx.visibleExtent.center();
    const double k = ctx.content.crs.scaleFactor(ctx.content.crs.inverse(centre));
    const double groundMetersPerPixel = 1.0 / ctx.pixelsPerMeter / k;
    const MapRenderer::ScaleBar bar =
        MapRenderer::scaleBar(groundMetersPerPixel, std::min(ctx.output.width() * 0.28, ctx.px(160)));
    if (bar.steps <= 0)
        return;
    mScaleSteps = bar.steps;
    mScaleStepMeters = bar.stepMeters;
    mScaleStepPixels = bar.stepPixels;
    const double barWidth = mScaleStepPixels * mScaleSteps;
    const double textPx = ctx.px(ctx.style.furniturePoints);
    const QSizeF unitSize = ctx.textMaker.size(QStringLiteral(" km"), textPx, false);
    const double height = textPx * 1.3 + ctx.px(4) + textPx * 1.3;
    const double left = ctx.output.left() + margin() + ctx.px(3);
    mScaleBarRect =
        QRectF(left - ctx.px(3), bottomY - height, barWidth + unitSize.width() + textPx * 2 + ctx.px(3), height);
    labels.addObstacle(mScaleBarRect);
}

namespace {

QString formatNumber(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

void MapFurniture::drawScaleBar()
{
    const RenderContext &ctx = mContext;
    QPainter &painter = ctx.painter;
    const QColor &color = ctx.style.furnitureColor;
    const double textPx = ctx.px(ctx.style.furniturePoints);
    const bool kilometres = mScaleStepMeters * mScaleSteps >= 1000.0;
    const double unit = kilometres ? 1000.0 : 1.0;
    const QString unitName = kilometres ? QStringLiteral("km") : QStringLiteral("m");
    const double left = mScaleBarRect.left() + ctx.px(3);
    const double barTop = mScaleBarRect.top() + textPx * 1.3;
    const double barHeight = ctx.px(4);
    // White translucent ground so the bar reads on any fill.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 170));
    painter.drawRoundedRect(mScaleBarRect, ctx.px(2), ctx.px(2));
    for (int i = 0; i < mScaleSteps; ++i) {
        const QRectF segment(left + i * mScaleStepPixels, barTop, mScaleStepPixels, barHeight);
        painter.setPen(QPen(color, ctx.px(0.6)));
        painter.setBrush(i % 2 == 0 ? color : QColor(Qt::white));
        painter.drawRect(segment);
    }
    for (int i = 0; i <= mScaleSteps; ++i) {
        QString text = formatNumber(i * mScaleStepMeters / unit);
        if (i == mScaleSteps)
            text += QLatin1Char(' ') + unitName;
        const QSizeF size = ctx.textMaker.size(text, textPx, false);
        const double numberWidth = ctx.textMaker.size(formatNumber(i * mScaleStepMeters / unit), textPx, false).width();
        const double x = left + i * mScaleStepPixels - numberWidth / 2.0;
        ctx.drawText(text, QPointF(x, barTop - size.height() - ctx.px(0.5)), textPx, false, color);
    }
    const double denominator = ctx.scaleDenominator();
    if (denominator > 0.0)
        ctx.drawText(MapSettings::formatScale(denominator), QPointF(left, barTop + barHeight + ctx.px(1)), textPx * 0.9,
                 false, color);
}

// --- north arrow ----------------------------------------------------------------------------------

void MapFurniture::layoutNorthArrow(MapLabels &labels)
{
    const double width = mContext.px(18);
    const double height = mContext.px(34);
    mNorthArrowRect =
        QRectF(mContext.output.right() - margin() - width, mContext.output.top() + margin(), width, height);
    labels.addObstacle(mNorthArrowRect);
}

// An arrow to true north: grid north (up) turned by minus the meridian convergence at the centre.
void MapFurniture::drawNorthArrow()
{
    const RenderContext &ctx = mContext;
    QPainter &painter = ctx.painter;
    const QColor &color = ctx.style.furnitureColor;
    double convergence = 0.0;
    if (ctx.content.crs.isValid())
        convergence = ctx.content.crs.meridianConvergenceDeg(ctx.content.crs.inverse(ctx.visibleExtent.center()));
    const QRectF rect = mNorthArrowRect;
    const double textPx = ctx.px(9);
    const QSizeF nSize = ctx.textMaker.size(QStringLiteral("N"), textPx, true);
    const QPointF pivot(rect.center().x(), rect.top() + nSize.height() + (rect.height() - nSize.height()) / 2.0);
    const double halfLength = (rect.height() - nSize.height()) / 2.0 - ctx.px(1);
    const double halfWidth = rect.width() * 0.32;

    painter.save();
    painter.translate(pivot);
    painter.rotate(-convergence);
    const QPointF tip(0, -halfLength);
    const QPointF left(-halfWidth, halfLength * 0.55);
    const QPointF right(halfWidth, halfLength * 0.55);
    const QPointF notch(0, halfLength * 0.25);
    painter.setPen(QPen(color, ctx.px(0.6), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(Qt::white);
    const QPointF whiteHalf[] = {tip, right, notch};
    painter.drawPolygon(whiteHalf, 3);
    painter.setBrush(color);
    const QPointF darkHalf[] = {tip, left, notch};
    painter.drawPolygon(darkHalf, 3);
    const double textTop = -halfLength - nSize.height() - ctx.px(0.5);
    const QPointF nOrigin(-nSize.width() / 2.0, textTop - ctx.textMaker.trimOffset(textPx, true));
    const QPainterPath n = ctx.textMaker.path(QStringLiteral("N"), textPx, true).translated(nOrigin);
    ctx.drawTextWithHalo(QStringLiteral("N"), n, nOrigin, textPx, true, color,
                         QPen(ctx.style.haloColor, ctx.px(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.restore();
}

// --- approximate-district notice ------------------------------------------------------------------

void MapFurniture::layoutNotice(MapLabels &labels)
{
    const RenderContext &ctx = mContext;
    const std::vector<MapPolygon> &districts = ctx.content.schoolDistricts;
    const bool approximateShown =
        ctx.visible(MapLayer::SchoolDistricts)
        && std::any_of(districts.begin(), districts.end(), [](const MapPolygon &d) { return d.approximate; });
    if (!approximateShown || ctx.settings.approximateDistrictNotice.isEmpty())
        return;
    const QSizeF size =
        ctx.textMaker.size(ctx.settings.approximateDistrictNotice, ctx.px(ctx.style.furniturePoints), false);
    const double pad = ctx.px(3);
    mNoticeRect = QRectF(ctx.output.left() + margin(), ctx.output.top() + margin(),
                         size.width() + 2 * pad + ctx.px(16), size.height() + 2 * pad);
    labels.addObstacle(mNoticeRect);
}

void MapFurniture::drawNotice()
{
    const RenderContext &ctx = mContext;
    drawPanel(mNoticeRect);
    const double pad = ctx.px(3);
    const double sampleWidth = ctx.px(12);
    const double midY = mNoticeRect.center().y();
    QPen pen(ctx.style.schoolDistrictColor, ctx.px(ctx.style.schoolDistrictWidthPoints) * 1.5, Qt::CustomDashLine);
    pen.setDashPattern({6.0, 3.0});
    ctx.painter.setPen(pen);
    ctx.painter.drawLine(QPointF(mNoticeRect.left() + pad, midY),
                         QPointF(mNoticeRect.left() + pad + sampleWidth, midY));
    ctx.drawText(ctx.settings.approximateDistrictNotice,
             QPointF(mNoticeRect.left() + pad + ctx.px(16), mNoticeRect.top() + pad), ctx.px(ctx.style.furniturePoints),
             false, ctx.style.furnitureColor);
}

// --- legend ---------------------------------------------------------------------------------------

// The legend model's entries for this map, in the settings' legend language (Japanese, the policy
// document's, on exports), under the title 凡例 / Legend; group headings are left out to keep the panel
// small.
double MapFurniture::legendTextPixels(bool title) const
{
    const double points = mContext.style.furniturePoints;
    return title ? mContext.px(points + 1.5) : mContext.px(points);
}

double MapFurniture::legendRowHeight(const LegendEntry *entry) const
{
    const double textHeight =
        mContext.textMaker.size(QStringLiteral("凡"), legendTextPixels(!entry), false).height();
    const double symbolHeight = entry ? legendSymbolHeight(*entry, mContext.style, mContext.pixelsPerPoint) : 0.0;
    return std::max(textHeight, symbolHeight) + mContext.px(1.5);
}

void MapFurniture::layoutLegend(MapLabels &labels)
{
    const RenderContext &ctx = mContext;
    mLegendEntries = mapLegend(ctx.content, ctx.settings, ctx.settings.legendLanguage);
    if (mLegendEntries.empty())
        return;
    const double pad = ctx.px(4);
    double width = ctx.textMaker.size(legendTitle(ctx.settings.legendLanguage), legendTextPixels(true), true).width();
    double height = 2 * pad + legendRowHeight(nullptr);
    for (const LegendEntry &entry : mLegendEntries) {
        const bool heading = entry.symbol == LegendSymbol::Heading;
        const double indent = heading ? 0.0 : legendSymbolWidth() + ctx.px(4);
        width = std::max(width, indent + ctx.textMaker.size(entry.text, legendTextPixels(false), heading).width());
        height += legendRowHeight(&entry);
    }
    width += 2 * pad;
    const QRectF &output = ctx.output;
    if (height > output.height() - 2 * margin() || width > output.width() * 0.6)
        return; // too small an output for a legend
    const MapCorner corner = ctx.settings.legendCorner;
    const bool left = corner == MapCorner::TopLeft || corner == MapCorner::BottomLeft;
    const bool top = corner == MapCorner::TopLeft || corner == MapCorner::TopRight;
    mLegendRect = QRectF(left ? output.left() + margin() : output.right() - margin() - width,
                         top ? output.top() + margin() : output.bottom() - margin() - height, width, height);
    labels.addObstacle(mLegendRect);
}

void MapFurniture::drawLegend()
{
    const RenderContext &ctx = mContext;
    const QColor &color = ctx.style.furnitureColor;
    drawPanel(mLegendRect);
    const double pad = ctx.px(4);
    double y = mLegendRect.top() + pad;
    const double symbolLeft = mLegendRect.left() + pad;
    const double symbolWidth = legendSymbolWidth();
    const double textLeft = symbolLeft + symbolWidth + ctx.px(4);
    const auto textTop = [&](const QString &text, bool bold, double rowHeight, double pixels) {
        return y + (rowHeight - ctx.textMaker.size(text, pixels, bold).height()) / 2.0;
    };
    const double titleHeight = legendRowHeight(nullptr);
    const QString title = legendTitle(ctx.settings.legendLanguage);
    ctx.drawText(title, QPointF(symbolLeft, textTop(title, true, titleHeight, legendTextPixels(true))),
             legendTextPixels(true), true, color);
    y += titleHeight;
    for (const LegendEntry &entry : mLegendEntries) {
        const double rowHeight = legendRowHeight(&entry);
        const bool heading = entry.symbol == LegendSymbol::Heading;
        const double pixels = legendTextPixels(false);
        if (heading) {
            ctx.drawText(entry.text, QPointF(symbolLeft, textTop(entry.text, true, rowHeight, pixels)), pixels, true,
                     color);
        } else {
            paintLegendSymbol(ctx.painter, entry, QRectF(symbolLeft, y, symbolWidth, rowHeight), ctx.style,
                              ctx.pixelsPerPoint);
            ctx.drawText(entry.text, QPointF(textLeft, textTop(entry.text, false, rowHeight, pixels)), pixels, false,
                     color);
        }
        y += rowHeight;
    }
}

// --- key of numbered offices -----------------------------------------------------------------------

double MapFurniture::keyRowHeight() const
{
    return mContext.textMaker.size(QStringLiteral("0"), legendTextPixels(false), true).height() + mContext.px(1.5);
}

QRectF MapFurniture::layoutKey(int rows, double nameWidth, const std::vector<LabelledPoint> &points)
{
    const RenderContext &ctx = mContext;
    const QRectF &output = ctx.output;
    const double pad = ctx.px(4);
    const double rowHeight = keyRowHeight();
    const double title = ctx.textMaker.size(numberedOfficesTitle(ctx.settings.legendLanguage), legendTextPixels(true), true).height() + ctx.px(2);
    const double numberWidth = ctx.textMaker.size(QString::number(rows), legendTextPixels(false), true).width();
    mKeyColumnWidth = numberWidth + ctx.px(4) + nameWidth * legendTextPixels(false) / ctx.px(ctx.style.officeLabelPoints)
                      + ctx.px(6);
    // In columns where one would run down more than half the map.
    const int columns = std::max(1, int(std::ceil(rows * rowHeight / (output.height() * 0.5))));
    mKeyRows = (rows + columns - 1) / columns;
    const QSizeF size(columns * mKeyColumnWidth + 2 * pad, title + mKeyRows * rowHeight + 2 * pad);
    mKeyRect = QRectF();
    if (size.width() > output.width() * 0.6 || size.height() > output.height() - 2 * margin())
        return mKeyRect;
    const std::vector<QRectF> furniture = {mCreditsRect, mScaleBarRect, mNorthArrowRect, mNoticeRect, mLegendRect};
    int fewest = std::numeric_limits<int>::max();
    for (MapCorner corner : {MapCorner::TopLeft, MapCorner::BottomRight, MapCorner::TopRight, MapCorner::BottomLeft}) {
        const bool left = corner == MapCorner::TopLeft || corner == MapCorner::BottomLeft;
        const bool top = corner == MapCorner::TopLeft || corner == MapCorner::TopRight;
        QRectF rect(QPointF(left ? output.left() + margin() : output.right() - margin() - size.width(),
                            top ? output.top() + margin() : output.bottom() - margin() - size.height()),
                    size);
        // Beyond the furniture already in that corner.
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &piece : furniture)
                if (!piece.isNull() && piece.intersects(rect)) {
                    rect.moveTop(top ? piece.bottom() + ctx.px(3) : piece.top() - ctx.px(3) - size.height());
                    moved = true;
                }
            if (!output.adjusted(margin(), margin(), -margin(), -margin()).contains(rect))
                break;
        }
        if (!output.adjusted(margin(), margin(), -margin(), -margin()).contains(rect))
            continue;
        const int covered = int(std::count_if(points.begin(), points.end(), [&](const LabelledPoint &point) {
            return rect.adjusted(-point.radius, -point.radius, point.radius, point.radius).contains(point.anchor);
        }));
        if (covered < fewest) {
            fewest = covered;
            mKeyRect = rect;
        }
    }
    return mKeyRect;
}

void MapFurniture::setKeyEntries(std::vector<std::pair<int, QString>> entries)
{
    mKeyEntries = std::move(entries);
    if (mKeyEntries.empty())
        mKeyRect = QRectF();
}

QStringList MapFurniture::keyEntries() const
{
    QStringList entries;
    if (!mKeyRect.isNull())
        for (const auto &[number, name] : mKeyEntries)
            entries << QStringLiteral("%1 %2").arg(number).arg(name);
    return entries;
}

std::vector<QRectF> MapFurniture::pieces() const
{
    std::vector<QRectF> pieces;
    for (const QRectF &piece : {mCreditsRect, mScaleBarRect, mNorthArrowRect, mNoticeRect, mLegendRect, mKeyRect})
        if (!piece.isNull())
            pieces.push_back(piece);
    return pieces;
}

void MapFurniture::drawKey()
{
    const RenderContext &ctx = mContext;
    const QColor &color = ctx.style.furnitureColor;
    drawPanel(mKeyRect);
    const double pad = ctx.px(4);
    const double pixels = legendTextPixels(false);
    ctx.drawText(numberedOfficesTitle(ctx.settings.legendLanguage), mKeyRect.topLeft() + QPointF(pad, pad), legendTextPixels(true), true, color);
    const double top = mKeyRect.top() + pad + ctx.textMaker.size(numberedOfficesTitle(ctx.settings.legendLanguage), legendTextPixels(true), true).height()
                       + ctx.px(2);
    const double numberWidth =
        ctx.textMaker.size(QString::number(mKeyEntries.back().first), pixels, true).width();
    for (std::size_t i = 0; i < mKeyEntries.size(); ++i) {
        const int column = int(i) / std::max(1, mKeyRows);
        const int row = int(i) % std::max(1, mKeyRows);
        const QPointF at(mKeyRect.left() + pad + column * mKeyColumnWidth, top + row * keyRowHeight());
        const QString number = QString::number(mKeyEntries[i].first);
        const double width = ctx.textMaker.size(number, pixels, true).width();
        ctx.drawText(number, at + QPointF(numberWidth - width, 0), pixels, true, color);
        ctx.drawText(mKeyEntries[i].second, at + QPointF(numberWidth + ctx.px(4), 0), pixels, false, color);
    }
}

} // namespace madoguchi::gis
