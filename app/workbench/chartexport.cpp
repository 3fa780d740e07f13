#include "app/workbench/chartexport.h"

#include "app/lib/projectloader.h"
#include "app/workbench/correlationchart.h"
#include "core/feedback.h"
#include "core/diagnostic.h"
#include "core/evaluator.h"
#include "core/impact.h"
#include "core/scenario.h"
#include "gis/mapstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <cmath>

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

CorrelationMeasure chosenMeasure(const FigureSource &source, const ChartExportOptions &options, const QString &path)
{
    const std::vector<CorrelationMeasure> offered = chartMeasures(source, options.kind);
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

void paintCorrelation(QPainter &painter, const QRectF &target, const FigureSource &source,
                      const ChartExportOptions &options, CorrelationMeasure measure)
{
    const Evaluation &evaluation = *source.evaluation;
    std::optional<double> valueThreshold;
    if (measure == CorrelationMeasure::Workload)
        valueThreshold = evaluation.criteria.workloadThreshold;
    else if (measure == CorrelationMeasure::Catchment)
        valueThreshold = evaluation.criteria.catchmentThreshold;
    CorrelationChart chart;
    chart.setStyle(gis::MapStyle());
    chart.setLogScale(options.logScale);
    chart.setShowRegressionLine(options.regressionLine);
    chart.setData(correlationPoints(*source.project, evaluation, source.scenario, measure, options.fiscalYear),
                  measure, options.fiscalYear, evaluation.criteria.distanceThresholdMeters / 1000.0, valueThreshold);
    chart.renderFigure(painter, target);
}

void paintImpact(QPainter &painter, const QRectF &target, const FigureSource &source,
                 const ChartExportOptions &options, CorrelationMeasure measure)
{
    ImpactPanel panel;
    panel.setStyle(gis::MapStyle());
    panel.setImpact(source.impact, source.project->offices.offices,
                    source.evaluation->criteria.distanceThresholdMeters);
    panel.setGrouping(options.grouping);
    panel.setMeasure(measure);
    panel.renderChartFigure(painter, target);
}

} // namespace

QString chartKindKey(ChartKind kind)
{
    return kind == ChartKind::Impact ? QStringLiteral("impact") : QStringLiteral("correlation");
}

std::optional<ChartKind> chartKindForKey(const QString &key)
{
    for (ChartKind kind : {ChartKind::Correlation, ChartKind::Impact})
        if (key.trimmed().compare(chartKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

std::vector<CorrelationMeasure> chartMeasures(const FigureSource &source, ChartKind kind)
{
    if (!source.project || !source.evaluation)
        return {};
    if (kind == ChartKind::Correlation)
        return availableMeasures(*source.project, *source.evaluation);
    return source.impact ? impactMeasures(*source.impact) : std::vector<CorrelationMeasure>();
}

int chartDrawingDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int dpi = screen ? int(std::lround(screen->logicalDotsPerInchY())) : 96;
    return dpi > 0 ? dpi : 96;
}

CorrelationMeasure checkChartSource(const FigureSource &source, const ChartExportOptions &options, const QString &path)
{
    if (!source.project || !source.evaluation)
        throw InputError(path, QString(), ChartExportText::tr("there is no evaluation to chart"),
                         ChartExportText::tr("open a project with an offices table"));
    if (options.kind == ChartKind::Impact && !source.impact)
        throw InputError(path, QString(), ChartExportText::tr("the scenario's impact could not be assessed, so there is no impact chart"),
                         ChartExportText::tr("check the warnings about the scenario, or export the correlation chart"));
    return chosenMeasure(source, options, path);
}

void paintChart(QPainter &painter, const QRectF &target, const FigureSource &source,
                const ChartExportOptions &options, const QString &path)
{
    const CorrelationMeasure measure = checkChartSource(source, options, path);
    painter.save();
    if (options.kind == ChartKind::Correlation)
        paintCorrelation(painter, target, source, options, measure);
    else
        paintImpact(painter, target, source, options, measure);
    painter.restore();
}

void exportChart(const QString &path, const FigureSource &source, const ChartExportOptions &options,
                 const Feedback *feedback)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        throw InputError(path, QString(), ChartExportText::tr("charts cannot be drawn without the widgets library set up"),
                         ChartExportText::tr("run the export from madoguchi or madoguchi-cli"));
    // Fails early, before a file is begun, for a source or measure that cannot be charted.
    checkChartSource(source, options, path);

    ExportDocument document;
    document.title = options.kind == ChartKind::Impact ? ChartExportText::tr("Impact of the scenario")
                                                      : ChartExportText::tr("Distance and workload of the branch offices");
    if (source.scenario)
        document.description = QStringLiteral("シナリオ：%1 / Madoguchi").arg(source.scenario->name);
    document.fontFamily = gis::MapStyle().fontFamily;
    document.protectedPaths = options.protectedPaths;
    document.drawingDpi = chartDrawingDpi();
    const QSizeF size = exportDrawingSize(options.page, document, path);
    writeExportFile(path, options.page, document, 1,
                    [&](QPainter &painter, int) {
                        paintChart(painter, QRectF(QPointF(0, 0), size), source, options, path);
                    },
                    feedback);
}

} // namespace madoguchi::app
