#pragma once

#include "app/figures/correlationdata.h"
#include "app/figures/figureaxis.h"
#include "gis/legend.h"
#include "gis/mapstyle.h"
#include "gis/pointlabels.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace madoguchi::app {

struct ScenarioAnalysis;

// What the correlation figure plots.
struct CorrelationFigureData
{
    std::vector<CorrelationPoint> points;
    CorrelationMeasure measure = CorrelationMeasure::Catchment;
    std::optional<int> fiscalYear;        // Workload: the year, named in the axis title
    double distanceThresholdKm = 5.0;     // the distance guide
    std::optional<double> valueThreshold; // in the measure's unit; splits the quadrants
    QString populationSource;             // where the residents come from, e.g. "2020 census"; may be empty
};

// The figure's data for an analysis: its points for `measure` (and `fiscalYear`), the distance guide
// and the value threshold of its criteria (the workload threshold for workload, the catchment threshold
// for the catchment, none for 65+).
CorrelationFigureData correlationFigureData(const ScenarioAnalysis &analysis, CorrelationMeasure measure,
                                            std::optional<int> fiscalYear = std::nullopt);

struct CorrelationFigureOptions
{
    bool logScale = false;
    bool trendLine = false; // the least-squares line, dashed
    // Every text this much larger (a projector); 1 for a desk or a page. Clamped to 0.5 … 4.
    double fontScale = 1.0;
    // Drawn larger inside the map's selection ring and labelled first.
    QStringList selectedOfficeIds;
    gis::MapStyle style;
};

// The policy's central figure, drawn with QPainter on any device: each branch office's geodesic
// distance to the nearest ward office (x, km) against its workload or catchment (y), one point per
// branch office with the map's office symbol (shape by kind, colour by decision: gis::paintOfficeSymbol),
// the distance guide as a vertical line and the value threshold as a horizontal one, the quadrants they
// make shaded and named (each name kept off the points), Pearson r in the title, an optional trend
// line, every plotted office named once without overlaps (gis::placePointLabels: beside its point,
// else joined to it by a leader line, else by a number listed with its name in a key under the plot),
// the names of closure candidates in dark red, a legend of the kinds and decisions shown made from the
// map's legend model, and the offices without a value listed under the chart — never plotted at 0.
//
// Texts are in the language of the installed translators (context "CorrelationFigure"), sized in points
// for the device's dpi, so that a 160 × 110 mm figure reads the same on screen, in a PNG and in a PDF.
// A plain value: the workbench's chart dock and every export lay out and paint the same object.
class CorrelationFigure
{
    Q_DECLARE_TR_FUNCTIONS(CorrelationFigure)

public:
    CorrelationFigure() = default;
    CorrelationFigure(CorrelationFigureData data, CorrelationFigureOptions options);

    const CorrelationFigureData &data() const { return mData; }
    const CorrelationFigureOptions &options() const { return mOptions; }

    // Lays the figure out in (0, 0, size) of a device with `dpi` painter units per inch.
    void layout(const QSizeF &size, double dpi);
    // Paints it as laid out: white paper, the title, the axes, the plot and its texts, the legend and
    // the notes. Needs layout() first.
    void paint(QPainter &painter) const;

    // Pearson r over the points with a value (nullopt = n/a); and how many points have a value.
    std::optional<double> pearsonR() const { return mPearson; }
    int pointsWithValue() const;
    // Whether a point has a place on the chart: a finite value (> 0 on a log scale).
    bool isPlotted(const CorrelationPoint &point) const;
    // Offices that have no value (or, on a log scale, a value <= 0): listed, not plotted.
    QStringList unplottedOfficeIds() const;

    // After layout(): where things are, in painter units.
    QSizeF size() const { return mSize; }
    QRectF plotArea() const { return mPlot; }
    std::optional<QPointF> positionOf(const QString &officeId) const;
    // The office whose point is nearest to `position`, if within its symbol's radius + `tolerance`.
    std::optional<QString> officeAt(const QPointF &position, double tolerance) const;
    // The offices whose points lie inside `rect`, in the points' order.
    QStringList officesIn(const QRectF &rect) const;
    // Where each plotted office's name (or number) was placed (empty when it could not be placed).
    std::optional<QRectF> labelRectOf(const QString &officeId) const;
    // The plotted points as the labeller saw them and their labels, parallel (for checks); the texts
    // no label may cover (quadrant names, the guides' values); the key, "number name" per entry.
    const std::vector<gis::LabelledPoint> &labelledPoints() const { return mLabelledPoints; }
    const std::vector<gis::PointLabel> &pointLabels() const { return mPointLabels; }
    QStringList labelledNames() const;
    std::vector<QRectF> fixedTextRects() const;
    QStringList keyEntries() const;
    // Under the key when the figure is too small to name all its offices: how many are not named.
    QString keyOverflow() const { return mKeyOverflow; }
    // The texts as drawn, for tests and accessibility: the title's lines, the quadrant names, the note.
    QStringList titleLines() const { return mTitleLines; }
    QStringList quadrantNames() const;
    QString note() const { return mNote; }
    const std::vector<gis::LegendEntry> &legend() const { return mLegend; }
    const AxisScale &xScale() const { return mX; }
    const AxisScale &yScale() const { return mY; }

    // Rich text for a tooltip on the office's point.
    QString toolTip(const QString &officeId) const;

    static QString distanceAxisTitle();
    static QString measureAxisTitle(CorrelationMeasure measure, std::optional<int> fiscalYear,
                                    const QString &populationSource = QString());

private:
    struct Quadrant
    {
        QRectF rect;
        QColor fill;
        QString name;
        Qt::Alignment align;
        QRectF nameRect;
    };
    struct KeyEntry
    {
        int number = 0;
        int point = -1;
        QRectF rect; // the number's box; the name follows it
    };

    double pt() const { return mDpi / 72.0; }
    QFont font(double points, bool bold = false) const;
    double symbolRadius(const CorrelationPoint &point) const;
    std::optional<QPointF> place(const CorrelationPoint &point) const;
    QString valueText(double value) const;
    // The axes with at most this many intervals between labelled ticks.
    void layoutScales(int xIntervals, int yIntervals);
    double layoutLegend(double bottom);
    // A selected point is drawn this much larger, inside its selection ring.
    static constexpr double kSelectedScale = 1.4;
    // The numbers of offices named in the key, and the key's names.
    static constexpr double kNumberPoints = 7.5;
    static constexpr double kKeyPoints = 8.0;
    // The wrapped extent of a title line at `width` (the first line larger and bold).
    QRectF titleLineRect(int line, double width) const;
    void layoutAxesAndFrame();
    void layoutFrame();
    double layoutKeyArea(double bottom);
    // The key's columns, their width and its row height for `count` numbers.
    struct KeyGrid
    {
        double columnWidth = 0.0;
        int columns = 1;
        double rowHeight = 0.0;
    };
    KeyGrid keyGrid(int count) const;
    // How many numbers a key (with its overflow line) of at most `height` holds.
    int keyCapacity(double height) const;
    void layoutQuadrants();
    std::vector<Quadrant> quadrantsFor(const QRectF &near, const QRectF &far, std::optional<double> yThreshold) const;
    void placeQuadrantNames();
    double layoutQuadrantKey(double bottom);
    void layoutLabels();
    void layoutKey();
    QSizeF numberSize(int number) const;
    void paintNumber(QPainter &painter, const QRectF &rect, int number, bool candidate) const;
    void paintKey(QPainter &painter) const;
    void paintPlot(QPainter &painter) const;
    void paintAxes(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    void paintLegendAndNote(QPainter &painter) const;

    CorrelationFigureData mData;
    CorrelationFigureOptions mOptions;
    std::optional<double> mPearson;

    // The layout.
    QSizeF mSize;
    double mDpi = 96.0;
    AxisScale mX;
    AxisScale mY;
    QRectF mPlot;
    QStringList mTitleLines;
    QRectF mTitleRect;
    QRectF mXTitleRect;
    QRectF mYTitleRect; // before rotation: its width runs along the axis
    std::vector<gis::LegendEntry> mLegend;
    std::vector<QRectF> mLegendRects; // parallel to mLegend: the symbol box and text of each entry
    QString mNote;
    QRectF mNoteRect;
    std::vector<Quadrant> mQuadrants;
    double mXThreshold = 0.0;
    std::optional<double> mYThreshold;
    QString mGuideText;
    QRectF mGuideRect;
    QString mValueText;
    QRectF mValueRect;
    std::vector<std::optional<QPointF>> mPositions; // parallel to mData.points
    std::vector<gis::LabelledPoint> mLabelledPoints;  // the plotted points
    std::vector<gis::PointLabel> mPointLabels;        // parallel to mLabelledPoints
    std::vector<int> mLabelledIndex;                  // parallel to mLabelledPoints: the index in mData.points
    int mKeyReserve = 0;                              // numbers the key has room for
    bool mKeyOverflowLine = false; // the key is full: a line under it says how many are not named
    QString mKeyOverflow;          // that line
    QRectF mKeyOverflowRect;
    bool mQuadrantBlocked = false; // a quadrant's name found no clear place on the plot
    bool mQuadrantKey = false;     // the quadrants are named under the plot instead
    std::vector<QRectF> mQuadrantKeyRects; // parallel to mQuadrants: the shade and name under the plot
    QRectF mKeyRect;
    double mKeyColumnWidth = 0.0;
    std::vector<KeyEntry> mKey;
};

} // namespace madoguchi::app
