#include "app/figures/chartexport.h"

#include "app/figures/correlationfigure.h"
#include "app/figures/frontierfigure.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/mapstyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace madoguchi::app {

namespace {

// Messages are looked up in the "ChartExportText" context of the translations.
struct ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportText)
};

QString measureList(const std::vector<CorrelationMeasure> &measures)
{
    QStringList keys;
    for (CorrelationMeasure measure : measures)
        keys << correlationMeasureKey(measure);
    return keys.isEmpty() ? ChartExportText::tr("none") : keys.join(QStringLiteral(", "));
}

} // namespace

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Correlation:
        return QStringLiteral("correlation");
    case ChartKind::Impact:
        return QStringLiteral("impact");
    case ChartKind::Frontier:
        return QStringLiteral("frontier");
    }
    return {};
}

std::optional<ChartKind> chartKindForKey(const QString &key)
{
    for (ChartKind kind : {ChartKind::Correlation, ChartKind::Impact, ChartKind::Frontier})
        if (key.trimmed().compare(chartKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

std::vector<CorrelationMeasure> chartMeasures(const ScenarioAnalysis &analysis, ChartKind kind)
{
    if (kind == ChartKind::Correlation)
        return availableMeasures(analysis);
    return analysis.impact ? impactMeasures(*analysis.impact) : std::vector<CorrelationMeasure>();
}

CorrelationMeasure checkChartSource(const ScenarioAnalysis &analysis, const ChartExportOptions &options,
                                    const QString &path)
{
    // The frontier draws the optimiser's answer, not one of the analysis's measures.
    if (options.kind == ChartKind::Frontier) {
        if (!options.optimisation)
            throw InputError(path, QString(), ChartExportText::tr("the frontier chart needs the optimiser's result"),
                             ChartExportText::tr("run the closure optimiser first, then export its frontier"));
        return options.measure.value_or(CorrelationMeasure::Catchment);
    }
    if (options.kind == ChartKind::Impact && !analysis.impact)
        throw InputError(path, QString(), ChartExportText::tr("there is no scenario, so there is no impact chart"),
                         ChartExportText::tr("choose a scenario, or export the correlation chart"));
    const std::vector<CorrelationMeasure> offered = chartMeasures(analysis, options.kind);
    if (offered.empty())
        throw InputError(path, QString(),
                         ChartExportText::tr("the project has nothing to chart: no workload counts and no population layer"),
                         ChartExportText::tr("import workload counts (受付件数) or add a population layer to the project"));
    if (!options.measure)
        return offered.front();
    if (std::find(offered.begin(), offered.end(), *options.measure) == offered.end())
        throw InputError(path, QString(),
                         ChartExportText::tr("the project has no values for the measure \"%1\"")
                             .arg(correlationMeasureKey(*options.measure)),
                         ChartExportText::tr("choose one of: %1").arg(measureList(offered)));
    return *options.measure;
}

void paintChart(QPainter &painter, const QRectF &target, double dpi, const ScenarioAnalysis &analysis,
                const ChartExportOptions &options, const QString &path)
{
    const CorrelationMeasure measure = checkChartSource(analysis, options, path);
    painter.save();
    painter.translate(target.topLeft());
    if (options.kind == ChartKind::Frontier) {
        paintFrontierFigure(painter, QRectF(QPointF(0, 0), target.size()), dpi, *options.optimisation,
                            analysis.offices());
    } else if (options.kind == ChartKind::Correlation) {
        CorrelationFigureOptions figureOptions;
        figureOptions.logScale = options.logScale;
        figureOptions.trendLine = options.regressionLine;
        CorrelationFigure figure(correlationFigureData(analysis, measure, options.fiscalYear), figureOptions);
        figure.layout(target.size(), dpi);
        figure.paint(painter);
    } else {
        ImpactFigureOptions figureOptions;
        figureOptions.grouping = options.grouping;
        figureOptions.measure = measure;
        ImpactFigure figure(analysis.impact, analysis.offices(), figureOptions);
        figure.layout(target.size(), dpi);
        figure.paint(painter);
    }
    painter.restore();
}

void exportChart(const QString &path, const ScenarioAnalysis &analysis, const ChartExportOptions &options,
                 const Feedback *feedback)
{
    // Fails early, before a file is begun, for an analysis or measure that cannot be charted.
    checkChartSource(analysis, options, path);

    ExportDocument document;
    switch (options.kind) {
    case ChartKind::Correlation:
        document.title = ChartExportText::tr("Distance and workload of the branch offices");
        break;
    case ChartKind::Impact:
        document.title = ChartExportText::tr("Impact of the scenario");
        break;
    case ChartKind::Frontier:
        document.title = ChartExportText::tr("Closure frontier");
        break;
    }
    if (analysis.scenario)
        document.description = QStringLiteral("シナリオ：%1 / Madoguchi").arg(analysis.scenario->name);
    document.fontFamily = gis::MapStyle().fontFamily;
    document.protectedPaths = options.protectedPaths;
    const QSizeF size = QSizeF(exportPageSize(options.page, path));
    const double dpi = wholeDpi(options.page);
    writeExportFile(path, options.page, document, 1,
                    [&](QPainter &painter, int) {
                        paintChart(painter, QRectF(QPointF(0, 0), size), dpi, analysis, options, path);
                    },
                    feedback);
}

} // namespace madoguchi::app
