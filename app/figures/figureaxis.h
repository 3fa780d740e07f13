#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace madoguchi::app {

// A value axis of a chart: its range and its ticks, chosen so that the axis fits the data with round
// ("nice") bounds — the largest value and the thresholds drawn just fit below the top tick.
struct AxisScale
{
    double min = 0.0;
    double max = 1.0;
    bool logarithmic = false;
    std::vector<double> ticks;      // labelled, from min to max
    std::vector<double> minorTicks; // unlabelled (a log axis's 2…9 × 10ⁿ)

    // Where `value` falls between `from` (the axis's min) and `to` (its max), in painter units; nullopt
    // for a value a logarithmic axis cannot show (≤ 0).
    std::optional<double> position(double value, double from, double to) const;
    // The value at a painter position (the inverse of position()).
    double valueAt(double position, double from, double to) const;
};

// A linear axis from `low` (usually 0) to at least `high`, with at most `maxTicks` intervals of 1, 2,
// 2.5 or 5 × 10ⁿ: of those steps, the one whose top (the first tick at or above `high`) is the lowest,
// so that the axis ends as close above the data as a round step allows (60,000 in at most eight
// intervals ends at 70,000, not 80,000 or 100,000). `integerSteps` keeps steps whole (counts,
// kilometres on a short axis stay readable either way).
AxisScale niceLinearScale(double low, double high, int maxTicks = 6, bool integerSteps = false);
// A logarithmic axis over whole decades around [low, high] (both > 0), a tick at each power of ten.
AxisScale logarithmicScale(double low, double high);

// The axes of a figure's plot, drawn the same way in every figure: the two axis lines, the ticks
// (minor ones half as long, unlabelled) with the labels `xText` and `yText` give them, the x title
// under the plot in `xTitleRect` and the y title turned a quarter left in `yTitleRect`. `pt` is one
// point in painter units.
struct PlotAxes
{
    QRectF plot;
    AxisScale x;
    AxisScale y;
    std::function<QString(double)> xText;
    std::function<QString(double)> yText;
    QRectF xTitleRect;
    QRectF yTitleRect;
    QString xTitle;
    QString yTitle;
    QFont tickFont;
    QFont titleFont;
};
void paintPlotAxes(QPainter &painter, const PlotAxes &axes, double pt);

} // namespace madoguchi::app
