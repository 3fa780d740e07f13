#include "app/figures/figureaxis.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace madoguchi::app {

std::optional<double> AxisScale::position(double value, double from, double to) const
{
    if (logarithmic) {
        if (!(value > 0.0) || !(min > 0.0) || max <= min)
            return std::nullopt;
        return from + (std::log10(value) - std::log10(min)) / (std::log10(max) - std::log10(min)) * (to - from);
    }
    if (max <= min)
        return std::nullopt;
    return from + (value - min) / (max - min) * (to - from);
}

double AxisScale::valueAt(double position, double from, double to) const
{
    if (to == from)
        return min;
    const double fraction = (position - from) / (to - from);
    if (logarithmic)
        return std::pow(10.0, std::log10(min) + fraction * (std::log10(max) - std::log10(min)));
    return min + fraction * (max - min);
}

AxisScale niceLinearScale(double low, double high, int maxTicks, bool integerSteps)
{
    AxisScale scale;
    if (!std::isfinite(low))
        low = 0.0;
    if (!std::isfinite(high) || high <= low)
        high = low + 1.0;
    maxTicks = std::max(1, maxTicks);
    const double span = high - low;
    // Every 1, 2, 2.5 and 5 × 10ⁿ from the step that needs 10 × maxTicks intervals up to one interval;
    // of those within maxTicks intervals, the one whose bounds fit the data most closely (the least
    // room left below `low` and above `high`), and of equally close ones the smaller step (more ticks).
    // Taking the first step that fits instead wastes space: 61,800 in at most four intervals would end
    // at 80,000 (4 × 20,000) rather than 75,000 (3 × 25,000).
    double step = 0.0;
    double bestRoom = std::numeric_limits<double>::infinity();
    const int firstDecade = int(std::floor(std::log10(span / maxTicks))) - 1;
    for (int decade = firstDecade; decade <= firstDecade + 3; ++decade) {
        for (double multiple : {1.0, 2.0, 2.5, 5.0}) {
            const double candidate = multiple * std::pow(10.0, decade);
            if (integerSteps && (candidate < 1.0 || std::abs(candidate - std::round(candidate)) > 1e-9))
                continue;
            const double first = std::floor(low / candidate + 1e-9);
            const double last = std::max(std::ceil(high / candidate - 1e-9), first + 1.0);
            if (last - first > maxTicks)
                continue;
            const double room = (last - first) * candidate - span;
            if (room < bestRoom - span * 1e-9) {
                bestRoom = room;
                step = candidate;
            }
        }
    }
    if (step <= 0.0)
        step = std::max(1.0, std::ceil(span / maxTicks));
    scale.min = std::floor(low / step + 1e-9) * step;
    scale.max = std::ceil(high / step - 1e-9) * step;
    if (scale.max <= scale.min)
        scale.max = scale.min + step;
    const int count = int(std::lround((scale.max - scale.min) / step));
    for (int i = 0; i <= count; ++i)
        scale.ticks.push_back(scale.min + i * step);
    return scale;
}

AxisScale logarithmicScale(double low, double high)
{
    AxisScale scale;
    scale.logarithmic = true;
    if (!(low > 0.0) || !std::isfinite(low))
        low = 1.0;
    if (!(high > low) || !std::isfinite(high))
        high = low * 10.0;
    const int first = int(std::floor(std::log10(low) + 1e-9));
    int last = int(std::ceil(std::log10(high) - 1e-9));
    if (last <= first)
        last = first + 1;
    scale.min = std::pow(10.0, first);
    scale.max = std::pow(10.0, last);
    for (int decade = first; decade <= last; ++decade) {
        const double base = std::pow(10.0, decade);
        scale.ticks.push_back(base);
        if (decade < last)
            for (int multiple = 2; multiple <= 9; ++multiple)
                scale.minorTicks.push_back(base * multiple);
    }
    return scale;
}

void paintPlotAxes(QPainter &painter, const PlotAxes &axes, double pt)
{
    const QRectF &plot = axes.plot;
    painter.save();
    const QColor ink(0x30, 0x30, 0x30);
    painter.setPen(QPen(ink, 0.8 * pt));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    const QFontMetricsF tickMetrics(axes.tickFont);
    painter.setFont(axes.tickFont);
    const double tickLength = 3.0 * pt;
    for (double tick : axes.x.minorTicks)
        if (const auto x = axes.x.position(tick, plot.left(), plot.right()))
            painter.drawLine(QPointF(*x, plot.bottom()), QPointF(*x, plot.bottom() + tickLength / 2.0));
    for (double tick : axes.x.ticks) {
        const auto x = axes.x.position(tick, plot.left(), plot.right());
        if (!x)
            continue;
        painter.drawLine(QPointF(*x, plot.bottom()), QPointF(*x, plot.bottom() + tickLength));
        const QString text = axes.xText(tick);
        const double w = tickMetrics.horizontalAdvance(text);
        painter.drawText(QRectF(*x - w / 2.0 - pt, plot.bottom() + tickLength, w + 2 * pt, tickMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    for (double tick : axes.y.minorTicks)
        if (const auto y = axes.y.position(tick, plot.bottom(), plot.top()))
            painter.drawLine(QPointF(plot.left() - tickLength / 2.0, *y), QPointF(plot.left(), *y));
    for (double tick : axes.y.ticks) {
        const auto y = axes.y.position(tick, plot.bottom(), plot.top());
        if (!y)
            continue;
        painter.drawLine(QPointF(plot.left() - tickLength, *y), QPointF(plot.left(), *y));
        painter.drawText(QRectF(axes.yTitleRect.right(), *y - tickMetrics.height() / 2.0,
                                plot.left() - tickLength - 1.5 * pt - axes.yTitleRect.right(), tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, axes.yText(tick));
    }

    painter.setFont(axes.titleFont);
    painter.setPen(ink);
    painter.drawText(axes.xTitleRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, axes.xTitle);
    painter.translate(axes.yTitleRect.left(), axes.yTitleRect.bottom());
    painter.rotate(-90.0);
    painter.drawText(QRectF(0, 0, axes.yTitleRect.height(), axes.yTitleRect.width()),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, axes.yTitle);
    painter.restore();
}

} // namespace madoguchi::app
