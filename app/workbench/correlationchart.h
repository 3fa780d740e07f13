#pragma once

#include "app/figures/correlationfigure.h"
#include "gis/mapstyle.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QRubberBand;

namespace madoguchi::app {

// The correlation figure (app/figures/correlationfigure.h) in a widget: the figure the exports and the
// report draw, laid out at the widget's size, with the planner's interaction on top.
//
// Interaction: a click on a point selects its office (Ctrl toggles), a click elsewhere clears the
// selection, a drag draws a selection box (Ctrl adds); each emits officesSelected(). Hovering a point
// shows its name, distance and value.
class CorrelationChart : public QWidget
{
    Q_OBJECT

public:
    explicit CorrelationChart(QWidget *parent = nullptr);
    ~CorrelationChart() override;

    // Replaces what is plotted.
    void setData(CorrelationFigureData data);
    void clear();

    // The figure as laid out at the widget's size (positions in widget coordinates).
    const CorrelationFigure &figure() const { return mFigure; }
    const std::vector<CorrelationPoint> &points() const { return mData.points; }
    CorrelationMeasure measure() const { return mData.measure; }
    // Pearson r of the current points (nullopt = n/a).
    std::optional<double> pearsonR() const { return mFigure.pearsonR(); }
    // Offices that have no value (or, on a log scale, a value <= 0): listed, not plotted.
    QStringList unplottedOfficeIds() const { return mFigure.unplottedOfficeIds(); }

    // Highlights these offices (bigger symbol, selection ring); does not emit officesSelected.
    void setSelectedOfficeIds(const QStringList &officeIds);
    QStringList selectedOfficeIds() const { return mOptions.selectedOfficeIds; }

    void setLogScale(bool logScale);
    bool logScale() const { return mOptions.logScale; }
    void setShowRegressionLine(bool show);
    bool showRegressionLine() const { return mOptions.trendLine; }

    // Colours, symbols and font: the map's, so that both read alike.
    void setStyle(const gis::MapStyle &style);
    // Every text of the chart this much larger (a projector); 1 = the desk. Clamped to 0.5 … 4.
    void setFontScale(double scale);

    // Where an office's point is in the widget; nullopt when it is not plotted.
    std::optional<QPointF> viewPositionOf(const QString &officeId) const;

Q_SIGNALS:
    // The planner picked these offices on the chart (click or box); empty = cleared.
    void officesSelected(const QStringList &officeIds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Makes the figure from the data and options and lays it out at the widget's size.
    void rebuild();
    void selectFromView(const QStringList &officeIds, bool toggle, bool add);

    CorrelationFigureData mData;
    CorrelationFigureOptions mOptions;
    CorrelationFigure mFigure;
    QRubberBand *mBand = nullptr; // child of this
    QPoint mPressPos;
    bool mPressed = false;
    bool mDragging = false;
};

} // namespace madoguchi::app
