// Painting the impact figure laid out by ImpactFigure::layout().

#include "app/figures/figureformat.h"
#include "app/figures/impactfigure.h"

#include "core/impact.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

const QColor kInk(0x30, 0x30, 0x30);

// The work received from closed counters: the after colour, lightened, under diagonal lines, so that it
// reads apart from the counter's own work in greyscale too. Lines every `spacing` painter units.
void paintHatched(QPainter &painter, const QRectF &rect, const QColor &color, double spacing, double lineWidth)
{
    if (rect.width() <= 0.0 || rect.height() <= 0.0)
        return;
    painter.save();
    painter.fillRect(rect, color.lighter(150));
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(color.darker(150), lineWidth));
    for (double x = rect.left() - rect.height(); x < rect.right(); x += spacing)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
    painter.save();
    painter.setPen(QPen(color.darker(150), lineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

} // namespace

void ImpactFigure::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), mSize), Qt::white);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(font(10.5, true));
    painter.drawText(mTitleRect, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, mTitle);
    if (mRows.rows.empty() || !mMeasure) {
        if (!mNote.isEmpty()) {
            painter.setFont(font(8.5));
            painter.setPen(QColor(0x60, 0x20, 0x20));
            painter.drawText(mNoteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, mNote);
        }
        painter.restore();
        return;
    }
    paintLegend(painter);
    paintAxis(painter);
    for (int row = 0; row < int(mRows.rows.size()); ++row)
        paintRow(painter, row);
    if (!mNote.isEmpty()) {
        painter.setFont(font(8.5));
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(mNoteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, mNote);
    }
    painter.restore();
}

// A swatch and a name for before and after, and for the received work when some row has it.
void ImpactFigure::paintLegend(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    const QFont small = font(8.5);
    const QFontMetricsF metrics(small);
    painter.setFont(small);
    struct Entry
    {
        QString name;
        QColor color;
        bool hatched;
    };
    std::vector<Entry> entries{{ImpactFigure::tr("Before"), style.noDecisionColor, false},
                               {ImpactFigure::tr("After (%1)").arg(mImpact->scenarioName), style.keepColor, false}};
    if (std::any_of(mRows.rows.begin(), mRows.rows.end(), [](const ImpactChartRow &row) { return row.received > 0.0; }))
        entries.push_back({ImpactFigure::tr("of it received from closed counters"), style.keepColor, true});
    const double swatch = 8.0 * p;
    double width = 0.0;
    for (const Entry &entry : entries)
        width += swatch + 3 * p + metrics.horizontalAdvance(entry.name) + 12 * p;
    double x = mLegendRect.center().x() - (width - 12 * p) / 2.0;
    for (const Entry &entry : entries) {
        const QRectF box(x, mLegendRect.center().y() - swatch / 2.0, swatch, swatch);
        if (entry.hatched)
            paintHatched(painter, box, entry.color, 2.5 * p, 0.5 * p);
        else
            painter.fillRect(box, entry.color);
        x += swatch + 3 * p;
        painter.setPen(QColor(0x26, 0x26, 0x26));
        const double w = metrics.horizontalAdvance(entry.name);
        painter.drawText(QRectF(x, mLegendRect.top(), w + p, mLegendRect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.name);
        x += w + 12 * p;
    }
}

// The grid, the value axis with its ticks and title.
void ImpactFigure::paintAxis(QPainter &painter) const
{
    const double p = pt();
    painter.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), 0.6 * p));
    for (double tick : mScale.ticks)
        if (const auto tx = mScale.position(tick, mPlot.left(), mPlot.right()))
            painter.drawLine(QPointF(*tx, mPlot.top()), QPointF(*tx, mPlot.bottom()));
    painter.setPen(QPen(kInk, 0.8 * p));
    painter.drawLine(mPlot.bottomLeft(), mPlot.bottomRight());
    painter.drawLine(mPlot.bottomLeft(), mPlot.topLeft());
    const QFont small = font(8.5);
    const QFontMetricsF metrics(small);
    painter.setFont(small);
    for (double tick : mScale.ticks) {
        const auto tx = mScale.position(tick, mPlot.left(), mPlot.right());
        if (!tx)
            continue;
        painter.drawLine(QPointF(*tx, mPlot.bottom()), QPointF(*tx, mPlot.bottom() + 3 * p));
        const QString text = formatCount(tick);
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(*tx - w / 2.0 - p, mPlot.bottom() + 3 * p, w + 2 * p, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setFont(font(9.0));
    painter.drawText(mAxisTitleRect, Qt::AlignHCenter | Qt::AlignBottom, axisTitle());
}

// A row: its label, its bars (the received work hatched), and where a value is missing, a word in the
// place of its bar; received work without a known total after is drawn alone with its amount.
void ImpactFigure::paintRow(QPainter &painter, int row) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    const ImpactChartRow &r = mRows.rows[std::size_t(row)];
    const double labelScale = mLabelPoints / (kLabelPoints * mOptions.fontScale);
    const QFont label = font(kLabelPoints * labelScale);
    const QFontMetricsF labelMetrics(label);
    const QRectF labelBox = labelRect(row);
    painter.setFont(label);
    painter.setPen(r.closed ? style.closeColor.darker(140) : style.officeLabelColor);
    painter.drawText(QRectF(QPointF(rowBand(row).left(), labelBox.top()), labelBox.bottomRight()),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     labelMetrics.elidedText(r.label, Qt::ElideRight, mLabelRight - rowBand(row).left()));

    // The words beside the bars: smaller than the label, and within their band.
    const double barHeight = mBand * 0.36;
    double smallPoints = 7.5 * labelScale;
    const double smallHeight = QFontMetricsF(font(smallPoints)).height();
    if (smallHeight > mBand * 0.6)
        smallPoints *= mBand * 0.6 / smallHeight;
    const QFont small = font(smallPoints, false, true);
    const QFontMetricsF smallMetrics(small);
    // "no count" in a missing bar's place only where it fits (the note names the row anyway).
    const bool missingFits = smallMetrics.height() <= barHeight * 1.3;
    const auto writeBeside = [&](double x, double y, const QString &text) {
        painter.setFont(small);
        painter.drawText(QRectF(x, y + barHeight / 2.0 - smallMetrics.height() / 2.0,
                                smallMetrics.horizontalAdvance(text) + 2 * p, smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    };
    for (bool after : {false, true}) {
        if (const auto bar = barRect(row, after)) {
            painter.fillRect(*bar, after ? style.keepColor : style.noDecisionColor);
            continue;
        }
        if ((after && r.received > 0.0) || !missingFits)
            continue; // the received work is in its place, or the word has no room
        const double y = mPlot.top() + row * mBand + mBand * 0.14 + (after ? barHeight : 0.0);
        painter.setPen(style.noDecisionColor.darker(130));
        writeBeside(mPlot.left() + 3 * p, y, missingValueText());
    }
    if (const auto received = receivedRect(row)) {
        paintHatched(painter, *received, style.keepColor, 2.5 * p, 0.5 * p);
        if (!r.after) {
            // Its amount beside it, or inside its end when the plot has no room to the right.
            const QString text = QStringLiteral("+%1").arg(formatCount(r.received));
            const double w = smallMetrics.horizontalAdvance(text) + 3 * p;
            const double x = received->right() + w <= mPlot.right() ? received->right() + 2 * p : received->right() - w;
            painter.setPen(style.keepColor.darker(170));
            writeBeside(x, received->top(), text);
        }
    }
}

} // namespace madoguchi::app
