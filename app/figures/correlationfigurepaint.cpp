#include "app/figures/correlationfigure.h"

#include "app/figures/figureformat.h"
#include "gis/officesymbol.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

// Painting the correlation figure as laid out (correlationfigure.cpp lays it out).

namespace madoguchi::app {

void CorrelationFigure::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), mSize), Qt::white);

    painter.setPen(QColor(0x20, 0x20, 0x20));
    double y = mTitleRect.top();
    for (int i = 0; i < mTitleLines.size(); ++i) {
        const double height = titleLineRect(i, mTitleRect.width()).height();
        painter.setFont(font(i == 0 ? 11.0 : 9.5, i == 0));
        painter.drawText(QRectF(mTitleRect.left(), y, mTitleRect.width(), height),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, mTitleLines[i]);
        y += height;
    }
    paintPlot(painter);
    paintAxes(painter);
    paintLabels(painter);
    paintLegendAndNote(painter);
    painter.restore();
}

void CorrelationFigure::paintPlot(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.save();
    painter.setClipRect(mPlot);

    // The grid, light, at the ticks.
    painter.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), 0.6 * p));
    for (double tick : mX.ticks)
        if (const auto x = mX.position(tick, mPlot.left(), mPlot.right()))
            painter.drawLine(QPointF(*x, mPlot.top()), QPointF(*x, mPlot.bottom()));
    for (double tick : mY.ticks)
        if (const auto y = mY.position(tick, mPlot.bottom(), mPlot.top()))
            painter.drawLine(QPointF(mPlot.left(), *y), QPointF(mPlot.right(), *y));

    if (!mData.points.empty()) {
        painter.setPen(Qt::NoPen);
        for (const Quadrant &quadrant : mQuadrants)
            painter.fillRect(quadrant.rect, quadrant.fill);
        painter.setFont(font(9.0, true));
        for (const Quadrant &quadrant : mQuadrants) {
            if (quadrant.nameRect.isNull())
                continue; // named under the plot
            QColor text = quadrant.fill;
            text.setAlpha(255);
            painter.setPen(text.darker(160));
            painter.drawText(quadrant.nameRect, int(quadrant.align) | Qt::TextWordWrap, quadrant.name);
        }

        // The guide lines, dashed, with their values on white.
        QPen guide(QColor(0x40, 0x40, 0x40), 1.05 * p, Qt::CustomDashLine);
        guide.setDashPattern({4.0, 3.0});
        painter.setPen(guide);
        painter.drawLine(QPointF(mXThreshold, mPlot.top()), QPointF(mXThreshold, mPlot.bottom()));
        if (mYThreshold)
            painter.drawLine(QPointF(mPlot.left(), *mYThreshold), QPointF(mPlot.right(), *mYThreshold));
        painter.setFont(font(8.5, true));
        const auto guideLabel = [&](const QRectF &rect, const QString &text) {
            painter.fillRect(rect.adjusted(-1.5 * p, 0, 1.5 * p, 0), withAlpha(Qt::white, 200));
            painter.setPen(QColor(0x20, 0x20, 0x20));
            painter.drawText(rect, Qt::AlignLeft, text);
        };
        guideLabel(mGuideRect, mGuideText);
        if (mYThreshold)
            guideLabel(mValueRect, mValueText);
    }

    // The least-squares line, sampled so that it bends correctly on a log axis.
    if (mOptions.trendLine) {
        if (const auto line = leastSquaresLine(mData.points)) {
            QPainterPath path;
            bool drawing = false;
            constexpr int kSamples = 96;
            for (int i = 0; i <= kSamples; ++i) {
                const double x = mX.min + (mX.max - mX.min) * i / kSamples;
                const auto px = mX.position(x, mPlot.left(), mPlot.right());
                const auto py = mY.position(line->slope * x + line->intercept, mPlot.bottom(), mPlot.top());
                if (!px || !py) {
                    drawing = false;
                    continue;
                }
                if (drawing)
                    path.lineTo(*px, *py);
                else
                    path.moveTo(*px, *py);
                drawing = true;
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2 * p, Qt::DashDotLine));
            painter.drawPath(path);
        }
    }

    // The points: the map's symbols; selected ones last, larger, inside the map's selection ring.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < mData.points.size(); ++i) {
            const CorrelationPoint &point = mData.points[i];
            const bool selected = mOptions.selectedOfficeIds.contains(point.officeId);
            if (!mPositions[i] || selected != (pass == 1))
                continue;
            gis::paintOfficeSymbol(painter, style, point.kind, style.decisionColor(point.decision), *mPositions[i], p,
                                   selected ? kSelectedScale : 1.0);
            if (selected) {
                const double ring = gis::officeSymbolRadius(style, point.kind, p, kSelectedScale)
                                    + style.selectionGapPoints * p;
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(style.selectionColor, style.selectionWidthPoints * p));
                painter.drawEllipse(*mPositions[i], ring, ring);
            }
        }
    painter.restore();
}

void CorrelationFigure::paintAxes(QPainter &painter) const
{
    const bool wholeKm = std::all_of(mX.ticks.begin(), mX.ticks.end(),
                                     [](double tick) { return std::abs(tick - std::round(tick)) < 1e-9; });
    const PlotAxes axes{mPlot,
                        mX,
                        mY,
                        [wholeKm](double tick) { return figureLocale().toString(tick, 'f', wholeKm ? 0 : 1); },
                        [this](double tick) { return valueText(tick); },
                        mXTitleRect,
                        mYTitleRect,
                        distanceAxisTitle(),
                        measureAxisTitle(mData.measure, mData.fiscalYear, mData.populationSource),
                        font(8.5),
                        font(9.5)};
    paintPlotAxes(painter, axes, pt());
}

void CorrelationFigure::paintLegendAndNote(QPainter &painter) const
{
    const double p = pt();
    painter.save();
    const QFont legendFont = font(8.5);
    painter.setFont(legendFont);
    const double symbolWidth = gis::kLegendSymbolWidthPoints * p;
    for (std::size_t i = 0; i < mLegend.size(); ++i) {
        const QRectF &rect = mLegendRects[i];
        gis::paintLegendSymbol(painter, mLegend[i], QRectF(rect.left(), rect.top(), symbolWidth, rect.height()),
                               mOptions.style, p);
        painter.setPen(QColor(0x26, 0x26, 0x26));
        painter.drawText(QRectF(rect.left() + symbolWidth + 3.0 * p, rect.top(), rect.width() - symbolWidth - 3.0 * p,
                                rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, mLegend[i].text);
    }
    if (!mNote.isEmpty()) {
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(mNoteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, mNote);
    }
    painter.restore();
}

} // namespace madoguchi::app
