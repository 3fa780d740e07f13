#pragma once

#include "app/lib/correlationdata.h"
#include "gis/mapstyle.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QPainter;
class QScatterSeries;
class QValueAxis;
class QLogValueAxis;
class QAbstractAxis;

namespace madoguchi::app {

class CorrelationChartView;
class CorrelationChartLayer;

// The policy's central figure: each branch office's geodesic distance to the nearest ward office (x, km)
// against its workload or catchment (y), one point per branch office, coloured by decision with the
// map's colours and shaped by kind (circle = branch office, diamond = general branch office). Ward
// offices are not points. A vertical line marks the distance guide, an optional horizontal one the
// value threshold; the quadrants they make are shaded and named. Offices without a value are listed
// under the chart, never plotted at 0. Pearson r is in the title (over the points with a value); an
// optional dashed least-squares line shows the trend. Every point is named beside it without overlaps;
// the names of offices the recommendation calls closure candidates are dark red.
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

    // Replaces the points. `fiscalYear` names the workload's year in the axis title (Workload only);
    // `distanceThresholdKm` is the guide (km); `valueThreshold` (in the measure's unit) draws the
    // horizontal line and splits the quadrants, nullopt = none. `populationSource` names where the
    // catchment's residents come from (e.g. "2020 census"), shown in the axis title when not empty.
    void setData(std::vector<CorrelationPoint> points, CorrelationMeasure measure,
                 std::optional<int> fiscalYear, double distanceThresholdKm,
                 std::optional<double> valueThreshold, const QString &populationSource = QString());
    void clear();

    const std::vector<CorrelationPoint> &points() const { return mPoints; }
    CorrelationMeasure measure() const { return mMeasure; }
    // Pearson r of the current points (nullopt = n/a).
    std::optional<double> pearsonR() const { return mPearson; }
    // Offices that have no value (or, on a log scale, a value <= 0): listed, not plotted.
    QStringList unplottedOfficeIds() const;

    // Highlights these offices (bigger symbol, selection ring); does not emit officesSelected.
    void setSelectedOfficeIds(const QStringList &officeIds);
    QStringList selectedOfficeIds() const { return mSelected; }

    void setLogScale(bool logScale);
    bool logScale() const { return mLogScale; }
    void setShowRegressionLine(bool show);
    bool showRegressionLine() const { return mShowRegression; }

    // Colours, symbol sizes (points, at 96 dpi) and font: the map's, so that both read alike.
    void setStyle(const gis::MapStyle &style);
    // Every text of the chart this much larger (a projector); 1 = the desk. Clamped to 0.5 … 4.
    void setFontScale(double scale);

    // Paints the whole chart (title, axes, points, labels, notes) into `target` of `painter`, for
    // PNG/SVG/PDF export; the widget's size sets the layout, scaled to fit `target`.
    void render(QPainter &painter, const QRectF &target);
    // Lays the chart out at the size of `target` (in the painter's units, which must be those of the
    // screen's font metrics: see ExportDocument::drawingDpi) and paints it there, on white. For a chart
    // made for an export, which is never shown: a view would lay it out at its own size again.
    void renderFigure(QPainter &painter, const QRectF &target);

    // For tests and export: the Qt Charts objects. Owned by the widget.
    QChart *chart() const;
    QChartView *chartView() const;
    // The on-screen position (chart view coordinates) of an office's point; nullopt when not plotted.
    std::optional<QPointF> viewPositionOf(const QString &officeId) const;

    // Axis and title texts (translatable), exposed so that exports can reuse them.
    static QString measureAxisTitle(CorrelationMeasure measure, std::optional<int> fiscalYear,
                                     const QString &populationSource = QString());
    static QString distanceAxisTitle();

Q_SIGNALS:
    // The planner picked these offices on the chart (click or box); empty = cleared.
    void officesSelected(const QStringList &officeIds);

private:
    friend class CorrelationChartView;
    friend class CorrelationChartLayer;

    void rebuild();
    void updateTitle();
    bool isPlotted(const CorrelationPoint &point) const;
    // In chart (item) coordinates.
    std::optional<QPointF> chartPositionOf(int pointIndex) const;
    int pointAt(const QPointF &chartPosition, double tolerancePx) const;
    void selectFromView(const QStringList &officeIds, bool toggle, bool add);
    double markerSizePx(OfficeKind kind) const;
    QString valueText(double value) const;
    QString pointToolTip(int pointIndex) const;

    std::vector<CorrelationPoint> mPoints;
    CorrelationMeasure mMeasure = CorrelationMeasure::Catchment;
    std::optional<int> mFiscalYear;
    double mDistanceThresholdKm = 5.0;
    std::optional<double> mValueThreshold;
    QString mPopulationSource;
    std::optional<double> mPearson;
    QStringList mSelected;
    bool mLogScale = false;
    bool mShowRegression = false;
    gis::MapStyle mStyle;
    double mFontScale = 1.0;

    CorrelationChartView *mView = nullptr; // owned by the layout
    QChart *mChart = nullptr;              // owned by mView
    QValueAxis *mAxisX = nullptr;          // owned by mChart
    QValueAxis *mAxisYLinear = nullptr;    // owned by mChart
    QLogValueAxis *mAxisYLog = nullptr;    // owned by mChart
    QAbstractAxis *mAxisY = nullptr;       // the one of the two in use
    CorrelationChartLayer *mUnderlay = nullptr; // quadrants, threshold lines; owned by mChart
    CorrelationChartLayer *mOverlay = nullptr;  // labels, selection, regression line, notes
    // Series -> the indices into mPoints of its points, in order.
    std::vector<std::pair<QScatterSeries *, std::vector<int>>> mSeries;
};

} // namespace madoguchi::app
