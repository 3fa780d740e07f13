#pragma once

#include "app/figures/correlationdata.h"
#include "app/figures/impactfigure.h"
#include "app/lib/pageexport.h"
#include "core/closureproblem.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::app {

struct ScenarioAnalysis;

// The two charts of the policy document.
enum class ChartKind {
    Correlation, // distance to the nearest ward office against workload or catchment (CorrelationFigure)
    Impact,      // a measure per counter or per ward before and after the scenario (ImpactFigure)
    Frontier,    // the closure optimiser's frontier: harm against counters closed (FrontierFigure)
};

// "correlation", "impact", "frontier": the command line's names.
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindForKey(const QString &key);

struct ChartExportOptions
{
    ChartKind kind = ChartKind::Correlation;
    // A figure of 160 x 110 mm at 300 dpi: the chart at the size it is printed in the text column of an
    // A4 document, its texts at their point sizes.
    ExportPage page{ExportPaper::Figure, false, QSize(), 300.0};
    // The y axis (correlation) or the bars' measure (impact); nullopt: the first the analysis offers
    // (workload when the offices table has counts, else the catchment).
    std::optional<CorrelationMeasure> measure;
    // Correlation, workload: the fiscal year; nullopt: the year the recommendation judges.
    std::optional<int> fiscalYear;
    bool logScale = false;       // correlation only
    bool regressionLine = false; // correlation only
    ImpactGrouping grouping = ImpactGrouping::Automatic; // impact only
    // Frontier only (required for it): the optimiser's answer to draw.
    std::optional<ClosureOptimisation> optimisation;
    // Files that must never be overwritten (projectInputFiles()).
    QStringList protectedPaths;
};

// The measures the chart of `kind` can show for the analysis, in the order Workload, Catchment,
// Catchment 65+ (the impact chart: none without a scenario).
std::vector<CorrelationMeasure> chartMeasures(const ScenarioAnalysis &analysis, ChartKind kind);

// The measure the chart will show (options.measure or the first offered). Throws InputError (naming
// `path`) when the impact chart is asked for without a scenario, the frontier without options.optimisation,
// or when the analysis offers no measure or not the one asked for (the frontier needs none: its measure is
// the optimiser's).
CorrelationMeasure checkChartSource(const ScenarioAnalysis &analysis, const ChartExportOptions &options,
                                    const QString &path = {});

// Paints the chart of `options.kind` into `target` of `painter`, whose device has `dpi` units per inch.
// Texts are in the language of the installed translators. Throws InputError as checkChartSource.
void paintChart(QPainter &painter, const QRectF &target, double dpi, const ScenarioAnalysis &analysis,
                const ChartExportOptions &options, const QString &path = {});

// Writes the chart to `path` through writeExportFile: PDF and SVG vector (texts as text, the PDF's fonts
// embedded), PNG at options.page.dpi; atomic. Needs a QGuiApplication (fonts), no widgets; may run on
// any thread. `feedback` as in writeExportFile. Throws InputError naming `path` as paintChart and
// writeExportFile do.
void exportChart(const QString &path, const ScenarioAnalysis &analysis, const ChartExportOptions &options,
                 const Feedback *feedback = nullptr);

} // namespace madoguchi::app
