#pragma once

#include "app/figures/figureaxis.h"
#include "core/closureproblem.h"
#include "core/office.h"
#include "gis/mapstyle.h"
#include "gis/pointlabels.h"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace madoguchi::app {

struct FrontierFigureOptions
{
    // The frontier's point with this many closures is drawn larger inside the map's selection ring and
    // named first (the set the planner is looking at); nullopt: none.
    std::optional<int> highlightedClosures;
    // Every text this much larger (a projector); 1 for a desk or a page. Clamped to 0.5 … 4.
    double fontScale = 1.0;
    gis::MapStyle style;
};

// A point as drawn, for the workbench's hit tests: a set of the frontier, or the scenario's own
// (`scenario`), with `closures` counters closed, its symbol's centre and radius in painter units.
struct FrontierFigurePoint
{
    int closures = 0;
    bool scenario = false;
    QPointF centre;
    double radius = 0.0;
};

// Where paintFrontierFigure drew the plot and the points (the frontier's in increasing closures, then
// the scenario's).
struct FrontierFigureLayout
{
    QRectF plot;
    std::vector<FrontierFigurePoint> points;
};

// The closure optimiser's frontier as a line chart drawn with QPainter on any device: for each number of
// counters closed (x, whole numbers from the first to the last) the harm of the best set of that many
// closures (y, the measure optimised: residents, residents 65+ or the mean distance, in km from 1 km),
// one point per set joined by a line; a set not proven optimal hollow, with a dashed line down to the
// solver's bound; the scenario's own closures as a diamond in the closing colour, named. Each point of
// the frontier is named by what its set changes against the one before ("＋城南", or "＋A ＋B −C" where
// the sets are not nested), every name placed with gis::placePointLabels (beside its point, else by a
// leader line, else as a number listed in a key under the plot) so that nothing overlaps. A note under
// the plot gives the distance guide, the constraints that were applied and what could not be applied,
// and explains the hollow points.
//
// Texts are in the language of the installed translators (context "FrontierFigure"), the domain's
// words from core/terms.h; sized in points for the device's dpi as the other figures are.
class FrontierFigure
{
    Q_DECLARE_TR_FUNCTIONS(FrontierFigure)

public:
    // One plotted point: a set of the frontier or the scenario's.
    struct Point
    {
        int closures = 0;
        bool scenario = false;
        double value = 0.0;           // in the axis's unit (km or m for the mean distance)
        std::optional<double> bound;  // not proven: the solver's bound, in the axis's unit
        bool proven = true;
        bool highlighted = false;
        // The scenario's point lies on a frontier point (the same number closed and the same harm, as
        // written: whole residents, metres): drawn round it, and named in that point's label.
        bool merged = false;
        // The scenario's point is named in its set's label: merged, or lying on the set's symbol with no
        // room for a name of its own ("＋城南 / 2016年方針").
        bool namedWithSet = false;
        bool withScenario = false;    // a frontier point whose label names the scenario too
        QString label;                // what the point is named on the plot
        QPointF centre;
        double radius = 0.0;
    };

    FrontierFigure() = default;
    FrontierFigure(ClosureOptimisation optimisation, std::vector<Office> offices, FrontierFigureOptions options);

    const ClosureOptimisation &optimisation() const { return mOptimisation; }
    const FrontierFigureOptions &options() const { return mOptions; }

    // Lays the figure out in (0, 0, size) of a device with `dpi` painter units per inch.
    void layout(const QSizeF &size, double dpi);
    // Paints it as laid out. Needs layout() first.
    void paint(QPainter &painter) const;

    // After layout(), in painter units.
    QSizeF size() const { return mSize; }
    QRectF plotArea() const { return mPlot; }
    const std::vector<Point> &points() const { return mPoints; }
    FrontierFigureLayout figureLayout() const;
    const AxisScale &xScale() const { return mX; }
    const AxisScale &yScale() const { return mY; }
    // The y axis's unit: 人 / residents, or km / m for the mean distance.
    QString valueUnit() const { return mUnit; }
    // The points as the labeller saw them and their labels, parallel, with the label texts (for checks);
    // what no label may cover (the frontier's line and the bounds' dashed lines, in small boxes); the
    // key, "number text" per entry, and its overflow line.
    const std::vector<gis::LabelledPoint> &labelledPoints() const { return mLabelledPoints; }
    const std::vector<gis::PointLabel> &pointLabels() const { return mPointLabels; }
    QStringList labelTexts() const;
    const std::vector<QRectF> &lineRects() const { return mLineRects; }
    QStringList keyEntries() const;
    QString keyOverflow() const { return mKeyOverflow; }
    QStringList titleLines() const { return mTitleLines; }
    QString yAxisTitle() const;
    static QString xAxisTitle();
    // The note under the plot as drawn, one line per entry (wrapped when drawn): all of it, or on a
    // figure too small for it the lines that fit and a line saying so.
    QStringList noteLines() const { return mNoteLines; }
    // The legend's texts, in order.
    QStringList legendTexts() const;

private:
    struct LegendItem
    {
        enum class Symbol { Frontier, Hollow, Scenario };
        Symbol symbol;
        QString text;
        QRectF rect;
    };
    struct NoteLine
    {
        QString text;
        int priority = 0; // the lines of least priority are left out first where the note has no room
    };
    struct KeyEntry
    {
        int number = 0;
        int labelled = -1; // index into mLabelledPoints
        QRectF rect;       // the number's box; the text follows it
    };

    double pt() const { return mDpi / 72.0; }
    QFont font(double points, bool bold = false) const;
    void collectPoints();
    QString valueText(double value) const;
    double symbolRadius(const Point &point) const;
    double frontierRadius(double scale = 1.0) const;
    double scenarioRadius(double scale = 1.0) const;
    void layoutFrame();
    double layoutNote(double bottom);
    double layoutLegend(double bottom);
    double layoutKeyArea(double bottom);
    void layoutYScale(int intervals);
    void layoutXScale();
    void placePoints(bool jointLabel);
    void layoutLabels();
    void layoutKey();
    QSizeF numberSize(int number) const;
    double keyEntryWidth(const Point &point) const;
    double keyRowHeight() const;
    int keyEntriesPerRow() const;
    int keyCapacity(double height) const;
    void paintPlot(QPainter &painter) const;
    void paintAxes(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    void paintNumber(QPainter &painter, const QRectF &rect, int number) const;
    void paintLegendAndNote(QPainter &painter) const;
    void paintSymbol(QPainter &painter, const Point &point) const;

    static constexpr double kHighlightScale = 1.4;
    static constexpr double kMergedScale = 1.6; // the scenario's diamond round its set's circle
    static constexpr double kLabelPoints = 8.5;
    static constexpr double kNumberPoints = 7.5;
    static constexpr double kKeyPoints = 8.0;
    static constexpr double kNotePoints = 8.0;
    static constexpr double kMinimumNotePoints = 7.0;

    ClosureOptimisation mOptimisation;
    std::vector<Office> mOffices;
    FrontierFigureOptions mOptions;
    bool mKilometres = false; // the mean distance in km (values from 1 km), else m
    QString mUnit;
    std::vector<Point> mPoints; // the frontier's in increasing closures, then the scenario's

    // The layout.
    QSizeF mSize;
    double mDpi = 96.0;
    AxisScale mX;
    AxisScale mY;
    std::vector<double> mXMinorTicks; // every whole number between the labelled ticks
    QRectF mPlot;
    QStringList mTitleLines;
    QRectF mTitleRect;
    QRectF mXTitleRect;
    QRectF mYTitleRect; // before rotation: its width runs along the axis
    std::vector<NoteLine> mNote; // every line the note has
    QStringList mNoteLines;      // those drawn
    double mNotePoints = kNotePoints;
    QRectF mNoteRect;
    std::vector<LegendItem> mLegend;
    std::vector<gis::LabelledPoint> mLabelledPoints;
    std::vector<gis::PointLabel> mPointLabels; // parallel to mLabelledPoints
    std::vector<int> mLabelledIndex;           // parallel to mLabelledPoints: the index in mPoints
    std::vector<QRectF> mLineRects;            // the lines kept clear of labels
    int mKeyReserve = 0;
    bool mKeyOverflowLine = false;
    QString mKeyOverflow;
    QRectF mKeyOverflowRect;
    QRectF mKeyRect;
    std::vector<KeyEntry> mKey;
};

// Paints the frontier of `optimisation` into `target` of `painter`, whose device has `dpi` painter units
// per inch, and returns where the plot and the points are (for hit tests). `offices` is the table the
// optimisation ran on (for the names).
FrontierFigureLayout paintFrontierFigure(QPainter &painter, const QRectF &target, double dpi,
                                         const ClosureOptimisation &optimisation, const std::vector<Office> &offices,
                                         const FrontierFigureOptions &options = {});

} // namespace madoguchi::app
