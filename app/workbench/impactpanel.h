#pragma once

#include "app/lib/correlationdata.h"
#include "core/office.h"
#include "gis/mapstyle.h"

#include <QFont>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QValueAxis;

namespace madoguchi {
struct ScenarioImpact;
}

namespace madoguchi::app {

class ImpactChartLabels;
class ImpactChartView;

// One category of the impact chart: a counter or a ward, with the measure before and after the
// scenario. A missing value (a workload count the table does not have, a 65+ count no cell has) is
// nullopt: it gets no bar and is named in the note under the chart, never drawn as 0.
struct ImpactChartRow
{
    QString label;         // the category's text: the office's Japanese name (closed: "…（廃止）") or the ward
    QStringList officeIds; // the counter, or every counter the table puts in the ward (table order)
    std::optional<double> before;
    std::optional<double> after;
    bool closed = false; // a counter the scenario closes (its label is drawn in the closing colour)
};

// What a scenario does to the counters, for the planner deciding on it: a summary (counters open before
// → after, the closed counters, the workload moved, the residents beyond the distance guide before →
// after, also aged 65+) and, in two tabs under it, a bar chart of a measure before and after per counter
// or per ward, and the table of transfers (each closed office, the counter that receives its work, how far, how much, and how
// far its residents now travel).
//
// The measures offered are those the impact holds: Workload only when it has a fiscal year (counts
// were loaded), the catchments only when it has a population layer (Catchment 65+ only when some cell
// has a 65+ value). Without counts, the summary says so and the chart shows the catchments. Numbers
// are shown with thousands separators and units (人 for residents, km for distances, transactions for
// workload). Office and ward names are the table's Japanese ones; the chart uses the map's colours
// and the application font with Noto Sans CJK JP first.
//
// Interaction: a click on a chart category (its bars or its label) or on a transfers row emits
// officesSelected() with the office(s) of it; hovering a bar shows both values.
class ImpactPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping {
        PerCounter, // one category per counter (ward and branch offices), in table order
        PerWard,    // one category per ward, in the order the wards first appear in the table
    };
    Q_ENUM(Grouping)

    // Item data role of the transfers model: the office ids of a row (closed office, receiving counter)
    // as a QStringList, in every column.
    static constexpr int OfficeIdsRole = Qt::UserRole + 1;
    // Item data role of the transfers model: the number shown in a numeric column (nullopt → invalid).
    static constexpr int ValueRole = Qt::UserRole + 2;

    explicit ImpactPanel(QWidget *parent = nullptr);
    ~ImpactPanel() override;

    // Shows `impact` (nullptr = clear()). `offices` is the table the impact was assessed on (indexed by
    // CounterImpact::officeIndex; for names and wards); `thresholdMeters` is the distance guide, used
    // when the impact has no population layer to say which guide was meant. Keeps the grouping and,
    // when the new impact offers it, the measure; otherwise picks the first measure offered.
    void setImpact(std::shared_ptr<const ScenarioImpact> impact, std::vector<Office> offices, double thresholdMeters);
    void clear();
    const std::shared_ptr<const ScenarioImpact> &impact() const { return mImpact; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return mGrouping; }
    // A measure the impact does not offer is ignored.
    void setMeasure(CorrelationMeasure measure);
    // nullopt when the impact offers no measure (no counts and no population layer) or there is none.
    std::optional<CorrelationMeasure> measure() const { return mMeasure; }
    // In the order Workload, Catchment, Catchment 65+; empty without an impact.
    std::vector<CorrelationMeasure> availableMeasures() const;

    // Colours and font: the map's, so that the chart and the map read alike.
    void setStyle(const gis::MapStyle &style);

    // For tests and export. The summary as plain text, one "label: value" line per row.
    QString summaryText() const;
    // The summary's rows as (label, value) pairs, plain text; a row with an empty value is a note.
    const std::vector<std::pair<QString, QString>> &summaryRows() const { return mSummary; }
    QAbstractItemModel *transfersModel() const;
    QTableView *transfersView() const { return mTransfersView; }
    // The tabs under the summary: the chart (0) and the transfers (1).
    QTabWidget *tabs() const { return mTabs; }
    QChart *chart() const { return mChart; }
    QChartView *chartView() const;
    // The chart's categories, top to bottom (the bar sets hold them bottom to top, as Qt Charts draws
    // a horizontal bar chart from its first category at the bottom).
    const std::vector<ImpactChartRow> &chartRows() const { return mRows; }
    // Index into the bar sets of chartRows()[row].
    int categoryIndexOfRow(int row) const { return int(mRows.size()) - 1 - row; }
    // The bar sets "Before" and "After"; nullptr when nothing is charted.
    QBarSet *beforeSet() const { return mBeforeSet; }
    QBarSet *afterSet() const { return mAfterSet; }
    // Whether the chart draws a bar for that row (false for a missing value).
    bool hasBar(const QBarSet *set, int row) const;
    // The note under the chart listing what is missing (empty when nothing is).
    QString chartNoteText() const;
    // Where the chart view shows the middle of row's category band, at the left end of its bars.
    std::optional<QPoint> viewPositionOfRow(int row) const;
    static QString measureName(CorrelationMeasure measure, std::optional<int> fiscalYear);

    // Lays the chart out in `target` (in the painter's units, which must be those of the screen's font
    // metrics: see ExportDocument::drawingDpi), with the note of what is missing under it, and paints
    // both on white. For a panel made for an export, which is never shown.
    void renderChartFigure(QPainter &painter, const QRectF &target);

Q_SIGNALS:
    // The planner clicked a chart category or a transfers row: the office(s) of it.
    void officesSelected(const QStringList &officeIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ImpactChartLabels;
    friend class ImpactChartView;

    void retranslate();
    void rebuildAll();
    void rebuildSummary();
    void rebuildMeasures();
    void rebuildChart();
    void rebuildTransfers();
    std::vector<ImpactChartRow> counterRows(CorrelationMeasure measure) const;
    std::vector<ImpactChartRow> wardRows(CorrelationMeasure measure) const;
    QString officeName(const QString &officeId) const;
    QString axisTitle(CorrelationMeasure measure) const;
    QString valueText(CorrelationMeasure measure, double value) const;
    QString barToolTip(int categoryIndex) const;
    // Written where a missing value's bar would be.
    QString missingValueText() const;
    // The row of the category under a chart (item) position, or -1.
    int rowAtChartPosition(const QPointF &position) const;
    void selectRow(int row);
    void applyFonts();

    std::shared_ptr<const ScenarioImpact> mImpact;
    std::vector<Office> mOffices;
    double mThresholdMeters = 5000.0;
    Grouping mGrouping = Grouping::PerCounter;
    std::optional<CorrelationMeasure> mMeasure;
    gis::MapStyle mStyle;
    std::vector<ImpactChartRow> mRows;
    QString mNote;
    // (label, value) per summary row.
    std::vector<std::pair<QString, QString>> mSummary;

    QLabel *mSummaryLabel = nullptr;
    QLabel *mGroupingLabel = nullptr;
    QComboBox *mGroupingCombo = nullptr;
    QLabel *mMeasureLabel = nullptr;
    QComboBox *mMeasureCombo = nullptr;
    ImpactChartView *mView = nullptr;
    QChart *mChart = nullptr;                   // owned by mView
    QHorizontalBarSeries *mSeries = nullptr;    // owned by mChart
    QBarSet *mBeforeSet = nullptr;              // owned by mSeries
    QBarSet *mAfterSet = nullptr;
    QBarCategoryAxis *mCategoryAxis = nullptr;  // owned by mChart
    QValueAxis *mValueAxis = nullptr;           // owned by mChart
    ImpactChartLabels *mLabels = nullptr;       // owned by mChart
    QFont mCategoryFont;
    QLabel *mNoteLabel = nullptr;
    QTabWidget *mTabs = nullptr;
    QLabel *mTransfersLabel = nullptr;
    QStandardItemModel *mTransfers = nullptr;
    QTableView *mTransfersView = nullptr;
};

} // namespace madoguchi::app
