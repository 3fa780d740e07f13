#include "app/figures/correlationfigure.h"

#include "app/figures/figurefont.h"
#include "app/figures/figureformat.h"
#include "app/lib/languagesettings.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/recommendation.h"
#include "core/terms.h"
#include "gis/labelplacer.h"
#include "gis/officesymbol.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <set>

namespace madoguchi::app {

CorrelationFigureData correlationFigureData(const ScenarioAnalysis &analysis, CorrelationMeasure measure,
                                            std::optional<int> fiscalYear)
{
    CorrelationFigureData data;
    data.measure = measure;
    const Criteria &criteria = analysis.criteria();
    if (measure == CorrelationMeasure::Workload)
        data.fiscalYear = fiscalYear ? fiscalYear : judgedWorkloadFiscalYear(criteria, analysis.offices());
    data.points = correlationPoints(analysis, measure, data.fiscalYear);
    data.distanceThresholdKm = criteria.distanceThresholdMeters / 1000.0;
    if (measure == CorrelationMeasure::Workload)
        data.valueThreshold = criteria.workloadThreshold;
    else if (measure == CorrelationMeasure::Catchment)
        data.valueThreshold = criteria.catchmentThreshold;
    return data;
}

CorrelationFigure::CorrelationFigure(CorrelationFigureData data, CorrelationFigureOptions options)
    : mData(std::move(data))
    , mOptions(std::move(options))
    , mPearson(pearsonCorrelation(mData.points))
{
    mOptions.fontScale = std::clamp(mOptions.fontScale, 0.5, 4.0);
}

QString CorrelationFigure::distanceAxisTitle()
{
    return CorrelationFigure::tr("Distance to the nearest ward office (km, geodesic)");
}

QString CorrelationFigure::measureAxisTitle(CorrelationMeasure measure, std::optional<int> fiscalYear,
                                            const QString &populationSource)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        return fiscalYear ? CorrelationFigure::tr("Workload %1 (transactions)").arg(fiscalYearName(*fiscalYear, interfaceLanguage())) : CorrelationFigure::tr("Workload (transactions)");
    case CorrelationMeasure::Catchment:
        return populationSource.isEmpty() ? CorrelationFigure::tr("Catchment population (residents)")
                                          : CorrelationFigure::tr("Catchment population (residents, %1)").arg(populationSource);
    case CorrelationMeasure::Catchment65:
        return populationSource.isEmpty()
                   ? CorrelationFigure::tr("Catchment population aged 65+ (residents)")
                   : CorrelationFigure::tr("Catchment population aged 65+ (residents, %1)").arg(populationSource);
    }
    return {};
}

QFont CorrelationFigure::font(double points, bool bold) const
{
    return figureFont(mOptions.style.fontFamily, points * mOptions.fontScale, mDpi, bold);
}

bool CorrelationFigure::isPlotted(const CorrelationPoint &point) const
{
    if (!point.value || !std::isfinite(*point.value) || !std::isfinite(point.distanceKm))
        return false;
    return !mOptions.logScale || *point.value > 0.0;
}

int CorrelationFigure::pointsWithValue() const
{
    return int(std::count_if(mData.points.begin(), mData.points.end(),
                             [](const CorrelationPoint &point) { return point.value.has_value(); }));
}

QStringList CorrelationFigure::unplottedOfficeIds() const
{
    QStringList ids;
    for (const CorrelationPoint &point : mData.points)
        if (!isPlotted(point))
            ids << point.officeId;
    return ids;
}

double CorrelationFigure::symbolRadius(const CorrelationPoint &point) const
{
    const gis::MapStyle &style = mOptions.style;
    if (!mOptions.selectedOfficeIds.contains(point.officeId))
        return gis::officeSymbolRadius(style, point.kind, pt());
    return gis::officeSymbolRadius(style, point.kind, pt(), kSelectedScale)
           + (style.selectionGapPoints + style.selectionWidthPoints / 2.0) * pt();
}

QString CorrelationFigure::valueText(double value) const
{
    return formatCount(value);
}

QStringList CorrelationFigure::quadrantNames() const
{
    QStringList names;
    for (const Quadrant &quadrant : mQuadrants)
        names << quadrant.name;
    return names;
}

// --- layout ----------------------------------------------------------------------------------------

void CorrelationFigure::layout(const QSizeF &size, double dpi)
{
    mSize = size;
    mDpi = dpi > 0.0 ? dpi : 96.0;
    // The key under the plot takes room from it, and a smaller plot may number more offices: lay out
    // again with a larger key until every number has its place in it — up to half the plot's height
    // without a key; beyond that the figure is too small for its offices, and says so.
    mKeyReserve = 0;
    mKeyOverflowLine = false;
    mQuadrantKey = false;
    int capacity = -1;
    for (int attempt = 0; attempt < 6; ++attempt) {
        layoutAxesAndFrame();
        mPositions.assign(mData.points.size(), std::nullopt);
        for (std::size_t i = 0; i < mData.points.size(); ++i)
            mPositions[i] = place(mData.points[i]);
        layoutQuadrants();
        layoutLabels();
        const int numbered = int(std::count_if(mPointLabels.begin(), mPointLabels.end(),
                                               [](const gis::PointLabel &label) { return label.number > 0; }));
        // A quadrant's name with no clear place on the plot: all of them go under it, with their shades.
        if (mQuadrantBlocked && !mQuadrantKey) {
            mQuadrantKey = true;
            continue;
        }
        if (numbered <= mKeyReserve)
            break;
        if (capacity < 0)
            capacity = keyCapacity(mPlot.height() / 2.0);
        if (mKeyReserve >= capacity) {
            if (mKeyOverflowLine)
                break;
            mKeyOverflowLine = true; // a line under the key that says how many are not named
            continue;
        }
        // A smaller plot crowds its points: room for some more numbers than this layout needed.
        mKeyReserve = std::min(capacity, int(std::ceil(numbered * 1.4)));
    }
    layoutKey();
}

// As many labelled ticks as the axes have room for: at most 10 on x and 8 on y, fewer on a small
// figure, so that no tick label runs into the next.
void CorrelationFigure::layoutAxesAndFrame()
{
    int xIntervals = 10;
    int yIntervals = 8;
    for (int attempt = 0; attempt < 3; ++attempt) {
        layoutScales(xIntervals, yIntervals);
        layoutFrame();
        const QFontMetricsF tickMetrics(font(8.5));
        double xLabelWidth = 0.0;
        for (double tick : mX.ticks)
            xLabelWidth = std::max(xLabelWidth, tickMetrics.horizontalAdvance(QString::number(tick)));
        const int xRoom = std::max(1, int(mPlot.width() / (xLabelWidth + tickMetrics.averageCharWidth() * 2.0)));
        const int yRoom = std::max(1, int(mPlot.height() / (tickMetrics.height() * 1.6)));
        const int xShown = std::max(1, int(mX.ticks.size()) - 1);
        const int yShown = std::max(1, int(mY.ticks.size()) - 1);
        if (xShown <= xRoom && (yShown <= yRoom || mOptions.logScale))
            break;
        xIntervals = std::min(xIntervals, xRoom);
        yIntervals = std::min(yIntervals, yRoom);
    }
}

void CorrelationFigure::layoutScales(int xIntervals, int yIntervals)
{
    double maxX = mData.distanceThresholdKm;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = mData.valueThreshold.value_or(0.0);
    for (const CorrelationPoint &point : mData.points) {
        maxX = std::max(maxX, point.distanceKm);
        if (isPlotted(point)) {
            minY = std::min(minY, *point.value);
            maxY = std::max(maxY, *point.value);
        }
    }
    // A little room above and right of the outermost point, so that no symbol sits on the frame.
    mX = niceLinearScale(0.0, maxX * 1.03, xIntervals, true);
    if (mOptions.logScale) {
        double low = std::isfinite(minY) ? minY : 1.0;
        if (mData.valueThreshold && *mData.valueThreshold > 0.0)
            low = std::min(low, *mData.valueThreshold);
        mY = logarithmicScale(low, std::max(maxY, 1.0) * 1.05);
    } else {
        mY = niceLinearScale(0.0, std::max(maxY, 1.0) * 1.03, yIntervals, true);
    }
}

QRectF CorrelationFigure::titleLineRect(int line, double width) const
{
    const QFontMetricsF metrics(font(line == 0 ? 11.0 : 9.5, line == 0));
    return metrics.boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), Qt::AlignHCenter | Qt::TextWordWrap,
                                mTitleLines[line]);
}

void CorrelationFigure::layoutFrame()
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width();

    // The title: what is plotted against what, then r.
    mTitleLines.clear();
    if (mData.points.empty()) {
        mTitleLines << CorrelationFigure::tr("No branch offices to show");
    } else {
        const QString measure =
            measureAxisTitle(mData.measure, mData.fiscalYear).section(QLatin1Char('('), 0, 0).trimmed().toLower();
        mTitleLines << CorrelationFigure::tr("Distance to the nearest ward office against %1").arg(measure);
        const QString r = mPearson ? figureLocale().toString(*mPearson, 'f', 2) : CorrelationFigure::tr("n/a");
        mTitleLines << CorrelationFigure::tr("Pearson r = %1 (n = %2)").arg(r).arg(pointsWithValue());
    }
    // Each line wrapped to the width when it does not fit.
    double titleHeight = 0.0;
    for (int i = 0; i < mTitleLines.size(); ++i)
        titleHeight += titleLineRect(i, width - 2 * margin).height();
    mTitleRect = QRectF(margin, margin, width - 2 * margin, titleHeight);

    // The note of what is not plotted, wrapped under everything.
    mNote.clear();
    const QStringList unplotted = unplottedOfficeIds();
    if (!unplotted.isEmpty() && !mData.points.empty()) {
        QStringList names;
        for (const CorrelationPoint &point : mData.points)
            if (unplotted.contains(point.officeId))
                names << point.name;
        const QString prefix = mOptions.logScale
                                   ? CorrelationFigure::tr("Not shown (no value, or not above 0 on the log scale): %1")
                                   : CorrelationFigure::tr("No value, not plotted: %1");
        mNote = prefix.arg(names.join(QStringLiteral("、")));
    }
    double bottom = mSize.height() - margin;
    mNoteRect = bottomNoteRect(mNote, font(8.5), margin, width - 2 * margin, bottom);
    if (!mNoteRect.isNull())
        bottom = mNoteRect.top() - 3.0 * p;
    bottom = layoutKeyArea(bottom);
    bottom = layoutQuadrantKey(bottom);
    bottom = layoutLegend(bottom);

    // The axes' texts.
    const QFontMetricsF tickMetrics(font(8.5));
    const QFontMetricsF axisTitleMetrics(font(9.5));
    double yLabelWidth = 0.0;
    for (double tick : mY.ticks)
        yLabelWidth = std::max(yLabelWidth, tickMetrics.horizontalAdvance(valueText(tick)));
    const double lastXLabel = mX.ticks.empty() ? 0.0 : tickMetrics.horizontalAdvance(QString::number(mX.ticks.back()));
    // The axis titles wrap where the figure is too narrow or too low for them on one line.
    const auto wrappedHeight = [&axisTitleMetrics](const QString &text, double length) {
        return axisTitleMetrics
            .boundingRect(QRectF(0, 0, std::max(length, 1.0), 1e6), Qt::AlignHCenter | Qt::TextWordWrap, text)
            .height();
    };
    const QString xTitle = distanceAxisTitle();
    const double xTitleHeight = wrappedHeight(xTitle, width - 2 * margin);
    mXTitleRect = QRectF(margin, bottom - xTitleHeight, width - 2 * margin, xTitleHeight);
    bottom = mXTitleRect.top() - 2.0 * p - tickMetrics.height() - 3.0 * p;

    const double top = mTitleRect.bottom() + 6.0 * p + tickMetrics.height() / 2.0;
    const double yTitleWidth =
        wrappedHeight(measureAxisTitle(mData.measure, mData.fiscalYear, mData.populationSource), bottom - top);
    const double left = margin + yTitleWidth + 4.0 * p + yLabelWidth + 4.0 * p;
    const double right = width - margin - std::max(lastXLabel / 2.0, 2.0 * p);
    mPlot = QRectF(QPointF(left, top), QPointF(std::max(right, left + 10.0 * p), std::max(bottom, top + 10.0 * p)));
    // Centred under the plot when it fits there, else across the figure.
    if (axisTitleMetrics.horizontalAdvance(xTitle) <= mPlot.width()) {
        mXTitleRect.setLeft(mPlot.left());
        mXTitleRect.setRight(mPlot.right());
    }
    // The y title runs along the plot's height, turned a quarter to the left.
    mYTitleRect = QRectF(margin, mPlot.top(), yTitleWidth, mPlot.height());
}

// The legend: the kinds and decisions of the plotted points, from the map's legend model, in rows
// centred above `bottom` (wrapped where the width runs out). Returns the legend's top.
double CorrelationFigure::layoutLegend(double bottom)
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width();
    std::set<OfficeKind> kinds;
    std::set<std::optional<Decision>> decisions;
    for (const CorrelationPoint &point : mData.points)
        if (isPlotted(point)) {
            kinds.insert(point.kind);
            decisions.insert(point.decision);
        }
    mLegend = gis::officeLegend(kinds, decisions, mOptions.style, interfaceLanguage());
    const QFont legendFont = font(8.5);
    const QFontMetricsF legendMetrics(legendFont);
    const double symbolWidth = gis::kLegendSymbolWidthPoints * p;
    const double itemGap = 10.0 * p * mOptions.fontScale;
    double legendRowHeight = legendMetrics.height();
    for (const gis::LegendEntry &entry : mLegend)
        legendRowHeight = std::max(legendRowHeight, gis::legendSymbolHeight(entry, mOptions.style, p));
    std::vector<std::vector<std::size_t>> rows;
    std::vector<double> rowWidths;
    for (std::size_t i = 0; i < mLegend.size(); ++i) {
        const double itemWidth = symbolWidth + 3.0 * p + legendMetrics.horizontalAdvance(mLegend[i].text);
        if (rows.empty() || rowWidths.back() + itemGap + itemWidth > width - 2 * margin) {
            rows.emplace_back();
            rowWidths.push_back(-itemGap);
        }
        rows.back().push_back(i);
        rowWidths.back() += itemGap + itemWidth;
    }

    mLegendRects.assign(mLegend.size(), QRectF());
    const double legendHeight = rows.size() * legendRowHeight + (rows.empty() ? 0.0 : (rows.size() - 1) * 2.0 * p);
    double y = bottom - legendHeight;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = margin + std::max(0.0, (width - 2 * margin - rowWidths[r]) / 2.0);
        for (std::size_t index : rows[r]) {
            const double itemWidth = symbolWidth + 3.0 * p + legendMetrics.horizontalAdvance(mLegend[index].text);
            mLegendRects[index] = QRectF(x, y, itemWidth, legendRowHeight);
            x += itemWidth + itemGap;
        }
        y += legendRowHeight + 2.0 * p;
    }
    return rows.empty() ? bottom : bottom - legendHeight - 4.0 * p;
}


std::optional<QPointF> CorrelationFigure::place(const CorrelationPoint &point) const
{
    if (!isPlotted(point))
        return std::nullopt;
    const auto x = mX.position(point.distanceKm, mPlot.left(), mPlot.right());
    const auto y = mY.position(*point.value, mPlot.bottom(), mPlot.top());
    if (!x || !y)
        return std::nullopt;
    return QPointF(*x, *y);
}

// The quadrants the guides make of the plot (`near` and `far` of the distance guide, split at
// `yThreshold` when there is a value threshold): near and light (candidates for review) in the closing
// colour, far and busy in the keeping colour, the mixed ones neutral.
std::vector<CorrelationFigure::Quadrant> CorrelationFigure::quadrantsFor(const QRectF &near, const QRectF &far,
                                                                         std::optional<double> yThreshold) const
{
    const gis::MapStyle &style = mOptions.style;
    const QString guide = figureLocale().toString(mData.distanceThresholdKm, 'g', 4);
    std::vector<Quadrant> quadrants;
    if (yThreshold) {
        const double y = *yThreshold;
        quadrants.push_back({QRectF(QPointF(near.left(), y), near.bottomRight()), withAlpha(style.closeColor, 26),
                              CorrelationFigure::tr("Near and light: candidates for review"), Qt::AlignLeft | Qt::AlignBottom, {}});
        quadrants.push_back({QRectF(near.topLeft(), QPointF(near.right(), y)), withAlpha(style.serviceCornerColor, 18),
                              CorrelationFigure::tr("Near but busy"), Qt::AlignLeft | Qt::AlignTop, {}});
        quadrants.push_back({QRectF(QPointF(far.left(), y), far.bottomRight()), withAlpha(style.noDecisionColor, 22),
                              CorrelationFigure::tr("Far but light"), Qt::AlignRight | Qt::AlignBottom, {}});
        quadrants.push_back({QRectF(far.topLeft(), QPointF(far.right(), y)), withAlpha(style.keepColor, 22),
                              CorrelationFigure::tr("Far and busy: keep"), Qt::AlignRight | Qt::AlignTop, {}});
    } else {
        quadrants.push_back({near, withAlpha(style.closeColor, 18), CorrelationFigure::tr("Within the %1 km guide").arg(guide),
                              Qt::AlignLeft | Qt::AlignTop, {}});
        quadrants.push_back({far, withAlpha(style.keepColor, 18), CorrelationFigure::tr("Beyond the guide"),
                              Qt::AlignRight | Qt::AlignTop, {}});
    }
    return quadrants;
}

void CorrelationFigure::layoutQuadrants()
{
    const double p = pt();
    mQuadrants.clear();
    mXThreshold = std::clamp(mX.position(mData.distanceThresholdKm, mPlot.left(), mPlot.right()).value_or(mPlot.left()),
                             mPlot.left(), mPlot.right());
    mYThreshold.reset();
    if (mData.valueThreshold)
        if (const auto y = mY.position(*mData.valueThreshold, mPlot.bottom(), mPlot.top()))
            mYThreshold = std::clamp(*y, mPlot.top(), mPlot.bottom());

    const QRectF near(mPlot.topLeft(), QPointF(mXThreshold, mPlot.bottom()));
    const QRectF far(QPointF(mXThreshold, mPlot.top()), mPlot.bottomRight());
    const QString guide = figureLocale().toString(mData.distanceThresholdKm, 'g', 4);
    mQuadrants = quadrantsFor(near, far, mYThreshold);
    placeQuadrantNames();

    // The guide's value beside its line near the top, below the quadrant names; lower down, or on the
    // line's other side, where a point or a quadrant name is in the way.
    const QFontMetricsF guideMetrics(font(8.5, true));
    mGuideText = CorrelationFigure::tr("%1 km").arg(guide);
    const QSizeF guideSize = guideMetrics.size(0, mGuideText);
    std::vector<QRectF> taken;
    for (std::size_t i = 0; i < mData.points.size(); ++i)
        if (mPositions[i]) {
            const double r = symbolRadius(mData.points[i]) + 1.5 * p;
            taken.push_back(gis::LabelPlacer::centeredAt(*mPositions[i], QSizeF(2 * r, 2 * r)));
        }
    for (const Quadrant &quadrant : mQuadrants)
        taken.push_back(quadrant.nameRect);
    const auto isFree = [&](const QRectF &rect) {
        return mPlot.contains(rect)
               && std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(rect); });
    };
    const double start = mPlot.top() + 21.0 * p;
    mGuideRect = QRectF(QPointF(mXThreshold + 3 * p, start), guideSize);
    bool found = false;
    for (double top = start; !found && top + guideSize.height() < mPlot.bottom(); top += guideSize.height()) {
        for (double left : {mXThreshold + 3 * p, mXThreshold - 3 * p - guideSize.width()}) {
            const QRectF rect(QPointF(left, top), guideSize);
            if (isFree(rect)) {
                mGuideRect = rect;
                found = true;
                break;
            }
        }
    }
    mValueText.clear();
    mValueRect = QRectF();
    if (mYThreshold) {
        // At the right end of its line, above it, else below; further left where a point is in the way.
        mValueText = valueText(*mData.valueThreshold);
        const QSizeF size = guideMetrics.size(0, mValueText);
        taken.push_back(mGuideRect);
        const double above = *mYThreshold - size.height() - 1.5 * p;
        const double below = *mYThreshold + 1.5 * p;
        mValueRect = QRectF(QPointF(mPlot.right() - size.width() - 4.5 * p, above < mPlot.top() ? below : above), size);
        bool placed = false;
        for (double right = mPlot.right() - 4.5 * p; !placed && right - size.width() > mPlot.left();
             right -= size.width() / 2.0)
            for (double top : {above, below}) {
                const QRectF rect(QPointF(right - size.width(), top), size);
                if (isFree(rect)) {
                    mValueRect = rect;
                    placed = true;
                    break;
                }
            }
    }
}

// --- queries ---------------------------------------------------------------------------------------

std::optional<QPointF> CorrelationFigure::positionOf(const QString &officeId) const
{
    for (std::size_t i = 0; i < mData.points.size() && i < mPositions.size(); ++i)
        if (mData.points[i].officeId == officeId)
            return mPositions[i];
    return std::nullopt;
}

std::optional<QString> CorrelationFigure::officeAt(const QPointF &position, double tolerance) const
{
    std::optional<QString> best;
    double bestDistance = 0.0;
    for (std::size_t i = 0; i < mData.points.size() && i < mPositions.size(); ++i) {
        if (!mPositions[i])
            continue;
        const double distance = QLineF(*mPositions[i], position).length();
        if (distance <= symbolRadius(mData.points[i]) + tolerance && (!best || distance < bestDistance)) {
            best = mData.points[i].officeId;
            bestDistance = distance;
        }
    }
    return best;
}

QStringList CorrelationFigure::officesIn(const QRectF &rect) const
{
    QStringList ids;
    for (std::size_t i = 0; i < mData.points.size() && i < mPositions.size(); ++i)
        if (mPositions[i] && rect.contains(*mPositions[i]))
            ids << mData.points[i].officeId;
    return ids;
}

QString CorrelationFigure::toolTip(const QString &officeId) const
{
    const auto found = std::find_if(mData.points.begin(), mData.points.end(),
                                    [&](const CorrelationPoint &point) { return point.officeId == officeId; });
    if (found == mData.points.end())
        return {};
    const CorrelationPoint &point = *found;
    const Language language = interfaceLanguage();
    QString text = QStringLiteral("<b>%1</b> (%2)<br/>")
                       .arg(point.name.toHtmlEscaped(), officeKindName(point.kind, language).toHtmlEscaped());
    text += CorrelationFigure::tr("Distance to the nearest ward office: %1 km").arg(figureLocale().toString(point.distanceKm, 'f', 2));
    text += QStringLiteral("<br/>");
    text += measureAxisTitle(mData.measure, mData.fiscalYear, mData.populationSource) + QStringLiteral(": ")
            + (point.value ? valueText(*point.value) : CorrelationFigure::tr("no value"));
    text += QStringLiteral("<br/>") + CorrelationFigure::tr("Decision: %1").arg(decisionName(point.decision, language));
    if (point.candidate)
        text += QStringLiteral("<br/>") + CorrelationFigure::tr("Recommended as a candidate for review");
    return text;
}

// --- painting --------------------------------------------------------------------------------------

} // namespace madoguchi::app
