#pragma once

#include "app/lib/correlationdata.h"
#include "app/lib/pageexport.h"
#include "app/workbench/impactpanel.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace madoguchi {
struct Evaluation;
struct Scenario;
struct ScenarioImpact;
}

namespace madoguchi::app {

struct LoadedProject;

// What the charts of an export show: a project, its evaluation and the scenario (with its impact) as
// the workbench has them for its current scenario (WorkbenchDocument) or as the command line derives
// them. Not owned: they must outlive the export.
struct FigureSource
{
    const LoadedProject *project = nullptr;
    const Evaluation *evaluation = nullptr;
    const Scenario *scenario = nullptr; // may be null: the decisions the offices table records
    std::shared_ptr<const ScenarioImpact> impact; // may be null: no impact chart
};

// The two charts of the policy document.
enum class ChartKind {
    Correlation, // distance to the nearest ward office against workload or catchment (CorrelationChart)
    Impact,      // a measure per counter or per ward before and after the scenario (ImpactPanel)
};

// "correlation", "impact": the command line's names.
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindForKey(const QString &key);

struct ChartExportOptions
{
    ChartKind kind = ChartKind::Correlation;
    // A figure of 160 x 110 mm at 300 dpi: the chart at the size it is printed in the text column of an
    // A4 document, its texts at their point sizes.
    ExportPage page{ExportPaper::Figure, false, QSize(), 300.0};
    // The y axis (correlation) or the bars' measure (impact); nullopt: the first the project offers
    // (workload when the offices table has counts, else the catchment).
    std::optional<CorrelationMeasure> measure;
    // Correlation, workload: the fiscal year; nullopt: the year the recommendation judges.
    std::optional<int> fiscalYear;
    bool logScale = false;       // correlation only
    bool regressionLine = false; // correlation only
    ImpactPanel::Grouping grouping = ImpactPanel::Grouping::PerCounter; // impact only
    // Files that must never be overwritten (projectInputFiles()).
    QStringList protectedPaths;
};

// The measures the chart of `kind` can show for `source`, in the order Workload, Catchment, Catchment 65+.
std::vector<CorrelationMeasure> chartMeasures(const FigureSource &source, ChartKind kind);

// The resolution the charts are drawn at: the screen's logical dpi, at which the texts of widgets and
// Qt Charts are laid out (ExportDocument::drawingDpi).
int chartDrawingDpi();

// The measure the chart will show (options.measure or the first offered). Throws InputError (naming
// `path`) as paintChart does.
CorrelationMeasure checkChartSource(const FigureSource &source, const ChartExportOptions &options,
                                    const QString &path = {});

// Paints the chart of `options.kind` for `source` into `target` of `painter`, whose units must be
// 1 / chartDrawingDpi() inch. Texts are in the language of the installed translators. Throws
// InputError (naming `path`, may be empty) when the source has no evaluation, when the impact chart is
// asked for without an impact, or when the measure asked for is not one the project offers.
void paintChart(QPainter &painter, const QRectF &target, const FigureSource &source,
                const ChartExportOptions &options, const QString &path = {});

// Writes the chart to `path` through writeExportFile: PDF and SVG vector (texts as text, the PDF's
// fonts embedded), PNG at options.page.dpi; atomic. Needs a QApplication (widgets). `cancel` as in
// writeExportFile. Throws InputError naming `path` as paintChart and writeExportFile do.
void exportChart(const QString &path, const FigureSource &source, const ChartExportOptions &options,
                 const Feedback *feedback = nullptr);

} // namespace madoguchi::app
