#include "app/figures/impactfigure.h"

#include "app/figures/figurefont.h"
#include "app/figures/figureformat.h"
#include "app/lib/languagesettings.h"
#include "core/impact.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

QString impactMeasureName(CorrelationMeasure measure, std::optional<int> fiscalYear)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        return fiscalYear ? ImpactFigure::tr("Workload %1").arg(fiscalYearName(*fiscalYear, interfaceLanguage())) : ImpactFigure::tr("Workload");
    case CorrelationMeasure::Catchment:
        return ImpactFigure::tr("Catchment population");
    case CorrelationMeasure::Catchment65:
        return ImpactFigure::tr("Catchment population aged 65+");
    }
    return {};
}

QString impactValueText(CorrelationMeasure measure, double value)
{
    if (measure == CorrelationMeasure::Workload)
        return ImpactFigure::tr("%1 transactions").arg(formatCount(value));
    return ImpactFigure::tr("%1 residents").arg(formatCount(value));
}

ImpactFigure::ImpactFigure(std::shared_ptr<const ScenarioImpact> impact, std::vector<Office> offices,
                           ImpactFigureOptions options)
    : mImpact(std::move(impact))
    , mOffices(std::move(offices))
    , mOptions(std::move(options))
{
    mOptions.fontScale = std::clamp(mOptions.fontScale, 0.5, 4.0);
    if (!mImpact) {
        mTitle = ImpactFigure::tr("No scenario impact");
        return;
    }
    const std::vector<CorrelationMeasure> offered = impactMeasures(*mImpact);
    if (offered.empty()) {
        mTitle = ImpactFigure::tr("Nothing to chart: no workload counts and no population layer");
        return;
    }
    mMeasure = mOptions.measure && std::find(offered.begin(), offered.end(), *mOptions.measure) != offered.end()
                   ? *mOptions.measure
                   : offered.front();
    showGrouping(mOptions.grouping == ImpactGrouping::PerWard ? ImpactGrouping::PerWard : ImpactGrouping::PerCounter);
}

void ImpactFigure::showGrouping(ImpactGrouping grouping)
{
    mGrouping = grouping;
    mRows = impactChartRows(*mImpact, mOffices, grouping, *mMeasure);
    const QString scope = grouping == ImpactGrouping::PerCounter ? ImpactFigure::tr("per counter") : ImpactFigure::tr("per ward");
    mTitle = ImpactFigure::tr("%1, %2: before and after %3")
                 .arg(impactMeasureName(*mMeasure, mImpact->fiscalYear), scope, mImpact->scenarioName);
    mNote = composeNote();
}

QString ImpactFigure::composeNote() const
{
    const CorrelationMeasure measure = *mMeasure;
    const QString year = mImpact->fiscalYear ? fiscalYearName(*mImpact->fiscalYear, interfaceLanguage()) : QString();
    const QString separator = ImpactFigure::tr(", ");
    QStringList notes;
    if (mGrouping == ImpactGrouping::PerWard)
        notes << (mGroupedForRoom ? ImpactFigure::tr("One row per ward (its ward office and branch counters): the %1 "
                                                     "counters are too many for a row each at this size.")
                                        .arg(mImpact->counters.size())
                                  : ImpactFigure::tr("One row per ward: its ward office and branch counters."));
    if (!mRows.withoutValue.isEmpty()) {
        const QString names = mRows.withoutValue.join(separator);
        if (measure != CorrelationMeasure::Workload)
            notes << ImpactFigure::tr("No value, so no row: %1").arg(names);
        else if (mGrouping == ImpactGrouping::PerWard)
            notes << ImpactFigure::tr("No %1 count for %2: the bars of their wards (marked *) sum the other counters "
                                      "and the work they receive.").arg(year, names);
        else
            notes << ImpactFigure::tr("No %1 count, so no row: %2").arg(year, names);
    }
    QStringList missing;
    QStringList receivedAlone;
    for (const ImpactChartRow &row : mRows.rows) {
        if (!row.before && !row.after && row.received > 0.0)
            receivedAlone << ImpactFigure::tr("%1 +%2").arg(row.label, formatCount(row.received));
        else if (!row.before && !row.after)
            missing << ImpactFigure::tr("%1 (before and after)").arg(row.label);
        else if (!row.before)
            missing << ImpactFigure::tr("%1 (before)").arg(row.label);
        else if (!row.after)
            missing << ImpactFigure::tr("%1 (after)").arg(row.label);
    }
    if (!missing.isEmpty())
        notes << (measure == CorrelationMeasure::Workload
                      ? ImpactFigure::tr("No %1 count, so no bar: %2").arg(year, missing.join(separator))
                      : ImpactFigure::tr("No value, so no bar: %1").arg(missing.join(separator)));
    if (!receivedAlone.isEmpty())
        notes << ImpactFigure::tr("No %1 count of their own, so only the work they receive from closed counters is "
                                  "drawn: %2").arg(year, receivedAlone.join(separator));
    if (measure == CorrelationMeasure::Catchment65) {
        int without65 = 0;
        for (const CounterImpact &counter : mImpact->counters)
            if (counter.catchmentBefore)
                without65 += counter.catchmentBefore->cellsWithoutPopulation65;
        if (without65 > 0)
            notes << ImpactFigure::tr("%1 population cells have no 65+ value and are left out of the 65+ counts.")
                         .arg(figureLocale().toString(without65));
    }
    return notes.join(QLatin1Char('\n'));
}

QString ImpactFigure::missingValueText() const
{
    return mMeasure == CorrelationMeasure::Workload ? ImpactFigure::tr("no count") : ImpactFigure::tr("no value");
}

QString ImpactFigure::axisTitle() const
{
    if (!mMeasure)
        return {};
    if (*mMeasure == CorrelationMeasure::Workload)
        return ImpactFigure::tr("%1 (transactions)").arg(impactMeasureName(*mMeasure, mImpact->fiscalYear));
    return ImpactFigure::tr("%1 (residents)").arg(impactMeasureName(*mMeasure, std::nullopt));
}

QFont ImpactFigure::font(double points, bool bold, bool italic) const
{
    QFont font = figureFont(mOptions.style.fontFamily, points * mOptions.fontScale, mDpi, bold);
    font.setItalic(italic);
    return font;
}

double ImpactFigure::preferredHeight(double dpi) const
{
    const double p = dpi / 72.0;
    const double label =
        QFontMetricsF(figureFont(mOptions.style.fontFamily, kLabelPoints * mOptions.fontScale, dpi)).height();
    return double(mRows.rows.size()) * (label + 2.0 * p) + 110.0 * p * mOptions.fontScale;
}

void ImpactFigure::layout(const QSizeF &size, double dpi)
{
    mSize = size;
    mDpi = dpi > 0.0 ? dpi : 96.0;
    if (mMeasure && mOptions.grouping == ImpactGrouping::Automatic) {
        // Every counter gets a row when their labels have room to be read; otherwise one row per ward.
        mGroupedForRoom = false;
        showGrouping(ImpactGrouping::PerCounter);
        layoutFrame(size);
        layoutRows();
        const double readable = std::min(kMinimumLabelPoints, kLabelPoints * mOptions.fontScale);
        if (mLabelPoints >= readable - 1e-6)
            return;
        mGroupedForRoom = true;
        showGrouping(ImpactGrouping::PerWard);
    }
    layoutFrame(size);
    layoutRows();
}

// The title, the legend, the note and the axis title; the plot's top and bottom between them.
void ImpactFigure::layoutFrame(const QSizeF &size)
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = size.width();
    const QFontMetricsF titleMetrics(font(10.5, true));
    const QRectF title = titleMetrics.boundingRect(QRectF(0, 0, width - 2 * margin, 1e6),
                                                   Qt::TextWordWrap | Qt::AlignHCenter, mTitle);
    mTitleRect = QRectF(margin, margin, width - 2 * margin, title.height());
    double top = mTitleRect.bottom() + 4.0 * p;
    const QFontMetricsF legendMetrics(font(8.5));
    if (!mRows.rows.empty()) {
        mLegendRect = QRectF(margin, top, width - 2 * margin, legendMetrics.height());
        top = mLegendRect.bottom() + 4.0 * p;
    } else {
        mLegendRect = QRectF();
    }

    double bottom = size.height() - margin;
    mNoteRect = bottomNoteRect(mNote, font(8.5), margin, width - 2 * margin, bottom);
    if (!mNoteRect.isNull())
        bottom = mNoteRect.top() - 4.0 * p;
    const QFontMetricsF axisMetrics(font(9.0));
    const QFontMetricsF tickMetrics(font(8.5));
    mAxisTitleRect = QRectF(margin, bottom - axisMetrics.height(), width - 2 * margin, axisMetrics.height());
    bottom = mAxisTitleRect.top() - 2.0 * p - tickMetrics.height() - 3.0 * p;
    mPlot = QRectF(QPointF(margin, top), QPointF(width - margin, std::max(bottom, top + 10.0 * p)));
}

// The rows share the plot's height; their labels are as large as the band lets them be (at most
// kLabelPoints), so that no two overprint. Then the labels' width and the value axis.
void ImpactFigure::layoutRows()
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width();
    mBand = mRows.rows.empty() ? 0.0 : mPlot.height() / double(mRows.rows.size());
    double scale = 1.0;
    if (!mRows.rows.empty()) {
        const double fullHeight = QFontMetricsF(font(kLabelPoints)).height();
        scale = std::min(1.0, mBand * 0.92 / fullHeight);
        for (int i = 0; i < 40 && scale > 0.05 && QFontMetricsF(font(kLabelPoints * scale)).height() > mBand; ++i)
            scale *= 0.95;
    }
    mLabelPoints = kLabelPoints * mOptions.fontScale * scale;

    // The category labels take what the longest needs, up to 40 % of the width.
    double labelWidth = 0.0;
    const QFontMetricsF labelMetrics(font(kLabelPoints * scale));
    for (const ImpactChartRow &row : mRows.rows)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(row.label));
    labelWidth = std::min(labelWidth, width * 0.4);
    mLabelRight = margin + labelWidth;

    double maxValue = 0.0;
    for (const ImpactChartRow &row : mRows.rows)
        maxValue = std::max({maxValue, row.before.value_or(0.0), row.after.value_or(0.0), row.received});
    // As many intervals as the axis has room for, each tick label with room to spare.
    const QFontMetricsF tickMetrics(font(8.5));
    const double plotLeft = mLabelRight + 6.0 * p;
    int intervals = 10;
    for (int attempt = 0; attempt < 3; ++attempt) {
        mScale = niceLinearScale(0.0, std::max(maxValue, 1.0), intervals, true);
        const double widest = tickMetrics.horizontalAdvance(formatCount(mScale.ticks.back()));
        const double lastTick = widest / 2.0;
        mPlot.setLeft(plotLeft);
        mPlot.setRight(std::max(width - margin - lastTick, plotLeft + 20.0 * p));
        const int room = std::max(1, int(mPlot.width() / (widest + 2.0 * tickMetrics.averageCharWidth())));
        if (int(mScale.ticks.size()) - 1 <= room)
            break;
        intervals = room;
    }
    mAxisTitleRect.setLeft(mPlot.left());
    mAxisTitleRect.setRight(mPlot.right());
}

QRectF ImpactFigure::rowBand(int row) const
{
    if (row < 0 || row >= int(mRows.rows.size()))
        return {};
    return QRectF(QPointF(6.0 * pt(), mPlot.top() + row * mBand), QPointF(mPlot.right(), mPlot.top() + (row + 1) * mBand));
}

QRectF ImpactFigure::labelRect(int row) const
{
    const QRectF band = rowBand(row);
    if (band.isNull())
        return {};
    const QFontMetricsF metrics(font(mLabelPoints / mOptions.fontScale));
    const double width = std::min(metrics.horizontalAdvance(mRows.rows[std::size_t(row)].label), mLabelRight - band.left());
    return QRectF(mLabelRight - width, band.center().y() - metrics.height() / 2.0, width, metrics.height());
}

double ImpactFigure::valueRight(double value) const
{
    return std::max(mScale.position(value, mPlot.left(), mPlot.right()).value_or(mPlot.left()), mPlot.left());
}

// Each band holds two bars, before above after, with a gap to the next band.
std::optional<QRectF> ImpactFigure::barRect(int row, bool after) const
{
    if (row < 0 || row >= int(mRows.rows.size()))
        return std::nullopt;
    const ImpactChartRow &r = mRows.rows[std::size_t(row)];
    const std::optional<double> value = after ? r.after : r.before;
    if (!value)
        return std::nullopt;
    const double barHeight = mBand * 0.36;
    const double y = mPlot.top() + row * mBand + mBand * 0.14 + (after ? barHeight : 0.0);
    return QRectF(QPointF(mPlot.left(), y), QPointF(valueRight(*value), y + barHeight));
}

std::optional<QRectF> ImpactFigure::receivedRect(int row) const
{
    if (row < 0 || row >= int(mRows.rows.size()))
        return std::nullopt;
    const ImpactChartRow &r = mRows.rows[std::size_t(row)];
    if (!(r.received > 0.0))
        return std::nullopt;
    const double barHeight = mBand * 0.36;
    const double y = mPlot.top() + row * mBand + mBand * 0.14 + barHeight;
    const double from = r.after ? std::max(*r.after - r.received, 0.0) : 0.0;
    const double to = r.after ? *r.after : r.received;
    return QRectF(QPointF(valueRight(from), y), QPointF(valueRight(to), y + barHeight));
}

int ImpactFigure::rowAt(const QPointF &position) const
{
    if (mRows.rows.empty() || position.y() < mPlot.top() || position.y() >= mPlot.bottom() || position.x() > mPlot.right()
        || position.x() < 0.0)
        return -1;
    const int row = int((position.y() - mPlot.top()) / mBand);
    return row >= 0 && row < int(mRows.rows.size()) ? row : -1;
}

QString ImpactFigure::toolTip(int row) const
{
    if (row < 0 || row >= int(mRows.rows.size()) || !mMeasure)
        return {};
    const ImpactChartRow &r = mRows.rows[std::size_t(row)];
    const auto value = [&](const std::optional<double> &v) {
        return v ? impactValueText(*mMeasure, *v) : ImpactFigure::tr("no value");
    };
    QString text = QStringLiteral("<b>%1</b><br/>").arg(r.label.toHtmlEscaped());
    text += ImpactFigure::tr("%1 before: %2").arg(impactMeasureName(*mMeasure, mImpact->fiscalYear), value(r.before));
    text += QStringLiteral("<br/>") + ImpactFigure::tr("after: %1").arg(value(r.after));
    if (r.before && r.after)
        text += QStringLiteral(" (%1)").arg(formatSignedCount(*r.after - *r.before));
    if (r.received > 0.0)
        text += QStringLiteral("<br/>")
                + ImpactFigure::tr("received from closed counters: %1").arg(impactValueText(*mMeasure, r.received));
    return text;
}

} // namespace madoguchi::app
