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

namespace {

QString wardKey(const QString &ward)
{
    return ward.normalized(QString::NormalizationForm_KC).trimmed();
}

// The 65+ count of a catchment is known when the catchment is empty or some of its cells have a 65+
// value (it is the sum over those).
bool knows65(int cells, int cellsWithout65)
{
    return cells == 0 || cellsWithout65 < cells;
}

std::optional<double> population65Of(const std::optional<CounterCatchment> &catchment)
{
    if (!catchment || !knows65(catchment->cells, catchment->cellsWithoutPopulation65))
        return std::nullopt;
    return catchment->population65;
}

QString officeName(const ScenarioImpact &impact, const std::vector<Office> &offices, const QString &officeId)
{
    if (const CounterImpact *counter = impact.counter(officeId))
        if (counter->officeIndex >= 0 && std::size_t(counter->officeIndex) < offices.size()) {
            const Office &office = offices[std::size_t(counter->officeIndex)];
            if (office.id == officeId && !office.name.trimmed().isEmpty())
                return office.name.trimmed();
        }
    return officeId;
}

std::vector<ImpactChartRow> counterRows(const ScenarioImpact &impact, const std::vector<Office> &offices,
                                        CorrelationMeasure measure)
{
    std::vector<ImpactChartRow> rows;
    QStringList used;
    for (const CounterImpact &counter : impact.counters) {
        ImpactChartRow row;
        row.officeIds = {counter.officeId};
        row.label = officeName(impact, offices, counter.officeId);
        row.closed = !counter.openAfter;
        if (row.closed)
            row.label = ImpactFigure::tr("%1 (closed)").arg(row.label);
        // Two offices of the same name are told apart by their ids.
        if (used.contains(row.label))
            row.label = QStringLiteral("%1 [%2]").arg(row.label, counter.officeId);
        used << row.label;
        switch (measure) {
        case CorrelationMeasure::Workload:
            row.before = counter.workloadBefore;
            row.after = counter.workloadAfter;
            break;
        case CorrelationMeasure::Catchment:
            if (counter.catchmentBefore)
                row.before = counter.catchmentBefore->population;
            if (counter.catchmentAfter)
                row.after = counter.catchmentAfter->population;
            break;
        case CorrelationMeasure::Catchment65:
            row.before = population65Of(counter.catchmentBefore);
            row.after = population65Of(counter.catchmentAfter);
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ImpactChartRow> wardRows(const ScenarioImpact &impact, CorrelationMeasure measure)
{
    std::vector<ImpactChartRow> rows;
    for (const WardImpact &ward : impact.wards) {
        ImpactChartRow row;
        row.label = ward.ward.isEmpty() ? ImpactFigure::tr("(no ward)") : ward.ward;
        int cellsBefore = 0, without65Before = 0, cellsAfter = 0, without65After = 0;
        for (const CounterImpact &counter : impact.counters) {
            if (wardKey(counter.ward) != wardKey(ward.ward))
                continue;
            row.officeIds << counter.officeId;
            if (counter.catchmentBefore) {
                cellsBefore += counter.catchmentBefore->cells;
                without65Before += counter.catchmentBefore->cellsWithoutPopulation65;
            }
            if (counter.catchmentAfter) {
                cellsAfter += counter.catchmentAfter->cells;
                without65After += counter.catchmentAfter->cellsWithoutPopulation65;
            }
        }
        switch (measure) {
        case CorrelationMeasure::Workload:
            row.before = ward.workloadBefore;
            row.after = ward.workloadAfter;
            break;
        case CorrelationMeasure::Catchment:
            row.before = ward.populationBefore;
            row.after = ward.populationAfter;
            break;
        case CorrelationMeasure::Catchment65:
            if (ward.population65Before && knows65(cellsBefore, without65Before))
                row.before = ward.population65Before;
            if (ward.population65After && knows65(cellsAfter, without65After))
                row.after = ward.population65After;
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<ImpactChartRow> impactChartRows(const ScenarioImpact &impact, const std::vector<Office> &offices,
                                            ImpactGrouping grouping, CorrelationMeasure measure)
{
    return grouping == ImpactGrouping::PerCounter ? counterRows(impact, offices, measure) : wardRows(impact, measure);
}

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
    const CorrelationMeasure measure = *mMeasure;
    mRows = impactChartRows(*mImpact, mOffices, mOptions.grouping, measure);
    const QString scope = mOptions.grouping == ImpactGrouping::PerCounter ? ImpactFigure::tr("per counter") : ImpactFigure::tr("per ward");
    mTitle = ImpactFigure::tr("%1, %2: before and after %3")
                 .arg(impactMeasureName(measure, mImpact->fiscalYear), scope, mImpact->scenarioName);

    QStringList missing;
    for (const ImpactChartRow &row : mRows) {
        if (!row.before && !row.after)
            missing << ImpactFigure::tr("%1 (before and after)").arg(row.label);
        else if (!row.before)
            missing << ImpactFigure::tr("%1 (before)").arg(row.label);
        else if (!row.after)
            missing << ImpactFigure::tr("%1 (after)").arg(row.label);
    }
    QStringList notes;
    if (!missing.isEmpty()) {
        notes << (measure == CorrelationMeasure::Workload
                      ? ImpactFigure::tr("No %1 count, so no bar: %2")
                            .arg(mImpact->fiscalYear ? fiscalYearName(*mImpact->fiscalYear, interfaceLanguage()) : QString(),
                                 missing.join(ImpactFigure::tr(", ")))
                      : ImpactFigure::tr("No value, so no bar: %1").arg(missing.join(ImpactFigure::tr(", "))));
    }
    if (measure == CorrelationMeasure::Catchment65) {
        int without65 = 0;
        for (const CounterImpact &counter : mImpact->counters)
            if (counter.catchmentBefore)
                without65 += counter.catchmentBefore->cellsWithoutPopulation65;
        if (without65 > 0)
            notes << ImpactFigure::tr("%1 population cells have no 65+ value and are left out of the 65+ counts.")
                         .arg(figureLocale().toString(without65));
    }
    mNote = notes.join(QLatin1Char('\n'));
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
    const double label = QFontMetricsF(figureFont(mOptions.style.fontFamily, 8.5 * mOptions.fontScale, dpi)).height();
    return double(mRows.size()) * (label + 2.0 * p) + 110.0 * p * mOptions.fontScale;
}

void ImpactFigure::layout(const QSizeF &size, double dpi)
{
    mSize = size;
    mDpi = dpi > 0.0 ? dpi : 96.0;
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = size.width();

    const QFontMetricsF titleMetrics(font(10.5, true));
    const QRectF title = titleMetrics.boundingRect(QRectF(0, 0, width - 2 * margin, 1e6),
                                                   Qt::TextWordWrap | Qt::AlignHCenter, mTitle);
    mTitleRect = QRectF(margin, margin, width - 2 * margin, title.height());
    double top = mTitleRect.bottom() + 4.0 * p;
    const QFontMetricsF legendMetrics(font(8.5));
    if (!mRows.empty()) {
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

    // The category labels take what the longest needs, up to 40 % of the width.
    double labelWidth = 0.0;
    const QFontMetricsF labelMetrics(font(8.5));
    for (const ImpactChartRow &row : mRows)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(row.label));
    labelWidth = std::min(labelWidth, width * 0.4);
    mLabelRight = margin + labelWidth;

    double maxValue = 0.0;
    for (const ImpactChartRow &row : mRows)
        maxValue = std::max({maxValue, row.before.value_or(0.0), row.after.value_or(0.0)});
    mScale = niceLinearScale(0.0, std::max(maxValue, 1.0) * 1.02, 6, true);
    const double lastTick = mScale.ticks.empty() ? 0.0 : tickMetrics.horizontalAdvance(formatCount(mScale.ticks.back()));
    mPlot = QRectF(QPointF(mLabelRight + 6.0 * p, top),
                   QPointF(std::max(width - margin - lastTick / 2.0, mLabelRight + 20.0 * p), std::max(bottom, top + 10.0 * p)));
    mAxisTitleRect.setLeft(mPlot.left());
    mAxisTitleRect.setRight(mPlot.right());
    mBand = mRows.empty() ? 0.0 : mPlot.height() / double(mRows.size());
}

QRectF ImpactFigure::rowBand(int row) const
{
    if (row < 0 || row >= int(mRows.size()))
        return {};
    return QRectF(QPointF(6.0 * pt(), mPlot.top() + row * mBand), QPointF(mPlot.right(), mPlot.top() + (row + 1) * mBand));
}

std::optional<QRectF> ImpactFigure::barRect(int row, bool after) const
{
    if (row < 0 || row >= int(mRows.size()))
        return std::nullopt;
    const ImpactChartRow &r = mRows[std::size_t(row)];
    const std::optional<double> value = after ? r.after : r.before;
    if (!value)
        return std::nullopt;
    // Each band holds two bars, before above after, with a gap to the next band.
    const double barHeight = mBand * 0.36;
    const double y = mPlot.top() + row * mBand + mBand * 0.14 + (after ? barHeight : 0.0);
    const double right = mScale.position(*value, mPlot.left(), mPlot.right()).value_or(mPlot.left());
    return QRectF(QPointF(mPlot.left(), y), QPointF(std::max(right, mPlot.left()), y + barHeight));
}

int ImpactFigure::rowAt(const QPointF &position) const
{
    if (mRows.empty() || position.y() < mPlot.top() || position.y() >= mPlot.bottom() || position.x() > mPlot.right()
        || position.x() < 0.0)
        return -1;
    const int row = int((position.y() - mPlot.top()) / mBand);
    return row >= 0 && row < int(mRows.size()) ? row : -1;
}

QString ImpactFigure::toolTip(int row) const
{
    if (row < 0 || row >= int(mRows.size()) || !mMeasure)
        return {};
    const ImpactChartRow &r = mRows[std::size_t(row)];
    const auto value = [&](const std::optional<double> &v) {
        return v ? impactValueText(*mMeasure, *v) : ImpactFigure::tr("no value");
    };
    QString text = QStringLiteral("<b>%1</b><br/>").arg(r.label.toHtmlEscaped());
    text += ImpactFigure::tr("%1 before: %2").arg(impactMeasureName(*mMeasure, mImpact->fiscalYear), value(r.before));
    text += QStringLiteral("<br/>") + ImpactFigure::tr("after: %1").arg(value(r.after));
    if (r.before && r.after)
        text += QStringLiteral(" (%1)").arg(formatSignedCount(*r.after - *r.before));
    return text;
}

void ImpactFigure::paint(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), mSize), Qt::white);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(font(10.5, true));
    painter.drawText(mTitleRect, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, mTitle);
    if (mRows.empty() || !mMeasure) {
        painter.restore();
        return;
    }
    const QColor beforeColor = style.noDecisionColor;
    const QColor afterColor = style.keepColor;

    // The legend: a swatch and a name for before and after.
    const QFont small = font(8.5);
    const QFontMetricsF smallMetrics(small);
    painter.setFont(small);
    const QString beforeName = ImpactFigure::tr("Before");
    const QString afterName = ImpactFigure::tr("After (%1)").arg(mImpact->scenarioName);
    const double swatch = 8.0 * p;
    const double legendWidth = 2 * (swatch + 3 * p) + smallMetrics.horizontalAdvance(beforeName)
                               + smallMetrics.horizontalAdvance(afterName) + 12 * p;
    double x = mLegendRect.center().x() - legendWidth / 2.0;
    for (const auto &[name, color] : {std::pair{beforeName, beforeColor}, std::pair{afterName, afterColor}}) {
        painter.fillRect(QRectF(x, mLegendRect.center().y() - swatch / 2.0, swatch, swatch), color);
        x += swatch + 3 * p;
        painter.setPen(QColor(0x26, 0x26, 0x26));
        const double w = smallMetrics.horizontalAdvance(name);
        painter.drawText(QRectF(x, mLegendRect.top(), w + p, mLegendRect.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 12 * p;
    }

    // The grid and the value axis.
    painter.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), 0.6 * p));
    for (double tick : mScale.ticks)
        if (const auto tx = mScale.position(tick, mPlot.left(), mPlot.right()))
            painter.drawLine(QPointF(*tx, mPlot.top()), QPointF(*tx, mPlot.bottom()));
    const QColor ink(0x30, 0x30, 0x30);
    painter.setPen(QPen(ink, 0.8 * p));
    painter.drawLine(mPlot.bottomLeft(), mPlot.bottomRight());
    painter.drawLine(mPlot.bottomLeft(), mPlot.topLeft());
    for (double tick : mScale.ticks) {
        const auto tx = mScale.position(tick, mPlot.left(), mPlot.right());
        if (!tx)
            continue;
        painter.drawLine(QPointF(*tx, mPlot.bottom()), QPointF(*tx, mPlot.bottom() + 3 * p));
        const QString text = formatCount(tick);
        const double w = smallMetrics.horizontalAdvance(text);
        painter.drawText(QRectF(*tx - w / 2.0 - p, mPlot.bottom() + 3 * p, w + 2 * p, smallMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setFont(font(9.0));
    painter.drawText(mAxisTitleRect, Qt::AlignHCenter | Qt::AlignBottom, axisTitle());

    // The rows: label, bars, and where a value is missing, a word in the place of its bar.
    const QFont missingFont = font(7.5, false, true);
    const QFontMetricsF missingMetrics(missingFont);
    for (int row = 0; row < int(mRows.size()); ++row) {
        const ImpactChartRow &r = mRows[std::size_t(row)];
        const QRectF band = rowBand(row);
        painter.setFont(small);
        painter.setPen(r.closed ? style.closeColor.darker(140) : style.officeLabelColor);
        const QRectF labelRect(QPointF(band.left(), band.center().y() - smallMetrics.height() / 2.0),
                               QPointF(mLabelRight, band.center().y() + smallMetrics.height() / 2.0));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         smallMetrics.elidedText(r.label, Qt::ElideRight, labelRect.width()));
        for (bool after : {false, true}) {
            if (const auto bar = barRect(row, after)) {
                painter.fillRect(*bar, after ? afterColor : beforeColor);
                continue;
            }
            const double barHeight = mBand * 0.36;
            const double y = mPlot.top() + row * mBand + mBand * 0.14 + (after ? barHeight : 0.0);
            painter.setFont(missingFont);
            painter.setPen(style.noDecisionColor.darker(130));
            painter.drawText(QRectF(mPlot.left() + 3 * p, y + barHeight / 2.0 - missingMetrics.height() / 2.0,
                                    missingMetrics.horizontalAdvance(missingValueText()) + 2 * p, missingMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, missingValueText());
        }
    }

    if (!mNote.isEmpty()) {
        painter.setFont(small);
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(mNoteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, mNote);
    }
    painter.restore();
}

} // namespace madoguchi::app
