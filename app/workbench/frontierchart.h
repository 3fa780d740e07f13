#pragma once

#include "app/figures/frontierfigure.h"
#include "core/closureproblem.h"
#include "core/office.h"
#include "gis/mapstyle.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace madoguchi::app {

// A point of the frontier chart: the frontier's best set with `closures` counters closed, or (scenario)
// the compared scenario's own set.
struct FrontierChartPoint
{
    int closures = 0;
    bool scenario = false;

    bool operator==(const FrontierChartPoint &) const = default;
};

// The closure optimiser's frontier (app/figures/frontierfigure.h) in a widget: the figure the exports and
// the report draw, laid out at the widget's size, with the planner's choice of a point on top.
//
// Interaction: a click on a point selects it (a ring around it) and emits pointSelected(); a click beside
// the points clears the selection and emits selectionCleared(). Left and Right move to the frontier's
// previous and next point. Hovering a point shows its closures, the offices closed and the measure.
class FrontierChart : public QWidget
{
    Q_OBJECT

public:
    explicit FrontierChart(QWidget *parent = nullptr);
    ~FrontierChart() override;

    // Replaces what is plotted (null = clear()); `offices` are the table the optimisation was made on
    // (for the names). Keeps the selected point when the new answer has it.
    void setOptimisation(std::shared_ptr<const ClosureOptimisation> optimisation, std::vector<Office> offices);
    void clear();
    const std::shared_ptr<const ClosureOptimisation> &optimisation() const { return mOptimisation; }

    // Selects a point without emitting; nullopt, or a point the chart does not have, clears.
    void setSelectedPoint(std::optional<FrontierChartPoint> point);
    std::optional<FrontierChartPoint> selectedPoint() const { return mSelected; }
    // The set a point stands for; nullptr when the chart has no such point.
    const ClosureSet *setOf(const FrontierChartPoint &point) const;

    // The figure as laid out at the widget's size (widget coordinates): the plot and every point.
    const FrontierFigureLayout &figureLayout() const { return mLayout; }
    // Where a point is drawn; nullopt when it is not plotted.
    std::optional<QPointF> viewPositionOf(const FrontierChartPoint &point) const;
    // The point under `position` (within a few pixels of its symbol); nullopt when none is.
    std::optional<FrontierChartPoint> pointAt(const QPointF &position) const;

    // Colours and font: the map's, so that the chart and the map read alike.
    void setStyle(const gis::MapStyle &style);

Q_SIGNALS:
    // The planner picked a point (click or arrow key).
    void pointSelected(int closures, bool scenario);
    // The planner clicked beside the points.
    void selectionCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    FrontierFigureOptions figureOptions() const;
    // Lays the figure out at the widget's size (paints it into a picture) and schedules a repaint.
    void relayout();
    void selectFromView(const FrontierChartPoint &point);
    QString toolTip(const FrontierChartPoint &point) const;

    std::shared_ptr<const ClosureOptimisation> mOptimisation;
    std::vector<Office> mOffices;
    gis::MapStyle mStyle;
    std::optional<FrontierChartPoint> mSelected;
    FrontierFigureLayout mLayout;
};

} // namespace madoguchi::app
