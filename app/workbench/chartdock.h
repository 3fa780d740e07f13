#pragma once

#include "app/figures/correlationdata.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;

namespace madoguchi::app {

class CorrelationChart;
class WorkbenchDocument;

// The correlation chart of the open project in a dock: distance to the nearest ward office against the
// measure chosen above the chart (workload of a fiscal year when the table has counts, else the
// catchment or its 65+ part), with the current scenario's decisions as colours. Its selection is the
// document's: points picked on the chart select the offices everywhere, and a selection made on the
// map or in the table is highlighted on the chart. The document must outlive the dock or be destroyed
// with it.
class ChartDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChartDock(WorkbenchDocument *document, QWidget *parent = nullptr);

    CorrelationChart *chart() const { return mChart; }
    QComboBox *measureCombo() const { return mMeasure; }
    QComboBox *fiscalYearCombo() const { return mFiscalYear; }
    // The measures offered for the open project (in the combo's order).
    const std::vector<CorrelationMeasure> &measures() const { return mMeasures; }
    void setMeasure(CorrelationMeasure measure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChoices();
    void refresh();
    void retranslate();

    QPointer<WorkbenchDocument> mDocument;
    CorrelationChart *mChart = nullptr;
    QComboBox *mMeasure = nullptr;
    QComboBox *mFiscalYear = nullptr;
    QCheckBox *mLogScale = nullptr;
    QCheckBox *mRegression = nullptr;
    QLabel *mMeasureLabel = nullptr;
    QLabel *mNotice = nullptr;
    std::vector<CorrelationMeasure> mMeasures;
    bool mRebuilding = false;
};

// Puts the document's branch offices on `chart`: distance against `measure` (of `fiscalYear` for the
// workload; nullopt = the year the recommendation judges), coloured by the current scenario, with the
// criteria's thresholds. Clears the chart without a project.
void showOnChart(CorrelationChart &chart, const WorkbenchDocument &document, CorrelationMeasure measure,
                 std::optional<int> fiscalYear = std::nullopt);

} // namespace madoguchi::app
