#pragma once

#include "app/figures/correlationdata.h"
#include "app/figures/impactfigure.h"
#include "app/figures/impactsummary.h"
#include "core/office.h"
#include "gis/mapstyle.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace madoguchi {
struct ScenarioImpact;
}

namespace madoguchi::app {

class ImpactChart;

// What a scenario does to the counters, for the planner deciding on it: a summary (impactSummaryRows:
// counters open before → after, the closed counters, the workload moved, the residents beyond the
// distance guide before → after, also aged 65+) and, in two tabs under it, the impact figure (a measure
// before and after per counter or per ward — the figure the exports and the report draw) and the table
// of transfers (each closed office, the counter that receives its work, how far, how much, and how far
// its residents now travel).
//
// The measures offered are those the impact holds: Workload only when it has a fiscal year (counts
// were loaded), the catchments only when it has a population layer (Catchment 65+ only when some cell
// has a 65+ value). Numbers with thousands separators and units (人 for residents, km for distances,
// transactions for workload). Office and ward names are the table's Japanese ones.
//
// Interaction: a click on a chart row (its bars or its label) or on a transfers row emits
// officesSelected() with the office(s) of it; hovering a row shows both values.
class ImpactPanel : public QWidget
{
    Q_OBJECT

public:
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

    void setGrouping(ImpactGrouping grouping);
    ImpactGrouping grouping() const { return mGrouping; }
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
    const std::vector<SummaryRow> &summaryRows() const { return mSummary; }
    QAbstractItemModel *transfersModel() const;
    QTableView *transfersView() const { return mTransfersView; }
    // The tabs under the summary: the chart (0) and the transfers (1).
    QTabWidget *tabs() const { return mTabs; }
    ImpactChart *chart() const { return mChart; }
    // The chart's rows, top to bottom.
    const std::vector<ImpactChartRow> &chartRows() const;
    // The note under the chart listing what is missing (empty when nothing is).
    QString chartNoteText() const;
    // Where the chart shows the middle of row's band, at the left end of its bars.
    std::optional<QPoint> viewPositionOfRow(int row) const;

Q_SIGNALS:
    // The planner clicked a chart row or a transfers row: the office(s) of it.
    void officesSelected(const QStringList &officeIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildAll();
    void rebuildSummary();
    void rebuildMeasures();
    void rebuildChart();
    void rebuildTransfers();
    QString officeName(const QString &officeId) const;

    std::shared_ptr<const ScenarioImpact> mImpact;
    std::vector<Office> mOffices;
    double mThresholdMeters = 5000.0;
    ImpactGrouping mGrouping = ImpactGrouping::PerCounter;
    std::optional<CorrelationMeasure> mMeasure;
    gis::MapStyle mStyle;
    std::vector<SummaryRow> mSummary;

    QLabel *mSummaryLabel = nullptr;
    QLabel *mGroupingLabel = nullptr;
    QComboBox *mGroupingCombo = nullptr;
    QLabel *mMeasureLabel = nullptr;
    QComboBox *mMeasureCombo = nullptr;
    ImpactChart *mChart = nullptr;
    QTabWidget *mTabs = nullptr;
    QLabel *mTransfersLabel = nullptr;
    QStandardItemModel *mTransfers = nullptr;
    QTableView *mTransfersView = nullptr;
};

} // namespace madoguchi::app
