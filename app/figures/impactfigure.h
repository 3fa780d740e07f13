#pragma once

#include "app/figures/correlationdata.h"
#include "app/figures/figureaxis.h"
#include "core/office.h"
#include "gis/mapstyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace madoguchi {
struct ScenarioImpact;
}

namespace madoguchi::app {

// How the impact figure groups its bars.
enum class ImpactGrouping {
    PerCounter, // one row per counter (ward and branch offices), in table order
    PerWard,    // one row per ward, in the order the wards first appear in the table
    // Per counter when every counter's row has room for a label of at least kMinimumLabelPoints at the
    // figure's size, else per ward (the note says so).
    Automatic,
};

// One row of the impact figure: a counter or a ward, with the measure before and after the scenario. A
// missing value (a workload count the table does not have, a 65+ count no cell has) is nullopt: it gets
// no bar, its place says so and the note under the figure names it — never drawn as 0.
struct ImpactChartRow
{
    QString label;         // the office's Japanese name (closed: "…（廃止）") or the ward (" *": partial)
    QStringList officeIds; // the counter, or every counter the table puts in the ward (table order)
    std::optional<double> before;
    std::optional<double> after;
    // Workload only: the work the row's counters receive from closed counters (the transfers whose count
    // is known), a part of `after`. Drawn as the last segment of the after bar; when `after` is unknown
    // (the counter has no count of its own) drawn alone from zero, so that moved work is never left out.
    double received = 0.0;
    // Workload per ward: some counter of the ward has no count (the note names it); the ward's values
    // sum its other counters and the work the ward's counters receive.
    bool partial = false;
    bool closed = false; // a counter the scenario closes (its label is drawn in the closing colour)
};

struct ImpactChartRows
{
    std::vector<ImpactChartRow> rows; // top to bottom
    // The counters (per ward with the workload: every counter without a count of its own; otherwise those
    // with no value before or after and nothing received, e.g. a ward office without counts) or wards
    // that get no row of their own: named once in the note, never an empty row each.
    QStringList withoutValue;
};

// The rows for `measure`. `offices` is the table the impact was assessed on (indexed by
// CounterImpact::officeIndex), for the names. Automatic is taken as PerCounter.
ImpactChartRows impactChartRows(const ScenarioImpact &impact, const std::vector<Office> &offices,
                                ImpactGrouping grouping, CorrelationMeasure measure);

// "Workload FY2014", "Catchment population", "Catchment population aged 65+" (translated).
QString impactMeasureName(CorrelationMeasure measure, std::optional<int> fiscalYear);
// "1,234 transactions", "1,234 人".
QString impactValueText(CorrelationMeasure measure, double value);

struct ImpactFigureOptions
{
    ImpactGrouping grouping = ImpactGrouping::Automatic;
    // nullopt, or one the impact does not offer: the first it offers (impactMeasures()).
    std::optional<CorrelationMeasure> measure;
    double fontScale = 1.0; // every text this much larger; clamped to 0.5 … 4
    gis::MapStyle style;
};

// What a scenario does to the counters as a horizontal bar chart drawn with QPainter on any device: a
// measure (workload, catchment, catchment 65+) per counter or per ward, before (grey) and after (the
// keeping colour) the scenario, the work received from closed counters as the hatched end of the after
// bar, the closed counters' names in the closing colour, a value axis with round bounds and its unit,
// and a note naming what has no value (once, not a row each) and how the rows are grouped. The rows
// share the plot's height and their labels are sized to their band, so that labels never overprint;
// with more counters than fit at kMinimumLabelPoints, Automatic grouping shows one row per ward. The
// workbench's impact panel and every export lay out and paint the same object. Texts in the language of
// the installed translators (context "ImpactFigure"), sized in points for the device's dpi.
class ImpactFigure
{
    Q_DECLARE_TR_FUNCTIONS(ImpactFigure)

public:
    static constexpr double kLabelPoints = 8.5;        // a row's label when there is room
    static constexpr double kMinimumLabelPoints = 7.0; // the smallest readable in print (FIGURES.md)

    ImpactFigure() = default;
    // `impact` may be null (nothing to show: the figure says so).
    ImpactFigure(std::shared_ptr<const ScenarioImpact> impact, std::vector<Office> offices, ImpactFigureOptions options);

    const std::shared_ptr<const ScenarioImpact> &impact() const { return mImpact; }
    const ImpactFigureOptions &options() const { return mOptions; }
    // The grouping shown: PerCounter or PerWard (Automatic is resolved by layout(); before it, per counter).
    ImpactGrouping grouping() const { return mGrouping; }
    // The measure shown; nullopt when the impact offers none (no counts and no population layer).
    std::optional<CorrelationMeasure> measure() const { return mMeasure; }
    const std::vector<ImpactChartRow> &rows() const { return mRows.rows; }
    // The counters (or wards) without a row of their own, named in the note.
    const QStringList &withoutValue() const { return mRows.withoutValue; }
    QString title() const { return mTitle; }
    // How the rows are grouped (per ward), what has no value and so no bar or no row, what is drawn of
    // the work moved to a counter without a count, and the cells without a 65+ value; empty when there
    // is nothing to say.
    QString note() const { return mNote; }
    // Written in a missing bar's place.
    QString missingValueText() const;

    // The height the figure needs at `dpi` to give each row room for its label (a view's minimum).
    double preferredHeight(double dpi) const;
    void layout(const QSizeF &size, double dpi);
    void paint(QPainter &painter) const;

    // After layout(), in painter units.
    QRectF plotArea() const { return mPlot; }
    // The size of the rows' labels in points (kLabelPoints × fontScale, smaller when the rows are many).
    double labelPoints() const { return mLabelPoints; }
    // The band of a row (its label at the left to the plot's right edge).
    QRectF rowBand(int row) const;
    // Where a row's label is drawn (its text's extent, right-aligned to the plot).
    QRectF labelRect(int row) const;
    // The bar of a row's value before or after; nullopt without a value.
    std::optional<QRectF> barRect(int row, bool after) const;
    // The hatched segment of the work a row receives from closed counters: the end of its after bar, or
    // alone from zero when its after is unknown; nullopt when it receives nothing.
    std::optional<QRectF> receivedRect(int row) const;
    // The row under `position` (its band or its label), or -1.
    int rowAt(const QPointF &position) const;
    // Rich text for a tooltip on a row.
    QString toolTip(int row) const;
    QString axisTitle() const;

private:
    double pt() const { return mDpi / 72.0; }
    QFont font(double points, bool bold = false, bool italic = false) const;
    void showGrouping(ImpactGrouping grouping);
    QString composeNote() const;
    void layoutFrame(const QSizeF &size);
    void layoutRows();
    double valueRight(double value) const;
    void paintLegend(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    void paintRow(QPainter &painter, int row) const;

    std::shared_ptr<const ScenarioImpact> mImpact;
    std::vector<Office> mOffices;
    ImpactFigureOptions mOptions;
    std::optional<CorrelationMeasure> mMeasure;
    ImpactGrouping mGrouping = ImpactGrouping::PerCounter;
    bool mGroupedForRoom = false; // Automatic chose per ward because the counters did not fit
    ImpactChartRows mRows;
    QString mTitle;
    QString mNote;

    QSizeF mSize;
    double mDpi = 96.0;
    AxisScale mScale;
    QRectF mTitleRect;
    QRectF mLegendRect;
    QRectF mPlot;
    QRectF mAxisTitleRect;
    QRectF mNoteRect;
    double mLabelRight = 0.0; // the category labels end here
    double mBand = 0.0;       // the height of a row's band
    double mLabelPoints = kLabelPoints;
};

} // namespace madoguchi::app
