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
};

// One row of the impact figure: a counter or a ward, with the measure before and after the scenario. A
// missing value (a workload count the table does not have, a 65+ count no cell has) is nullopt: it gets
// no bar, its place says so and the note under the figure names it — never drawn as 0.
struct ImpactChartRow
{
    QString label;         // the office's Japanese name (closed: "…（廃止）") or the ward
    QStringList officeIds; // the counter, or every counter the table puts in the ward (table order)
    std::optional<double> before;
    std::optional<double> after;
    bool closed = false; // a counter the scenario closes (its label is drawn in the closing colour)
};

// The rows for `measure`, top to bottom. `offices` is the table the impact was assessed on (indexed by
// CounterImpact::officeIndex), for the names.
std::vector<ImpactChartRow> impactChartRows(const ScenarioImpact &impact, const std::vector<Office> &offices,
                                            ImpactGrouping grouping, CorrelationMeasure measure);

// "Workload FY2014", "Catchment population", "Catchment population aged 65+" (translated).
QString impactMeasureName(CorrelationMeasure measure, std::optional<int> fiscalYear);
// "1,234 transactions", "1,234 人".
QString impactValueText(CorrelationMeasure measure, double value);

struct ImpactFigureOptions
{
    ImpactGrouping grouping = ImpactGrouping::PerCounter;
    // nullopt, or one the impact does not offer: the first it offers (impactMeasures()).
    std::optional<CorrelationMeasure> measure;
    double fontScale = 1.0; // every text this much larger; clamped to 0.5 … 4
    gis::MapStyle style;
};

// What a scenario does to the counters as a horizontal bar chart drawn with QPainter on any device: a
// measure (workload, catchment, catchment 65+) per counter or per ward, before (grey) and after (the
// keeping colour) the scenario, the closed counters' names in the closing colour, a value axis with
// round bounds and its unit, and a note naming what has no value. The workbench's impact panel and every
// export lay out and paint the same object. Texts in the language of the installed translators (context
// "ImpactFigure"), sized in points for the device's dpi.
class ImpactFigure
{
    Q_DECLARE_TR_FUNCTIONS(ImpactFigure)

public:
    ImpactFigure() = default;
    // `impact` may be null (nothing to show: the figure says so).
    ImpactFigure(std::shared_ptr<const ScenarioImpact> impact, std::vector<Office> offices, ImpactFigureOptions options);

    const std::shared_ptr<const ScenarioImpact> &impact() const { return mImpact; }
    const ImpactFigureOptions &options() const { return mOptions; }
    // The measure shown; nullopt when the impact offers none (no counts and no population layer).
    std::optional<CorrelationMeasure> measure() const { return mMeasure; }
    const std::vector<ImpactChartRow> &rows() const { return mRows; }
    QString title() const { return mTitle; }
    // What has no value and so no bar, and the cells without a 65+ value (empty when nothing is missing).
    QString note() const { return mNote; }
    // Written in a missing bar's place.
    QString missingValueText() const;

    // The height the figure needs at `dpi` to give each row room for its label (a view's minimum).
    double preferredHeight(double dpi) const;
    void layout(const QSizeF &size, double dpi);
    void paint(QPainter &painter) const;

    // After layout(), in painter units.
    QRectF plotArea() const { return mPlot; }
    // The band of a row (its label at the left to the plot's right edge).
    QRectF rowBand(int row) const;
    // The bar of a row's value before or after; nullopt without a value.
    std::optional<QRectF> barRect(int row, bool after) const;
    // The row under `position` (its band or its label), or -1.
    int rowAt(const QPointF &position) const;
    // Rich text for a tooltip on a row.
    QString toolTip(int row) const;
    QString axisTitle() const;

private:
    double pt() const { return mDpi / 72.0; }
    QFont font(double points, bool bold = false, bool italic = false) const;

    std::shared_ptr<const ScenarioImpact> mImpact;
    std::vector<Office> mOffices;
    ImpactFigureOptions mOptions;
    std::optional<CorrelationMeasure> mMeasure;
    std::vector<ImpactChartRow> mRows;
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
};

} // namespace madoguchi::app
